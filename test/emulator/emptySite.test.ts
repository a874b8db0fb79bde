/**
 * @jest-environment node
 *
 * The local SharePoint as a site before the product's set-up (`lists: 'none'`), and the REST calls the set-up needs
 * that the package's feature path never used: adding a site content type with its id, a column to a content type
 * (an SP.FieldLink), and a list's versioning, item-level security, draft visibility and validation by MERGE.
 */
import '@pnp/sp/content-types';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { body, headers } from '@pnp/queryable';
import { spPost } from '@pnp/sp';
import { parseArgs } from '../../emulator/cli';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, spError, USERS } from './helpers';

const FIELD = '<Field ID="{11111111-2222-3333-4444-555555555555}" Name="TestKolonne" StaticName="TestKolonne" DisplayName="Test" Type="Text" Group="Test" />';

describe('an empty site (lists: none)', () => {
  let emu: IEmulator;
  beforeEach(() => {
    emu = newEmulator({ lists: 'none' });
  });
  afterEach(() => emu.close());

  it('has the site.json libraries, groups and the pages library with Site Page, but none of the product', async () => {
    const sp = spAs(emu, USERS.owner);
    const lists = (await sp.web.lists.select('Title')<{ Title: string }[]>()).map((l) => l.Title).sort();
    expect(lists).toEqual(['Billeder', 'Dokumenter', 'Webstedsaktiver', 'Webstedssider']);
    const cts = (await sp.web.contentTypes.select('Name')<{ Name: string }[]>()).map((c) => c.Name);
    expect(cts).not.toContain('Navnenyt');
    expect(cts).not.toContain('Medarbejderhistorie');
    expect((await sp.web.siteGroups.select('Title')<{ Title: string }[]>()).map((g) => g.Title)).toEqual(expect.arrayContaining(['HR', 'Kommunikation']));
  });

  it('adds a site content type with its id under an existing parent; refuses a duplicate, an unknown parent and an employee', async () => {
    const sp = spAs(emu, USERS.owner);
    const id = '0x0100AAAABBBBCCCCDDDDEEEEFFFF00001111';
    const added = await sp.web.contentTypes.add(id, 'Testtype', 'Beskrivelse', 'Test');
    expect(added.data).toMatchObject({ Name: 'Testtype', StringId: id, Group: 'Test' });
    expect((await spError(sp.web.contentTypes.add(id, 'Testtype', '', 'Test'))).message).toMatch(/duplicate content type/);
    expect((await spError(sp.web.contentTypes.add('0x0100AAAA0000000000000000000000000000001100112233445566778899AABBCCDDEEFF00112233', 'Barn', '', 'Test'))).message).toMatch(/parent content type/);
    expect((await spError(spAs(emu, USERS.employee).web.contentTypes.add('0x0100BBBB0000000000000000000000000001', 'Nej', '', 'Test'))).status).toBe(403);
  });

  it('adds a site column to a content type as an SP.FieldLink; an unknown column or a second link is refused', async () => {
    const sp = spAs(emu, USERS.owner);
    const id = '0x0100AAAABBBBCCCCDDDDEEEEFFFF00001111';
    await sp.web.contentTypes.add(id, 'Testtype', '', 'Test');
    await sp.web.fields.createFieldAsXml({ SchemaXml: FIELD, Options: 8 });
    const links = sp.web.contentTypes.getById(id).fieldLinks;
    const link = (name: string): Promise<unknown> => spPost(links, body({ __metadata: { type: 'SP.FieldLink' }, FieldInternalName: name }, headers({ 'Content-Type': 'application/json;odata=verbose' })));
    await link('TestKolonne');
    expect((await links.select('Name')<{ Name: string }[]>()).map((l) => l.Name)).toEqual(['Title', 'TestKolonne']);
    expect((await spError(link('TestKolonne'))).message).toMatch(/duplicate field name/);
    expect((await spError(link('Findesikke'))).message).toMatch(/Column 'Findesikke' does not exist/);
  });

  it("MERGE sets a list's versioning, item-level security, draft visibility and validation; content approval only at creation", async () => {
    const sp = spAs(emu, USERS.owner);
    await sp.web.lists.add('Prøveliste', '', 100, true, { EnableModeration: true });
    const list = sp.web.lists.getByTitle('Prøveliste');
    await list.fields.createFieldAsXml({ SchemaXml: FIELD, Options: 8 });
    await list.update({ EnableVersioning: true, ReadSecurity: 2, WriteSecurity: 2, DraftVersionVisibility: 2, ValidationFormula: '=NOT(ISBLANK(TestKolonne))', ValidationMessage: 'Udfyld Test' });
    expect(await list.select('EnableVersioning', 'EnableModeration', 'ReadSecurity', 'WriteSecurity', 'DraftVersionVisibility', 'ValidationFormula', 'ValidationMessage')()).toMatchObject({
      EnableVersioning: true, EnableModeration: true, ReadSecurity: 2, WriteSecurity: 2, DraftVersionVisibility: 2, ValidationFormula: '=NOT(ISBLANK(TestKolonne))', ValidationMessage: 'Udfyld Test',
    });
    expect((await spError(list.update({ ValidationFormula: '=NOT(ISBLANK(Findesikke))' }))).status).toBe(400);
    expect((await spError(list.update({ WriteSecurity: 3 }))).message).toMatch(/not valid for WriteSecurity/);
    expect((await spError(list.update({ EnableModeration: false }))).message).toMatch(/EnableModeration/);
    await list.update({ ValidationFormula: '' });
    expect(await list.select('ValidationFormula')()).toMatchObject({ ValidationFormula: '' });
  });

  it('the command line starts it with --lists none (and refuses the demo seed there)', () => {
    expect(parseArgs(['--lists', 'none']).lists).toBe('none');
    expect(parseArgs([]).lists).toBe('xml');
    expect(() => parseArgs(['--lists', 'none', '--seed', 'demo'])).toThrow(/--seed demo needs the lists/);
    expect(() => parseArgs(['--lists', 'some'])).toThrow(/--lists must be xml or none/);
  });
});

describe("a list's own permissions", () => {
  let emu: IEmulator;
  beforeEach(() => {
    emu = newEmulator({ lists: 'none' });
  });
  afterEach(() => emu.close());

  it('breaks inheritance (the caller keeps Full Control), adds and removes role assignments; employees may not', async () => {
    const sp = spAs(emu, USERS.owner);
    await sp.web.lists.add('Prøveliste', '', 100, true);
    const list = sp.web.lists.getByTitle('Prøveliste');
    const hr = await sp.web.siteGroups.getByName('HR')<{ Id: number }>();
    const contribute = await sp.web.roleDefinitions.getByType(3)<{ Id: number }>();
    expect((await spError(list.roleAssignments.add(hr.Id, contribute.Id))).message).toMatch(/inherits permissions/);
    expect((await spError(spAs(emu, USERS.employee).web.lists.getByTitle('Prøveliste').breakRoleInheritance(false))).status).toBe(403);
    await list.breakRoleInheritance(false);
    const me = await sp.web.currentUser<{ Id: number }>();
    const principals = async (): Promise<number[]> => (await list.roleAssignments<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId).sort();
    expect(await principals()).toEqual([me.Id]);
    expect(await list.select('HasUniqueRoleAssignments')()).toMatchObject({ HasUniqueRoleAssignments: true });
    await list.roleAssignments.add(hr.Id, contribute.Id);
    expect(await principals()).toEqual([me.Id, hr.Id].sort());
    const full = await sp.web.roleDefinitions.getByType(5)<{ Id: number }>();
    await list.roleAssignments.remove(me.Id, full.Id);
    expect(await principals()).toEqual([hr.Id]);
    const lars = spAs(emu, USERS.hr).web.lists.getByTitle('Prøveliste');
    await expect(lars.items.add({ Title: 'HR kan' })).resolves.toBeDefined();
    expect((await spError(spAs(emu, USERS.employee).web.lists.getByTitle('Prøveliste').items())).status).toBe(404);
  });

  it('a copy of the web\'s permissions when asked; a second break changes nothing', async () => {
    const sp = spAs(emu, USERS.owner);
    await sp.web.lists.add('Kopiliste', '', 100, true);
    const list = sp.web.lists.getByTitle('Kopiliste');
    await list.breakRoleInheritance(true);
    const web = (await sp.web.roleAssignments<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId).sort();
    expect((await list.roleAssignments<{ PrincipalId: number }[]>()).map((a) => a.PrincipalId).sort()).toEqual(web);
    await list.breakRoleInheritance(false);
    expect((await list.roleAssignments<{ PrincipalId: number }[]>()).length).toBe(web.length);
  });
});
