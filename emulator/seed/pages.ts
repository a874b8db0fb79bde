/**
 * The demo stories as news pages in Webstedssider: title, description (the teaser), banner image with alt text,
 * PromotedState 2 and the first-published date, and page content as SharePoint's editor makes it — text web parts
 * with paragraphs, a heading, sometimes a fact list and links, and an image web part showing the illustration.
 */
import type { IAddPage } from '../types';
import { toTimestamp } from './dates';
import type { IDemoData } from './generate';
import type { IDemoStory } from './stories';

type Control = Record<string, unknown>;

export const STORY_CONTENT_TYPE = 'Medarbejderhistorie';
const IMAGE_WEB_PART = 'd1d91016-032f-456d-98a4-721247c305e8';

const HEADINGS: readonly string[] = ['Hverdagen bag', 'Det siger kollegerne', 'Det næste skridt', 'Sådan gør de', 'Derfor betyder det noget'];

/** Links a story may end with: the municipality's public site and the intranet's own pages. */
const LINKS: readonly { readonly href: string; readonly text: string }[] = [
  { href: 'https://www.norddjurs.dk', text: 'norddjurs.dk' },
  { href: '/sites/intranet', text: 'intranettets forside' },
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function position(zone: number, control: number): Control {
  return { zoneIndex: zone, sectionIndex: 1, sectionFactor: 12, layoutIndex: 1, controlIndex: control };
}

function textPart(id: string, zone: number, control: number, html: string): Control {
  return { controlType: 4, displayMode: 2, id, anchorComponentId: id, editorType: 'CKEditor', emphasis: {}, position: position(zone, control), innerHTML: html };
}

function imagePart(id: string, zone: number, control: number, url: string, alt: string, caption: string): Control {
  return {
    controlType: 3,
    displayMode: 2,
    id,
    webPartId: IMAGE_WEB_PART,
    emphasis: {},
    position: position(zone, control),
    webPartData: {
      id: IMAGE_WEB_PART,
      instanceId: id,
      title: 'Billede',
      description: 'Vis et billede på siden',
      dataVersion: '1.11',
      properties: { imageSourceType: 2, altText: alt, captionText: caption, alignment: 'Center', fixAspectRatio: true, imgWidth: 1200, imgHeight: 600 },
      serverProcessedContent: { htmlStrings: {}, searchablePlainTexts: { captionText: caption }, imageSources: { imageSource: url }, links: {} },
    },
  };
}

/** A deterministic control id from the story's index (SharePoint uses GUIDs). */
function controlId(story: number, part: number): string {
  const hex = (story * 16 + part).toString(16).padStart(12, '0');
  return `5e0f7a11-4d1e-4b57-9c1a-${hex}`;
}

/** The page's controls: opening paragraphs, the illustration, a heading with the rest, and sometimes facts and a link. */
export function storyCanvas(s: IDemoStory, index: number, paragraphs: readonly string[], imageUrl: string): Control[] {
  const opening = paragraphs.slice(0, 1).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  const rest = paragraphs.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`).join('');
  let second = `<h2>${HEADINGS[index % HEADINGS.length]}</h2>${rest}`;
  if (index % 3 === 0) {
    second += `<h3>Fakta</h3><ul><li>Sted: ${escapeHtml(s.place)}</li><li>Område: ${escapeHtml(s.area)}</li><li>Tema: ${escapeHtml(s.theme)}</li></ul>`;
  }
  if (index % 2 === 0) {
    const link = LINKS[index % 4 === 0 ? 0 : 1];
    second += `<p>Læs mere på <a href="${link.href}">${link.text}</a>.</p>`;
  }
  return [
    textPart(controlId(index, 1), 1, 1, opening),
    imagePart(controlId(index, 2), 1, 2, imageUrl, s.hero.alt, `${s.place}. Tegning: Kommunikation`),
    textPart(controlId(index, 3), 1, 3, second),
    { controlType: 0, pageSettingsSlice: { isDefaultDescription: false, isDefaultThumbnail: true } },
  ];
}

export interface IPageResolvers {
  readonly userId: (email: string) => number;
  readonly imageUrl: (fileName: string) => string;
}

/** Plain paragraphs of a story's body (the generator keeps them as simple `<p>` HTML). */
function paragraphsOf(body: string): string[] {
  return body
    .split('</p>')
    .map((p) => p.replace(/^<p>/, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'))
    .filter((p) => p.trim() !== '');
}

/** The stories as pages for the admin API's addPages, written by communications. */
export function storyPages(data: IDemoData, r: IPageResolvers, commsEmail: string): IAddPage[] {
  return data.stories.map((s, i): IAddPage => {
    const banner = r.imageUrl(s.hero.fileName);
    const published = toTimestamp(s.publishDate, 9);
    return {
      name: s.fileName,
      title: s.title,
      description: s.teaser,
      bannerImageUrl: banner,
      canvas: storyCanvas(s, i, paragraphsOf(s.body), banner),
      contentType: STORY_CONTENT_TYPE,
      fields: {
        MnTheme: s.theme,
        MnArea: s.area,
        MnPlace: s.place,
        MnFeatured: s.featured,
        MnPeopleId: s.peopleIndexes.map((p) => r.userId(data.employees[p].email)),
        MnBannerAlt: s.hero.alt,
      },
      promotedState: s.published ? 2 : 1,
      published: s.published ? published : undefined,
      created: toTimestamp(s.publishDate, 8),
      authorEmail: commsEmail || undefined,
    };
  });
}
