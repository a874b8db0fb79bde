/**
 * Communications' check of a story before (and after) publishing: readability, jargon, the metadata the front page
 * needs, images without alt text and featured people whose choices the story no longer meets. Pure.
 */
import { richTextParagraphs } from '../../../shared/domain/richText';
import type { IPrivacyChoices } from '../../privacy';
import { findJargon } from './jargon';
import type { IJargonHit } from './jargon';
import { lix } from './readability';
import type { ILixResult } from './readability';
import { consentProblems } from './storyConsent';
import type { IPersonConsentProblem } from './storyConsent';
import type { IStoryDraft, StoryPagePart } from './models';

export interface IStoryCheckSettings {
  /** Warn when LIX is above this. */
  readonly lixWarning: number;
  readonly jargon: readonly string[];
}

export type MissingField = 'theme' | 'area' | 'bannerAlt';

export interface IStoryCheckResult {
  readonly draft: IStoryDraft;
  readonly lix: ILixResult;
  readonly lixTooHigh: boolean;
  readonly jargon: readonly IJargonHit[];
  readonly missing: readonly MissingField[];
  /** Images in the page (image web parts and images in text) without alt text. */
  readonly imagesWithoutAlt: number;
  readonly consent: readonly IPersonConsentProblem[];
  /** Nothing to fix. */
  readonly ok: boolean;
}

/** The running text of a text web part: headings and bullet lists are left out of LIX. */
export function runningParagraphs(html: string): string[] {
  const withoutHeadingsAndLists = html.replace(/<(h[1-6]|ul|ol)\b[\s\S]*?<\/\1\s*>/gi, '');
  return richTextParagraphs(withoutHeadingsAndLists);
}

/** All the text a reader sees (headings and lists included), for the jargon search. */
function allText(parts: readonly StoryPagePart[]): string {
  return parts.flatMap((p) => (p.kind === 'text' ? richTextParagraphs(p.html) : [p.caption])).join('\n');
}

function imagesWithoutAlt(parts: readonly StoryPagePart[]): number {
  let n = 0;
  for (const p of parts) {
    if (p.kind === 'image') n += p.alt.trim() ? 0 : 1;
    else n += (p.html.match(/<img\b[^>]*>/gi) ?? []).filter((tag) => !/\salt\s*=\s*("[^"\s][^"]*"|'[^'\s][^']*')/i.test(tag)).length;
  }
  return n;
}

export function checkStory(draft: IStoryDraft, choices: ReadonlyMap<number, IPrivacyChoices>, settings: IStoryCheckSettings): IStoryCheckResult {
  const { story, parts } = draft.page;
  const readability = lix(parts.flatMap((p) => (p.kind === 'text' ? runningParagraphs(p.html) : [])));
  const missing: MissingField[] = [];
  if (!story.theme) missing.push('theme');
  if (!story.area?.trim()) missing.push('area');
  if (!draft.bannerAlt?.trim()) missing.push('bannerAlt');
  const jargon = findJargon([story.title, story.teaser, allText(parts)].join('\n'), settings.jargon);
  const withoutAlt = imagesWithoutAlt(parts);
  const consent = consentProblems(story, choices);
  const lixTooHigh = readability.score !== undefined && readability.score > settings.lixWarning;
  return {
    draft,
    lix: readability,
    lixTooHigh,
    jargon,
    missing,
    imagesWithoutAlt: withoutAlt,
    consent,
    ok: !lixTooHigh && jargon.length === 0 && missing.length === 0 && withoutAlt === 0 && consent.length === 0,
  };
}
