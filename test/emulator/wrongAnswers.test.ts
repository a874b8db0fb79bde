/**
 * Answers the emulator used to get wrong (issue 11): a user's groups, paths after a user, field updates that dropped
 * Description and Group, list titles over 255 characters, and $select on web, user and field objects.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/site-users/web';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;
let hr: SPFI;

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
  hr = spAs(emu, USERS.hr);
});
afterAll(() => emu.close());

describe("a user's groups and paths after a user", () => {
  it('web/currentuser/groups answers the groups the user is a direct member of (not those through a claim)', async () => {
    const groups = await hr.web.currentUser.groups();
    expect(groups.map((g) => g.Title).sort()).toEqual(['HR', 'Intranet Medlemmer']);
    // Jonas reads through the visitors group's "Everyone except external users" claim: SharePoint does not list it.
    const jonas = await spAs(emu, USERS.employee).web.currentUser.groups();
    expect(jonas).toEqual([]);
  });

  it('getUserById(n)/groups and siteUsers.getById(n)/groups answer that user’s groups', async () => {
    const id = emu.admin.userId(USERS.comms) as number;
    expect((await owner.web.getUserById(id).groups()).map((g) => g.Title)).toContain('Kommunikation');
    expect((await owner.web.siteUsers.getById(id).groups()).map((g) => g.Title)).toContain('Kommunikation');
    const res = await raw(emu, USERS.owner, `web/siteusers(${id})/groups`);
    expect(res.status).toBe(200);
  });

  it('an unknown segment after a user is 404 ResourceNotFoundException, not the user', async () => {
    for (const path of ['web/currentuser/bogus', `web/getuserbyid(${emu.admin.userId(USERS.hr) as number})/bogus`, "web/siteusers/getbyemail('lars.ostergaard@norddjurs.dk')/bogus"]) {
      const res = await raw(emu, USERS.owner, path);
      expect(res.status).toBe(404);
      const body = (await res.json()) as Record<string, { code: string; message: { value: string } }>;
      expect(body['odata.error'].code).toBe('-1, Microsoft.SharePoint.Client.ResourceNotFoundException');
      expect(body['odata.error'].message.value).toBe('Cannot find resource for the request bogus.');
    }
  });
});

describe('fields keep what an update does not name', () => {
  it('MERGE on getByInternalNameOrTitle keeps Description and Group, and stores a new Description', async () => {
    const field = owner.web.lists.getByTitle('Navnenyt').fields.getByInternalNameOrTitle('MnWorkplace');
    const before = await field();
    expect(before.Group).toBe('Medarbejdernyt');
    await field.update({ Description: 'Arbejdsstedet, som HR skriver det' });
    const after = await field();
    expect(after.Description).toBe('Arbejdsstedet, som HR skriver det');
    expect(after.Group).toBe('Medarbejdernyt');
    await field.update({ Title: 'Arbejdssted' });
    const again = await field();
    expect(again.Description).toBe('Arbejdsstedet, som HR skriver det');
    expect(again.Group).toBe('Medarbejdernyt');
  });
});

describe('list titles', () => {
  it('refuses a title over 255 characters with 400, on add and on update', async () => {
    const long = 'L'.repeat(256);
    const add = await spError(owner.web.lists.add(long));
    expect(add.status).toBe(400);
    expect(add.code).toBe('-2147024809, System.ArgumentException');
    const upd = await spError(owner.web.lists.getByTitle('Navnenyt').update({ Title: long }));
    expect(upd.status).toBe(400);
    const ok = await owner.web.lists.add('L'.repeat(255));
    expect(ok.Title).toHaveLength(255);
  });
});

describe('$select on web, user and field objects', () => {
  it('trims the web, a user and a field to the selected properties', async () => {
    const web = (await owner.web.select('Title')()) as Record<string, unknown>;
    expect(Object.keys(web).filter((k) => !k.startsWith('odata.'))).toEqual(['Title']);
    const me = (await owner.web.currentUser.select('Id', 'Email')()) as Record<string, unknown>;
    expect(Object.keys(me).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Email', 'Id']);
    const f = (await owner.web.lists.getByTitle('Navnenyt').fields.getByInternalNameOrTitle('MnArea').select('InternalName', 'Indexed')()) as Record<string, unknown>;
    expect(Object.keys(f).filter((k) => !k.startsWith('odata.')).sort()).toEqual(['Indexed', 'InternalName']);
    const many = await owner.web.lists.getByTitle('Navnenyt').fields.select('InternalName').filter("InternalName eq 'MnArea'")();
    expect(many.map((x) => Object.keys(x).filter((k) => !k.startsWith('odata.')))).toEqual([['InternalName']]);
    const users = await owner.web.siteUsers.select('Email')();
    expect(Object.keys(users[0]).filter((k) => !k.startsWith('odata.'))).toEqual(['Email']);
  });

  it('answers an unknown selected property with 400', async () => {
    const e = await spError(owner.web.select('NoSuchProperty')());
    expect(e.status).toBe(400);
    expect(e.message).toBe("The field or property 'NoSuchProperty' does not exist.");
  });
});
