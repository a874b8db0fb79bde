/**
 * Two clocks, kept apart: the real clock for security and transport (form digests), the business day ("today" in
 * Europe/Copenhagen, fixable with ?today=) for what users see (Created, Modified, versions).
 */
import { createEmulator, IEmulator } from '../../emulator';
import { USERS } from './helpers';

/** A real clock the test moves by hand. */
function movableClock(startIso: string): { now: () => Date; advance: (ms: number) => void } {
  let t = Date.parse(startIso);
  return { now: () => new Date(t), advance: (ms) => (t += ms) };
}

async function signIn(emu: IEmulator, email: string): Promise<Record<string, string>> {
  const login = await emu.fetch('http://localhost:4321/_login', {
    method: 'POST',
    body: `email=${encodeURIComponent(email)}`,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    redirect: 'manual',
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  return { cookie, accept: 'application/json;odata=nometadata', 'content-type': 'application/json' };
}

async function digest(emu: IEmulator, headers: Record<string, string>): Promise<string> {
  const res = await emu.fetch(`${emu.siteUrl}/_api/contextinfo`, { method: 'POST', headers });
  return ((await res.json()) as { FormDigestValue: string }).FormDigestValue;
}

const ADD = (emu: IEmulator): string => `${emu.siteUrl}/_api/web/lists/getByTitle('Navnenyt')/items`;

describe('the form digest follows the real clock, whatever the business day', () => {
  let emu: IEmulator;
  let clock: ReturnType<typeof movableClock>;
  beforeEach(() => {
    clock = movableClock('2026-11-27T09:30:00Z');
    emu = createEmulator({ realClock: clock.now });
  });
  afterEach(() => emu.close());

  it.each(['2019-03-04', '2026-11-20', '2031-06-30'])('accepts a fresh digest when today is fixed to %s', async (today) => {
    emu.admin.setToday(today);
    const headers = await signIn(emu, USERS.hr);
    const res = await emu.fetch(ADD(emu), { method: 'POST', headers: { ...headers, 'x-requestdigest': await digest(emu, headers) }, body: '{"Title":"Med digest"}' });
    expect(res.status).toBe(201);
  });

  it('rejects a digest older than its 1,800 seconds of real time, even when the business day did not change', async () => {
    emu.admin.setToday('2026-11-20');
    const headers = await signIn(emu, USERS.hr);
    const value = await digest(emu, headers);
    clock.advance(1801 * 1000);
    const res = await emu.fetch(ADD(emu), { method: 'POST', headers: { ...headers, 'x-requestdigest': value }, body: '{"Title":"For gammel"}' });
    expect(res.status).toBe(403);
  });

  it('still accepts the digest after the business day is moved', async () => {
    const headers = await signIn(emu, USERS.hr);
    const value = await digest(emu, headers);
    emu.admin.setToday('2020-01-02');
    const res = await emu.fetch(ADD(emu), { method: 'POST', headers: { ...headers, 'x-requestdigest': value }, body: '{"Title":"Efter dagskift"}' });
    expect(res.status).toBe(201);
  });
});

describe('what users see is stamped with the business day', () => {
  it('stamps Created on the fixed day in Copenhagen even when the real clock is already past midnight there', async () => {
    // 23:30 UTC on 27 November is 00:30 on 28 November in Copenhagen.
    const emu = createEmulator({ realClock: () => new Date('2026-11-27T23:30:00Z'), today: '2026-11-20' });
    try {
      const [id] = emu.admin.addItems('Navnenyt', [{ Title: 'Stempel' }]);
      const res = await emu.fetch(`${emu.siteUrl}/_api/web/lists/getByTitle('Navnenyt')/items(${id})?$select=Created`, {
        headers: { authorization: `Bearer ${USERS.owner}`, accept: 'application/json;odata=nometadata' },
      });
      const created = ((await res.json()) as { Created: string }).Created;
      const copenhagenDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Copenhagen' }).format(new Date(created));
      expect(copenhagenDay).toBe('2026-11-20');
    } finally {
      await emu.close();
    }
  });

  it('without a fixed day, today is the real clock\'s date in Copenhagen (New Year\'s Eve 23:30 UTC is 1 January)', async () => {
    const emu = createEmulator({ realClock: () => new Date('2026-12-31T23:30:00Z') });
    try {
      expect(emu.admin.today()).toBe('2027-01-01');
    } finally {
      await emu.close();
    }
  });
});
