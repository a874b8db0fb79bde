/**
 * Seeds an in-memory emulator through its admin API and reads the data back through its REST API, as each kind of
 * user would. Uses a smaller workforce than the demo (the generator's own tests cover the full 3,000).
 */
import { createEmulator, IEmulator } from '../../emulator/index';
import { generateDemoData } from '../../emulator/seed/generate';
import { ISeedSummary, seedDemo } from '../../emulator/seed/index';
import site from '../../emulator/site.json';

const TODAY = '2026-11-27';
const COUNT = 300;
const EMPLOYEE = 'jonas.nielsen@norddjurs.dk';
const EMPLOYEE_WITHOUT_CHOICES = 'sofie.andersen@norddjurs.dk';
const HR = 'lars.ostergaard@norddjurs.dk';
const COMMS = 'mette.sorensen@norddjurs.dk';

const accounts = site.users.map((u) => ({ ...u, email: u.email.toLowerCase() }));
const expected = generateDemoData({ today: TODAY, employeeCount: COUNT, accounts });

let emulator: IEmulator;
let summary: ISeedSummary;

type Item = Record<string, unknown>;

async function get(path: string, who: string): Promise<{ status: number; value: Item[] }> {
  const res = await emulator.fetch(`${emulator.siteUrl}${path}`, {
    headers: { Accept: 'application/json;odata=nometadata', Authorization: `Bearer ${who}` },
  });
  const body = (await res.json()) as { value?: Item[] };
  return { status: res.status, value: body.value ?? [] };
}

const items = (list: string, query: string = ''): string => `/_api/web/lists/getbytitle('${encodeURIComponent(list)}')/items?$top=5000${query}`;

/** Date-only columns come back as Copenhagen midnight in UTC; this turns them back into the calendar date. */
const dateOnly = (value: unknown): string =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Copenhagen', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(String(value)));

beforeAll(() => {
  emulator = createEmulator({ today: TODAY });
  expect(emulator.admin.isEmpty()).toBe(true);
  summary = seedDemo(emulator.admin, { today: TODAY, employeeCount: COUNT });
});

afterAll(async () => {
  await emulator.close();
});

describe('the demo seed loaded into the emulator', () => {
  it('reports what it loaded, and the emulator is no longer empty', () => {
    expect(summary.users).toBe(COUNT);
    expect(summary.items).toEqual({
      Medarbejdere: expected.employees.length,
      Privatlivsvalg: expected.privacy.length,
      Navnenyt: expected.navnenyt.length,
      Webstedssider: expected.stories.length,
      Medarbejderportrætter: expected.portraits.length,
    });
    expect(emulator.admin.isEmpty()).toBe(false);
    expect(emulator.admin.itemCount('Navnenyt')).toBe(expected.navnenyt.length);
  });

  it('makes every employee a site user', () => {
    for (const e of expected.employees) expect(emulator.admin.userId(e.email)).toEqual(expect.any(Number));
  });

  it('shows readers only the approved name news, with dates, people and photos', async () => {
    const { status, value } = await get(items('Navnenyt', '&$select=Title,MnEventType,MnEventDate,MnYears,MnEmployeeId,MnPhoto,MnConsentConfirmed'), EMPLOYEE);
    expect(status).toBe(200);
    const approved = expected.navnenyt.filter((n) => n.approval === 'approved');
    expect(value).toHaveLength(approved.length);
    // The seed plays SharePoint's side: the list holds the Danish choice values, never the code's keys.
    const choice = { birthday: 'Fødselsdag', jubilee: 'Jubilæum', newColleague: 'Ny medarbejder', retirement: 'Pension', farewell: 'Fratrædelse', memorial: 'Mindeord' };
    const byTitleAndDate = new Set(approved.map((n) => `${n.name}|${n.eventDate}|${choice[n.type]}`));
    for (const item of value) {
      expect(byTitleAndDate.has(`${String(item.Title)}|${dateOnly(item.MnEventDate)}|${String(item.MnEventType)}`)).toBe(true);
      expect(item.MnConsentConfirmed).toBe(true);
      expect(item.MnEmployeeId).toEqual(expect.any(Number));
    }
    const photo = value.find((i) => i.MnPhoto)?.MnPhoto as { Url: string; Description: string } | undefined;
    // One file per item, named without the payroll number (the picture library is readable by everyone).
    expect(photo?.Url).toMatch(/^\/sites\/intranet\/Billeder\/avatar-navnenyt-\d+-\d{4}-\d{2}-\d{2}\.svg$/);
  });

  it('shows communications the approval queue: pending and rejected items with the comment', async () => {
    const { value } = await get(items('Navnenyt', '&$select=Title,OData__ModerationStatus,OData__ModerationComments'), COMMS);
    expect(value).toHaveLength(expected.navnenyt.length);
    const pending = value.filter((i) => i.OData__ModerationStatus === 2);
    const rejected = value.filter((i) => i.OData__ModerationStatus === 1);
    expect(pending).toHaveLength(expected.navnenyt.filter((n) => n.approval === 'pending').length);
    expect(rejected).toHaveLength(1);
    expect(String(rejected[0].OData__ModerationComments)).toMatch(/\w+/);
  });

  it('keeps the payroll extract for HR only', async () => {
    expect((await get(items('Medarbejdere'), EMPLOYEE)).status).toBeGreaterThanOrEqual(400);
    const { status, value } = await get(items('Medarbejdere', '&$select=MnEmail,MnSeniorityDate,MnBirthDate'), HR);
    expect(status).toBe(200);
    expect(value).toHaveLength(expected.employees.length);
    const byEmail = new Map(expected.employees.map((e) => [e.email, e]));
    for (const row of value) {
      const e = byEmail.get(String(row.MnEmail));
      expect(dateOnly(row.MnSeniorityDate)).toBe(e?.seniorityDate);
      expect(dateOnly(row.MnBirthDate)).toBe(e?.birthDate);
    }
  });

  it('makes each employee the author of their own privacy choices, HR of those it registered; one demo employee has none yet', async () => {
    const { value } = await get(items('Privatlivsvalg', '&$select=MnEmployeeId,AuthorId,MnRegisteredBy,MnIntranetBirthday,MnLinkedInPhoto'), EMPLOYEE_WITHOUT_CHOICES);
    expect(value).toHaveLength(expected.privacy.length);
    const hr = emulator.admin.userId(HR);
    for (const item of value) expect(item.AuthorId).toBe(item.MnRegisteredBy === 'HR' ? hr : item.MnEmployeeId);
    const ids = new Set(value.map((i) => i.MnEmployeeId));
    expect(ids.has(emulator.admin.userId(EMPLOYEE))).toBe(true);
    expect(ids.has(emulator.admin.userId(EMPLOYEE_WITHOUT_CHOICES))).toBe(false);
  });

  it('loads stories with their people and hero images, and portraits with LinkedIn fields', async () => {
    const query = '&$select=Title,Description,BannerImageUrl,FirstPublishedDate,MnTheme,MnArea,MnFeatured,MnBannerAlt,MnPeople/EMail&$expand=MnPeople&$filter=PromotedState eq 2&$orderby=FirstPublishedDate desc';
    const stories = await get(items('Webstedssider', query), EMPLOYEE);
    expect(stories.status).toBe(200);
    expect(stories.value).toHaveLength(expected.stories.filter((s) => s.published).length);
    // With only 300 employees a few small areas run out of colleagues to feature.
    expect(stories.value.filter((s) => (s.MnPeople as unknown[]).length > 0).length).toBeGreaterThan(stories.value.length / 2);
    const dates = stories.value.map((s) => String(s.FirstPublishedDate));
    expect(dates).toEqual([...dates].sort().reverse());
    for (const d of dates) expect(d.slice(0, 10) < TODAY).toBe(true);
    expect((stories.value[0].BannerImageUrl as { Url: string }).Url).toMatch(/^\/sites\/intranet\/Billeder\/historie-/);
    expect(stories.value.filter((s) => s.MnFeatured === true).length).toBeGreaterThanOrEqual(3);
    const drafts = await get(items('Webstedssider', '&$select=Title&$filter=PromotedState eq 1'), COMMS);
    expect(drafts.value).toHaveLength(expected.stories.filter((s) => !s.published).length);
    const portraits = await get(items('Medarbejderportrætter', '&$select=Title,MnProfession,MnLinkedInStatus,MnLinkedInPostUrl,MnJobAdvertUrl'), EMPLOYEE);
    expect(portraits.value).toHaveLength(expected.portraits.length);
    expect(new Set(portraits.value.map((p) => p.MnLinkedInStatus))).toEqual(new Set(['Ikke delt', 'Klar til deling', 'Delt', 'Skal fjernes', 'Fjernet']));
  });

  it('serves the generated images from the picture library', async () => {
    const hero = expected.stories[0].hero;
    const res = await emulator.fetch(`${emulator.siteUrl}/Billeder/${hero.fileName}`, { headers: { Authorization: `Bearer ${EMPLOYEE}` } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(await res.text()).toBe(hero.content);
  });
});
