/**
 * Who may talk to the local server, decided in one place: the host names it answers (loopback names only, unless it
 * listens beyond this machine on purpose: against DNS rebinding), the origin a request was sent to (its Host header,
 * used for absolute URLs in answers), CORS for listed origins only, the same-origin rule for state-changing requests
 * that carry no bearer token (admin endpoints, sign-in), and sign-in redirects that stay on this origin.
 */
import { Errors } from '../errors';
import type { IEmuRequest } from '../types';

const HOST_HEADER = /^(?<name>[a-z0-9.-]+|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;
const LOOPBACK_NAME = /^(localhost|[a-z0-9-]+\.localhost|127(\.\d{1,3}){3}|\[::1\]|::1)$/i;

/** True for a host name or listen address that reaches only this machine (localhost, *.localhost, 127.x.x.x, ::1). */
export function isLoopback(hostName: string): boolean {
  return LOOPBACK_NAME.test(hostName.replace(/\.$/, ''));
}

/**
 * Why the server refuses to answer a request with this Host header, or undefined when it answers it. Unless `anyHost`
 * (the server listens beyond loopback on purpose), only loopback names are answered: a web page whose own name was
 * made to point at 127.0.0.1 (DNS rebinding) is refused instead of being treated as this origin.
 */
export function refusedHost(hostHeader: string | undefined, anyHost: boolean): string | undefined {
  if (hostHeader === undefined) return undefined;
  const m = HOST_HEADER.exec(hostHeader.trim());
  if (!m?.groups) return `The Host header '${hostHeader}' is not valid.`;
  if (anyHost || isLoopback(m.groups.name)) return undefined;
  return `The local server answers only localhost, 127.0.0.1 and [::1], not '${hostHeader}'. To serve other names, start it with --host (development only).`;
}

/** What a Node request (HTTP/1.1, or HTTP/2 through Node's compatibility API) says about the origin it was sent to. */
export interface IRequestOrigin {
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly socket?: unknown;
}

/** The host the client called: HTTP/1.1's Host header, HTTP/2's `:authority`. */
export function hostOf(req: IRequestOrigin): string | undefined {
  const host = req.headers.host ?? req.headers[':authority'];
  return typeof host === 'string' ? host : undefined;
}

/** `https` when the request came over TLS (`npm start -- --https`), else `http`. */
export function schemeOf(req: IRequestOrigin): 'http' | 'https' {
  const socket = req.socket as { encrypted?: boolean } | undefined;
  return socket?.encrypted === true || req.headers[':scheme'] === 'https' ? 'https' : 'http';
}

/** The request's URL on the origin the client called (from its Host header), or on `fallback` without a usable one. */
export function requestUrl(target: string, hostHeader: string | undefined, fallback: string, scheme: 'http' | 'https' = 'http'): URL {
  const base = hostHeader !== undefined && HOST_HEADER.test(hostHeader.trim()) ? `${scheme}://${hostHeader.trim()}` : fallback;
  try {
    const parsed = new URL(target, base);
    return new URL(`${parsed.pathname}${parsed.search}`, base);
  } catch {
    throw Errors.badQuery(`The request target '${target}' is not a valid URL.`);
  }
}

/** CORS answer headers for an origin listed in `allowed`; none for any other origin. */
export function corsHeaders(allowed: readonly string[], req: IEmuRequest): Record<string, string> {
  const origin = req.headers.get('origin');
  if (!origin || !allowed.includes(origin)) return {};
  return {
    'access-control-allow-origin': origin,
    'access-control-allow-credentials': 'true',
    'access-control-expose-headers': 'ETag, Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset',
    vary: 'Origin',
  };
}

/**
 * Why a state-changing request without a bearer token is refused as coming from another site, or undefined. A browser
 * names the page that sent it (Origin, Sec-Fetch-Site): it must be this very origin. Requests that name none (scripts,
 * tests, curl) are allowed: they cannot ride on a developer's browser.
 */
export function crossSiteRefusal(req: IEmuRequest): string | undefined {
  const site = req.headers.get('sec-fetch-site');
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return `Refused: a request from another site (Sec-Fetch-Site: ${site}).`;
  const origin = req.headers.get('origin');
  if (origin !== undefined && origin !== req.url.origin) return `Refused: a request from another origin (${origin}); only ${req.url.origin} may send it.`;
  return undefined;
}

/** A sign-in redirect target: a path on this origin, or `fallback` for anything else (other hosts, `//x`, `/\x`, control characters). */
export function safeReturnUrl(value: string | null, fallback: string): string {
  // eslint-disable-next-line no-control-regex
  if (!value || !value.startsWith('/') || value.startsWith('//') || /[\u0000-\u001F\u007F\\]/.test(value)) return fallback;
  const base = 'http://return.invalid';
  try {
    return new URL(value, base).origin === base ? value : fallback;
  } catch {
    return fallback;
  }
}
