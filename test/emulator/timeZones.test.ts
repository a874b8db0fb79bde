/**
 * The site's regional time zone (option `timeZone`, CLI `--time-zone`): SharePoint stores a date-only column as
 * midnight in the site's zone, converted to UTC, and answers the zone at web/regionalSettings/timeZone. Several
 * emulators in one process may run in different zones. The business day ("today") stays the product's calendar,
 * Europe/Copenhagen, whatever the site's zone.
 */
import '@pnp/sp/regional-settings/web';
import type { IEmulator } from '../../emulator';
import { parseArgs } from '../../emulator/cli';
import { newEmulator, raw, spAs, USERS } from './helpers';

interface IZoneCase {
  option: string;
  id: number;
  description: string;
  information: { Bias: number; DaylightBias: number; StandardBias: number };
  /** Local midnight of 27 November 2026 (winter) and 1 July 2026 (summer), in UTC. */
  winter: string;
  summer: string;
}

const ZONES: IZoneCase[] = [
  {
    option: 'Europe/Copenhagen',
    id: 3,
    description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris',
    information: { Bias: -60, DaylightBias: -60, StandardBias: 0 },
    winter: '2026-11-26T23:00:00Z',
    summer: '2026-06-30T22:00:00Z',
  },
  {
    option: 'UTC',
    id: 93,
    description: '(UTC) Coordinated Universal Time',
    information: { Bias: 0, DaylightBias: 0, StandardBias: 0 },
    winter: '2026-11-27T00:00:00Z',
    summer: '2026-07-01T00:00:00Z',
  },
  {
    option: 'America/Los_Angeles',
    id: 13,
    description: '(UTC-08:00) Pacific Time (US and Canada)',
    information: { Bias: 480, DaylightBias: -60, StandardBias: 0 },
    winter: '2026-11-27T08:00:00Z',
    summer: '2026-07-01T07:00:00Z',
  },
];

/** All three emulators live at once in this process: the zone belongs to each instance, not to the process. */
const emus = new Map<string, IEmulator>();
beforeAll(() => {
  for (const z of ZONES) emus.set(z.option, newEmulator({ timeZone: z.option }));
});
afterAll(async () => {
  for (const e of emus.values()) await e.close();
});

const dayIn = (iso: string, zone: string): string => new Intl.DateTimeFormat('sv-SE', { timeZone: zone }).format(new Date(iso));

describe.each(ZONES)('a site in $option', (z) => {
  const emu = (): IEmulator => emus.get(z.option) as IEmulator;
  const navnenyt = (): ReturnType<ReturnType<typeof spAs>['web']['lists']['getByTitle']> => spAs(emu(), USERS.comms).web.lists.getByTitle('Navnenyt');

  it('answers the zone’s SharePoint Id, Description and Information at regionalSettings/timeZone', async () => {
    const tz = await spAs(emu(), USERS.employee).web.regionalSettings.timeZone();
    expect(tz).toMatchObject({ Id: z.id, Description: z.description, Information: z.information });
  });

  it('stores YYYY-MM-DD in a date-only column as local midnight of the zone and reads it back as that day there', async () => {
    const winter = await navnenyt().items.add({ Title: `Vinter ${z.option}`, MnEventDate: '2026-11-27' });
    const summer = await navnenyt().items.add({ Title: `Sommer ${z.option}`, MnEventDate: '2026-07-01' });
    expect(winter.MnEventDate).toBe(z.winter);
    expect(summer.MnEventDate).toBe(z.summer);
    const read = await navnenyt().items.getById(winter.Id as number).select('MnEventDate')();
    expect(dayIn(read.MnEventDate as string, z.option)).toBe('2026-11-27');
    // The admin API (seed) writes the same way.
    const [id] = emu().admin.addItems('Navnenyt', [{ Title: 'Seed', MnEventDate: '2026-11-27' }]);
    expect((await navnenyt().items.getById(id).select('MnEventDate')()).MnEventDate).toBe(z.winter);
  });

  it('filters date-only values by the day in the zone: eq on the date and day()/month() date parts', async () => {
    const eq = await navnenyt().items.filter("MnEventDate eq '2026-11-27'").select('Title')();
    expect(eq.map((i) => i.Title)).toEqual(expect.arrayContaining([`Vinter ${z.option}`, 'Seed']));
    const parts = await navnenyt().items.filter('day(MnEventDate) eq 1 and month(MnEventDate) eq 7').select('Title')();
    expect(parts.map((i) => i.Title)).toContain(`Sommer ${z.option}`);
    expect(parts.map((i) => i.Title)).not.toContain(`Vinter ${z.option}`);
  });

  it('formats FieldValuesAsText in the zone', async () => {
    const [id] = emu().admin.addItems('Navnenyt', [{ Title: 'Tekst', MnEventDate: '2026-11-27' }]);
    const res = await raw(emu(), USERS.comms, `web/lists/getByTitle('Navnenyt')/items(${id})/FieldValuesAsText`);
    expect(((await res.json()) as Record<string, string>).MnEventDate).toBe('27-11-2026');
  });
});

describe('the business day stays Europe/Copenhagen', () => {
  it('is 28 November at 23:30 UTC on 27 November, also on a site in Pacific time (where it is still the 27th)', async () => {
    const emu = newEmulator({ timeZone: 'America/Los_Angeles', realClock: () => new Date('2026-11-27T23:30:00Z') });
    try {
      expect(emu.admin.today()).toBe('2026-11-28');
    } finally {
      await emu.close();
    }
  });
});

describe('the option', () => {
  it('takes IANA names of the zones SharePoint offers, and SharePoint’s own Id; anything else stops the start with the list', () => {
    expect(newEmulatorZone('Europe/Paris')).toBe(3);
    expect(newEmulatorZone('Etc/UTC')).toBe(93);
    expect(newEmulatorZone('13')).toBe(13);
    expect(() => newEmulator({ timeZone: 'Mars/Olympus' })).toThrow(/Unknown time zone 'Mars\/Olympus'.*Europe\/Copenhagen/s);
  });

  it('is read from the command line (--time-zone), default none (Europe/Copenhagen)', () => {
    expect(parseArgs(['--time-zone', 'UTC']).timeZone).toBe('UTC');
    expect(parseArgs([]).timeZone).toBeUndefined();
    expect(() => parseArgs(['--time-zone', 'Mars/Olympus'])).toThrow(/Unknown time zone/);
  });
});

function newEmulatorZone(option: string): number {
  const emu = newEmulator({ timeZone: option });
  try {
    return emu.admin.timeZone().id;
  } finally {
    void emu.close();
  }
}
