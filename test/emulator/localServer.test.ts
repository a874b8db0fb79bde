/**
 * The local SharePoint over HTTP is closed to the world (issue 9, items 8 and 10): only loopback host names, CORS only
 * for listed origins, admin writes and sign-in only as same-origin requests, sign-in redirects only to this origin,
 * and absolute URLs in answers use the origin the client called.
 */
import * as http from 'http';
import type { IEmulator } from '../../emulator';
import { newEmulator, USERS } from './helpers';

interface IAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A raw HTTP request (Node's fetch cannot set Host, Origin or Sec-Fetch-Site freely). */
function request(port: number, method: string, path: string, headers: Record<string, string> = {}, body = ''): Promise<IAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, method, path, headers: { host: `localhost:${port}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let emu: IEmulator;
let port: number;
const bearer = { authorization: `Bearer ${USERS.employee}`, accept: 'application/json' };
const json = { 'content-type': 'application/json' };

beforeAll(async () => {
  emu = newEmulator();
  port = Number(new URL(await emu.listen(0)).port);
});
afterAll(() => emu.close());

describe('CORS only for listed origins (none by default)', () => {
  it('sends no CORS headers to another origin, neither on requests nor on preflights', async () => {
    const get = await request(port, 'GET', '/sites/intranet/_api/web', { ...bearer, origin: 'http://evil.example' });
    expect(get.headers['access-control-allow-origin']).toBeUndefined();
    expect(get.headers['access-control-allow-credentials']).toBeUndefined();
    const pre = await request(port, 'OPTIONS', '/sites/intranet/_api/web', { origin: 'http://evil.example', 'access-control-request-headers': 'authorization' });
    expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    expect(pre.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('allows the origins listed in corsOrigins', async () => {
    const listed = newEmulator({ corsOrigins: ['http://localhost:3000'] });
    const p = Number(new URL(await listed.listen(0)).port);
    const get = await request(p, 'GET', '/sites/intranet/_api/web', { ...bearer, origin: 'http://localhost:3000' });
    expect(get.headers['access-control-allow-origin']).toBe('http://localhost:3000');
    const other = await request(p, 'GET', '/sites/intranet/_api/web', { ...bearer, origin: 'http://localhost:3001' });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
    await listed.close();
  });
});

describe('admin endpoints and sign-in: same origin only', () => {
  const faults = (headers: Record<string, string>): Promise<IAnswer> => request(port, 'POST', '/_emulator/faults', headers, '{"status":429,"count":1}');
  afterEach(() => emu.admin.clearFaults());

  it('refuses admin POSTs that are not application/json (a cross-site form can send text/plain)', async () => {
    const res = await faults({ 'content-type': 'text/plain' });
    expect(res.status).toBe(415);
    expect(res.body).toContain('application/json');
  });

  it('refuses admin writes from other origins and from other sites on this machine', async () => {
    expect((await faults({ ...json, origin: 'http://evil.example' })).status).toBe(403);
    expect((await faults({ ...json, origin: `http://localhost:${port + 1}` })).status).toBe(403);
    expect((await faults({ ...json, 'sec-fetch-site': 'cross-site' })).status).toBe(403);
    expect((await faults({ ...json, 'sec-fetch-site': 'same-site' })).status).toBe(403);
    expect((await request(port, 'DELETE', '/_emulator/faults', { origin: 'http://evil.example' })).status).toBe(403);
  });

  it('accepts admin writes from the same origin and from scripts without an Origin header', async () => {
    expect((await faults({ ...json, origin: `http://localhost:${port}`, 'sec-fetch-site': 'same-origin' })).status).toBe(200);
    expect((await faults(json)).status).toBe(200);
  });

  it('refuses a cross-site sign-in (login CSRF)', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const body = `email=${encodeURIComponent(USERS.hr)}`;
    const cross = await request(port, 'POST', '/_login', { ...form, origin: 'http://evil.example' }, body);
    expect(cross.status).toBe(403);
    expect(cross.headers['set-cookie']).toBeUndefined();
    const same = await request(port, 'POST', '/_login', { ...form, origin: `http://localhost:${port}` }, body);
    expect(same.status).toBe(302);
  });

  it('redirects after sign-in only to a path of this origin', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const signIn = (returnUrl: string): Promise<IAnswer> =>
      request(port, 'POST', `/_login?returnUrl=${encodeURIComponent(returnUrl)}`, form, `email=${encodeURIComponent(USERS.hr)}`);
    for (const evil of ['/\\evil.example', '//evil.example', 'http://evil.example/', 'https:evil.example', '/\t/evil.example', '/x\r\nSet-Cookie: a=b', 'javascript:alert(1)']) {
      const res = await signIn(evil);
      expect([evil, res.status, res.headers.location]).toEqual([evil, 302, '/sites/intranet']);
    }
    expect((await signIn('/?today=2026-11-27#x')).headers.location).toBe('/?today=2026-11-27#x');
    const page = await request(port, 'GET', `/_login?returnUrl=${encodeURIComponent('/\\evil.example')}`);
    expect(page.body).not.toContain('evil.example');
  });
});

describe('host names: loopback only (DNS rebinding)', () => {
  it('refuses requests whose Host is not localhost, 127.0.0.1 or [::1]', async () => {
    const res = await request(port, 'GET', '/sites/intranet/_api/web', { ...bearer, host: `evil.example:${port}` });
    expect(res.status).toBe(403);
    expect(res.body).toContain('evil.example');
    for (const host of [`127.0.0.1:${port}`, `[::1]:${port}`, `localhost:${port}`]) {
      expect([host, (await request(port, 'GET', '/sites/intranet/_api/web', { ...bearer, host })).status]).toEqual([host, 200]);
    }
  });
});

describe('absolute URLs use the origin the client called', () => {
  it('builds odata.nextLink on 127.0.0.1 when the page was opened there', async () => {
    emu.admin.addItems('Navnenyt', [{ Title: 'En' }, { Title: 'To' }]);
    const path = "/sites/intranet/_api/web/lists/getByTitle('Navnenyt')/items?$top=1";
    const at127 = JSON.parse((await request(port, 'GET', path, { ...bearer, host: `127.0.0.1:${port}` })).body) as Record<string, string>;
    expect(at127['odata.nextLink']).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/sites/intranet/_api/`));
    expect(at127['odata.metadata']).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${port}/`));
    const atLocalhost = JSON.parse((await request(port, 'GET', path, bearer)).body) as Record<string, string>;
    expect(atLocalhost['odata.nextLink']).toMatch(new RegExp(`^http://localhost:${port}/`));
  });
});
