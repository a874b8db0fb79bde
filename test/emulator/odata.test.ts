import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let sp: SPFI;
const list = (): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Navnenyt');

beforeAll(() => {
  emu = newEmulator();
  sp = spAs(emu, USERS.employee);
  const jonas = emu.admin.userId(USERS.employee) as number;
  const sofie = emu.admin.userId(USERS.employee2) as number;
  const rows = [];
  for (let i = 1; i <= 250; i++) {
    rows.push({
      Title: i % 2 ? `Fødselsdag ${i}` : `Jubilæum ${i}`,
      MnEventType: i % 2 ? 'Fødselsdag' : 'Jubilæum',
      MnEventDate: `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`,
      MnYears: i % 70,
      MnEmployeeId: i % 3 ? jonas : sofie,
      MnArea: i % 5 ? 'Børn og Familie' : "Social og Sundhed's",
      MnConsentConfirmed: i % 4 === 0,
    });
  }
  emu.admin.addItems('Navnenyt', rows);
});
afterAll(() => emu.close());

describe('$select and $expand', () => {
  it('selects fields and projects person fields through $expand', async () => {
    const items = await list().items.select('Title', 'MnEmployee/Title', 'MnEmployee/EMail', 'MnEmployee/Id').expand('MnEmployee').top(2)();
    expect(Object.keys(items[0]).filter((k) => !k.startsWith('odata.') && !k.includes('@'))).toEqual(['Title', 'MnEmployee']);
    expect(items[0].MnEmployee).toMatchObject({ Title: 'Jonas Møller Nielsen', EMail: USERS.employee, Id: emu.admin.userId(USERS.employee) });
    const author = await list().items.select('Id', 'Author/Title').expand('Author').top(1)();
    expect(author[0].Author.Title).toBe('Birgitte Kjær');
  });

  it('rejects a person field selected without $expand, and unknown fields, with SharePoint 400s', async () => {
    const notExpanded = await spError(list().items.select('MnEmployee/Title')());
    expect(notExpanded).toMatchObject({
      status: 400,
      message: "The query to field 'MnEmployee' is not valid. The $select query string must specify the target fields and the $expand query string must contains MnEmployee.",
    });
    const unknown = await spError(list().items.select('Titel')());
    expect(unknown).toEqual({ status: 400, code: '-1, Microsoft.SharePoint.SPException', message: "The field or property 'Titel' does not exist." });
    expect((await spError(list().items.select('MnEmployee/Foo').expand('MnEmployee')())).status).toBe(400);
    expect((await spError(list().items.expand('Title')())).status).toBe(400);
  });
});

describe('$filter', () => {
  const count = async (filter: string): Promise<number> => (await list().items.filter(filter).select('Id').top(5000)()).length;

  it('supports eq ne lt le gt ge, and/or and parentheses', async () => {
    expect(await count("MnEventType eq 'Fødselsdag'")).toBe(125);
    expect(await count("MnEventType ne 'Fødselsdag'")).toBe(125);
    expect(await count('MnYears lt 10')).toBe(await count('MnYears le 9'));
    expect(await count('MnYears gt 60 and MnYears ge 61')).toBe(await count('MnYears gt 60'));
    expect(await count("(MnYears eq 1 or MnYears eq 2) and MnEventType eq 'Jubilæum'")).toBe(4);
    expect(await count('Id le 10')).toBe(10);
  });

  it('supports startswith, substringof, null, booleans as true/false and 1/0, escaped quotes', async () => {
    expect(await count("startswith(Title, 'Jubi')")).toBe(125);
    expect(await count("substringof('dag 1', Title)")).toBe(await count("startswith(Title, 'Fødselsdag 1')"));
    expect(await count('MnPhotoAlt eq null')).toBe(250);
    expect(await count('MnPhotoAlt ne null')).toBe(0);
    expect(await count('MnShowFrom eq null')).toBe(250);
    expect(await count('MnConsentConfirmed eq 1')).toBe(62);
    expect(await count('MnConsentConfirmed eq true')).toBe(62);
    expect(await count('MnConsentConfirmed eq false')).toBe(188);
    expect(await count("MnArea eq 'Social og Sundhed''s'")).toBe(50);
  });

  it("compares dates given as datetime'…' and as plain ISO strings (date-only columns by local date)", async () => {
    const a = await count("MnEventDate ge datetime'2026-12-01T00:00:00Z' and MnEventDate le datetime'2026-12-31T00:00:00Z'");
    const b = await count("MnEventDate ge '2026-12-01' and MnEventDate le '2026-12-31'");
    const c = await count("MnEventDate ge '2026-11-30T23:00:00Z' and MnEventDate lt '2027-01-01T00:00:00.000Z'");
    expect(a).toBeGreaterThan(0);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('supports day(), month() and year() on dates (date-only columns in the site time zone)', async () => {
    expect(await count('month(MnEventDate) eq 12 and year(MnEventDate) eq 2026')).toBe(await count("MnEventDate ge '2026-12-01' and MnEventDate le '2026-12-31'"));
    expect(await count('day(MnEventDate) eq 1')).toBe(await count('MnYears ge 0 and (MnEventDate eq \'2026-01-01\' or MnEventDate eq \'2026-02-01\' or MnEventDate eq \'2026-03-01\' or MnEventDate eq \'2026-04-01\' or MnEventDate eq \'2026-05-01\' or MnEventDate eq \'2026-06-01\' or MnEventDate eq \'2026-07-01\' or MnEventDate eq \'2026-08-01\' or MnEventDate eq \'2026-09-01\' or MnEventDate eq \'2026-10-01\' or MnEventDate eq \'2026-11-01\' or MnEventDate eq \'2026-12-01\')'));
  });

  it('filters on person projections and ids', async () => {
    const sofie = emu.admin.userId(USERS.employee2) as number;
    const n = await count(`MnEmployeeId eq ${sofie}`);
    expect(n).toBe(83);
    expect(await count(`MnEmployee/Id eq ${sofie}`)).toBe(n);
    expect(await count(`MnEmployee/EMail eq '${USERS.employee2}'`)).toBe(n);
    expect(await count("MnEmployee/Title eq 'Sofie Andersen'")).toBe(n);
    expect(await count("Author/EMail eq 'birgitte.kjaer@norddjurs.dk'")).toBe(250);
  });

  it('rejects what SharePoint rejects with 400', async () => {
    for (const bad of ["endswith(Title, 'x')", "tolower(Title) eq 'x'", "not (Title eq 'x')", 'MnYears add 1 eq 2', "Title eq 'unterminated", 'Title eq', 'MnMessage eq null or MnMessage eq \'x\'', "Titel eq 'x'", 'MnPeople/Id eq 1']) {
      const e = await spError(list().items.filter(bad)());
      expect([bad, e.status]).toEqual([bad, 400]);
    }
    const note = await spError(list().items.filter("MnMessage eq 'x'")());
    expect(note.message).toBe("The field 'MnMessage' of type 'Note' cannot be used in the query filter expression.");
  });
});

describe('$orderby, $top and paging', () => {
  it('orders ascending and descending, several keys', async () => {
    const items = await list().items.select('Id', 'MnYears').orderBy('MnYears', false).orderBy('Id', true).top(5)();
    expect(items.map((i) => i.MnYears)).toEqual([69, 69, 69, 68, 68]);
    expect(items[0].Id).toBeLessThan(items[1].Id);
  });

  it('returns 100 items by default, at most 5000 per request', async () => {
    expect((await list().items()).length).toBe(100);
    const e = await spError(list().items.top(5001)());
    expect(e.status).toBe(400);
  });

  it('gives an absolute odata.nextLink with every option and $skiptoken=Paged=TRUE&p_ID=n', async () => {
    const res = await raw(emu, USERS.employee, "web/lists/getByTitle('Navnenyt')/items?%24select=Id%2CTitle&%24filter=MnYears+ge+0&%24top=30");
    const body = (await res.json()) as { value: { Id: number }[]; 'odata.nextLink': string };
    expect(body.value.length).toBe(30);
    const next = new URL(body['odata.nextLink']);
    expect(next.origin + next.pathname).toBe(`${emu.siteUrl}/_api/web/lists/getByTitle('Navnenyt')/items`);
    expect(next.searchParams.get('$skiptoken')).toBe('Paged=TRUE&p_ID=30');
    expect(next.searchParams.get('$select')).toBe('Id,Title');
    expect(next.searchParams.get('$filter')).toBe('MnYears ge 0');
    expect(next.searchParams.get('$top')).toBe('30');
    const page2 = (await (await raw(emu, USERS.employee, body['odata.nextLink'])).json()) as { value: { Id: number }[] };
    expect(page2.value[0].Id).toBe(31);
  });

  it('pages through everything with the PnPjs async iterator, also with another ordering', async () => {
    const ids: number[] = [];
    for await (const page of list().items.select('Id').top(40)) ids.push(...page.map((i: { Id: number }) => i.Id));
    expect(ids.length).toBe(250);
    expect(new Set(ids).size).toBe(250);
    const years: number[] = [];
    for await (const page of list().items.select('Id', 'MnYears').orderBy('MnYears', false).top(33)) years.push(...page.map((i: { MnYears: number }) => i.MnYears));
    expect(years.length).toBe(250);
    expect([...years].sort((a, b) => b - a)).toEqual(years);
    const pagedItems = await list().items.skip(245).top(100)();
    expect(pagedItems.map((i) => i.Id)).toEqual([246, 247, 248, 249, 250]);
  });
});
