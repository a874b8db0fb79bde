import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let hr: SPFI;
let comms: SPFI;
let jonas: SPFI;
let sofie: SPFI;

beforeAll(() => {
  emu = newEmulator();
  hr = spAs(emu, USERS.hr);
  comms = spAs(emu, USERS.comms);
  jonas = spAs(emu, USERS.employee);
  sofie = spAs(emu, USERS.employee2);
  emu.admin.addItems('Navnenyt', [{ Title: 'Godkendt' }]);
  emu.admin.addItems('Navnenyt', [{ Title: 'Afventer (seed)' }], { approval: 'pending', authorEmail: USERS.hr });
});
afterAll(() => emu.close());

const titles = async (sp: SPFI, list = 'Navnenyt'): Promise<string[]> => (await sp.web.lists.getByTitle(list).items.select('Title').orderBy('Id')()).map((i) => i.Title);

describe('content approval', () => {
  it('puts items from non-approvers in pending; readers see approved items only, authors their own, approvers all', async () => {
    const added = await hr.web.lists.getByTitle('Navnenyt').items.add({ Title: 'Fra HR' });
    expect(added.OData__ModerationStatus).toBe(2);
    expect(await titles(jonas)).toEqual(['Godkendt']);
    expect(await titles(hr)).toEqual(['Godkendt', 'Afventer (seed)', 'Fra HR']);
    expect(await titles(comms)).toEqual(['Godkendt', 'Afventer (seed)', 'Fra HR']);
    expect((await spError(jonas.web.lists.getByTitle('Navnenyt').items.getById(added.Id)())).status).toBe(404);
  });

  it('lets approvers approve or reject with a comment (MERGE of OData__ModerationStatus); others get 403', async () => {
    const item = comms.web.lists.getByTitle('Navnenyt').items.getById(3);
    const denied = await spError(hr.web.lists.getByTitle('Navnenyt').items.getById(3).update({ OData__ModerationStatus: 0 }));
    expect(denied.status).toBe(403);
    await item.update({ OData__ModerationStatus: 1, OData__ModerationComments: 'Mangler samtykke' });
    expect(await item.select('OData__ModerationStatus', 'OData__ModerationComments')()).toMatchObject({ OData__ModerationStatus: 1, OData__ModerationComments: 'Mangler samtykke' });
    expect(await titles(jonas)).toEqual(['Godkendt']);
    await item.update({ OData__ModerationStatus: 0, OData__ModerationComments: 'OK' });
    expect(await titles(jonas)).toEqual(['Godkendt', 'Fra HR']);
    const pending = await comms.web.lists.getByTitle('Navnenyt').items.filter('OData__ModerationStatus eq 2').select('Title')();
    expect(pending.map((p) => p.Title)).toEqual(['Afventer (seed)']);
  });

  it('sends an approved item back to pending when a non-approver edits it', async () => {
    await hr.web.lists.getByTitle('Navnenyt').items.getById(3).update({ Title: 'Fra HR, rettet' });
    expect(await titles(jonas)).toEqual(['Godkendt']);
    const approved = await comms.web.lists.getByTitle('Navnenyt').items.add({ Title: 'Fra kommunikation' });
    expect(approved.OData__ModerationStatus).toBe(0);
  });
});

describe('list permissions per SharePoint group', () => {
  it('lets employees read but not write Navnenyt', async () => {
    const e = await spError(jonas.web.lists.getByTitle('Navnenyt').items.add({ Title: 'Nej' }));
    expect(e).toEqual({ status: 403, code: '-2147024891, System.UnauthorizedAccessException', message: 'Access denied. You do not have permission to perform this action or access this resource.' });
    expect((await spError(jonas.web.lists.getByTitle('Navnenyt').items.getById(1).update({ Title: 'Nej' }))).status).toBe(403);
    expect((await spError(jonas.web.lists.getByTitle('Navnenyt').items.getById(1).delete())).status).toBe(403);
  });

  it('keeps Medarbejdere for HR: employees and communications get 404 as if it did not exist', async () => {
    emu.admin.addItems('Medarbejdere', [{ Title: 'Jonas', MnEmail: USERS.employee, MnBirthDate: '1986-11-27' }]);
    expect(await titles(hr, 'Medarbejdere')).toEqual(['Jonas']);
    expect((await spError(jonas.web.lists.getByTitle('Medarbejdere').items())).status).toBe(404);
    expect((await spError(comms.web.lists.getByTitle('Medarbejdere').items())).status).toBe(404);
  });

  it('lets communications edit stories and portraits, HR not', async () => {
    await comms.web.lists.getByTitle('Medarbejderportrætter').items.add({ Title: 'Portræt', MnProfession: 'Pædagog' });
    expect((await spError(hr.web.lists.getByTitle('Medarbejderportrætter').items.add({ Title: 'x' }))).status).toBe(403);
    expect(await titles(jonas, 'Medarbejderportrætter')).toEqual(['Portræt']);
  });
});

describe('item-level read/write security', () => {
  it('Privatlivsvalg (WriteSecurity=2): everyone reads, each employee edits only their own item, HR edits all', async () => {
    const list = (sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Privatlivsvalg');
    const mine = await list(jonas).items.add({ Title: 'Jonas', MnEmployeeId: emu.admin.userId(USERS.employee), MnIntranetBirthday: true });
    const hers = await list(sofie).items.add({ Title: 'Sofie', MnIntranetBirthday: false });
    expect(await titles(jonas, 'Privatlivsvalg')).toEqual(['Jonas', 'Sofie']);
    await list(jonas).items.getById(mine.Id).update({ MnIntranetBirthday: false });
    const denied = await spError(list(jonas).items.getById(hers.Id).update({ MnIntranetBirthday: true }));
    expect(denied.status).toBe(403);
    await list(hr).items.getById(hers.Id).update({ MnIntranetBirthday: true });
    expect((await list(sofie).items.getById(hers.Id)()).MnIntranetBirthday).toBe(true);
  });

  it('ReadSecurity=2 shows users only their own items; list managers see all', async () => {
    const owner = spAs(emu, USERS.owner);
    await owner.web.lists.add('Egne', '', 100, false, { ReadSecurity: 2, WriteSecurity: 2 });
    const [jonasItem] = emu.admin.addItems('Egne', [{ Title: 'Jonas egen' }], { authorEmail: USERS.employee });
    emu.admin.addItems('Egne', [{ Title: 'Sofies egen' }], { authorEmail: USERS.employee2 });
    expect(await titles(owner, 'Egne')).toEqual(['Jonas egen', 'Sofies egen']);
    expect(await titles(jonas, 'Egne')).toEqual(['Jonas egen']);
    expect(await titles(sofie, 'Egne')).toEqual(['Sofies egen']);
    expect((await spError(sofie.web.lists.getByTitle('Egne').items.getById(jonasItem)())).status).toBe(404);
  });
});
