/**
 * The site's recycle bin: `recycle()` on a file, on a library item, on a folder and on a list item moves it to
 * `web/recycleBin` (SP.RecycleBinItem: Id, ItemType, LeafName, DirName, Title, DeletedBy…) instead of deleting it, and
 * `restore()` brings it back where it was (same item id, bytes, attachments). DELETE still deletes for good. Users see
 * what they deleted themselves; site collection administrators see everything.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/recycle-bin';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;
let comms: SPFI;

beforeEach(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
  comms = spAs(emu, USERS.comms);
});
afterEach(() => emu.close());

const DOCS = '/sites/intranet/Shared Documents';
const text = (s: string): ArrayBuffer => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('files', () => {
  it('file.recycle() moves the file to the recycle bin; restore() brings it back with its bytes', async () => {
    await owner.web.getFolderByServerRelativePath(DOCS).files.addUsingPath('plan æ#%.txt', text('indhold'), { Overwrite: true });
    const file = owner.web.getFileByServerRelativePath(`${DOCS}/plan æ#%.txt`);
    const id = await file.recycle();
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect((await spError(file())).status).toBe(404);
    expect((await owner.web.getFolderByServerRelativePath(DOCS).files()).map((f) => f.Name)).not.toContain('plan æ#%.txt');

    const bin = await owner.web.recycleBin();
    expect(bin).toHaveLength(1);
    expect(bin[0]).toMatchObject({ Id: id, ItemType: 1, ItemState: 1, LeafName: 'plan æ#%.txt', DirName: 'sites/intranet/Shared Documents', DeletedByEmail: USERS.owner, Size: '7' }); // Int64: a string in JSON
    expect(await owner.web.recycleBin.getById(id)()).toMatchObject({ Id: id, LeafName: 'plan æ#%.txt' });

    await owner.web.recycleBin.getById(id).restore();
    expect(new TextDecoder().decode(await file.getBuffer())).toBe('indhold');
    expect(await owner.web.recycleBin()).toEqual([]);
  });

  it('recycle() on a library item recycles its file, and on a folder everything in it', async () => {
    await owner.web.getFolderByServerRelativePath(DOCS).files.addUsingPath('a.txt', text('a'));
    const item = await owner.web.getFileByServerRelativePath(`${DOCS}/a.txt`).getItem<{ Id: number }>();
    await owner.web.lists.getByTitle('Dokumenter').items.getById(item.Id).recycle();
    expect((await spError(owner.web.getFileByServerRelativePath(`${DOCS}/a.txt`)())).status).toBe(404);
    expect((await owner.web.recycleBin()).map((r) => [r.ItemType, r.LeafName])).toEqual([[1, 'a.txt']]);

    await owner.web.getFolderByServerRelativePath(DOCS).folders.addUsingPath('Mappe');
    await owner.web.getFolderByServerRelativePath(`${DOCS}/Mappe`).files.addUsingPath('b.txt', text('bb'));
    const folderId = await owner.web.getFolderByServerRelativePath(`${DOCS}/Mappe`).recycle();
    expect((await spError(owner.web.getFileByServerRelativePath(`${DOCS}/Mappe/b.txt`)())).status).toBe(404);
    expect(await owner.web.recycleBin.getById(folderId as unknown as string)()).toMatchObject({ ItemType: 5, LeafName: 'Mappe' });
    await owner.web.recycleBin.getById(folderId as unknown as string).restore();
    expect(new TextDecoder().decode(await owner.web.getFileByServerRelativePath(`${DOCS}/Mappe/b.txt`).getBuffer())).toBe('bb');
  });

  it('DELETE deletes for good: nothing lands in the recycle bin', async () => {
    await owner.web.getFolderByServerRelativePath(DOCS).files.addUsingPath('c.txt', text('c'));
    await owner.web.getFileByServerRelativePath(`${DOCS}/c.txt`).delete();
    expect(await owner.web.recycleBin()).toEqual([]);
  });

  it('restoring onto a name that is taken again fails and keeps the recycle-bin item', async () => {
    const folder = owner.web.getFolderByServerRelativePath(DOCS);
    await folder.files.addUsingPath('d.txt', text('gammel'));
    const id = await owner.web.getFileByServerRelativePath(`${DOCS}/d.txt`).recycle();
    await folder.files.addUsingPath('d.txt', text('ny'));
    expect((await spError(owner.web.recycleBin.getById(id).restore())).status).toBe(400);
    expect(await owner.web.recycleBin()).toHaveLength(1);
  });
});

describe('list items', () => {
  it('item.recycle() keeps the item, its attachments and versions in the recycle bin; restore() brings back the same id', async () => {
    const list = comms.web.lists.getByTitle('Navnenyt');
    const added = await list.items.add({ Title: 'Genskab mig' });
    await list.items.getById(added.Id as number).attachmentFiles.add('a.txt', 'vedhæftet');
    const id = await list.items.getById(added.Id as number).recycle();
    expect((await spError(list.items.getById(added.Id as number)())).status).toBe(404);

    const mine = await comms.web.recycleBin();
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ Id: id, ItemType: 3, Title: 'Genskab mig', LeafName: `${String(added.Id)}_.000`, DirName: 'sites/intranet/Lists/Navnenyt', DeletedByEmail: USERS.comms });

    await comms.web.recycleBin.getById(id).restore();
    const back = await list.items.getById(added.Id as number)();
    expect(back.Title).toBe('Genskab mig');
    expect((await list.items.getById(added.Id as number).attachmentFiles()).map((a) => a.FileName)).toEqual(['a.txt']);
    expect((await list.items.getById(added.Id as number).versions()).length).toBeGreaterThan(0);
  });
});

describe('who sees the recycle bin', () => {
  it('users see what they deleted; site collection administrators see everything; restoring another user’s item is denied', async () => {
    const list = comms.web.lists.getByTitle('Navnenyt');
    const added = await list.items.add({ Title: 'Kommunikations' });
    const id = await list.items.getById(added.Id as number).recycle();
    expect(await spAs(emu, USERS.hr).web.recycleBin()).toEqual([]);
    expect((await owner.web.recycleBin()).map((r) => r.Id)).toEqual([id]);
    expect((await spError(spAs(emu, USERS.hr).web.recycleBin.getById(id)())).status).toBe(404);
    expect((await raw(emu, USERS.hr, `web/recycleBin('${id}')/restore`, { method: 'POST' })).status).toBe(404);
    expect((await raw(emu, USERS.employee, 'web/recycleBin')).status).toBe(200);
  });
});

describe('attachments', () => {
  it('attachment.recycleObject() moves one attachment to the recycle bin, the item stays; restore() puts it back', async () => {
    const [id] = emu.admin.addItems('Navnenyt', [{ Title: 'Anne Hansen', MnEventType: 'Jubilæum', MnEventDate: '2026-11-27', MnConsentConfirmed: true }]);
    emu.admin.addAttachment('Navnenyt', id, 'anne.jpg', new Uint8Array([1, 2, 3]));
    const item = owner.web.lists.getByTitle('Navnenyt').items.getById(id);
    await item.attachmentFiles.getByName('anne.jpg').recycle();
    expect(await item.attachmentFiles()).toEqual([]);
    expect(((await item()) as { Title: string }).Title).toBe('Anne Hansen');
    const bin = await owner.web.recycleBin();
    expect(bin).toHaveLength(1);
    expect(bin[0]).toMatchObject({ ItemType: 7, LeafName: 'anne.jpg', DirName: `sites/intranet/Lists/Navnenyt/Attachments/${id}`, Size: '3' });
    await owner.web.recycleBin.getById(bin[0].Id).restore();
    expect((await item.attachmentFiles()).map((f) => f.FileName)).toEqual(['anne.jpg']);
    expect(await owner.web.recycleBin()).toEqual([]);
  });

  it('DELETE on an attachment deletes it for good', async () => {
    const [id] = emu.admin.addItems('Navnenyt', [{ Title: 'Bo Berg', MnEventType: 'Jubilæum', MnEventDate: '2026-11-27', MnConsentConfirmed: true }]);
    emu.admin.addAttachment('Navnenyt', id, 'bo.jpg', new Uint8Array([1]));
    await owner.web.lists.getByTitle('Navnenyt').items.getById(id).attachmentFiles.getByName('bo.jpg').delete();
    expect(await owner.web.recycleBin()).toEqual([]);
  });
});
