/**
 * `$batch` as PnPjs writes it (LF or CRLF, GETs as top-level parts, writes in changesets, absolute inner URLs,
 * X-HTTP-Method turned into the inner verb) and as PnPjs parses the answer: one flat `--batchresponse_` part per
 * request, a status line with a reason phrase, single-line JSON bodies and a closing boundary followed by CRLF.
 * Changesets are not transactional: every operation runs, in order, and nothing is rolled back. A batch holds at most
 * MAX_BATCH_REQUESTS requests, change sets do not nest, and every inner URL stays on the batch's own origin: otherwise
 * the whole batch is refused with 400 before anything runs.
 */
import * as crypto from 'crypto';
import { Errors } from './errors';
import { REASONS } from './http/context';
import { MAX_BATCH_REQUESTS } from './limits';
import type { IEmuRequest, IEmuResponse } from './types';

interface IInner {
  method: string;
  url: string;
  headers: Map<string, string>;
  body: string;
}

function boundaryOf(contentType: string | undefined): string {
  const m = /boundary="?([^";]+)"?/i.exec(contentType ?? '');
  if (!m) throw Errors.badBatch('The Content-Type header must be multipart/mixed with a boundary.');
  return m[1];
}

function splitParts(lines: string[], boundary: string): string[][] {
  const parts: string[][] = [];
  let cur: string[] | null = null;
  for (const line of lines) {
    const t = line.trimEnd();
    if (t === `--${boundary}--`) {
      if (cur) parts.push(cur);
      return parts;
    }
    if (t === `--${boundary}`) {
      if (cur) parts.push(cur);
      cur = [];
    } else if (cur) {
      cur.push(line);
    }
  }
  throw Errors.badBatch(`The closing boundary --${boundary}-- is missing.`);
}

function readHeaders(lines: string[], start: number): [Map<string, string>, number] {
  const h = new Map<string, string>();
  let i = start;
  for (; i < lines.length && lines[i].trim() !== ''; i++) {
    const idx = lines[i].indexOf(':');
    if (idx <= 0) throw Errors.badBatch(`Malformed header line '${lines[i]}'.`);
    h.set(lines[i].slice(0, idx).trim().toLowerCase(), lines[i].slice(idx + 1).trim());
  }
  return [h, i + 1];
}

/** One part: a request, or (at the top level only) a change set of requests. Stops at MAX_BATCH_REQUESTS. */
function parsePart(lines: string[], out: IInner[], inChangeSet: boolean): void {
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const [mime, next] = readHeaders(lines, i);
  const ct = mime.get('content-type') ?? '';
  if (/^multipart\/mixed/i.test(ct)) {
    if (inChangeSet) throw Errors.badBatch('A change set cannot contain another change set.');
    const inner = splitParts(lines.slice(next), boundaryOf(ct));
    inner.forEach((p) => parsePart(p, out, true));
    return;
  }
  if (!/^application\/http/i.test(ct)) throw Errors.badBatch(`Unexpected part Content-Type '${ct}'.`);
  if (out.length === MAX_BATCH_REQUESTS) throw Errors.badBatch(`A $batch request may hold at most ${MAX_BATCH_REQUESTS} requests; send the rest in another one.`);
  i = next;
  while (i < lines.length && lines[i].trim() === '') i++;
  const m = /^([A-Z]+)\s+(\S+)(\s+HTTP\/\d\.\d)?\s*$/.exec(lines[i] ?? '');
  if (!m) throw Errors.badBatch(`Malformed request line '${lines[i] ?? ''}'.`);
  const [headers, bodyStart] = readHeaders(lines, i + 1);
  const bodyLines = lines.slice(bodyStart);
  while (bodyLines.length && bodyLines[bodyLines.length - 1].trim() === '') bodyLines.pop();
  out.push({ method: m[1], url: m[2], headers, body: bodyLines.join('\n') });
}

export function parseBatch(req: IEmuRequest): IInner[] {
  const boundary = boundaryOf(req.headers.get('content-type'));
  const lines = req.body.toString('utf8').split(/\r?\n/);
  const out: IInner[] = [];
  splitParts(lines, boundary).forEach((p) => parsePart(p, out, false));
  return out;
}

/** An inner request's URL, resolved against the batch URL; it must stay on the batch's own origin. */
function innerUrl(req: IEmuRequest, raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw, req.url);
  } catch {
    throw Errors.badBatch(`The URL '${raw}' is not valid.`);
  }
  if (url.origin !== req.url.origin) throw Errors.badBatch(`The URL '${url.href}' is not on this host (${req.url.origin}).`);
  return url;
}

/** Checks the whole batch first (nothing runs when any part is malformed), then runs each request through `run` (no rollback) and writes the flat response. */
export function runBatch(req: IEmuRequest, run: (inner: IEmuRequest) => IEmuResponse): IEmuResponse {
  const inner = parseBatch(req).map((r) => ({ method: r.method, url: innerUrl(req, r.url), headers: r.headers, body: Buffer.from(r.body, 'utf8') }));
  const boundary = `batchresponse_${crypto.randomUUID()}`;
  const chunks: string[] = [];
  for (const r of inner) {
    const res = run(r);
    chunks.push(`--${boundary}\r\nContent-Type: application/http\r\nContent-Transfer-Encoding: binary\r\n\r\n`);
    chunks.push(`HTTP/1.1 ${res.status} ${REASONS[res.status] ?? 'Unknown'}\r\n`);
    for (const [k, v] of Object.entries(res.headers)) {
      if (['content-type', 'etag', 'retry-after'].includes(k.toLowerCase())) chunks.push(`${k.toUpperCase()}: ${v}\r\n`);
    }
    chunks.push('\r\n');
    const body = res.body === null ? '' : typeof res.body === 'string' ? res.body : res.body.toString('utf8');
    if (body !== '') chunks.push(`${body.replace(/\r?\n/g, ' ')}\r\n`);
  }
  chunks.push(`--${boundary}--\r\n`);
  return { status: 200, headers: { 'content-type': `multipart/mixed; boundary=${boundary}` }, body: chunks.join('') };
}
