/**
 * Permissions as SPFx code asks for them through PnPjs: EffectiveBasePermissions (currentUserHasPermissions),
 * getUserEffectivePermissions (userHasPermissions) on the web, a list and an item, for each demo role; role
 * definitions and role assignments; site groups and their members with owner-only rights.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/security';
import { PermissionKind } from '@pnp/sp/security';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;
const login = (email: string): string => `i:0#.f|membership|${email}`;

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
  emu.admin.addItems('Privatlivsvalg', [{ Title: 'Sofies valg' }], { authorEmail: USERS.employee2 });
});
afterAll(() => emu.close());

describe('currentUserHasPermissions on Navnenyt, per demo role', () => {
  const cases: [string, PermissionKind, boolean][] = [
    [USERS.employee, PermissionKind.ViewListItems, true],
    [USERS.employee, PermissionKind.AddListItems, false],
    [USERS.employee, PermissionKind.ViewVersions, false],
    [USERS.hr, PermissionKind.AddListItems, true],
    [USERS.hr, PermissionKind.ApproveItems, false],
    [USERS.comms, PermissionKind.ApproveItems, true],
    [USERS.comms, PermissionKind.ManagePermissions, false],
    [USERS.owner, PermissionKind.ManagePermissions, true],
  ];
  it.each(cases)('%s has %s: %s', async (email, perm, expected) => {
    expect(await spAs(emu, email).web.lists.getByTitle('Navnenyt').currentUserHasPermissions(perm)).toBe(expected);
  });

  it('employees cannot see Medarbejdere at all; HR manages it', async () => {
    expect((await spError(spAs(emu, USERS.employee).web.lists.getByTitle('Medarbejdere').currentUserHasPermissions(PermissionKind.ViewListItems))).status).toBe(404);
    expect(await spAs(emu, USERS.hr).web.lists.getByTitle('Medarbejdere').currentUserHasPermissions(PermissionKind.ManageLists)).toBe(true);
  });
});

describe('EffectiveBasePermissions shapes and the web', () => {
  it('answers {High, Low} as strings, the masks of SharePoint Online', async () => {
    const web = (await (await raw(emu, USERS.employee, 'web/EffectiveBasePermissions')).json()) as Record<string, unknown>;
    expect(web).toMatchObject({ High: '176', Low: '138612833' });
    expect(web['odata.metadata']).toBe(`${emu.siteUrl}/_api/$metadata#SP.BasePermissions`);
    const ui = (await (await raw(emu, USERS.hr, 'web/EffectiveBasePermissionsForUI')).json()) as Record<string, unknown>;
    expect(ui).toMatchObject({ High: '432', Low: '1011030767' });
    const full = (await (await raw(emu, USERS.owner, 'web/EffectiveBasePermissions', { headers: { accept: 'application/json;odata=nometadata' } })).json()) as Record<string, unknown>;
    expect(full).toEqual({ High: '2147483647', Low: '4294967295' });
  });

  it('currentUserHasPermissions on the web: members edit, visitors only read', async () => {
    expect(await spAs(emu, USERS.hr).web.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(true);
    expect(await spAs(emu, USERS.employee).web.currentUserHasPermissions(PermissionKind.EditListItems)).toBe(false);
  });
});

describe('userHasPermissions (getUserEffectivePermissions)', () => {
  it('owners ask for anyone, on the web, a list and an item', async () => {
    const nav = owner.web.lists.getByTitle('Navnenyt');
    expect(await nav.userHasPermissions(login(USERS.comms), PermissionKind.ApproveItems)).toBe(true);
    expect(await nav.userHasPermissions(login(USERS.hr), PermissionKind.ApproveItems)).toBe(false);
    expect(await owner.web.userHasPermissions(login(USERS.employee), PermissionKind.AddListItems)).toBe(false);
    const item = owner.web.lists.getByTitle('Privatlivsvalg').items.getById(1);
    expect(await item.userHasPermissions(login(USERS.employee2), PermissionKind.EditListItems)).toBe(true);
    // Item-level write security: another employee's choice cannot be edited by Jonas.
    expect(await item.userHasPermissions(login(USERS.employee), PermissionKind.EditListItems)).toBe(false);
    expect(await item.userHasPermissions(login(USERS.hr), PermissionKind.EditListItems)).toBe(true);
  });

  it('a user may ask about themselves; others need EnumeratePermissions (403); unknown users 404', async () => {
    const jonas = spAs(emu, USERS.employee);
    expect(await jonas.web.userHasPermissions(login(USERS.employee), PermissionKind.ViewListItems)).toBe(true);
    expect((await spError(jonas.web.getUserEffectivePermissions(login(USERS.hr)))).status).toBe(403);
    expect((await spError(owner.web.getUserEffectivePermissions(login('findes.ikke@norddjurs.dk')))).status).toBe(404);
  });

  it('item EffectiveBasePermissions follow the list', async () => {
    const mine = await spAs(emu, USERS.employee2).web.lists.getByTitle('Privatlivsvalg').items.getById(1).currentUserHasPermissions(PermissionKind.EditListItems);
    expect(mine).toBe(true);
  });
});

describe('roleDefinitions and roleAssignments (read)', () => {
  it('lists the built-in levels with SharePoint ids and the site’s own level', async () => {
    const defs = await owner.web.roleDefinitions();
    const byName = new Map(defs.map((d) => [d.Name, d]));
    expect(byName.get('Read')).toMatchObject({ Id: 1073741826, RoleTypeKind: 2, BasePermissions: { High: '176', Low: '138612833' } });
    expect(byName.get('Contribute')?.BasePermissions).toEqual({ High: '432', Low: '1011028719' });
    expect(byName.get('Design')?.BasePermissions).toEqual({ High: '432', Low: '1012866047' });
    expect(byName.get('Læs uden versioner')?.BasePermissions).toEqual({ High: '176', Low: String(138612833 - 64) });
    expect((await owner.web.roleDefinitions.getByName('Edit')()).Id).toBe(1073741830);
    expect((await owner.web.roleDefinitions.getById(1073741829)()).Name).toBe('Full Control');
    expect((await spError(owner.web.roleDefinitions.getByName('Findes ikke')())).status).toBe(404);
  });

  it('lists a list’s unique role assignments with Member and RoleDefinitionBindings', async () => {
    const ra = (await owner.web.lists.getByTitle('Navnenyt').roleAssignments.expand('Member', 'RoleDefinitionBindings')()) as unknown as { Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[];
    const byGroup = new Map(ra.map((a) => [a.Member.Title, a.RoleDefinitionBindings.map((r) => r.Name)]));
    expect(byGroup.get('Kommunikation')).toEqual(['Design']);
    expect(byGroup.get('HR')).toEqual(['Contribute']);
    const unique = async (title: string): Promise<unknown> => ((await owner.web.lists.getByTitle(title).select('HasUniqueRoleAssignments')()) as unknown as { HasUniqueRoleAssignments: boolean }).HasUniqueRoleAssignments;
    expect(await unique('Navnenyt')).toBe(true);
    expect(await unique('Dokumenter')).toBe(false);
  });
});
