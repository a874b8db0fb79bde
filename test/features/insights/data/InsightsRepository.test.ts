/**
 * @jest-environment node
 *
 * Indblik's reads through real PnPjs against the local SharePoint, as communications: stories, name news with their
 * submission and approval times over a period (paged, under the list-view threshold), portraits per channel, and
 * the choices in force of the site's people without who they are.
 */
import type { IEmulator } from '../../../../emulator';
import { InsightsRepository } from '../../../../src/features/insights/data/InsightsRepository';
import { toNavnenytItem } from '../../../../src/features/navnenyt/repositories';
import { PortraitRepository } from '../../../../src/features/portraits/repositories';
import { PrivacyRepository, readChoicesOf } from '../../../../src/features/privacy/repositories';
import { StoryRepository } from '../../../../src/features/stories/repositories';
import { UserRepository } from '../../../../src/shared/data/users/UserRepository';
import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import { BearerAuth, EmulatorSend } from '../../../../emulator/pnp';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
const PERIOD = { from: '2026-01-01', to: '2026-11-27' };
let emu: IEmulator;

function repo(email: string, pageSize?: number, sp: SPFI = spAs(emu, email)): InsightsRepository {
  const privacy = new PrivacyRepository(sp, new UserRepository(sp));
  const sources = { stories: new StoryRepository(sp, emu.siteUrl), portraits: new PortraitRepository(sp, privacy, emu.siteUrl), toNameNews: toNavnenytItem, readChoices: readChoicesOf(sp) };
  return new InsightsRepository(sp, sources, emu.siteUrl, pageSize);
}

const nameNews = (type: string, date: string): Record<string, unknown> => ({ Title: 'Anne Hansen', MnEventType: type, MnEventDate: date, MnConsentConfirmed: true });

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  const people = emu.admin.addUsers(Array.from({ length: 8 }, (_, i) => ({ email: `person${i}@norddjurs.dk`, title: `Person ${i}` })));
  emu.admin.addPages([
    { name: 'a.aspx', title: 'Klima A', contentType: 'Medarbejderhistorie', fields: { MnTheme: 'Klima og miljø', MnArea: 'Teknik og Miljø', MnPlace: 'Ørum' }, canvas: [], published: '2026-03-01T09:00:00Z', promotedState: 2 },
    { name: 'b.aspx', title: 'Gammel', contentType: 'Medarbejderhistorie', fields: { MnTheme: 'Bosætning', MnArea: 'Børn og Skole', MnPlace: 'Vivild' }, canvas: [], published: '2025-06-01T09:00:00Z', promotedState: 2 },
    { name: 'c.aspx', title: 'Kladde', contentType: 'Medarbejderhistorie', fields: { MnTheme: 'Klima og miljø' }, canvas: [], promotedState: 1 },
  ]);
  // Eleven name news in the period, one before it, one after it; HR submits them.
  const inside = Array.from({ length: 11 }, (_, i) => nameNews(i % 2 ? 'Fødselsdag' : 'Jubilæum', `2026-0${1 + (i % 9)}-1${i % 10}`));
  emu.admin.addItems('Navnenyt', [...inside, nameNews('Pension', '2025-12-31'), nameNews('Pension', '2026-11-28')], { authorEmail: USERS.hr, created: '2026-01-01T08:00:00Z' });
  emu.admin.addItems('Navnenyt', [nameNews('Ny medarbejder', '2026-06-01')], { authorEmail: USERS.hr, approval: 'pending', created: '2026-05-01T08:00:00Z' });
  emu.admin.addItems('Medarbejderportrætter', [
    { Title: 'A', MnProfession: 'Pædagog', MnLinkedInStatus: 'Delt', MnFacebookStatus: 'Fjernet' },
    { Title: 'B', MnProfession: 'Lærer', MnLinkedInStatus: 'Klar til deling', MnFacebookStatus: 'Ikke delt' },
  ]);
  // Six people chose themselves; one item was forged by a colleague and counts nowhere.
  for (let i = 0; i < 6; i++) emu.admin.addItems('Privatlivsvalg', [{ Title: `Person ${i}`, MnEmployeeId: people[i], MnIntranetBirthday: i < 5, MnLinkedInPhoto: false }], { authorEmail: `person${i}@norddjurs.dk` });
  emu.admin.addItems('Privatlivsvalg', [{ Title: 'Person 7', MnEmployeeId: people[7], MnIntranetBirthday: true }], { authorEmail: 'person6@norddjurs.dk' });
});
afterEach(() => emu.close());

describe('Indblik reads', () => {
  it('gives the published stories with theme, area and town; drafts are no stories', async () => {
    const data = await repo(USERS.comms).load(PERIOD);
    expect(data.stories).toEqual(
      expect.arrayContaining([
        { theme: 'Klima og miljø', area: 'Teknik og Miljø', place: 'Ørum', publishDate: '2026-03-01' },
        { theme: 'Bosætning', area: 'Børn og Skole', place: 'Vivild', publishDate: '2025-06-01' },
      ]),
    );
    expect(data.stories).toHaveLength(2);
  });

  it('gives the name news of the period with the submission, page by page, and the approval time once communications approves', async () => {
    const before = await repo(USERS.comms, 4).load(PERIOD);
    expect(before.nameNews).toHaveLength(12);
    expect(before.nameNews.filter((n) => n.approval === 'pending')).toEqual([{ type: 'newColleague', eventDate: '2026-06-01', approval: 'pending', submitted: '2026-05-01T08:00:00Z', approved: undefined }]);
    // Items added approved (by an approver, at once) have no approval time.
    expect(before.nameNews.filter((n) => n.approved)).toEqual([]);
    const [pending] = await spAs(emu, USERS.comms).web.lists.getByTitle('Navnenyt').items.filter("MnEventType eq 'Ny medarbejder'").select('Id')<{ Id: number }[]>();
    emu.admin.setToday('2026-05-03');
    await spAs(emu, USERS.comms).web.lists.getByTitle('Navnenyt').items.getById(pending.Id).update({ OData__ModerationStatus: 0 });
    const after = await repo(USERS.comms).load(PERIOD);
    const approved = after.nameNews.find((n) => n.type === 'newColleague');
    expect(approved?.approval).toBe('approved');
    expect(approved?.approved?.startsWith('2026-05-03T')).toBe(true);
  });

  it('pages and stays under a list-view threshold of 5 with 14 name news (indexed event-date windows, ID order)', async () => {
    emu.admin.setListViewThreshold(5);
    // One row per request: January and February hold two items each, so their windows take a second page.
    const data = await repo(USERS.comms, 1).load(PERIOD);
    expect(data.nameNews).toHaveLength(12);
    expect(data.nameNews.filter((n) => n.eventDate.startsWith('2026-01'))).toHaveLength(2);
  });

  it('halves an event-date window SharePoint refuses for the list-view threshold, until it is answered', async () => {
    // SharePoint Online refuses an indexed filter that still matches more than 5,000 rows; here: windows over 8 days.
    const asked: number[] = [];
    const answered: number[] = [];
    const strict = {
      fetch: async (request: string | URL | Request, init?: RequestInit): Promise<Response> => {
        const input = String(request);
        const dates = /MnEventDate ge datetime'([^']+)' and MnEventDate lt datetime'([^']+)'/.exec(decodeURIComponent(input).replace(/\+/g, ' '));
        if (dates) {
          const days = (Date.parse(dates[2]) - Date.parse(dates[1])) / 86_400_000;
          asked.push(days);
          if (days > 8) {
            const message = 'The attempted operation is prohibited because it exceeds the list view threshold.';
            return new Response(JSON.stringify({ 'odata.error': { code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', message: { lang: 'en-US', value: message } } }), { status: 500, headers: { 'content-type': 'application/json' } });
          }
          answered.push(days);
        }
        return emu.fetch(input, init);
      },
    };
    const sp = spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(strict), BearerAuth(USERS.comms));
    const data = await repo(USERS.comms, undefined, sp).load(PERIOD);
    expect(data.nameNews).toHaveLength(12);
    expect(asked.some((d) => d > 8)).toBe(true);
    // The answered windows cover the period, 1 January to 27 November, each day once.
    expect(answered.reduce((n, d) => n + d, 0)).toBe(331);
  });

  it('gives each portrait status per channel', async () => {
    const data = await repo(USERS.comms).load(PERIOD);
    expect(data.portraits).toEqual(
      expect.arrayContaining([
        { profession: 'Pædagog', status: { linkedIn: 'shared', facebook: 'removed' } },
        { profession: 'Lærer', status: { linkedIn: 'readyToShare', facebook: 'notShared' } },
      ]),
    );
  });

  it("counts the site's people and the choices in force, not the forged item, and hands on no one's identity", async () => {
    const data = await repo(USERS.comms).load(PERIOD);
    expect(data.choices).toHaveLength(6);
    expect(data.choices.filter((c) => c.intranet.birthday)).toHaveLength(5);
    expect(JSON.stringify(data.choices)).not.toMatch(/Person|@/);
    const persons = await spAs(emu, USERS.comms).web.siteUsers.select('Email', 'PrincipalType')<{ Email: string; PrincipalType: number }[]>();
    expect(data.siteUsers).toBe(persons.filter((u) => u.PrincipalType === 1 && u.Email).length);
    expect(data.siteUsers).toBeGreaterThanOrEqual(8);
  });
});
