/**
 * LinkedIn posts for staff portraits (recruitment of SOSU staff, pædagoger, lærere, socialrådgivere).
 *
 * Rules:
 * - Only with the person's own LinkedIn consent for `portraitText`, and for `photo` when a photo is used. Without a
 *   privacy-choices item the answer is no (external channels are opt-in only).
 * - At most 3,000 characters (LinkedIn's commentary limit as documented by third parties); the story is shortened
 *   first, at a word boundary, then the quote.
 * - Two forms of the same text: `text` to paste into LinkedIn's own share box, and `commentary` for the Posts API,
 *   where LinkedIn's "little" text format reserves \ | { } @ [ ] ( ) < > # * _ ~ and they are backslash-escaped.
 *   The product's own hashtags stay unescaped (so they link); reserved characters inside the job advert URL are
 *   percent-encoded.
 * - The share-offsite URL takes only a public https URL (no prefilled text); an intranet (SharePoint) address is
 *   refused because LinkedIn cannot read a page behind sign-in.
 */
import { missingConsent } from './channelConsent';
import { linkedInShareOffsite, publicLinkProblem } from './sharing';
import type { IPortrait, Profession } from './models';
import type { IPrivacyChoices } from '../../privacy';
import { normalizeName } from '../../../shared/domain/names';
import { fillTemplate } from '../../../shared/domain/templates';
import { lowerFirstForRunningText } from '../../../shared/domain/texts';

export const LINKEDIN_MAX_LENGTH = 3000;
export const DEFAULT_HASHTAGS: readonly string[] = ['#NorddjursKommune', '#velfærd'];

export const PROFESSION_HASHTAGS: Readonly<Record<Profession, string>> = {
  'Social- og sundhedsassistent': '#SOSU',
  'Social- og sundhedshjælper': '#SOSU',
  Pædagog: '#pædagog',
  Pædagogmedhjælper: '#pædagog',
  Lærer: '#lærer',
  Socialrådgiver: '#socialrådgiver',
  Sygeplejerske: '#sygeplejerske',
  Ergoterapeut: '#ergoterapeut',
  Fysioterapeut: '#fysioterapeut',
};

const RESERVED = /[\\|{}@[\]()<>#*_~]/g;
const URL_RESERVED = /[\\|{}@[\]()<>*~]/g;

/** Backslash-escapes LinkedIn's "little" text format reserved characters. */
export function escapeLittleText(text: string): string {
  return text.replace(RESERVED, (c) => `\\${c}`);
}

function urlForLittleText(url: string): string {
  return url.replace(URL_RESERVED, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** "#NorddjursKommune" from "NorddjursKommune", "# norddjurs kommune" → "#norddjurskommune"; undefined when empty. */
export function normalizeHashtag(tag: string): string | undefined {
  const body = tag.normalize('NFC').replace(/^#+/, '').replace(/[^\p{L}\p{N}]/gu, '');
  return body ? `#${body}` : undefined;
}

export type LinkedInConsentItem = 'portraitText' | 'photo';

/** Which LinkedIn consents are missing for a post (empty: allowed): the one rule per channel (channelConsent.ts). */
export function missingLinkedInConsent(choices: IPrivacyChoices | undefined, withPhoto: boolean): readonly LinkedInConsentItem[] {
  return missingConsent(choices, 'linkedIn', withPhoto);
}

/** True when the person allowed the portrait text (and photo, when used) on LinkedIn. */
export function mayShareOnLinkedIn(choices: IPrivacyChoices | undefined, withPhoto: boolean): boolean {
  return missingLinkedInConsent(choices, withPhoto).length === 0;
}

/** The words of the refusal in one language (the feature's loc): {items} names what is missing. */
export interface ILinkedInRefusalTexts {
  readonly message: string;
  readonly items: Readonly<Record<LinkedInConsentItem, string>>;
  /** Joins the missing items: "portrættekst og billede". */
  readonly and: string;
}

/** The message for the editor when sharing is refused. */
export function linkedInRefusalMessage(missing: readonly LinkedInConsentItem[], texts: ILinkedInRefusalTexts): string {
  return fillTemplate(texts.message, { items: missing.map((m) => texts.items[m]).join(` ${texts.and} `) });
}

export interface ILinkedInPostInput {
  readonly portrait: Pick<IPortrait, 'name' | 'profession' | 'jobTitle' | 'workplace' | 'quote' | 'story' | 'jobAdvertUrl'>;
  /** A photo goes with the post (needs the LinkedIn photo consent). */
  readonly withPhoto: boolean;
  /** Overrides the portrait's job advert URL. */
  readonly jobAdvertUrl?: string;
  /** Hashtags in addition to the defaults and the profession's tag. */
  readonly hashtags?: readonly string[];
}

export type LinkedInPostResult =
  | { readonly ok: true; readonly text: string; readonly commentary: string; readonly shortened: boolean }
  | { readonly ok: false; readonly missing: readonly LinkedInConsentItem[] };

function chars(text: string): number {
  return Array.from(text).length;
}

/** Shortens `text` at a word boundary, with "…", so that `measure(result)` fits `budget`. */
function shortenToFit(text: string, budget: number, measure: (t: string) => number): string {
  if (measure(text) <= budget) {
    return text;
  }
  const points = Array.from(text);
  let low = 0;
  let high = points.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${points.slice(0, mid).join('').trimEnd()}…`) <= budget) {
      low = mid;
    } else {
      high = mid - 1;
    }
  }
  let cut = points.slice(0, low).join('');
  const lastSpace = cut.lastIndexOf(' ');
  if (lastSpace > cut.length / 2) {
    cut = cut.slice(0, lastSpace);
  }
  return low === 0 ? '' : `${cut.trimEnd()}…`;
}

interface IPostParts {
  readonly intro: string;
  readonly quote?: string;
  readonly story?: string;
  readonly cta?: string;
  readonly url?: string;
  readonly hashtags: string;
}

function assemble(parts: IPostParts, escape: boolean): string {
  const e = (t: string): string => (escape ? escapeLittleText(t) : t);
  const url = parts.url ? (escape ? urlForLittleText(parts.url) : parts.url) : undefined;
  const blocks = [
    e(parts.intro),
    parts.quote ? e(`»${parts.quote}«`) : undefined,
    parts.story ? e(parts.story) : undefined,
    parts.cta ? `${e(parts.cta)}${url ? ` ${url}` : ''}` : undefined,
    parts.hashtags,
  ];
  return blocks.filter((b): b is string => b !== undefined && b !== '').join('\n\n');
}

/** Composes the LinkedIn post for a portrait, or says which consent is missing. */
export function composeLinkedInPost(input: ILinkedInPostInput, choices: IPrivacyChoices | undefined): LinkedInPostResult {
  const missing = missingLinkedInConsent(choices, input.withPhoto);
  if (missing.length > 0) {
    return { ok: false, missing };
  }
  const p = input.portrait;
  const roleSource = p.profession ?? p.jobTitle;
  const role = roleSource?.trim() ? lowerFirstForRunningText(normalizeName(roleSource)) : undefined;
  const workplace = p.workplace?.trim() ? normalizeName(p.workplace) : undefined;
  const description = role && workplace ? `${role} i ${workplace}` : (role ?? workplace);
  const url = (input.jobAdvertUrl ?? p.jobAdvertUrl)?.trim() || undefined;
  const tags = [...DEFAULT_HASHTAGS, ...(p.profession ? [PROFESSION_HASHTAGS[p.profession]] : []), ...(input.hashtags ?? [])]
    .map(normalizeHashtag)
    .filter((t): t is string => t !== undefined);
  const uniqueTags = tags.filter((t, i) => tags.findIndex((u) => u.toLocaleLowerCase('da') === t.toLocaleLowerCase('da')) === i);

  const base: IPostParts = {
    intro: `Mød ${normalizeName(p.name)}${description ? `, ${description}` : ''}.`,
    quote: p.quote?.trim() ? p.quote.normalize('NFC').trim() : undefined,
    story: p.story?.trim() ? p.story.normalize('NFC').trim() : undefined,
    cta: url ? 'Vil du være vores nye kollega? Se det ledige job her:' : undefined,
    url,
    hashtags: uniqueTags.join(' '),
  };

  // The escaped commentary is the longer form; fitting it fits the plain text too.
  const measure = (parts: IPostParts): number => chars(assemble(parts, true));
  let parts = base;
  if (measure(parts) > LINKEDIN_MAX_LENGTH && parts.story) {
    const without = measure({ ...parts, story: undefined });
    const budget = LINKEDIN_MAX_LENGTH - without - 2;
    parts = { ...parts, story: shortenToFit(parts.story, budget, (t) => chars(escapeLittleText(t))) || undefined };
  }
  if (measure(parts) > LINKEDIN_MAX_LENGTH && parts.quote) {
    const without = measure({ ...parts, quote: undefined });
    const budget = LINKEDIN_MAX_LENGTH - without - 4;
    parts = { ...parts, quote: shortenToFit(parts.quote, budget, (t) => chars(escapeLittleText(t))) || undefined };
  }
  return { ok: true, text: assemble(parts, false), commentary: assemble(parts, true), shortened: parts !== base };
}

export type ShareUrlProblem = 'invalid' | 'notHttps' | 'intranet';

/** Why a URL cannot be shared on LinkedIn, or undefined when it can: the public-link rule (sharing.ts). */
export function shareUrlProblem(url: string, siteUrl?: string): ShareUrlProblem | undefined {
  const problem = publicLinkProblem(url, siteUrl);
  return problem === 'empty' ? 'invalid' : problem;
}

/** LinkedIn's share-offsite URL for a public page (it takes no text), or undefined for a URL LinkedIn cannot read. */
export function linkedInShareUrl(url: string, siteUrl?: string): string | undefined {
  return shareUrlProblem(url, siteUrl) === undefined ? linkedInShareOffsite(url.trim()) : undefined;
}
