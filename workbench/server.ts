/**
 * The local front page's HTTP server: serves the page and its bundle at `/`, and hands everything else
 * (`/sites/intranet/**`, `/_api`, `/_login`, `/_emulator/*`, …) to the emulator's request handler on the SAME origin,
 * so the page's PnPjs calls need no CORS and use the emulator's sign-in cookie.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as http2 from 'http2';
import * as path from 'path';
import * as zlib from 'zlib';
import { refuseHost } from '../emulator/index';
import { hostOf, schemeOf } from '../emulator/http/origin';
import type { ITlsFiles } from './tls';
import type { IEmulator, IEmuRequest, IEmuResponse } from '../emulator/index';
import { COOKIE } from '../emulator/auth';
import { SIGN_IN_PATH, storyFileOf } from './app/config';
import { pageContextFor, pageContextScript } from './pageContext';

/** What the server needs of the emulator: its request handler (for the first-visit sign-in) and its Node middleware. */
export type IEmulatorHandle = Pick<IEmulator, 'handle' | 'middleware'>;

export interface IWorkbenchServerOptions {
  /** The emulator, or a promise of it (the server may listen before the data folder is open and seeded). */
  readonly emulator: Promise<IEmulatorHandle>;
  /** Folder with index.html and the bundle's files (workbench/dist). */
  readonly distDir: string;
  /** E-mail of the account a first visit is signed in as (through the emulator's sign-in endpoint). */
  readonly defaultAccount: string;
  /** Logs one line per failed request; default console.error. */
  readonly log?: (line: string) => void;
  /**
   * Answer any Host name. Only for a server that listens beyond this machine on purpose (`--host`); by default it
   * answers localhost, 127.0.0.1 and [::1] only, so no other web site can reach it through DNS rebinding.
   */
  readonly anyHost?: boolean;
  /**
   * Serve over HTTPS with HTTP/2 (and HTTP/1.1 for clients that ask for it), as SharePoint Online does: every request
   * of the page on one connection, none queued behind the six an HTTP/1.1 browser opens (`npm start -- --https`).
   */
  readonly tls?: ITlsFiles;
}

/** The server `createWorkbenchServer` returns: plain HTTP/1.1, or HTTPS with HTTP/2. */
export type WorkbenchServer = http.Server | http2.Http2SecureServer;

const STATIC_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
};

function toEmuRequest(req: http.IncomingMessage, url: URL): IEmuRequest {
  const headers = new Map<string, string>();
  for (const [k, v] of Object.entries(req.headers)) {
    if (v !== undefined) headers.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
  }
  return { method: (req.method ?? 'GET').toUpperCase(), url, headers, body: Buffer.alloc(0) };
}

function send(res: http.ServerResponse, r: IEmuResponse): void {
  res.writeHead(r.status, r.headers);
  res.end(r.body ?? undefined);
}

function plain(status: number, text: string): IEmuResponse {
  return { status, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: text };
}

/** Each built file compressed, made once per build and encoding (size and time of the file name it). */
const compressed = new Map<string, Buffer>();

/** The encodings the server offers, best first: Brotli (browsers ask for it over HTTPS only), then gzip. */
const ENCODINGS = [
  { name: 'br', compress: (b: Buffer) => zlib.brotliCompressSync(b, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }) },
  { name: 'gzip', compress: (b: Buffer) => zlib.gzipSync(b, { level: 9 }) },
] as const;

/** A built file whose name carries its content's hash (esbuild's `[hash]`: eight of A–Z and 2–7). */
const HASHED = /-[A-Z2-7]{8}\.(js|css)(\.map)?$/;

/**
 * A static file of the bundle, or undefined when the path names none (no path escapes distDir). Served as SharePoint's
 * CDN serves a bundle: Brotli- or gzip-compressed as the browser accepts; a file whose name carries its hash may be kept a
 * year without asking again (`immutable`: a rebuild writes new names), any other is checked first (`no-cache`) and a
 * returning browser that holds it gets 304.
 */
function staticFile(distDir: string, pathname: string, req: http.IncomingMessage): IEmuResponse | undefined {
  const name = path.posix.basename(pathname);
  if (pathname !== `/${name}` || !STATIC_TYPES[path.extname(name)] || name === 'index.html') return undefined;
  const file = path.join(distDir, name);
  if (!fs.existsSync(file)) return undefined;
  const stat = fs.statSync(file);
  const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
  const cache = HASHED.test(name) ? 'public, max-age=31536000, immutable' : 'no-cache';
  const headers: Record<string, string> = { 'content-type': STATIC_TYPES[path.extname(name)], 'cache-control': cache, etag, vary: 'accept-encoding' };
  if (req.headers['if-none-match'] === etag) return { status: 304, headers, body: null };
  const accepted = String(req.headers['accept-encoding'] ?? '');
  const encoding = ENCODINGS.find((e) => new RegExp(`\\b${e.name}\\b`).test(accepted));
  if (!encoding) return { status: 200, headers, body: fs.readFileSync(file) };
  const key = `${file}|${etag}|${encoding.name}`;
  let body = compressed.get(key);
  if (!body) compressed.set(key, (body = encoding.compress(fs.readFileSync(file))));
  return { status: 200, headers: { ...headers, 'content-encoding': encoding.name }, body };
}

/**
 * True when the browser holds a sign-in cookie at all, valid or not. Only a browser without one is signed in by
 * default: whatever else goes wrong during a page load (an injected fault, a stale cookie) must never make the visitor
 * someone else. A stale cookie shows the page signed out; the role switcher signs in again.
 */
function hasSignInCookie(req: IEmuRequest): boolean {
  return (req.headers.get('cookie') ?? '').split(';').some((part) => part.trim().startsWith(`${COOKIE}=`));
}

/** Signs a first visit in as the default account through the emulator's own sign-in endpoint; returns its cookie. */
function defaultSignIn(emu: IEmulatorHandle, req: IEmuRequest, email: string): string | undefined {
  const login: IEmuRequest = {
    method: 'POST',
    url: new URL(`${SIGN_IN_PATH}?returnUrl=%2F`, req.url),
    headers: new Map([['content-type', 'application/x-www-form-urlencoded']]),
    body: Buffer.from(new URLSearchParams({ email }).toString()),
  };
  const r = emu.handle(login);
  return r.headers['set-cookie'];
}

function page(opts: IWorkbenchServerOptions, emu: IEmulatorHandle, req: IEmuRequest): IEmuResponse {
  const file = path.join(opts.distDir, 'index.html');
  if (!fs.existsSync(file)) return plain(503, 'The page is not built yet.');
  const headers: Record<string, string> = { 'content-type': STATIC_TYPES['.html'], 'cache-control': 'no-store' };
  let cookie = req.headers.get('cookie') ?? '';
  if (!hasSignInCookie(req)) {
    const set = defaultSignIn(emu, req, opts.defaultAccount);
    if (set) {
      headers['set-cookie'] = set;
      cookie = set.split(';')[0];
    }
  }
  const context = pageContextScript(pageContextFor(emu, req, cookie));
  return { status: 200, headers, body: fs.readFileSync(file, 'utf8').replace('</head>', `  ${context}\n  </head>`) };
}

/** The page and its bundle; undefined for everything the emulator answers. */
function ownRoute(opts: IWorkbenchServerOptions, emu: IEmulatorHandle, req: http.IncomingMessage): IEmuResponse | undefined {
  const method = (req.method ?? 'GET').toUpperCase();
  if (method !== 'GET' && method !== 'HEAD') return undefined;
  const url = new URL(req.url ?? '/', `${schemeOf(req)}://${hostOf(req) ?? 'localhost'}`);
  if (url.pathname === '/' || url.pathname === '/index.html') return page(opts, emu, toEmuRequest(req, url));
  // A story's news page opens the front page app in story mode (a browser asking for HTML; REST calls go on).
  if (storyFileOf(url.pathname) && (req.headers.accept ?? '').includes('text/html')) return page(opts, emu, toEmuRequest(req, url));
  return staticFile(opts.distDir, url.pathname, req);
}

export function createWorkbenchServer(opts: IWorkbenchServerOptions & { readonly tls: ITlsFiles }): http2.Http2SecureServer;
export function createWorkbenchServer(opts: IWorkbenchServerOptions & { readonly tls?: undefined }): http.Server;
export function createWorkbenchServer(opts: IWorkbenchServerOptions): WorkbenchServer;
export function createWorkbenchServer(opts: IWorkbenchServerOptions): WorkbenchServer {
  const log = opts.log ?? ((line: string) => console.error(line));
  const handler = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    const fail = (e: unknown): void => {
      log(`${req.method} ${req.url}: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
      if (!res.headersSent) send(res, plain(500, 'Internal error in the local server.'));
      else res.end();
    };
    if (refuseHost(req, res, opts.anyHost ?? false)) return;
    opts.emulator
      .then((emu) => {
        const own = ownRoute(opts, emu, req);
        if (own) send(res, own);
        else emu.middleware(req, res);
      })
      .catch(fail);
  };
  if (!opts.tls) return http.createServer(handler);
  // Node's HTTP/2 compatibility API hands the handler a request and response with the methods it uses.
  return http2.createSecureServer({ key: opts.tls.key, cert: opts.tls.cert, allowHTTP1: true }, handler as unknown as (req: http2.Http2ServerRequest, res: http2.Http2ServerResponse) => void);
}
