/**
 * Identity (development only): scripts and tests send `Authorization: Bearer <user e-mail>`; browsers sign in on
 * /_login, which sets a signed cookie. Under cookie auth every non-GET request needs a valid X-RequestDigest from
 * /_api/contextinfo (403 with SharePoint's message otherwise), as with SharePoint's own cookie auth.
 */
import * as crypto from 'crypto';
import type { Core } from './core';
import { Errors } from './errors';
import { crossSiteRefusal, safeReturnUrl } from './http/origin';
import type { IUserRow } from './store/principals';
import type { IEmuRequest, IEmuResponse } from './types';

export const COOKIE = 'SPEmulatorAuth';
const DIGEST_SECONDS = 1800;

function hmac(core: Core, text: string): string {
  return crypto.createHmac('sha512', core.digestSecret).update(text).digest('hex').toUpperCase();
}

function digestDate(d: Date): string {
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number): string => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())} ${months[d.getUTCMonth()]} ${d.getUTCFullYear()} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} -0000`;
}

/** SharePoint's digest format: `0x<128 hex>,<date> -0000`. */
export function issueDigest(core: Core, userId: number, at: Date): string {
  const date = digestDate(at);
  return `0x${hmac(core, `${userId}|${date}`)},${date}`;
}

export function digestValid(core: Core, userId: number, digest: string | undefined): boolean {
  if (!digest) return false;
  const m = /^0x([0-9A-F]{128}),(.+)$/i.exec(digest.trim());
  if (!m) return false;
  const expected = hmac(core, `${userId}|${m[2]}`);
  if (expected !== m[1].toUpperCase()) return false;
  // A digest is about security: it is judged by the real clock only, never by the business day.
  const issued = Date.parse(m[2].replace(/ -0000$/, ' GMT'));
  const age = core.realNow().getTime() - issued;
  return !Number.isNaN(issued) && age < DIGEST_SECONDS * 1000 && age > -DIGEST_SECONDS * 1000;
}

export function cookieValue(core: Core, email: string): string {
  const e = email.toLowerCase();
  return `${encodeURIComponent(e)}.${hmac(core, `cookie|${e}`).slice(0, 32)}`;
}

function cookieEmail(core: Core, req: IEmuRequest): string | undefined {
  const header = req.headers.get('cookie');
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const [k, ...v] = part.trim().split('=');
    if (k !== COOKIE) continue;
    const value = v.join('=');
    const dot = value.lastIndexOf('.');
    if (dot < 0) return undefined;
    const email = decodeURIComponent(value.slice(0, dot));
    return cookieValue(core, email) === value ? email : undefined;
  }
  return undefined;
}

export interface IIdentity {
  user: IUserRow;
  viaCookie: boolean;
}

/** Resolves the caller; throws 401 for a missing or unknown identity. */
export function identify(core: Core, req: IEmuRequest): IIdentity {
  const auth = req.headers.get('authorization');
  if (auth) {
    const m = /^Bearer\s+(.+)$/i.exec(auth.trim());
    const user = m ? core.principals.userByLogin(m[1]) : undefined;
    if (!user) throw Errors.unauthenticated();
    return { user, viaCookie: false };
  }
  const email = cookieEmail(core, req);
  const user = email ? core.principals.userByEmail(email) : undefined;
  if (!user) throw Errors.unauthenticated();
  return { user, viaCookie: true };
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * GET /_login: a small sign-in page listing the demo accounts. POST /_login (same origin only, against login CSRF):
 * sets the cookie and redirects to `returnUrl`, a path on this origin.
 */
export function loginPage(core: Core, req: IEmuRequest): IEmuResponse {
  const safeReturn = safeReturnUrl(req.url.searchParams.get('returnUrl'), core.sitePath);
  if (req.method === 'POST') {
    const refused = crossSiteRefusal(req);
    if (refused) return { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: refused };
    const form = new URLSearchParams(req.body.toString('utf8'));
    const email = (form.get('email') ?? '').trim();
    const user = core.principals.userByEmail(email);
    if (!user) return { status: 401, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(core, safeReturn, `Ukendt bruger: ${esc(email)}`) };
    return {
      status: 302,
      headers: { location: safeReturn, 'set-cookie': `${COOKIE}=${cookieValue(core, user.email)}; Path=/; HttpOnly; SameSite=Lax` },
      body: '',
    };
  }
  if (req.url.pathname.toLowerCase() === '/_logout') {
    return { status: 302, headers: { location: '/_login', 'set-cookie': `${COOKIE}=; Path=/; Max-Age=0` }, body: '' };
  }
  return { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(core, safeReturn, '') };
}

function page(core: Core, returnUrl: string, error: string): string {
  const accounts = core.site.users
    .map((u) => `<li><button name="email" value="${esc(u.email)}">${esc(u.title)}</button> <small>${esc(u.email)} – ${esc(u.jobTitle ?? '')}</small></li>`)
    .join('');
  return `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>Log ind – lokal SharePoint</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;max-width:40rem;margin:2rem auto">
<h1>Log ind på den lokale SharePoint</h1><p>Kun til udvikling. Vælg en demokonto eller skriv en e-mailadresse.</p>
${error ? `<p role="alert" style="color:#a4262c">${error}</p>` : ''}
<form method="post" action="/_login?returnUrl=${encodeURIComponent(returnUrl)}"><ul>${accounts}</ul>
<label for="email">E-mail</label> <input id="email" name="email" type="email" autocomplete="username"> <button>Log ind</button></form>
</body></html>`;
}
