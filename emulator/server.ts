/**
 * HTTP front end: converts Node requests and fetch() calls into the handler's request objects (with the body size
 * limit enforced while reading, 413 above it; the URL on the origin the client called, from its Host header) and writes
 * the handler's responses with reason phrases. The server refuses Host names it does not serve (DNS rebinding).
 */
import * as http from 'http';
import * as zlib from 'zlib';
import type { Core } from './core';
import { errorResponse, handleRequest } from './handler';
import { Errors } from './errors';
import { REASONS } from './http/context';
import { hostOf, isLoopback, refusedHost, requestUrl, schemeOf } from './http/origin';
import type { IEmuRequest, IEmuResponse } from './types';

function headerMap(h: Headers | http.IncomingHttpHeaders): Map<string, string> {
  const m = new Map<string, string>();
  if (h instanceof Headers) {
    h.forEach((v, k) => m.set(k.toLowerCase(), v));
  } else {
    for (const [k, v] of Object.entries(h)) if (v !== undefined) m.set(k.toLowerCase(), Array.isArray(v) ? v.join(', ') : v);
  }
  return m;
}

async function bodyBytes(body: BodyInit | null | undefined): Promise<Buffer> {
  if (body === null || body === undefined) return Buffer.alloc(0);
  if (typeof body === 'string') return Buffer.from(body, 'utf8');
  if (body instanceof ArrayBuffer) return Buffer.from(body);
  if (ArrayBuffer.isView(body)) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
  if (body instanceof Blob) return Buffer.from(await body.arrayBuffer());
  if (body instanceof URLSearchParams) return Buffer.from(body.toString(), 'utf8');
  return Buffer.from(await new Response(body).arrayBuffer());
}

/** fetch(input, init) → handler request. */
export async function toEmuRequest(input: string | URL | Request, init: RequestInit | undefined, maxBody: number): Promise<IEmuRequest> {
  if (input instanceof Request) {
    const headers = headerMap(input.headers);
    if (init?.headers) headerMap(new Headers(init.headers)).forEach((v, k) => headers.set(k, v));
    const body = init?.body !== undefined ? await bodyBytes(init.body) : Buffer.from(await input.arrayBuffer());
    return { method: (init?.method ?? input.method).toUpperCase(), url: new URL(input.url), headers, body: body.length > maxBody ? body.subarray(0, maxBody + 1) : body };
  }
  return {
    method: (init?.method ?? 'GET').toUpperCase(),
    url: new URL(String(input)),
    headers: headerMap(new Headers(init?.headers)),
    body: await bodyBytes(init?.body),
  };
}

function readBody(req: http.IncomingMessage, max: number): Promise<Buffer | 'too-large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? '0');
    if (declared > max) {
      req.resume();
      resolve('too-large');
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > max) tooLarge = true;
      else chunks.push(c);
    });
    req.on('end', () => resolve(tooLarge ? 'too-large' : Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** Text answers worth compressing (JSON, $batch's multipart, XML, text); files and images go as they are. */
const COMPRESSIBLE = /^(application\/(json|xml|atom\+xml)|multipart\/mixed|text\/)/i;
const COMPRESS_FROM_BYTES = 1024;

/**
 * Writes an answer; a text answer of 1 KB or more is gzip-compressed when the client accepts it, as SharePoint Online
 * compresses its REST answers (a phone on a slow network feels the difference).
 */
function write(res: http.ServerResponse, out: IEmuResponse, acceptEncoding = ''): void {
  res.statusCode = out.status;
  // HTTP/2 has no reason phrase (Node warns when one is set on its compatibility response, which has a `stream`).
  if (!('stream' in res)) res.statusMessage = REASONS[out.status] ?? '';
  for (const [k, v] of Object.entries(out.headers)) res.setHeader(k, v);
  if (out.body === null || out.status === 204) {
    res.end();
    return;
  }
  let buf = typeof out.body === 'string' ? Buffer.from(out.body, 'utf8') : out.body;
  const type = out.headers['content-type'] ?? out.headers['Content-Type'] ?? '';
  if (buf.length >= COMPRESS_FROM_BYTES && COMPRESSIBLE.test(type) && /\bgzip\b/.test(acceptEncoding) && !res.hasHeader('content-encoding')) {
    buf = zlib.gzipSync(buf);
    res.setHeader('content-encoding', 'gzip');
    res.setHeader('vary', 'accept-encoding');
  }
  res.setHeader('content-length', String(buf.length));
  res.end(buf);
}

export function nodeMiddleware(core: Core): (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void {
  return (req, res, next) => {
    const lower = new URL(req.url ?? '/', core.origin).pathname.toLowerCase();
    const ours = lower.startsWith(core.sitePath.toLowerCase()) || lower.startsWith('/_login') || lower.startsWith('/_logout') || lower.startsWith('/_emulator') || lower.startsWith('/_api');
    if (next && !ours) {
      next();
      return;
    }
    readBody(req, core.maxBodyBytes)
      .then((body) => {
        const accept = typeof req.headers.accept === 'string' ? req.headers.accept : '';
        if (body === 'too-large') {
          write(res, errorResponse(Errors.tooLarge(core.maxBodyBytes), accept.includes('verbose') ? 'verbose' : 'minimal'));
          return;
        }
        const url = requestUrl(req.url ?? '/', hostOf(req), core.origin, schemeOf(req));
        write(res, handleRequest(core, { method: req.method ?? 'GET', url, headers: headerMap(req.headers), body }), String(req.headers['accept-encoding'] ?? ''));
      })
      .catch((e: unknown) => {
        write(res, errorResponse(e, 'minimal'));
      });
  };
}

/** Answers a request whose Host header the server refuses (see refusedHost); true when it did. */
export function refuseHost(req: http.IncomingMessage, res: http.ServerResponse, anyHost: boolean): boolean {
  const refused = refusedHost(hostOf(req), anyHost);
  if (!refused) return false;
  req.resume();
  write(res, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' }, body: refused });
  return true;
}

/** Serves the emulator on `host` (loopback names only, unless `host` itself reaches beyond this machine). */
export function listen(core: Core, port: number, host: string): Promise<{ server: http.Server; port: number }> {
  const mw = nodeMiddleware(core);
  const anyHost = !isLoopback(host);
  const server = http.createServer((req, res) => {
    if (!refuseHost(req, res, anyHost)) mw(req, res);
  });
  server.keepAliveTimeout = 5000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const addr = server.address();
      const actual = typeof addr === 'object' && addr ? addr.port : port;
      core.origin = `http://localhost:${actual}`;
      resolve({ server, port: actual });
    });
  });
}
