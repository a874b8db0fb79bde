/**
 * The links a portrait is promoted with: the public job advert with tracking parameters, the networks' share
 * addresses, and the address of a post once it is shared. Pure.
 *
 * Rules:
 * - The link must be a public https page: an intranet (SharePoint) address, the intranet site's own host or
 *   localhost is refused, because LinkedIn and Facebook cannot read a page behind sign-in.
 * - UTM parameters are lowercase, with spaces and Danish letters made URL-friendly ("Rekruttering Velfærd" →
 *   "rekruttering-velfaerd"): utm_source (linkedin, facebook), utm_medium (social for communications' posts, employee
 *   for employees' own shares), utm_campaign (a setting), utm_content per portrait (its id, never the person's name).
 * - A shared post's address must be that network's: a LinkedIn post on linkedin.com, a Facebook post on facebook.com.
 */
import type { PortraitChannel } from './models';
import { foldToAscii } from '../../../shared/domain/texts';

export type LinkProblem = 'empty' | 'invalid' | 'notHttps' | 'intranet';

const INTRANET_SUFFIXES = ['.sharepoint.com', '.sharepoint.us', '.sharepoint-df.com', '.sharepoint.de', '.sharepoint.cn'];

function hostOf(url: string | undefined): string | undefined {
  try {
    return url ? new URL(url).hostname.toLowerCase() : undefined;
  } catch {
    return undefined;
  }
}

/** Why `url` cannot be promoted as a public link, or undefined when it can. `siteUrl` is the intranet's own site. */
export function publicLinkProblem(url: string, siteUrl?: string): LinkProblem | undefined {
  const value = url.trim();
  if (!value) return 'empty';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return 'invalid';
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return 'invalid';
  const host = parsed.hostname.toLowerCase();
  const intranet =
    host === 'localhost' ||
    host === 'sharepoint.com' ||
    INTRANET_SUFFIXES.some((s) => host.endsWith(s)) ||
    host === hostOf(siteUrl) ||
    /^(127\.|10\.|192\.168\.)/.test(host) ||
    !host.includes('.');
  if (intranet) return 'intranet';
  return parsed.protocol === 'https:' ? undefined : 'notHttps';
}

/** A value as a UTM token: lowercase, æ/ø/å spelled out, other accents dropped, words joined by "-". */
export function utmToken(value: string): string {
  return foldToAscii(value)
    .replace(/[^a-z0-9_]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

export interface IUtm {
  readonly source: string;
  readonly medium: string;
  readonly campaign?: string;
  readonly content?: string;
}

/** `url` with the UTM parameters set (replacing any already there), every value lowercase. */
export function withUtm(url: string, utm: IUtm): string {
  const parsed = new URL(url.trim());
  const set = (name: string, value: string | undefined): void => {
    const token = value === undefined ? '' : utmToken(value);
    if (token) parsed.searchParams.set(name, token);
    else parsed.searchParams.delete(name);
  };
  set('utm_source', utm.source);
  set('utm_medium', utm.medium);
  set('utm_campaign', utm.campaign);
  set('utm_content', utm.content);
  return parsed.toString();
}

/** The portrait's own utm_content: its id, so the job site's statistics never hold the person's name. */
export function portraitUtmContent(portraitId: number): string {
  return `portraet-${portraitId}`;
}

/** The link communications posts on a channel: the public link with utm_source=<channel>&utm_medium=social. */
export function channelLink(url: string, channel: PortraitChannel, campaign: string, portraitId: number): string {
  return withUtm(url, { source: channel, medium: 'social', campaign, content: portraitUtmContent(portraitId) });
}

/** The link an employee shares with their own network (utm_source=linkedin&utm_medium=employee). */
export function employeeShareLink(url: string, portraitId: number): string {
  return withUtm(url, { source: 'linkedin', medium: 'employee', content: portraitUtmContent(portraitId) });
}

/** LinkedIn's share-offsite address for a public page (LinkedIn takes no text there). */
export function linkedInShareOffsite(publicUrl: string): string {
  return `https://www.linkedin.com/sharing/share-offsite/?url=${encodeURIComponent(publicUrl)}`;
}

/** Facebook's sharer address for a public page. */
export function facebookSharer(publicUrl: string): string {
  return `https://www.facebook.com/sharer/sharer.php?u=${encodeURIComponent(publicUrl)}`;
}

/** Where "Åbn LinkedIn"/"Åbn Facebook" goes: the organisation page's admin address when set, else the share address. */
export function openChannelUrl(channel: PortraitChannel, publicUrl: string, pageAdminUrl?: string): string {
  if (pageAdminUrl && publicLinkProblem(pageAdminUrl) === undefined && postHostOk(channel, pageAdminUrl)) return pageAdminUrl.trim();
  return channel === 'linkedIn' ? linkedInShareOffsite(publicUrl) : facebookSharer(publicUrl);
}

const POST_HOSTS: Readonly<Record<PortraitChannel, readonly string[]>> = {
  linkedIn: ['linkedin.com', 'www.linkedin.com', 'dk.linkedin.com'],
  facebook: ['facebook.com', 'www.facebook.com', 'm.facebook.com', 'web.facebook.com', 'fb.com', 'www.fb.com'],
};

const POST_PATHS: Readonly<Record<PortraitChannel, RegExp>> = {
  linkedIn: /^\/(posts|feed\/update|pulse|company\/[^/]+\/posts)\/./,
  facebook: /^\/([^/]+\/(posts|videos|photos)\/.|permalink\.php|story\.php|share\/.|reel\/.|photo\/?|photo\.php|watch\/?)/,
};

function postHostOk(channel: PortraitChannel, url: string): boolean {
  const host = hostOf(url.trim());
  return host !== undefined && POST_HOSTS[channel].includes(host);
}

export type PostUrlProblem = 'empty' | 'invalid' | 'otherNetwork' | 'notAPost';

/** Why `url` is not the address of a post on `channel`, or undefined when it is. */
export function postUrlProblem(channel: PortraitChannel, url: string): PostUrlProblem | undefined {
  const value = url.trim();
  if (!value) return 'empty';
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    return 'invalid';
  }
  if (parsed.protocol !== 'https:') return 'invalid';
  if (!postHostOk(channel, value)) return 'otherNetwork';
  return POST_PATHS[channel].test(parsed.pathname) ? undefined : 'notAPost';
}
