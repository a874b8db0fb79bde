/**
 * The product's repositories, unchanged, through real PnPjs against the local SharePoint (in-process, and over HTTP
 * where PnPjs' own retry matters). Each test is a path a user takes.
 */
import type { IAddPage } from '../../emulator/types';
import { createRepositories } from '../support/repositories';
import type { IRepositories } from '../support/repositories';
import { createSP } from '../../src/shared/data/sp';
import { DataError } from '../../src/shared/data/errors';
import { indexPrivacyChoices, withChoice } from '../../src/features/privacy/domain/consent';
import { emptyConsentMatrix } from '../../src/features/privacy/domain/consent';
import { selectForReader } from '../../src/features/navnenyt/domain/navnenytReader';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from '../emulator/helpers';

const TODAY = '2026-11-27';
let emu: IEmulator;
const as = (email: string): IRepositories => createRepositories(spAs(emu, email), emu.siteUrl);

const yes = withChoice(withChoice(emptyConsentMatrix(), 'intranet', 'jubilee', true), 'intranet', 'birthday', true);

function seed(): { anneId: number; boId: number } {
  const a = emu.admin;
  const [anneId, boId] = a.addUsers([
    { email: 'anne.hansen@norddjurs.dk', title: 'Anne Hansen' },
    { email: 'bo.orum@norddjurs.dk', title: 'Bo Ørum' },
  ]);
  a.addItems('Medarbejdere', [
    { Title: 'Anne Hansen', MnEmployeeNumber: '1001', MnEmail: 'anne.hansen@norddjurs.dk', MnBirthDate: '1966-12-10', MnSeniorityDate: '2001-12-01', MnJobTitle: 'Social- og sundhedsassistent', MnWorkplace: 'Hjemmeplejen Syd', MnArea: 'Social, Sundhed og Omsorg' },
    { Title: 'Bo Ørum', MnEmployeeNumber: '1002', MnEmail: 'bo.orum@norddjurs.dk', MnBirthDate: '1976-11-27', MnSeniorityDate: '2010-01-01' },
  ], { authorEmail: USERS.hr });
  a.addItems('Navnenyt', [
    { Title: 'Anne Hansen', MnEmployeeId: anneId, MnEventType: 'Jubilæum', MnEventDate: '2026-11-27', MnYears: 25, MnWorkplace: 'Hjemmeplejen Syd', MnConsentConfirmed: true },
    { Title: 'Bo Ørum', MnEmployeeId: boId, MnEventType: 'Fødselsdag', MnEventDate: '2026-11-27', MnYears: 50, MnConsentConfirmed: true },
    { Title: 'Bo Ørum', MnEmployeeId: boId, MnEventType: 'Jubilæum', MnEventDate: '2027-03-01', MnYears: 25, MnConsentConfirmed: true },
  ], { authorEmail: USERS.hr });
  a.addItems('Privatlivsvalg', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnIntranetJubilee: true, MnIntranetBirthday: true, MnIntranetAge: true, MnIntranetPhoto: true }], { authorEmail: 'anne.hansen@norddjurs.dk' });
  a.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetBirthday: true, MnIntranetAge: false, MnIntranetJubilee: true }], { authorEmail: 'bo.orum@norddjurs.dk' });
  return { anneId, boId };
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(() => emu.close());

describe('Navnenyt through the repositories', () => {
  it('gives a reader the approved items of the window with dates as calendar dates, and the people\'s choices', async () => {
    const { anneId, boId } = seed();
    const feed = await as(USERS.employee).navnenyt.getFeed({ from: '2026-11-20', to: '2026-12-11' });
    expect(feed.items.map((i) => [i.name, i.type, i.eventDate, i.years, i.approval])).toEqual([
      ['Anne Hansen', 'jubilee', '2026-11-27', 25, 'approved'],
      ['Bo Ørum', 'birthday', '2026-11-27', 50, 'approved'],
    ]);
    expect(feed.items[0].employee).toEqual({ id: anneId, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' });
    expect(feed.choices.get(anneId)?.choices.intranet.jubilee).toBe(true);
    expect(feed.choices.get(boId)?.choices.intranet.age).toBe(false);
  });

  it('HR submits with a photo, the reader cannot see it until communications approves, then sees the sentence', async () => {
    const { anneId } = seed();
    const hr = as(USERS.hr);
    const saved = await hr.navnenytEditor.submit({
      type: 'birthday', name: 'Anne Hansen', employeeEmail: 'anne.hansen@norddjurs.dk', eventDate: '2026-12-10', years: 60,
      workplace: 'Hjemmeplejen Syd', message: 'Kom til kage', showFrom: '2026-12-03', showUntil: '2026-12-13', consentConfirmed: true,
      photo: { fileName: 'anne.jpg', bytes: new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]), alt: 'Anne i haven' },
    });
    expect(saved).toMatchObject({ approval: 'pending', eventDate: '2026-12-10', employee: { id: anneId }, photo: { alt: 'Anne i haven' } });
    expect(saved.photo?.url).toMatch(/\/Attachments\/\d+\/anne\.jpg$/);

    const reader = as(USERS.employee);
    const window = { from: '2026-12-01', to: '2026-12-20' };
    expect((await reader.navnenyt.getFeed(window)).items).toEqual([]);

    const comms = as(USERS.comms);
    const pending = await comms.navnenytEditor.getPending();
    expect(pending.map((p) => p.id)).toEqual([saved.id]);
    await comms.navnenytEditor.decide(saved.id, 'approved', '', pending[0].etag ?? '');

    const feed = await reader.navnenyt.getFeed(window);
    expect(feed.items.map((i) => i.id)).toEqual([saved.id]);
    const photo = await emu.fetch(new URL(feed.items[0].photo?.url ?? '', emu.siteUrl).toString(), { headers: { authorization: `Bearer ${USERS.employee}` } });
    expect(photo.status).toBe(200);
  });

  it('an approval on a stale version fails as a conflict and changes nothing', async () => {
    seed();
    const hr = as(USERS.hr);
    const saved = await hr.navnenytEditor.submit({ type: 'jubilee', name: 'Bo Ørum', employeeEmail: 'bo.orum@norddjurs.dk', eventDate: '2027-01-01', years: 25, showFrom: '2026-12-18', showUntil: '2027-01-08', consentConfirmed: true });
    const comms = as(USERS.comms);
    const [seen] = await comms.navnenytEditor.getPending();
    await spAs(emu, USERS.hr).web.lists.getByTitle('Navnenyt').items.getById(saved.id).update({ MnMessage: 'Reception kl. 13' });
    const error = await comms.navnenytEditor.decide(saved.id, 'approved', '', seen.etag ?? '').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('conflict');
    expect((await comms.navnenytEditor.getItem(saved.id)).approval).toBe('pending');
  });

  it('a withdrawal hides the person at the reader\'s next render', async () => {
    seed();
    const reader = as(USERS.employee);
    const shown = async (): Promise<string[]> => {
      const feed = await reader.navnenyt.getFeed({ from: '2026-11-20', to: '2026-12-11' });
      const groups = selectForReader(feed.items, indexPrivacyChoices(Array.from(feed.choices.values())), TODAY);
      return groups.flatMap((g) => g.entries.map((e) => e.item.name));
    };
    expect(await shown()).toEqual(['Anne Hansen', 'Bo Ørum']);
    const anne = createRepositories(spAs(emu, 'anne.hansen@norddjurs.dk'), emu.siteUrl).privacy;
    const mine = await anne.getMine();
    await anne.saveMine(emptyConsentMatrix(), mine, '2026-11');
    expect(await shown()).toEqual(['Bo Ørum']);
  });
});

describe('privacy choices through the repository', () => {
  it('creates the person\'s own item, updates it, and lists every version as history', async () => {
    const me = as(USERS.employee2).privacy;
    expect(await me.getMine()).toBeUndefined();
    const first = await me.saveMine(yes, undefined, '2026-11');
    expect(first.choices.intranet).toMatchObject({ jubilee: true, birthday: true, age: false });
    expect(first.registeredBy).toBe('Selvbetjening');
    const second = await me.saveMine(withChoice(yes, 'intranet', 'birthday', false), first, '2026-11');
    const history = await me.getHistory(second.id ?? 0);
    expect(history.map((v) => v.label)).toEqual(['2.0', '1.0']);
    expect(history[0].choices.intranet.birthday).toBe(false);
    expect(history[1].choices.intranet.birthday).toBe(true);
    expect(history[0].savedBy).toBe('Sofie Andersen');
  });

  it('refuses to save over someone else\'s newer change', async () => {
    const me = as(USERS.employee2).privacy;
    const first = await me.saveMine(yes, undefined, '2026-11');
    await me.saveMine(emptyConsentMatrix(), first, '2026-11');
    const error = await me.saveMine(yes, first, '2026-11').catch((e: unknown) => e);
    expect((error as DataError).kind).toBe('conflict');
  });
});

describe('payroll extract, stories and portraits', () => {
  it('lets HR search the payroll extract by part of a name, and keeps it from everyone else', async () => {
    seed();
    const found = await as(USERS.hr).employees.search('ørum');
    expect(found.map((e) => [e.name, e.birthDate, e.seniorityDate])).toEqual([['Bo Ørum', '1976-11-27', '2010-01-01']]);
    expect((await as(USERS.hr).employees.getAll()).length).toBe(2);
    expect(await as(USERS.hr).employees.canRead()).toBe(true);
    expect(await as(USERS.employee).employees.canRead()).toBe(false);
    const error = await as(USERS.employee).employees.getAll().catch((e: unknown) => e);
    expect(['forbidden', 'notFound']).toContain((error as DataError).kind);
  });

  it('lets communications, who cannot read the payroll extract, find people among the site users instead', async () => {
    seed();
    const found = await as(USERS.comms).employees.search('ØRUM');
    expect(found).toEqual([{ employeeNumber: '', name: 'Bo Ørum', email: 'bo.orum@norddjurs.dk' }]);
  });

  it('shows published news pages newest first, filtered by theme, each with its page address', async () => {
    const page = (name: string, title: string, theme: string, published?: string): IAddPage => ({
      name,
      title,
      description: `Om ${title.toLowerCase()}`,
      contentType: 'Medarbejderhistorie',
      fields: { MnTheme: theme },
      canvas: [],
      published,
    });
    emu.admin.addPages([
      page('bybussen.aspx', 'Fra Bønnerup til bybussen', 'Infrastruktur', '2026-11-20T09:00:00Z'),
      page('klima.aspx', 'Klimaindsats i Vej og Park', 'Klima og miljø', '2026-11-25T09:00:00Z'),
      page('kladde.aspx', 'Kladde om klima', 'Klima og miljø'),
    ]);
    const stories = as(USERS.employee).stories;
    const all = await stories.getStories({ today: TODAY });
    expect(all.map((s) => s.title)).toEqual(['Klimaindsats i Vej og Park', 'Fra Bønnerup til bybussen']);
    expect(all[0]).toMatchObject({ teaser: 'Om klimaindsats i vej og park', url: `${emu.siteUrl}/SitePages/klima.aspx`, publishDate: '2026-11-25' });
    expect((await stories.getStories({ today: TODAY, theme: 'Infrastruktur' })).map((s) => s.publishDate)).toEqual(['2026-11-20']);
    // On a business day before the page came out, it is not shown yet.
    expect((await stories.getStories({ today: '2026-11-22' })).map((s) => s.title)).toEqual(['Fra Bønnerup til bybussen']);
  });

  it('returns portraits with the portrayed people\'s choices', async () => {
    const { anneId } = seed();
    emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnProfession: 'Social- og sundhedsassistent', MnQuote: 'Ingen dage er ens', MnLinkedInStatus: 'Delt', MnJobAdvertUrl: { Url: 'https://www.norddjurs.dk/job', Description: 'Job' } }], { authorEmail: USERS.comms });
    const feed = await as(USERS.employee).portraits.getPortraits({});
    expect(feed.portraits.map((p) => [p.name, p.profession, p.channels.linkedIn.status, p.jobAdvertUrl])).toEqual([['Anne Hansen', 'Social- og sundhedsassistent', 'shared', 'https://www.norddjurs.dk/job']]);
    expect(feed.choices.get(anneId)?.choices.intranet.jubilee).toBe(true);
  });
});

describe('throttling over HTTP, as in the browser', () => {
  it('rides out two 429 answers with PnPjs\' retries, and explains a third as "throttled"', async () => {
    const siteUrl = await emu.listen(0);
    const repos = createRepositories(createSP({ baseUrl: siteUrl, headers: { Authorization: `Bearer ${USERS.employee}` } }), siteUrl);
    emu.admin.injectFaults({ status: 429, count: 2, retryAfter: 0 });
    expect(await repos.stories.getStories({ today: TODAY })).toEqual([]);
    emu.admin.injectFaults({ status: 429, count: 3, retryAfter: 0 });
    const error = await repos.stories.getStories({ today: TODAY }).catch((e: unknown) => e);
    expect((error as DataError).kind).toBe('throttled');
    expect((error as DataError).status).toBe(429);
  });
});
