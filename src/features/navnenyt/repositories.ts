/** Name news as the list stores them, for other features' web parts to compose (Indblik reads the list over a period). */
export { toNavnenytItem } from './data/navnenytMapping';
