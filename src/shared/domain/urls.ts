/**
 * The one rule for every address the product renders from list data or settings (`href`, `src`).
 *
 * - A link may go anywhere over `https:`, or to the site itself (a site-relative path such as
 *   `/sites/intranet/SitePages/Privatliv.aspx`).
 * - An image must come from the site itself: a path under the site (its libraries and list attachments) or the same
 *   address written out in full. Never another host: an image from elsewhere is a tracking pixel for every reader.
 * - Nothing else: `javascript:`, `data:`, `vbscript:`, `http:` to other hosts, addresses with a user name or password
 *   (`https://norddjurs.dk@evil.example`), paths that climb out of the site, and what is neither a full address nor a
 *   path from the site's root (`//host/x`, `/\host/x`, `www.norddjurs.dk/job`).
 *
 * Pure: the site's absolute URL is a parameter. The data layer reports what this drops.
 */

export type UrlKind = 'link' | 'image';

export type UrlVerdict =
  | { readonly ok: true; readonly url: string }
  | { readonly ok: false; readonly reason: 'empty' | 'unreadable' | 'scheme' | 'credentials' | 'foreign' };

function parse(value: string, base: URL): URL | undefined {
  try {
    return new URL(value, base);
  } catch {
    return undefined;
  }
}

/** The site's own address with a trailing slash on its path, so `/sites/intranet2` is not inside `/sites/intranet`. */
function siteOf(siteUrl: string): URL | undefined {
  const site = parse(siteUrl, new URL('https://invalid.invalid/'));
  if (!site) return undefined;
  if (!site.pathname.endsWith('/')) site.pathname = `${site.pathname}/`;
  return site;
}

/** SharePoint's paths ignore case (`/Sites/Intranet/Billeder` is the site's own library). */
function insideSite(u: URL, site: URL): boolean {
  const path = u.pathname.toLowerCase();
  const root = site.pathname.toLowerCase();
  return u.origin === site.origin && (path.startsWith(root) || `${path}/` === root);
}

/** Whether an address may be rendered, and in which form (site-relative stays site-relative). */
export function judgeUrl(value: string | undefined, kind: UrlKind, siteUrl: string): UrlVerdict {
  // Browsers drop tabs and line breaks inside an address (`java\nscript:`), so the rule reads it as they do.
  const text = (value ?? '').replace(/[\t\n\r]/g, '').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const site = siteOf(siteUrl);
  const u = site ? parse(text, site) : undefined;
  if (!site || !u) return { ok: false, reason: 'unreadable' };
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return { ok: false, reason: 'scheme' };
  const relative = /^\/(?![/\\])/.test(text);
  if (!relative && !/^https?:/i.test(text)) return { ok: false, reason: 'unreadable' };
  if (u.username !== '' || u.password !== '') return { ok: false, reason: 'credentials' };
  const own = insideSite(u, site);
  if (kind === 'image' && !own) return { ok: false, reason: 'foreign' };
  if (!own && u.protocol !== 'https:') return { ok: false, reason: 'scheme' };
  // A path from the site's root stays a path (the browser resolves it against the page's own host).
  return { ok: true, url: relative ? `${u.pathname}${u.search}${u.hash}` : u.href };
}

/** The address when the rule allows it, otherwise undefined. */
export function safeUrl(value: string | undefined, kind: UrlKind, siteUrl: string): string | undefined {
  const verdict = judgeUrl(value, kind, siteUrl);
  return verdict.ok ? verdict.url : undefined;
}
