/**
 * The text of a portrait's post per channel, and what the composer shows about it. Pure; the words come from the
 * feature's loc (postTemplates), because the strategy gives each channel its own tone: LinkedIn "(mere) formel …
 * faglighed", Facebook "uformel og let … i øjenhøjde".
 *
 * Rules:
 * - The starting text is built from the portrait: an introduction with name, profession (or job title) and
 *   workplace, the quote, the story (LinkedIn all of it, Facebook its first paragraph), the call to action with the
 *   tracked link, and the hashtags on a line of their own.
 * - Characters are counted as a person counts them (code points: an emoji or "æ" is one). LinkedIn takes 3,000 and
 *   shows about the first 210 before "…se mere"; Facebook takes 63,206.
 * - LIX is the story check's rule (stories' `lix`), on the running text without the link and the hashtags.
 * - Hashtags: the profession's tag plus communications' own, normalised ("# velfærd" → "#velfærd"), each once
 *   (compared without case), LinkedIn at most five, Facebook at most three.
 */
import { lix } from '../../stories';
import type { ILixResult } from '../../stories';
import { fillTemplate } from '../../../shared/domain/templates';
import { normalizeName } from '../../../shared/domain/names';
import { lowerFirstForRunningText } from '../../../shared/domain/texts';
import { normalizeHashtag, PROFESSION_HASHTAGS } from './linkedin';
import type { IPortrait, PortraitChannel } from './models';

export interface IChannelRules {
  readonly maxChars: number;
  /** Characters shown before the network folds the post ("…se mere"), when known. */
  readonly foldAt?: number;
  readonly maxHashtags: number;
}

export const CHANNEL_RULES: Readonly<Record<PortraitChannel, IChannelRules>> = {
  linkedIn: { maxChars: 3000, foldAt: 210, maxHashtags: 5 },
  facebook: { maxChars: 63206, maxHashtags: 3 },
};

/** The words of one channel's post (the feature's loc, in Danish: the posts speak to Danish job seekers). */
export interface IPostTemplate {
  /** {name}, {firstName}, {description} */
  readonly intro: string;
  /** {name}, {firstName}: when neither profession nor workplace is known. */
  readonly introWithoutDescription: string;
  /** {role} {workplace} */
  readonly description: string;
  /** {quote} */
  readonly quote: string;
  /** {link}, {firstName}, {firstNameGenitive} ("Annes", "Jonas'") */
  readonly callToAction: string;
  /** All the story's paragraphs, or only the first. */
  readonly story: 'all' | 'first';
}

export type PostTemplates = Readonly<Record<PortraitChannel, IPostTemplate>>;

export type PostPortrait = Pick<IPortrait, 'name' | 'profession' | 'jobTitle' | 'workplace' | 'quote' | 'story'>;

/** Splits communications' own hashtags as typed in a setting or field: spaces, commas or new lines between them. */
export function parseHashtags(input: string): string[] {
  return input
    .split(/[\s,;]+/)
    .map(normalizeHashtag)
    .filter((t): t is string => t !== undefined);
}

/** The post's hashtags: the profession's, then communications' own, normalised, each once, at most the channel's number. */
export function channelHashtags(channel: PortraitChannel, portrait: Pick<IPortrait, 'profession'>, own: readonly string[]): string[] {
  const all = [...(portrait.profession ? [PROFESSION_HASHTAGS[portrait.profession]] : []), ...own]
    .map(normalizeHashtag)
    .filter((t): t is string => t !== undefined);
  const unique = all.filter((t, i) => all.findIndex((u) => u.toLocaleLowerCase('da') === t.toLocaleLowerCase('da')) === i);
  return unique.slice(0, CHANNEL_RULES[channel].maxHashtags);
}

/** The Danish genitive of a name: "Anne" → "Annes", "Jonas" → "Jonas'" (after s, x and z an apostrophe). */
export function genitive(name: string): string {
  return /[sxz]$/i.test(name) ? `${name}'` : `${name}s`;
}

function paragraphs(text: string | undefined): string[] {
  return (text ?? '')
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/** The starting text of a channel's post, built from the portrait, with the tracked link and the hashtags. */
export function composePost(channel: PortraitChannel, portrait: PostPortrait, template: IPostTemplate, link: string | undefined, hashtags: readonly string[]): string {
  const name = normalizeName(portrait.name);
  const firstName = name.split(' ')[0] ?? name;
  const roleSource = portrait.profession ?? portrait.jobTitle;
  const role = roleSource?.trim() ? lowerFirstForRunningText(normalizeName(roleSource)) : '';
  const workplace = portrait.workplace?.trim() ? normalizeName(portrait.workplace) : '';
  const description = role && workplace ? fillTemplate(template.description, { role, workplace }) : role || workplace;
  const intro = fillTemplate(description ? template.intro : template.introWithoutDescription, { name, firstName, description });
  const story = paragraphs(portrait.story);
  const blocks = [
    intro,
    portrait.quote?.trim() ? fillTemplate(template.quote, { quote: portrait.quote.normalize('NFC').trim() }) : '',
    ...(template.story === 'all' ? story : story.slice(0, 1)),
    link ? fillTemplate(template.callToAction, { link, firstName, firstNameGenitive: genitive(firstName) }) : '',
    hashtags.join(' '),
  ];
  return blocks.filter(Boolean).join('\n\n');
}

export interface IPostStats {
  readonly chars: number;
  readonly maxChars: number;
  readonly over: boolean;
  /** What shows before "…se mere" (LinkedIn), when the text is longer than that. */
  readonly beforeFold?: string;
  /** The first link starts after the fold: readers must click "…se mere" to see it. */
  readonly linkAfterFold: boolean;
  readonly lix: ILixResult;
}

/** Counts a text as a person does (code points). */
export function charCount(text: string): number {
  return Array.from(text).length;
}

/** The running text LIX is measured on: the paragraphs without links and hashtags. */
export function runningText(text: string): string[] {
  return paragraphs(text)
    .map((p) => p.replace(/https?:\/\/\S+/g, '').replace(/(^|\s)#[\p{L}\p{N}_]+/gu, ' ').replace(/\s+/g, ' ').trim())
    .filter((p) => /\p{L}/u.test(p));
}

export function postStats(channel: PortraitChannel, text: string): IPostStats {
  const rules = CHANNEL_RULES[channel];
  const chars = charCount(text);
  const points = Array.from(text);
  const folded = rules.foldAt !== undefined && chars > rules.foldAt;
  const linkAt = text.search(/https?:\/\//);
  const linkPoint = linkAt < 0 ? -1 : charCount(text.slice(0, linkAt));
  return {
    chars,
    maxChars: rules.maxChars,
    over: chars > rules.maxChars,
    beforeFold: folded ? points.slice(0, rules.foldAt).join('') : undefined,
    linkAfterFold: folded && linkPoint >= (rules.foldAt ?? 0),
    lix: lix(runningText(text)),
  };
}

/** The consent rule per channel lives in channelConsent.ts; the composers use it from here too. */
export { missingConsent } from './channelConsent';
export type { ConsentItem } from './channelConsent';
