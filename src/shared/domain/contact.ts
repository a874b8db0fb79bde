/**
 * How to reach the people who do something the signed-in user may not (HR for name news, communications for
 * approval): a web part setting holding an e-mail address or a link to a page. The link follows the one URL rule
 * (./urls.ts): `https:` anywhere or a path on the site, never `javascript:` and the like.
 */
import { safeUrl } from './urls';

export type Contact = { readonly kind: 'email'; readonly address: string } | { readonly kind: 'link'; readonly url: string };

const EMAIL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[^\s@<>()"',;:]+$/;

/** The contact a setting names, or undefined when it is empty or neither an e-mail address nor an allowed link. */
export function contactOf(setting: string | undefined, siteUrl: string): Contact | undefined {
  const value = (setting ?? '').trim().replace(/^mailto:/i, '');
  if (value === '') return undefined;
  if (EMAIL.test(value)) return { kind: 'email', address: value };
  const url = safeUrl(value, 'link', siteUrl);
  return url ? { kind: 'link', url } : undefined;
}
