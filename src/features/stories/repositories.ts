/** The stories' reader, for other features' web parts to compose (Indblik counts the published stories). */
export { StoryRepository } from './data/StoryRepository';
