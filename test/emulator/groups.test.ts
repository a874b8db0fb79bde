/**
 * SharePoint groups: creating them (owners only), the associated owner, member and visitor groups, adding and
 * removing members (owners only), renaming and deleting.
 */
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;
let hr: SPFI;

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
  hr = spAs(emu, USERS.hr);
});
afterAll(() => emu.close());

describe('site groups', () => {
  it('names the associated owner, member and visitor groups', async () => {
    expect((await owner.web.associatedOwnerGroup()).Title).toBe('Intranet Ejere');
    expect((await hr.web.associatedMemberGroup()).Title).toBe('Intranet Medlemmer');
    expect((await hr.web.associatedVisitorGroup()).Title).toBe('Intranet Besøgende');
    expect((await owner.web.associatedMemberGroup.users()).map((u) => u.Email)).toEqual([USERS.hr, USERS.comms]);
  });

  it('owners create a group, add and remove members; the new group shows in the member’s groups', async () => {
    const created = await owner.web.siteGroups.add({ Title: 'Redaktion', Description: 'Redaktionsgruppen' });
    expect(created).toMatchObject({ Title: 'Redaktion', Description: 'Redaktionsgruppen', PrincipalType: 8, OwnerTitle: 'Intranet Ejere' });
    const group = owner.web.siteGroups.getByName('Redaktion');
    await group.users.add(`i:0#.f|membership|${USERS.employee}`);
    expect((await group.users()).map((u) => u.Email)).toEqual([USERS.employee]);
    expect((await spAs(emu, USERS.employee).web.currentUser.groups()).map((g) => g.Title)).toEqual(['Redaktion']);
    await group.users.removeByLoginName(`i:0#.f|membership|${USERS.employee}`);
    expect(await group.users()).toEqual([]);
    await group.users.add(USERS.employee2);
    await group.users.removeById(emu.admin.userId(USERS.employee2) as number);
    expect(await group.users()).toEqual([]);
    await group.update({ Description: 'Ny beskrivelse' });
    expect((await group()).Description).toBe('Ny beskrivelse');
    await owner.web.siteGroups.removeById(created.Id);
    expect((await spError(group())).status).toBe(404);
  });

  it('members and visitors may not create groups or change members (403); duplicates and unknown users are refused', async () => {
    expect((await spError(hr.web.siteGroups.add({ Title: 'Min gruppe' }))).status).toBe(403);
    expect((await spError(hr.web.siteGroups.getByName('HR').users.add(`i:0#.f|membership|${USERS.employee}`))).status).toBe(403);
    expect((await spError(spAs(emu, USERS.employee).web.siteGroups.getByName('HR').users.removeByLoginName(`i:0#.f|membership|${USERS.hr}`))).status).toBe(403);
    const dup = await spError(owner.web.siteGroups.add({ Title: 'HR' }));
    expect(dup).toMatchObject({ status: 400, message: 'The specified name is already in use.' });
    expect((await spError(owner.web.siteGroups.getByName('HR').users.add('i:0#.f|membership|findes.ikke@norddjurs.dk'))).status).toBe(500);
    expect((await spError(owner.web.siteGroups.removeById((await owner.web.associatedOwnerGroup()).Id))).status).toBe(400);
  });
});
