/**
 * What each demo account may do on the product's lists, as SharePoint's effective permissions say through real PnPjs
 * against the local SharePoint (site.json's permissions, as on the real site): HR submits name news but cannot
 * approve it, communications approves, everyone else only reads.
 */
import { PermissionRepository } from '../../src/shared/data/permissions';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from '../emulator/helpers';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator({ today: '2026-11-27' });
});
afterEach(() => emu.close());

const rightsOf = (email: string): PermissionRepository => new PermissionRepository(spAs(emu, email));

describe('rights on Navnenyt', () => {
  it.each([
    ['an employee', USERS.employee, { add: false, approve: false }],
    ['another employee', USERS.employee2, { add: false, approve: false }],
    ['HR', USERS.hr, { add: true, approve: false }],
    ['communications', USERS.comms, { add: true, approve: true }],
    ["the site's owner", USERS.owner, { add: true, approve: true }],
  ])('%s', async (_who, email, rights) => {
    expect(await rightsOf(email).rightsOn('Navnenyt')).toEqual(rights);
  });
});

describe('a list the user may not read', () => {
  it('gives no rights rather than an error (HR\'s payroll extract to an employee)', async () => {
    expect(await rightsOf(USERS.employee).rightsOn('Employees')).toEqual({ add: false, approve: false });
    expect((await rightsOf(USERS.hr).rightsOn('Employees')).add).toBe(true);
  });
});

describe('asking', () => {
  it('asks SharePoint once per list for the page, and again after a failure', async () => {
    const repo = rightsOf(USERS.hr);
    emu.admin.injectFaults({ status: 503, count: 10, retryAfter: 0 });
    await expect(repo.rightsOn('Navnenyt')).rejects.toMatchObject({ kind: 'throttled' });
    emu.admin.clearFaults();
    const first = repo.rightsOn('Navnenyt');
    expect(repo.rightsOn('Navnenyt')).toBe(first);
    expect(await first).toEqual({ add: true, approve: false });
  });

  it('asks once for every web part built over the same site (one PnPjs instance), and separately for another', async () => {
    const sp = spAs(emu, USERS.hr);
    const submit = new PermissionRepository(sp);
    const approve = new PermissionRepository(sp);
    expect(approve.rightsOn('Navnenyt')).toBe(submit.rightsOn('Navnenyt'));
    expect(new PermissionRepository(spAs(emu, USERS.comms)).rightsOn('Navnenyt')).not.toBe(submit.rightsOn('Navnenyt'));
    expect(await new PermissionRepository(spAs(emu, USERS.comms)).rightsOn('Navnenyt')).toEqual({ add: true, approve: true });
  });
});
