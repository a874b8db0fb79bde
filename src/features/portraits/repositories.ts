/** The portraits' reader, for other features' web parts to compose (Indblik counts portraits per profession and channel). */
export { PortraitRepository } from './data/PortraitRepository';
