import type { IsoDate, IPersonRef, IImage } from '../../../shared/domain/models';

/** Employee stories. */
export type StoryTheme =
  | 'Bosætning'
  | 'Erhverv og jobmuligheder'
  | 'Bolig- og erhvervsgrunde'
  | 'Partnerskaber og samarbejder'
  | 'Destinationer'
  | 'Infrastruktur'
  | 'Fastholdelse, uddannelse og rekruttering'
  | 'Klima og miljø'
  | 'Hverdag og arbejdsliv';

export const STORY_THEMES: readonly StoryTheme[] = [
  'Bosætning',
  'Erhverv og jobmuligheder',
  'Bolig- og erhvervsgrunde',
  'Partnerskaber og samarbejder',
  'Destinationer',
  'Infrastruktur',
  'Fastholdelse, uddannelse og rekruttering',
  'Klima og miljø',
  'Hverdag og arbejdsliv',
];

export interface IStory {
  readonly id: number;
  readonly title: string;
  /** The page's description. */
  readonly teaser: string;
  /** Where the news page opens. */
  readonly url?: string;
  readonly heroImage?: IImage;
  readonly theme?: StoryTheme;
  readonly area?: string;
  readonly place?: string;
  readonly publishDate?: IsoDate;
  readonly featured: boolean;
  readonly people: readonly IPersonRef[];
}
