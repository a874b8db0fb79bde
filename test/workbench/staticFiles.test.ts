/**
 * The local page's bundle is served as SharePoint's CDN serves one: gzip-compressed to a browser that accepts it,
 * a file named by its content's hash is kept a year without asking (the phone benchmark's warm visit), and a returning
 * browser that names the ETag it holds of any other file gets 304 and keeps its copy.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as path from 'path';
import * as zlib from 'zlib';
import { startLocalPage } from './localPage';
import type { ILocalPage } from './localPage';

interface IAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}): Promise<IAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, headers }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (c: Buffer) => parts.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(parts) }));
    });
    req.on('error', reject);
    req.end();
  });
}

const SCRIPT = `console.log(${JSON.stringify('Medarbejdernyt '.repeat(2000))});`;
let local: ILocalPage;
let port: number;
let distDir: string;

beforeAll(async () => {
  local = await startLocalPage({ 'main.js': SCRIPT });
  ({ port, distDir } = local);
});
afterAll(() => local.close());

describe('the local page\'s bundle over HTTP', () => {
  it('is gzip-compressed for a browser that accepts it, and the same bytes once unpacked', async () => {
    const r = await get(port, '/main.js', { 'accept-encoding': 'gzip, deflate' });
    expect(r.status).toBe(200);
    expect(r.headers['content-encoding']).toBe('gzip');
    expect(r.body.length).toBeLessThan(SCRIPT.length / 10);
    expect(zlib.gunzipSync(r.body).toString('utf8')).toBe(SCRIPT);
    expect(r.headers.vary).toBe('accept-encoding');
  });

  it('is Brotli-compressed for a browser that accepts it (over HTTPS browsers do), smaller than gzip', async () => {
    const br = await get(port, '/main.js', { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await get(port, '/main.js', { 'accept-encoding': 'gzip' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(br.body).toString('utf8')).toBe(SCRIPT);
    expect(br.body.length).toBeLessThan(gzip.body.length);
  });

  it('is plain for a client that does not accept gzip', async () => {
    const r = await get(port, '/main.js');
    expect(r.headers['content-encoding']).toBeUndefined();
    expect(r.body.toString('utf8')).toBe(SCRIPT);
  });

  it('answers 304 with no body to a browser that holds the current version, and 200 after a rebuild', async () => {
    const first = await get(port, '/main.js', { 'accept-encoding': 'gzip' });
    const etag = String(first.headers.etag);
    expect(etag).toMatch(/^"[0-9a-f]+-[0-9a-f]+"$/);
    const again = await get(port, '/main.js', { 'accept-encoding': 'gzip', 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
    fs.writeFileSync(path.join(distDir, 'main.js'), `${SCRIPT}\n// rebuilt`);
    fs.utimesSync(path.join(distDir, 'main.js'), new Date(), new Date(Date.now() + 5000));
    expect((await get(port, '/main.js', { 'if-none-match': etag })).status).toBe(200);
  });

  it('lets a browser keep a file whose name carries its hash for a year without asking, and check any other first', async () => {
    fs.writeFileSync(path.join(distDir, 'chunk-readers-Q2ZT7ABC.js'), SCRIPT);
    fs.writeFileSync(path.join(distDir, 'main-K3M5N7PQ.css'), 'body{}');
    for (const name of ['chunk-readers-Q2ZT7ABC.js', 'main-K3M5N7PQ.css']) {
      expect((await get(port, `/${name}`)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    expect((await get(port, '/main.js')).headers['cache-control']).toBe('no-cache');
  });
});
