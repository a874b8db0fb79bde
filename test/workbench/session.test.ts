/**
 * The local front page's sign-in (issue 9, items 8 and 9): the server signs a first visit in as the default employee
 * only when the browser has no sign-in cookie at all, never because a request failed; the page's own who-am-I call
 * never consumes an injected fault; `npm start` listens on 127.0.0.1 unless told otherwise.
 */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';
import type { AddressInfo } from 'net';
import { spfi, SPBrowser } from '@pnp/sp';
import { createEmulator } from '../../emulator';
import type { IEmulator } from '../../emulator';
import { BearerAuth, EmulatorSend } from '../../emulator/pnp';
import { createWorkbenchServer } from '../../workbench/server';
import { parseArgs } from '../../workbench/start';
import { currentUser } from '../../workbench/app/session';

const HR = 'lars.ostergaard@norddjurs.dk';
const EMPLOYEE = 'jonas.nielsen@norddjurs.dk';

interface IAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}, method = 'GET', body = ''): Promise<IAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let emu: IEmulator;
let server: http.Server;
let port: number;
let distDir: string;

beforeAll(async () => {
  distDir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-session-'));
  fs.writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>Forside</title>');
  emu = createEmulator();
  server = createWorkbenchServer({ emulator: Promise.resolve(emu), distDir, defaultAccount: EMPLOYEE, log: () => undefined });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await emu.close();
  fs.rmSync(distDir, { recursive: true, force: true });
});
afterEach(() => emu.admin.clearFaults());

async function signInAs(email: string): Promise<string> {
  const res = await get(port, '/_login?returnUrl=%2F', { 'content-type': 'application/x-www-form-urlencoded' }, 'POST', `email=${encodeURIComponent(email)}`);
  return String(res.headers['set-cookie']).split(';')[0];
}

describe('default sign-in on the first visit', () => {
  it('signs a visit without any cookie in as the default employee', async () => {
    const res = await get(port, '/');
    expect(String(res.headers['set-cookie'])).toContain(encodeURIComponent(EMPLOYEE));
  });

  it('keeps the signed-in user when a fault is injected during page load, and leaves the fault for the web parts', async () => {
    const cookie = await signInAs(HR);
    emu.admin.injectFaults({ status: 503, count: 1 });
    const page = await get(port, '/', { cookie });
    expect(page.headers['set-cookie']).toBeUndefined();
    expect((await get(port, '/sites/intranet/_api/web/currentuser', { cookie, accept: 'application/json' })).status).toBe(503);
  });

  it('does not replace a cookie it cannot read (signing in again is the user\'s choice)', async () => {
    const page = await get(port, '/', { cookie: 'SPEmulatorAuth=ukendt%40norddjurs.dk.0000' });
    expect(page.headers['set-cookie']).toBeUndefined();
  });
});

describe("the page's own who-am-I call", () => {
  it('never consumes an injected fault', async () => {
    const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(emu), BearerAuth(HR));
    emu.admin.injectFaults({ status: 503, count: 1 });
    expect((await currentUser(sp))?.email).toBe(HR);
    expect((await emu.fetch(`${emu.siteUrl}/_api/web`, { headers: { authorization: `Bearer ${HR}` } })).status).toBe(503);
  });
});

describe('npm start listens on 127.0.0.1 unless told otherwise', () => {
  it('reads --host and HOST; the default is 127.0.0.1', () => {
    expect(parseArgs([], {}).host).toBe('127.0.0.1');
    expect(parseArgs([], { HOST: '0.0.0.0' }).host).toBe('0.0.0.0');
    expect(parseArgs(['--host', '::'], {}).host).toBe('::');
    expect(() => parseArgs(['--host'], {})).toThrow('--host');
  });
});
