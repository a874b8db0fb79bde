/**
 * What the page states about its own site (SharePoint's page context: the site's time zone, the signed-in user) is
 * taken as the answer, so the front page's web parts do not ask for it again; and the privacy choices are read with
 * plain GETs side by side, never a `$batch` that first needs a form digest. On a phone's 3G each saved question is half
 * a second before name news and Mine valg show (bench/phone/run.ts). Through real PnPjs against the local SharePoint.
 */
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { fromLegacyPageContext, rememberPageContext } from '../../src/shared/data/pageContext';
import { siteTimeZone } from '../../src/shared/data/siteTimeZone';
import { UserRepository } from '../../src/shared/data/users/UserRepository';
import { PrivacyRepository } from '../../src/features/privacy/data/PrivacyRepository';
import { newEmulator, raw, spAs, USERS } from '../emulator/helpers';

/** SharePoint's `webTimeZoneData` for Copenhagen (legacyPageContext, as a page on SharePoint Online carries it). */
const COPENHAGEN = { Id: 3, Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', Bias: -60, DaylightBias: -60, StandardBias: 0 };

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator({ today: '2026-12-01', timeZone: 'America/Los_Angeles' });
});
afterEach(() => emu.close());

/** Every request the PnPjs instance sends, as "METHOD path". */
function logged(sp: SPFI): { sp: SPFI; requests: string[] } {
  const requests: string[] = [];
  const observed = sp.using((instance) => {
    instance.on.pre(async (url: string, init: RequestInit, result: unknown): Promise<[string, RequestInit, unknown]> => {
      requests.push(`${init.method ?? 'GET'} ${new URL(url).pathname}`);
      return [url, init, result];
    });
    return instance;
  });
  return { sp: observed, requests };
}

/** The next request to the site fails with 503 when nothing consumed the injected fault first. */
async function faultStillWaiting(): Promise<boolean> {
  return (await raw(emu, USERS.employee, 'web?$select=Title')).status === 503;
}

describe("SharePoint's page context in the product's shape", () => {
  it('takes the time zone and the user id from legacyPageContext, the name and e-mail from the page user', () => {
    expect(fromLegacyPageContext({ webTimeZoneData: COPENHAGEN, userId: 12 }, { displayName: 'Jonas Nielsen', email: 'jonas.nielsen@norddjurs.dk' })).toEqual({
      timeZone: { Id: 3, Description: COPENHAGEN.Description, Information: { Bias: -60 } },
      user: { id: 12, name: 'Jonas Nielsen', email: 'jonas.nielsen@norddjurs.dk' },
    });
  });

  it('leaves out what the page does not state (then the web parts ask)', () => {
    expect(fromLegacyPageContext(undefined, { displayName: 'Jonas Nielsen' })).toEqual({ timeZone: undefined, user: undefined });
    expect(fromLegacyPageContext({ webTimeZoneData: {}, userId: 0 }, { displayName: 'Jonas Nielsen' })).toEqual({ timeZone: undefined, user: undefined });
  });
});

describe('the site time zone the page states', () => {
  it('is the answer, and nothing is asked', async () => {
    const sp = spAs(emu, USERS.employee);
    rememberPageContext(sp, fromLegacyPageContext({ webTimeZoneData: COPENHAGEN }, {}));
    emu.admin.injectFaults({ status: 503, count: 1 });
    expect(await siteTimeZone(sp)).toBe('Europe/Copenhagen');
    expect(await faultStillWaiting()).toBe(true);
  });

  it('a zone the product cannot place is asked of the site', async () => {
    const sp = spAs(emu, USERS.employee);
    rememberPageContext(sp, { timeZone: { Id: 999, Description: '(UTC+05:45) Kathmandu' } });
    expect(await siteTimeZone(sp)).toBe('America/Los_Angeles');
  });

  it('belongs to the PnPjs instance it was given: another instance of the same site asks', async () => {
    rememberPageContext(spAs(emu, USERS.employee), fromLegacyPageContext({ webTimeZoneData: COPENHAGEN }, {}));
    expect(await siteTimeZone(spAs(emu, USERS.employee))).toBe('America/Los_Angeles');
  });
});

describe('the signed-in user the page states', () => {
  it('is the answer, and nothing is asked', async () => {
    const sp = spAs(emu, USERS.employee);
    rememberPageContext(sp, { user: { id: 41, name: 'Jonas Nielsen', email: USERS.employee } });
    emu.admin.injectFaults({ status: 503, count: 1 });
    expect(await new UserRepository(sp).current()).toEqual({ id: 41, name: 'Jonas Nielsen', email: USERS.employee });
    expect(await faultStillWaiting()).toBe(true);
  });

  it('without it, the site is asked who is signed in', async () => {
    const { sp, requests } = logged(spAs(emu, USERS.employee));
    expect((await new UserRepository(sp).current()).email).toBe(USERS.employee);
    expect(requests).toEqual(['GET /sites/intranet/_api/web/currentUser']);
  });
});

describe("the front page's privacy choices", () => {
  it('are read with GETs only: no form digest, no $batch', async () => {
    const [boId] = emu.admin.addUsers([{ email: 'bo.orum@norddjurs.dk', title: 'Bo Ørum' }]);
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetBirthday: true }], { authorEmail: 'bo.orum@norddjurs.dk' });
    const { sp, requests } = logged(spAs(emu, USERS.employee));
    const choices = await new PrivacyRepository(sp, new UserRepository(sp)).getChoicesFor([boId, 99_999]);
    expect([...choices.keys()]).toEqual([boId]);
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => !r.startsWith('GET '))).toEqual([]);
  });

  it('for more people than five requests hold, every item is read once and only the people asked for are answered', async () => {
    const ids = emu.admin.addUsers(Array.from({ length: 230 }, (_, i) => ({ email: `person${i}@norddjurs.dk`, title: `Person ${i}` })));
    emu.admin.addItems('Privatlivsvalg', ids.map((id, i) => ({ Title: `Person ${i}`, MnEmployeeId: id, MnIntranetBirthday: true })), { authorEmail: USERS.hr });
    const { sp, requests } = logged(spAs(emu, USERS.employee));
    const asked = ids.slice(0, 220);
    const choices = await new PrivacyRepository(sp, new UserRepository(sp)).getChoicesFor(asked);
    expect(choices.size).toBe(220);
    expect([...choices.keys()].every((id) => asked.includes(id))).toBe(true);
    expect(requests.filter((r) => r.includes('Privatlivsvalg'))).toHaveLength(1);
  });
});
