import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;
let employee: SPFI;

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
  employee = spAs(emu, USERS.employee);
});
afterAll(() => emu.close());

describe('lists provisioned from sharepoint/assets', () => {
  it('creates the four product lists and the libraries (stories are pages in Webstedssider)', async () => {
    const lists = await owner.web.lists.select('Title', 'BaseTemplate')();
    expect(lists.map((l) => l.Title)).toEqual(
      expect.arrayContaining(['Navnenyt', 'Medarbejderportrætter', 'Privatlivsvalg', 'Medarbejdere', 'Billeder', 'Webstedsaktiver', 'Webstedssider']),
    );
    expect(lists.find((l) => l.Title === 'Billeder')?.BaseTemplate).toBe(101);
  });

  it('takes content approval, versioning and item-level security from the schema files', async () => {
    const navnenyt = await owner.web.lists.getByTitle('Navnenyt')();
    expect(navnenyt.EnableModeration).toBe(true);
    expect(navnenyt.EnableVersioning).toBe(true);
    expect(navnenyt.ListItemEntityTypeFullName).toBe('SP.Data.NavnenytListItem');
    const privacy = await owner.web.lists.getByTitle('Privatlivsvalg').select('EnableModeration', 'WriteSecurity')();
    expect(privacy.EnableModeration).toBe(false);
    expect(privacy.WriteSecurity).toBe(2);
  });

  it('takes field types, Indexed, DateOnly and choices from the schema files', async () => {
    const fields = owner.web.lists.getByTitle('Navnenyt').fields;
    const date = await fields.getByInternalNameOrTitle('MnEventDate')();
    expect(date).toMatchObject({ TypeAsString: 'DateTime', Indexed: true, DisplayFormat: 0, Title: 'Dato' });
    const type = await fields.getByInternalNameOrTitle('Begivenhed')();
    expect(type.InternalName).toBe('MnEventType');
    expect(type.Choices).toEqual(['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse', 'Mindeord']);
    expect((await fields.getByInternalNameOrTitle('MnEmployee')()).TypeAsString).toBe('User');
    expect((await fields.getByInternalNameOrTitle('MnYears')()).Indexed).toBe(false);
    const all = await fields.filter("InternalName eq 'Title' or InternalName eq 'MnPhoto'")();
    expect(all.map((f) => f.TypeAsString).sort()).toEqual(['Text', 'URL']);
    const missing = await spError(fields.getByInternalNameOrTitle('Findes')());
    expect(missing.status).toBe(404);
  });
});

describe('lists: getByTitle, by id, add and ensure', () => {
  it('finds a list by title case-insensitively, and by guid in every URL form', async () => {
    const a = await employee.web.lists.getByTitle('NAVNENYT').select('Id', 'Title')();
    expect(a.Title).toBe('Navnenyt');
    expect((await employee.web.lists.getById(a.Id).select('Title')()).Title).toBe('Navnenyt');
    const res = await raw(emu, USERS.employee, `Web/Lists(guid'${a.Id}')`);
    expect(res.status).toBe(200);
    const titleWithQuote = await spError(employee.web.lists.getByTitle("Bob's liste")());
    expect(titleWithQuote.message).toBe(`List 'Bob's liste' does not exist at site with URL '${emu.siteUrl}'.`);
    expect((await spError(employee.web.lists.getById('3f2504e0-4f89-11d3-9a0c-0305e82c3301')())).status).toBe(404);
  });

  it('adds a list (owners only) and ensure finds it the second time', async () => {
    const created = await owner.web.lists.ensure('Testliste', 'Til test', 100);
    expect(created.created).toBe(true);
    const again = await owner.web.lists.ensure('Testliste', 'Til test', 100);
    expect(again.created).toBe(false);
    const denied = await spError(employee.web.lists.add('Min liste'));
    expect(denied.status).toBe(403);
    expect(denied.code).toBe('-2147024891, System.UnauthorizedAccessException');
    const dup = await spError(owner.web.lists.add('testliste'));
    expect(dup.status).toBe(500);
  });

  it('hides lists the user may not read: Medarbejdere is HR only', async () => {
    const titles = (await employee.web.lists.select('Title')()).map((l) => l.Title);
    expect(titles).not.toContain('Medarbejdere');
    expect((await spError(employee.web.lists.getByTitle('Medarbejdere')())).status).toBe(404);
    expect((await spAs(emu, USERS.hr).web.lists.getByTitle('Medarbejdere').select('Title')()).Title).toBe('Medarbejdere');
  });
});

describe('fields: add (odata=verbose with __metadata) and update', () => {
  it('adds text, number, boolean, date, choice and user fields and items can use them', async () => {
    const list = owner.web.lists.getByTitle('Testliste');
    const text = await list.fields.addText('Kort tekst', { MaxLength: 50 });
    expect(text).toMatchObject({ InternalName: 'Kort_x0020_tekst', TypeAsString: 'Text', MaxLength: 50 });
    await list.fields.addNumber('Antal');
    await list.fields.addBoolean('Aktiv');
    await list.fields.addDateTime('Dato', { DisplayFormat: 0 });
    await list.fields.addChoice('Farve', { Choices: ['Rød', 'Grøn'] });
    await list.fields.addUser('Person', { SelectionMode: 0 });
    const item = await list.items.add({ Title: 'a', Kort_x0020_tekst: 'hej', Antal: 3, Aktiv: true, Dato: '2026-05-01', Farve: 'Grøn', PersonId: emu.admin.userId(USERS.hr) });
    expect(item).toMatchObject({ Kort_x0020_tekst: 'hej', Antal: 3, Aktiv: true, Dato: '2026-04-30T22:00:00Z', Farve: 'Grøn' });
    const badChoice = await spError(list.items.add({ Farve: 'Blå' }));
    expect(badChoice.status).toBe(400);
    const dup = await spError(list.fields.addText('Kort tekst'));
    expect(dup.status).toBe(400);
  });

  it('updates a field, e.g. to index a column, which changes what the list-view threshold allows', async () => {
    const field = owner.web.lists.getByTitle('Testliste').fields.getByInternalNameOrTitle('Antal');
    expect((await field()).Indexed).toBe(false);
    await field.update({ Indexed: true }, 'SP.FieldNumber');
    expect((await field()).Indexed).toBe(true);
    const unknown = await spError(field.update({ Foo: 1 }, 'SP.FieldNumber'));
    expect(unknown.status).toBe(400);
    expect((await spError(employee.web.lists.getByTitle('Navnenyt').fields.getByInternalNameOrTitle('MnYears').update({ Indexed: true }))).status).toBe(403);
  });
});
