/** The privacy repository, for other features' web parts to compose (their repositories read people's choices). */
export { PrivacyRepository } from './data/PrivacyRepository';
