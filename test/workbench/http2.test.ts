/**
 * `npm start -- --https`: the local page and its SharePoint over HTTPS with HTTP/2, as SharePoint Online serves them
 * (every request of a page on one connection; the phone benchmark measures the difference). The same answers as over
 * HTTP/1.1: the page with its context, the bundle, REST with absolute URLs on the https origin, and HTTP/1.1 over TLS
 * for a client that asks for it.
 */
import * as http2 from 'http2';
import * as https from 'https';
import { DEFAULT_ACCOUNT, startLocalPage } from './localPage';
import type { ILocalPage } from './localPage';

const EMPLOYEE = DEFAULT_ACCOUNT;

let local: ILocalPage;
let origin: string;

beforeAll(async () => {
  local = await startLocalPage({ 'main-ABCDEFGH.js': 'console.log("Medarbejdernyt");' }, true);
  ({ origin } = local);
});
afterAll(() => local.close());

interface IH2Answer {
  status: number;
  headers: http2.IncomingHttpHeaders;
  body: string;
}

/** Requests over one HTTP/2 session, as a browser does; the certificate is the local self-signed one. */
async function h2(requests: readonly { path: string; headers?: Record<string, string> }[]): Promise<IH2Answer[]> {
  const session = http2.connect(origin, { rejectUnauthorized: false });
  try {
    return await Promise.all(
      requests.map(
        (r) =>
          new Promise<IH2Answer>((resolve, reject) => {
            const stream = session.request({ ':path': r.path, ...(r.headers ?? {}) });
            let headers: http2.IncomingHttpHeaders = {};
            let body = '';
            stream.setEncoding('utf8');
            stream.on('response', (h) => (headers = h));
            stream.on('data', (c: string) => (body += c));
            stream.on('end', () => resolve({ status: Number(headers[':status']), headers, body }));
            stream.on('error', reject);
            stream.end();
          }),
      ),
    );
  } finally {
    session.close();
  }
}

describe('the local page over HTTPS and HTTP/2', () => {
  it('serves the page with its context, its bundle and REST answers over one HTTP/2 connection', async () => {
    const [page] = await h2([{ path: '/', headers: { accept: 'text/html' } }]);
    expect(page.status).toBe(200);
    expect(page.body).toContain(`"email":"${EMPLOYEE}"`);
    const cookie = String(page.headers['set-cookie']).split(';')[0];
    const [script, web] = await h2([
      { path: '/main-ABCDEFGH.js' },
      { path: '/sites/intranet/_api/web?$select=Title,Url', headers: { cookie, accept: 'application/json;odata=nometadata' } },
    ]);
    expect(script.status).toBe(200);
    expect(script.headers['cache-control']).toContain('immutable');
    expect(web.status).toBe(200);
    // Absolute URLs in answers name the origin the browser called, https included.
    expect((JSON.parse(web.body) as { Url: string }).Url).toBe(`${origin}/sites/intranet`);
  });

  it('refuses a host name that is not this machine, as over HTTP/1.1', async () => {
    const [answer] = await h2([{ path: '/', headers: { ':authority': 'intranet.example.com' } }]);
    expect(answer.status).toBe(403);
  });

  it('answers HTTP/1.1 over TLS too, for a client that does not speak HTTP/2', async () => {
    const status = await new Promise<number>((resolve, reject) => {
      https.get(`${origin}/main-ABCDEFGH.js`, { rejectUnauthorized: false }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).on('error', reject);
    });
    expect(status).toBe(200);
  });
});
