/**
 * Site columns, content types and views through PnPjs: the package's elements.xml site columns and content types,
 * web/fields and site/rootWeb/fields (add, createFieldAsXml, update, delete), list content types and
 * addAvailableContentType, a content type's fields, setShowIn…Form, and list views.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/content-types';
import '@pnp/sp/views';
import '@pnp/sp/sites';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
});
afterAll(() => emu.close());

describe('site columns', () => {
  it('shows the package’s site columns with their group, also through site/rootWeb', async () => {
    const cols = await owner.web.fields.filter("Group eq 'Medarbejdernyt'").select('InternalName', 'Title', 'Group')();
    expect(cols.map((c) => c.InternalName)).toEqual(expect.arrayContaining(['MnEmployee', 'MnEventDate', 'MnConsentConfirmed']));
    const f = await owner.site.rootWeb.fields.getByInternalNameOrTitle('MnEventDate')();
    expect(f).toMatchObject({ Title: 'Dato', Group: 'Medarbejdernyt', TypeAsString: 'DateTime', DisplayFormat: 0 });
    expect(((await owner.web.fields.getByInternalNameOrTitle('Title')()) as unknown as { CanBeDeleted: boolean }).CanBeDeleted).toBe(false);
  });

  it('owners add, create from XML, update and delete site columns; others get 403', async () => {
    const added = await owner.web.fields.addText('MnNote', { Group: 'Medarbejdernyt', MaxLength: 40 });
    expect(added).toMatchObject({ InternalName: 'MnNote', MaxLength: 40, Group: 'Medarbejdernyt' });
    await owner.web.fields.createFieldAsXml('<Field ID="{0f2c6c56-8f0a-4d67-8e7e-2b1b0c1c0c01}" Name="MnFlag" DisplayName="Flag" Type="Boolean" Group="Medarbejdernyt" />');
    const field = owner.web.fields.getByInternalNameOrTitle('MnFlag');
    await field.update({ Description: 'Et flag' });
    expect(await field.select('Description', 'Group')()).toMatchObject({ Description: 'Et flag', Group: 'Medarbejdernyt' });
    await field.delete();
    expect((await spError(field())).status).toBe(404);
    expect((await spError(spAs(emu, USERS.hr).web.fields.addText('MnHr'))).status).toBe(403);
    expect((await spError(owner.web.fields.addText('MnNote'))).status).toBe(400);
    expect((await spError(owner.web.fields.getByInternalNameOrTitle('Title').delete())).status).toBe(400);
  });

  it('setShowInDisplayForm/EditForm/NewForm are kept in the SchemaXml', async () => {
    const f = owner.web.lists.getByTitle('Navnenyt').fields.getByInternalNameOrTitle('MnYears');
    await f.setShowInEditForm(false);
    await f.setShowInNewForm(false);
    await f.setShowInDisplayForm(true);
    const xml = (await f.select('SchemaXml')()).SchemaXml as string;
    expect(xml).toContain('ShowInEditForm="FALSE"');
    expect(xml).toContain('ShowInNewForm="FALSE"');
    expect(xml).not.toContain('ShowInDisplayForm');
    expect((await spError(spAs(emu, USERS.employee).web.lists.getByTitle('Navnenyt').fields.getByInternalNameOrTitle('MnYears').setShowInEditForm(true))).status).toBe(403);
  });

  it('deletes a list column, but not one the list validation names', async () => {
    const list = owner.web.lists.getByTitle('Medarbejderportrætter');
    await list.fields.addText('Midlertidig');
    await list.fields.getByInternalNameOrTitle('Midlertidig').delete();
    expect((await spError(list.fields.getByInternalNameOrTitle('Midlertidig')())).status).toBe(404);
    expect((await spError(owner.web.lists.getByTitle('Navnenyt').fields.getByInternalNameOrTitle('MnConsentConfirmed').delete())).status).toBe(400);
    expect((await spError(owner.web.lists.getByTitle('Webstedssider').fields.getByInternalNameOrTitle('MnTheme').update({ EnforceUniqueValues: true }))).status).toBe(400);
  });
});

describe('content types', () => {
  it('lists the package’s content types on the web with their fields', async () => {
    const cts = await owner.web.contentTypes();
    const navnenyt = cts.find((c) => c.Name === 'Navnenyt');
    expect(navnenyt).toMatchObject({ Group: 'Medarbejdernyt', StringId: '0x01006485BB76EA24491D89113B612733154C' });
    expect(cts.map((c) => c.Name)).toEqual(expect.arrayContaining(['Element', 'Dokument', 'Mappe', 'Medarbejderhistorie', 'Privatlivsvalg']));
    const fields = await owner.web.contentTypes.getById('0x01006485BB76EA24491D89113B612733154C').fields();
    expect(fields.map((f) => f.InternalName)).toEqual(expect.arrayContaining(['Title', 'MnEmployee', 'MnEventDate', 'MnConsentConfirmed']));
    const links = await owner.web.contentTypes.getById('0x01006485BB76EA24491D89113B612733154C').fieldLinks();
    expect(links.length).toBe(fields.length);
  });

  it('a list’s content type is a child of the site content type; addAvailableContentType adds one with its columns', async () => {
    const listCts = await owner.web.lists.getByTitle('Navnenyt').contentTypes();
    expect(listCts.map((c) => c.Name)).toEqual(['Navnenyt']);
    expect(listCts[0].StringId.startsWith('0x01006485BB76EA24491D89113B612733154C00')).toBe(true);
    const docs = owner.web.lists.getByTitle('Dokumenter');
    expect((await docs.contentTypes()).map((c) => c.Name)).toEqual(['Dokument', 'Mappe']);
    const res = await docs.contentTypes.addAvailableContentType('0x010002862AA375344086A84218E2585AF616');
    expect(res.data.Name).toBe('Medarbejder');
    expect((await docs.fields.getByInternalNameOrTitle('MnBirthDate')()).Title).toBe('Fødselsdato');
    expect((await spError(docs.contentTypes.addAvailableContentType('0x010002862AA375344086A84218E2585AF616'))).status).toBe(400);
    expect((await spError(docs.contentTypes.addAvailableContentType('0x0100FFFF'))).status).toBe(400);
    expect((await spError(spAs(emu, USERS.employee).web.lists.getByTitle('Dokumenter').contentTypes.addAvailableContentType('0x01'))).status).toBe(403);
  });
});

describe('views', () => {
  it('reads the default view and the views collection', async () => {
    const list = owner.web.lists.getByTitle('Navnenyt');
    const def = await list.defaultView();
    expect(def).toMatchObject({ Title: 'Alle elementer', DefaultView: true, ServerRelativeUrl: '/sites/intranet/Lists/Navnenyt/AllItems.aspx' });
    const views = await list.views();
    expect(views.map((v) => v.Id)).toEqual([def.Id]);
    expect((await list.views.getById(def.Id)()).Title).toBe('Alle elementer');
    expect((await list.defaultView.fields()).Items).toContain('MnEventDate');
    expect((await owner.web.lists.getByTitle('Dokumenter').defaultView()).Title).toBe('Alle dokumenter');
    expect((await spError(list.views.getByTitle('Findes ikke')())).status).toBe(404);
    expect((await raw(emu, USERS.owner, "web/lists/getByTitle('Navnenyt')/views", { method: 'POST', body: '{}' })).status).toBe(405);
  });
});
