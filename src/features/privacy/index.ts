/**
 * What other features may use of privacy choices: the pure rules and models, and the repository's interface.
 * Pure: importing it never loads PnPjs (the repository classes are in ./repositories.ts, for web parts only).
 */
export * from './domain/models';
export * from './domain/consent';
export type { IPrivacyRepository } from './data/IPrivacyRepository';
export { peopleIn, readAlongside } from './domain/choicesAlongside';
export type { IWithChoices, ReadAlongside, ReadChoices } from './domain/choicesAlongside';
export { pageMemory } from './domain/peopleMemory';
export type { IPeopleMemory } from './domain/peopleMemory';
