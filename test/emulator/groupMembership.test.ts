/**
 * Who may see a group's members (SP.Group.OnlyAllowMembersViewMembership, "Who can view the membership of the
 * group?"): everyone by default — the demo groups, so HR's membership is visible to every employee — or, when the
 * setting is true (site.json `onlyAllowMembersViewMembership`, or set by an owner over REST), only the group's members
 * and its owners: anyone else gets 403 reading `siteGroups/getByName(x)/users`.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator();
});
afterEach(() => emu.close());

describe('OnlyAllowMembersViewMembership', () => {
  it('is false on the demo groups: every employee reads HR’s members', async () => {
    const hr = await spAs(emu, USERS.employee).web.siteGroups.getByName('HR')();
    expect(hr.OnlyAllowMembersViewMembership).toBe(false);
    expect((await spAs(emu, USERS.employee).web.siteGroups.getByName('HR').users()).map((u) => u.Email)).toEqual([USERS.hr]);
  });

  it('when an owner sets it, members and owners read the members and everyone else gets 403', async () => {
    const owner = spAs(emu, USERS.owner);
    await owner.web.siteGroups.getByName('HR').update({ OnlyAllowMembersViewMembership: true });
    expect((await owner.web.siteGroups.getByName('HR')()).OnlyAllowMembersViewMembership).toBe(true);
    expect((await spAs(emu, USERS.hr).web.siteGroups.getByName('HR').users()).map((u) => u.Email)).toEqual([USERS.hr]);
    expect((await owner.web.siteGroups.getByName('HR').users()).map((u) => u.Email)).toEqual([USERS.hr]);
    const denied = await spError(spAs(emu, USERS.employee).web.siteGroups.getByName('HR').users());
    expect(denied.status).toBe(403);
    expect((await raw(emu, USERS.comms, `web/siteGroups/getById(${String((await owner.web.siteGroups.getByName('HR')()).Id)})/users`)).status).toBe(403);
    // The group itself stays visible; only its membership is hidden.
    expect((await spAs(emu, USERS.employee).web.siteGroups.getByName('HR')()).Title).toBe('HR');
    // Only owners change the setting.
    expect((await spError(spAs(emu, USERS.hr).web.siteGroups.getByName('HR').update({ OnlyAllowMembersViewMembership: false }))).status).toBe(403);
  });

  it('is read from site.json and given when a group is created', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'emu-site-'));
    try {
      const site = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'emulator', 'site.json'), 'utf8')) as { groups: { title: string; onlyAllowMembersViewMembership?: boolean }[] };
      for (const g of site.groups) if (g.title === 'HR') g.onlyAllowMembersViewMembership = true;
      fs.writeFileSync(path.join(dir, 'site.json'), JSON.stringify(site));
      const emu2 = newEmulator({ siteFile: path.join(dir, 'site.json') });
      try {
        expect((await spError(spAs(emu2, USERS.employee).web.siteGroups.getByName('HR').users())).status).toBe(403);
        const created = await spAs(emu2, USERS.owner).web.siteGroups.add({ Title: 'Lukket', OnlyAllowMembersViewMembership: true });
        expect(created.OnlyAllowMembersViewMembership).toBe(true);
        expect((await spError(spAs(emu2, USERS.employee).web.siteGroups.getByName('Lukket').users())).status).toBe(403);
      } finally {
        await emu2.close();
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
