/**
 * A returning reader's list and the privacy choices of the people in it are read side by side (one round trip, not
 * two): the people the list named last time are asked for while the list loads. Still, every choice shown is read on
 * this load, and a person new to the list is asked for too. First as a pure function, then through the real Navnenyt
 * and portraits repositories over PnPjs against the local SharePoint, counting round trips.
 */
import type { IEmulator } from '../../../../emulator';
import { EmulatorSend } from '../../../../emulator/pnp';
import { spfi, SPBrowser } from '@pnp/sp';
import { BearerAuth } from '../../../../emulator/pnp';
import { readAlongside } from '../../../../src/features/privacy/domain/choicesAlongside';
import type { ReadChoices } from '../../../../src/features/privacy/domain/choicesAlongside';
import { pageMemory } from '../../../../src/features/privacy/domain/peopleMemory';
import { PrivacyRepository } from '../../../../src/features/privacy/data/PrivacyRepository';
import { NavnenytRepository } from '../../../../src/features/navnenyt/data/NavnenytRepository';
import { PortraitRepository } from '../../../../src/features/portraits/data/PortraitRepository';
import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy';
import type { IPrivacyChoices } from '../../../../src/features/privacy';
import { fromLegacyPageContext, rememberPageContext } from '../../../../src/shared/data/pageContext';
import { UserRepository } from '../../../../src/shared/data/users/UserRepository';
import { newEmulator, USERS } from '../../../emulator/helpers';

function choicesOf(id: number, jubilee: boolean): IPrivacyChoices {
  return { employee: { id, name: `Person ${id}` }, choices: withChoice(emptyConsentMatrix(), 'intranet', 'jubilee', jubilee), registeredBy: 'Selvbetjening' };
}

/** A choices reader that records what it was asked, and when (before or after the list came). */
function recordingReader(jubilee: (id: number) => boolean): { read: ReadChoices; asked: number[][] } {
  const asked: number[][] = [];
  return { asked, read: async (ids) => (asked.push([...ids]), new Map(ids.map((id) => [id, choicesOf(id, jubilee(id))]))) };
}

describe('readAlongside', () => {
  it('the first time: reads the list, then the choices of everyone in it, and remembers them', async () => {
    const { read, asked } = recordingReader(() => true);
    const memory = pageMemory();
    let askedBeforeList = -1;
    const result = await readAlongside(read, memory, 'navnenyt|', async () => ((askedBeforeList = asked.length), [1, 2, 2]), (ids) => ids);
    expect(askedBeforeList).toBe(0);
    expect(asked).toEqual([[1, 2]]);
    expect([...result.choices.keys()]).toEqual([1, 2]);
    expect(memory.recall('navnenyt|')).toEqual([1, 2]);
  });

  it('next time: asks for the people remembered while the list loads, and after it only for the new ones', async () => {
    const { read, asked } = recordingReader((id) => id !== 3);
    const memory = pageMemory();
    memory.remember('navnenyt|', [1, 2]);
    let release: (ids: number[]) => void = () => undefined;
    const reading = readAlongside(read, memory, 'navnenyt|', () => new Promise<number[]>((r) => (release = r)), (ids) => ids);
    await Promise.resolve();
    expect(asked).toEqual([[1, 2]]);
    release([2, 3]);
    const result = await reading;
    expect(asked).toEqual([[1, 2], [3]]);
    // Only the people the list names now; person 3, new to it, said no and is known to have.
    expect([...result.choices.keys()].sort()).toEqual([2, 3]);
    expect(result.choices.get(3)?.choices.intranet.jubilee).toBe(false);
    expect(memory.recall('navnenyt|')).toEqual([2, 3]);
  });

  it('remembers the people the list will soon name, without asking for them now', async () => {
    const { read, asked } = recordingReader(() => true);
    const memory = pageMemory();
    const result = await readAlongside(read, memory, 'k', async () => [1, 2, 3], (ids) => ids.slice(0, 2), (ids) => ids);
    expect(asked).toEqual([[1, 2]]);
    expect([...result.choices.keys()]).toEqual([1, 2]);
    expect(memory.recall('k')).toEqual([1, 2, 3]);
  });

  it("reports the list's own error when both fail, and leaves no rejection unhandled", async () => {
    const memory = pageMemory();
    memory.remember('k', [1]);
    const unhandled: unknown[] = [];
    const onUnhandled = (e: unknown): void => void unhandled.push(e);
    process.on('unhandledRejection', onUnhandled);
    try {
      const failing = readAlongside(() => Promise.reject(new Error('choices')), memory, 'k', () => Promise.reject(new Error('list')), () => []);
      await expect(failing).rejects.toThrow('list');
      await new Promise((r) => setTimeout(r, 10));
      expect(unhandled).toEqual([]);
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
  });

  it('fails as before when the choices cannot be read: nobody is shown without them', async () => {
    const memory = pageMemory();
    memory.remember('k', [1]);
    await expect(readAlongside(() => Promise.reject(new Error('429')), memory, 'k', async () => [1], (ids) => ids)).rejects.toThrow('429');
  });
});

/** The local SharePoint behind a network whose answers come in rounds: a request waits until every earlier one is answered. */
function roundTrips(emu: IEmulator): { fetch: IEmulator['fetch']; count<T>(work: () => Promise<T>): Promise<{ value: T; rounds: number }> } {
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  return {
    fetch: async (url, init) => {
      await new Promise<void>((r) => waiting.push(r));
      try {
        return await emu.fetch(url, init);
      } finally {
        inFlight--;
      }
    },
    async count(work) {
      let done = false;
      let rounds = 0;
      const result = work().finally(() => (done = true));
      result.catch(() => undefined);
      while (!done) {
        await new Promise((r) => setTimeout(r, 15));
        if (inFlight === 0 && waiting.length > 0) {
          rounds++;
          inFlight += waiting.length;
          waiting.splice(0).forEach((r) => r());
        }
      }
      return { value: await result, rounds };
    },
  };
}

const COPENHAGEN = { Id: 3, Description: '(UTC+01:00) Brussels, Copenhagen, Madrid, Paris', Bias: -60 };

describe('a returning reader on the local SharePoint', () => {
  let emu: IEmulator;
  let anneId: number;
  let boId: number;
  beforeEach(() => {
    emu = newEmulator({ today: '2026-11-27' });
    [anneId, boId] = emu.admin.addUsers([
      { email: 'anne.hansen@norddjurs.dk', title: 'Anne Hansen' },
      { email: 'bo.orum@norddjurs.dk', title: 'Bo Ørum' },
    ]);
    emu.admin.addItems('Navnenyt', [
      { Title: 'Anne Hansen', MnEmployeeId: anneId, MnEventType: 'Jubilæum', MnEventDate: '2026-11-27', MnYears: 25, MnConsentConfirmed: true },
      { Title: 'Bo Ørum', MnEmployeeId: boId, MnEventType: 'Jubilæum', MnEventDate: '2026-11-30', MnYears: 40, MnConsentConfirmed: true },
    ], { authorEmail: USERS.hr });
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnIntranetJubilee: true }], { authorEmail: 'anne.hansen@norddjurs.dk' });
  });
  afterEach(() => emu.close());

  /** A visit: a new page (PnPjs instance stating the site's time zone, as SharePoint's page does) with the device's memory. */
  function visit(): { net: ReturnType<typeof roundTrips>; privacy: PrivacyRepository; siteUrl: string; sp: ReturnType<typeof spfi> } {
    const net = roundTrips(emu);
    const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(net), BearerAuth(USERS.employee));
    rememberPageContext(sp, fromLegacyPageContext({ webTimeZoneData: COPENHAGEN }, {}));
    return { net, sp, siteUrl: emu.siteUrl, privacy: new PrivacyRepository(sp, new UserRepository(sp)) };
  }

  it('Navnenyt: two round trips the first time, one the next, with the choices as they are now', async () => {
    const memory = pageMemory();
    const window = { from: '2026-11-20', to: '2026-12-11' };
    const first = visit();
    const one = await first.net.count(() => new NavnenytRepository(first.sp, first.privacy, first.siteUrl, memory).getFeed(window));
    expect(one.rounds).toBe(2);
    expect(one.value.choices.get(anneId)?.choices.intranet.jubilee).toBe(true);

    // Between the visits Anne says no, and Bo says yes for the first time.
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnIntranetJubilee: false }], { authorEmail: 'anne.hansen@norddjurs.dk' });
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetJubilee: true }], { authorEmail: 'bo.orum@norddjurs.dk' });
    const next = visit();
    const two = await next.net.count(() => new NavnenytRepository(next.sp, next.privacy, next.siteUrl, memory).getFeed(window));
    expect(two.rounds).toBe(1);
    expect(two.value.items.map((i) => i.name)).toEqual(['Anne Hansen', 'Bo Ørum']);
    expect(two.value.choices.get(anneId)?.choices.intranet.jubilee).toBe(false);
    expect(two.value.choices.get(boId)?.choices.intranet.jubilee).toBe(true);
  });

  it('name news coming into the window in the next days: remembered the day before, asked for alongside the list', async () => {
    const memory = pageMemory();
    const [carlId] = emu.admin.addUsers([{ email: 'carl.due@norddjurs.dk', title: 'Carl Due' }]);
    emu.admin.addItems('Navnenyt', [{ Title: 'Carl Due', MnEmployeeId: carlId, MnEventType: 'Fødselsdag', MnEventDate: '2026-12-14', MnYears: 50, MnConsentConfirmed: true }], { authorEmail: USERS.hr });
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Carl Due', MnEmployeeId: carlId, MnIntranetBirthday: true }], { authorEmail: 'carl.due@norddjurs.dk' });
    const first = visit();
    const today = await first.net.count(() => new NavnenytRepository(first.sp, first.privacy, first.siteUrl, memory).getFeed({ from: '2026-11-20', to: '2026-12-11' }));
    // Carl's birthday is beyond today's window: not handed on, and his choices not read.
    expect(today.value.items.map((i) => i.name)).toEqual(['Anne Hansen', 'Bo Ørum']);
    expect(today.value.choices.has(carlId)).toBe(false);
    const next = visit();
    const later = await next.net.count(() => new NavnenytRepository(next.sp, next.privacy, next.siteUrl, memory).getFeed({ from: '2026-11-24', to: '2026-12-15' }));
    expect(later.rounds).toBe(1);
    expect(later.value.items.map((i) => i.name)).toEqual(['Anne Hansen', 'Bo Ørum', 'Carl Due']);
    expect(later.value.choices.get(carlId)?.choices.intranet.birthday).toBe(true);
  });

  it('a person new to the list since last time is asked for after it (a second round trip), never shown unasked', async () => {
    const memory = pageMemory();
    memory.remember('navnenyt|', [anneId]);
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetJubilee: false }], { authorEmail: 'bo.orum@norddjurs.dk' });
    const v = visit();
    const r = await v.net.count(() => new NavnenytRepository(v.sp, v.privacy, v.siteUrl, memory).getFeed({ from: '2026-11-20', to: '2026-12-11' }));
    expect(r.rounds).toBe(2);
    expect(r.value.choices.get(boId)?.choices.intranet.jubilee).toBe(false);
  });

  it('Medarbejderportrætter: one round trip for a returning reader', async () => {
    emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnProfession: 'Social- og sundhedsassistent', MnQuote: 'Jeg gør en forskel hver dag' }], { authorEmail: USERS.comms });
    const memory = pageMemory();
    const first = visit();
    expect((await first.net.count(() => new PortraitRepository(first.sp, first.privacy, first.siteUrl, memory).getPortraits({}))).rounds).toBe(2);
    const next = visit();
    const r = await next.net.count(() => new PortraitRepository(next.sp, next.privacy, next.siteUrl, memory).getPortraits({}));
    expect(r.rounds).toBe(1);
    expect(r.value.choices.get(anneId)?.choices.intranet.jubilee).toBe(true);
  });

  it("Mine valg: the person's own item and its history in one round trip the next time", async () => {
    const memory = pageMemory();
    const jonas = emu.admin.addUsers([{ email: USERS.employee, title: 'Jonas Nielsen' }])[0];
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Jonas Nielsen', MnEmployeeId: jonas, MnIntranetJubilee: true }], { authorEmail: USERS.employee });
    const withUser = (v: ReturnType<typeof visit>): PrivacyRepository => {
      rememberPageContext(v.sp, { ...fromLegacyPageContext({ webTimeZoneData: COPENHAGEN, userId: jonas }, { displayName: 'Jonas Nielsen', email: USERS.employee }) });
      return new PrivacyRepository(v.sp, new UserRepository(v.sp), memory);
    };
    const first = visit();
    const one = await first.net.count(() => withUser(first).getMineWithHistory());
    expect(one.rounds).toBe(2);
    const next = visit();
    const two = await next.net.count(() => withUser(next).getMineWithHistory());
    expect(two.rounds).toBe(1);
    expect(two.value.mine?.employee.id).toBe(jonas);
    expect(two.value.history.length).toBeGreaterThan(0);
    expect(two.value.history).toEqual(one.value.history);
  });
});
