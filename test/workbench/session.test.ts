/**
 * The local front page's sign-in (issue 9, items 8 and 9): the server signs a first visit in as the default employee
 * only when the browser has no sign-in cookie at all, never because a request failed; the page's own who-am-I question
 * (asked by the server for the page's context) never consumes an injected fault; the page's context says who is signed
 * in and the site's time zone, and a navigation moves the clock to `?today=`; `npm start` listens on 127.0.0.1 unless
 * told otherwise.
 */
import * as http from 'http';
import type { IEmulator } from '../../emulator';
import { DEFAULT_ACCOUNT, startLocalPage } from './localPage';
import type { ILocalPage } from './localPage';
import { parseArgs } from '../../workbench/start';

const HR = 'lars.ostergaard@norddjurs.dk';
const EMPLOYEE = DEFAULT_ACCOUNT;

interface IAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

function get(port: number, urlPath: string, headers: Record<string, string> = {}, method = 'GET', body = ''): Promise<IAnswer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: urlPath, method, headers }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let local: ILocalPage;
let emu: IEmulator;
let port: number;

beforeAll(async () => {
  local = await startLocalPage({});
  ({ emu, port } = local);
});
afterAll(() => local.close());
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

/** The page context the server wrote into the page (workbench/pageContext.ts). */
function contextOf(page: IAnswer): { user?: { id: number; title: string; email: string }; timeZone?: { Id: number; Description: string } } {
  const m = /<script id="page-context" type="application\/json">(.*?)<\/script>/.exec(page.body);
  if (!m) throw new Error(`The page carries no context: ${page.body}`);
  return JSON.parse(m[1]) as ReturnType<typeof contextOf>;
}

describe("the page's context (SharePoint's _spPageContextInfo)", () => {
  it('names the signed-in user and the site\'s time zone, in the page itself', async () => {
    const page = contextOf(await get(port, '/', { cookie: await signInAs(HR), accept: 'text/html' }));
    expect(page.user?.email).toBe(HR);
    expect(page.user?.id).toBeGreaterThan(0);
    expect(page.timeZone?.Id).toBe(3);
    expect(page.timeZone?.Description).toContain('Copenhagen');
  });

  it('names the default employee on a first visit', async () => {
    expect(contextOf(await get(port, '/', { accept: 'text/html' })).user?.email).toBe(EMPLOYEE);
  });

  it('names nobody for a cookie that signs no one in', async () => {
    const page = contextOf(await get(port, '/', { cookie: 'SPEmulatorAuth=ukendt%40norddjurs.dk.0000', accept: 'text/html' }));
    expect(page.user).toBeUndefined();
    expect(page.timeZone).toBeUndefined();
  });

  it('never consumes an injected fault: the web parts meet it', async () => {
    const cookie = await signInAs(HR);
    emu.admin.injectFaults({ status: 503, count: 1 });
    expect(contextOf(await get(port, '/', { cookie, accept: 'text/html' })).user?.email).toBe(HR);
    expect((await get(port, '/sites/intranet/_api/web', { cookie, accept: 'application/json' })).status).toBe(503);
  });

  it('cannot be ended early by a value: a < in a name stays inside the script', async () => {
    const title = '</script><b>Ulla</b>';
    emu.admin.addUser({ email: 'ulla.script@norddjurs.dk', title });
    const page = await get(port, '/', { cookie: await signInAs('ulla.script@norddjurs.dk'), accept: 'text/html' });
    expect(page.body).not.toContain('<b>Ulla</b>');
    expect(contextOf(page).user?.title).toBe(title);
  });
});

describe("the page's day", () => {
  const today = async (): Promise<string> => String((JSON.parse((await get(port, '/_emulator/status')).body) as { today: string }).today);

  it('a navigation to ?today= moves the local SharePoint\'s clock to that day; without it, back to the real day', async () => {
    const real = await today();
    await get(port, '/?today=2019-03-04', { accept: 'text/html' });
    expect(await today()).toBe('2019-03-04');
    await get(port, '/', { accept: 'text/html' });
    expect(await today()).toBe(real);
  });

  it('a story page keeps the day the front page set; an image request moves nothing', async () => {
    await get(port, '/?today=2019-03-04', { accept: 'text/html' });
    await get(port, '/sites/intranet/SitePages/en-historie.aspx', { accept: 'text/html' });
    expect(await today()).toBe('2019-03-04');
    await get(port, '/?today=2020-01-02', { accept: 'image/avif,image/webp,*/*' });
    expect(await today()).toBe('2019-03-04');
    await get(port, '/', { accept: 'text/html' });
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
