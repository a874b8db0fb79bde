/**
 * Date-only values follow the site's regional time zone. SharePoint stores a date-only column as midnight in the
 * site's zone: many sites are left on UTC or Pacific time. The same birthday must show on the same day whatever the
 * zone, and what the product writes must be midnight in that zone, through real PnPjs against the local SharePoint.
 */
import { createRepositories } from '../support/repositories';
import type { IRepositories } from '../support/repositories';
import { NAVNENYT_TYPES } from '../../src/features/navnenyt/domain/models';
import { siteTimeZone } from '../../src/shared/data/siteTimeZone';
import { ianaZoneOf } from '../../src/shared/data/timeZones';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, USERS } from '../emulator/helpers';

const TODAY = '2026-11-27';

/** The site's zone, and how SharePoint stores the date-only value 2026-12-10 there. */
const ZONES = [
  ['Europe/Copenhagen', '2026-12-09T23:00:00Z'],
  ['UTC', '2026-12-10T00:00:00Z'],
  ['America/Los_Angeles', '2026-12-10T08:00:00Z'],
] as const;

describe.each(ZONES)('a site in %s', (timeZone, storedTenth) => {
  let emu: IEmulator;
  const as = (email: string): IRepositories => createRepositories(spAs(emu, email), emu.siteUrl);

  beforeEach(() => {
    emu = newEmulator({ today: TODAY, timeZone });
    const [boId] = emu.admin.addUsers([{ email: 'bo.orum@norddjurs.dk', title: 'Bo Ørum' }]);
    emu.admin.addItems('Medarbejdere', [{ Title: 'Bo Ørum', MnEmployeeNumber: '1002', MnEmail: 'bo.orum@norddjurs.dk', MnBirthDate: '1976-11-27', MnSeniorityDate: '2010-01-01' }], {
      authorEmail: USERS.hr,
    });
    emu.admin.addItems('Navnenyt', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnEventType: 'Fødselsdag', MnEventDate: '2026-11-27', MnYears: 50, MnShowFrom: '2026-11-20', MnShowUntil: '2026-11-30', MnConsentConfirmed: true }], {
      authorEmail: USERS.hr,
    });
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetBirthday: true, MnIntranetAge: true }], { authorEmail: 'bo.orum@norddjurs.dk' });
  });
  afterEach(() => emu.close());

  it('reads the site zone from regionalSettings', async () => {
    expect(await siteTimeZone(spAs(emu, USERS.employee))).toBe(timeZone);
  });

  it('shows the birthday on 27 November, inside a one-day window on that day and not the day before or after', async () => {
    const reader = as(USERS.employee);
    const feed = await reader.navnenyt.getFeed({ from: '2026-11-27', to: '2026-11-27' });
    expect(feed.items.map((i) => [i.name, i.eventDate, i.showFrom, i.showUntil])).toEqual([['Bo Ørum', '2026-11-27', '2026-11-20', '2026-11-30']]);
    expect((await reader.navnenyt.getFeed({ from: '2026-11-26', to: '2026-11-26' })).items).toEqual([]);
    expect((await reader.navnenyt.getFeed({ from: '2026-11-28', to: '2026-11-28' })).items).toEqual([]);
  });

  it("reads HR's payroll dates as the calendar dates HR entered", async () => {
    const [bo] = await as(USERS.hr).employees.getAll();
    expect([bo?.birthDate, bo?.seniorityDate]).toEqual(['1976-11-27', '2010-01-01']);
  });

  it("writes a submission's dates as midnight in the site's zone, and reads them back as the same days", async () => {
    const saved = await as(USERS.hr).navnenytEditor.submit({
      type: NAVNENYT_TYPES[0],
      name: 'Bo Ørum',
      employeeEmail: 'bo.orum@norddjurs.dk',
      eventDate: '2026-12-10',
      years: 50,
      showFrom: '2026-12-03',
      showUntil: '2026-12-13',
      consentConfirmed: true,
    });
    expect([saved.eventDate, saved.showFrom, saved.showUntil]).toEqual(['2026-12-10', '2026-12-03', '2026-12-13']);
    const stored = (await (await raw(emu, USERS.hr, `web/lists/getByTitle('Navnenyt')/items(${saved.id})?$select=MnEventDate`)).json()) as { MnEventDate: string };
    expect(stored.MnEventDate).toBe(storedTenth);
    const pending = await as(USERS.comms).navnenytEditor.getPending();
    expect(pending.map((p) => p.eventDate)).toEqual(['2026-12-10']);
  });
});

describe("SharePoint's zone as an IANA zone", () => {
  it.each([
    [{ Id: 3, Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris' }, 'Europe/Copenhagen'],
    [{ Id: 13, Description: '(UTC-08:00) Pacific Time (US and Canada)' }, 'America/Los_Angeles'],
    [{ Id: 93, Description: '(UTC) Coordinated Universal Time' }, 'UTC'],
    [{ Description: '(GMT+01:00) Brussels, Copenhagen, Madrid, Paris' }, 'Europe/Copenhagen'],
    [{ Id: 999, Description: '(UTC) Dublin, Edinburgh, Lisbon, London' }, 'Europe/London'],
    [{ Id: 999, Description: '(UTC-02:00) Coordinated Universal Time-02', Information: { Bias: 120 } }, 'Etc/GMT+2'],
    [{ Id: 999, Description: 'Somewhere', Information: { Bias: -540 } }, 'Etc/GMT-9'],
  ])('%j is %s', (zone, iana) => {
    expect(ianaZoneOf(zone)).toBe(iana);
  });

  it('is unknown when nothing in the answer names a zone', () => {
    expect(ianaZoneOf({ Id: 999, Description: 'Somewhere', Information: { Bias: -330 } })).toBeUndefined();
  });
});
