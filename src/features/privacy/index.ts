/**
 * What other features may use of privacy choices: the pure rules and models, and the repository's interface.
 * Pure: importing it never loads PnPjs (the repository classes are in ./repositories.ts, for web parts only).
 */
export * from './domain/models';
export * from './domain/consent';
export type { IPrivacyRepository } from './data/IPrivacyRepository';
export { readAlongside } from './data/choicesAlongside';
export type { IWithChoices, ReadAlongside, ReadChoices } from './data/choicesAlongside';
export { pageMemory } from './data/peopleMemory';
export type { IPeopleMemory } from './data/peopleMemory';
