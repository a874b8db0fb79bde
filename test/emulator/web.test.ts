import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let sp: SPFI;

beforeAll(() => {
  emu = newEmulator();
  sp = spAs(emu, USERS.employee);
});
afterAll(() => emu.close());

describe('JSON light, nometadata, verbose and odata.error envelopes', () => {
  it('answers application/json with minimal metadata', async () => {
    const res = await raw(emu, USERS.employee, 'web');
    expect(res.headers.get('content-type')).toContain('odata=minimalmetadata');
    const body = (await res.json()) as Record<string, unknown>;
    expect(body['odata.metadata']).toBe(`${emu.siteUrl}/_api/$metadata#SP.ApiData.Webs/@Element`);
    expect(body['odata.type']).toBe('SP.Web');
    expect(body.Title).toBe('Intranet');
    expect(body.ServerRelativeUrl).toBe('/sites/intranet');
  });

  it('answers odata=nometadata without odata.* keys', async () => {
    const res = await raw(emu, USERS.employee, 'web/currentUser', { headers: { accept: 'application/json;odata=nometadata' } });
    const body = (await res.json()) as Record<string, unknown>;
    expect(Object.keys(body).some((k) => k.startsWith('odata.'))).toBe(false);
    expect(body.Email).toBe(USERS.employee);
  });

  it('answers odata=verbose with d and __metadata, collections as d.results', async () => {
    const one = (await (await raw(emu, USERS.employee, 'web/currentUser', { headers: { accept: 'application/json;odata=verbose' } })).json()) as {
      d: { __metadata: { type: string }; Email: string };
    };
    expect(one.d.__metadata.type).toBe('SP.User');
    expect(one.d.Email).toBe(USERS.employee);
    const many = (await (await raw(emu, USERS.employee, 'web/siteGroups', { headers: { accept: 'application/json;odata=verbose' } })).json()) as {
      d: { results: { Title: string }[] };
    };
    expect(many.d.results.map((g) => g.Title)).toContain('HR');
  });

  it('wraps errors in odata.error (JSON light) and error (verbose)', async () => {
    const light = await raw(emu, USERS.employee, "web/lists/getByTitle('Findes ikke')");
    expect(light.status).toBe(404);
    expect(await light.json()).toEqual({
      'odata.error': {
        code: '-1, System.ArgumentException',
        message: { lang: 'en-US', value: `List 'Findes ikke' does not exist at site with URL '${emu.siteUrl}'.` },
      },
    });
    const verbose = await raw(emu, USERS.employee, "web/lists/getByTitle('Findes ikke')", { headers: { accept: 'application/json;odata=verbose' } });
    const body = (await verbose.json()) as { error: { code: string } };
    expect(body.error.code).toBe('-1, System.ArgumentException');
  });

  it('answers unknown routes with 404 and keeps serving', async () => {
    const res = await raw(emu, USERS.employee, 'web/noSuchThing');
    expect(res.status).toBe(404);
    expect(((await res.json()) as Record<string, { code: string }>)['odata.error'].code).toContain('ResourceNotFoundException');
    expect((await raw(emu, USERS.employee, 'web')).status).toBe(200);
  });
});

describe('contextinfo and X-RequestDigest', () => {
  it('returns FormDigestValue and FormDigestTimeoutSeconds at top level, as PnPjs reads them', async () => {
    const res = await raw(emu, USERS.employee, 'contextinfo', { method: 'POST' });
    const body = (await res.json()) as { FormDigestValue: string; FormDigestTimeoutSeconds: number; WebFullUrl: string };
    expect(body.FormDigestValue).toMatch(/^0x[0-9A-F]{128},\d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} -0000$/);
    expect(body.FormDigestTimeoutSeconds).toBe(1800);
    expect(body.WebFullUrl).toBe(emu.siteUrl);
  });

  it('requires a valid digest on POSTs under cookie auth (403 with SharePoint message) and accepts a fresh one', async () => {
    const login = await emu.fetch('http://localhost:4321/_login', {
      method: 'POST',
      body: `email=${encodeURIComponent(USERS.hr)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      redirect: 'manual',
    });
    expect(login.status).toBe(302);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
    const headers = { cookie, accept: 'application/json', 'content-type': 'application/json' };
    const add = `${emu.siteUrl}/_api/web/lists/getByTitle('Navnenyt')/items`;
    const denied = await emu.fetch(add, { method: 'POST', headers, body: '{"Title":"x"}' });
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as Record<string, { message: { value: string } }>)['odata.error'].message.value).toMatch(/^The security validation for this page is invalid/);
    const wrong = await emu.fetch(add, { method: 'POST', headers: { ...headers, 'x-requestdigest': '0xABC,01 Jan 2026 00:00:00 -0000' }, body: '{"Title":"x"}' });
    expect(wrong.status).toBe(403);
    const ctx = (await (await emu.fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers })).json()) as { FormDigestValue: string };
    const ok = await emu.fetch(add, { method: 'POST', headers: { ...headers, 'x-requestdigest': ctx.FormDigestValue }, body: '{"Title":"Med digest"}' });
    expect(ok.status).toBe(201);
    const me = (await (await emu.fetch(`${emu.siteUrl}/_api/web/currentUser`, { headers })).json()) as { Email: string };
    expect(me.Email).toBe(USERS.hr);
  });

  it('serves a sign-in page listing the demo accounts', async () => {
    const page = await (await emu.fetch('http://localhost:4321/_login')).text();
    for (const email of Object.values(USERS)) expect(page).toContain(email);
  });

  it('answers 401 to unknown or missing identities', async () => {
    expect((await raw(emu, 'ukendt@norddjurs.dk', 'web')).status).toBe(401);
    expect((await emu.fetch(`${emu.siteUrl}/_api/web`)).status).toBe(401);
    const stranger = spAs(emu, 'ukendt@norddjurs.dk');
    expect((await spError(stranger.web())).status).toBe(401);
  });
});

describe('web, currentUser, ensureUser, siteUsers and siteGroups', () => {
  it('reads the web and the current user', async () => {
    const web = await sp.web.select('Title', 'Url')();
    expect(web.Url).toBe(emu.siteUrl);
    const me = await sp.web.currentUser();
    expect(me.Email).toBe(USERS.employee);
    expect(me.LoginName).toBe(`i:0#.f|membership|${USERS.employee}`);
    expect(me.IsSiteAdmin).toBe(false);
    expect((await spAs(emu, USERS.owner).web.currentUser()).IsSiteAdmin).toBe(true);
  });

  it('ensureUser returns the user whose Id goes into person fields, by e-mail or claims login', async () => {
    const byMail = await sp.web.ensureUser(USERS.comms);
    const byLogin = await sp.web.ensureUser(`i:0#.f|membership|${USERS.comms}`);
    expect(byMail.Id).toBe(emu.admin.userId(USERS.comms));
    expect(byLogin.Id).toBe(byMail.Id);
    const err = await spError(sp.web.ensureUser('findes.ikke@norddjurs.dk'));
    expect(err.status).toBe(500);
    expect(err.message).toBe('The specified user findes.ikke@norddjurs.dk could not be found.');
  });

  it('finds site users by id, e-mail and login name (@v alias)', async () => {
    const id = emu.admin.userId(USERS.hr) as number;
    expect((await sp.web.siteUsers.getById(id)()).Title).toBe('Lars Østergaard');
    expect((await sp.web.siteUsers.getByEmail(USERS.hr)()).Id).toBe(id);
    expect((await sp.web.siteUsers.getByLoginName(`i:0#.f|membership|${USERS.hr}`)()).Id).toBe(id);
    expect((await sp.web.getUserById(id)()).Email).toBe(USERS.hr);
    const all = await sp.web.siteUsers();
    expect(all.length).toBeGreaterThanOrEqual(5);
    expect((await spError(sp.web.siteUsers.getById(99999)())).status).toBe(404);
  });

  it('lists SharePoint groups and their members', async () => {
    const groups = await sp.web.siteGroups();
    expect(groups.map((g) => g.Title)).toEqual(expect.arrayContaining(['Intranet Ejere', 'Intranet Medlemmer', 'Intranet Besøgende', 'HR', 'Kommunikation']));
    const hr = await sp.web.siteGroups.getByName('HR').users();
    expect(hr.map((u) => u.Email)).toEqual([USERS.hr]);
    const added = emu.admin.addUser({ email: 'ny.hr@norddjurs.dk', title: 'Ny HR', groups: ['HR'] });
    expect((await sp.web.siteGroups.getByName('HR').users()).map((u) => u.Id)).toContain(added);
    expect((await spError(sp.web.siteGroups.getByName('Findes ikke')())).status).toBe(404);
  });
});
