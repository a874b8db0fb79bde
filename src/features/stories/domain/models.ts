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

/** One part of a story page's content, in page order. */
export type StoryPagePart =
  | { readonly kind: 'text'; readonly id: string; /** The text web part's HTML as stored: sanitise before showing. */ readonly html: string }
  | { readonly kind: 'image'; readonly id: string; readonly url?: string; readonly alt: string; readonly caption: string; readonly width?: number; readonly height?: number };

/** A story's page: the story and its content. */
export interface IStoryPage {
  readonly story: IStory;
  /** Who wrote it (the page's author), for the byline. */
  readonly author?: string;
  readonly parts: readonly StoryPagePart[];
}

/** A story as communications' check sees it: published or not, with its page content and where to edit it. */
export interface IStoryDraft {
  readonly page: IStoryPage;
  readonly published: boolean;
  /** The page's raw banner alt text (the check reports a missing one). */
  readonly bannerAlt?: string;
  readonly modified?: IsoDate;
}
