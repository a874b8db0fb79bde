/** What other features may use of employee stories: their models. Pure. */
export * from './domain/models';
/** Danish readability (LIX and its bands): the one rule the story check and the portrait studio's composers share. */
export { lix, lixBand, MIN_LIX_WORDS } from './domain/readability';
export type { ILixResult, LixBand } from './domain/readability';
