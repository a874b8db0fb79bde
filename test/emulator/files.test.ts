import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let comms: SPFI;
let jonas: SPFI;
const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

beforeAll(() => {
  emu = newEmulator();
  comms = spAs(emu, USERS.comms);
  jonas = spAs(emu, USERS.employee);
  emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Portræt' }]);
});
afterAll(() => emu.close());

describe('attachments', () => {
  it('adds, lists, downloads and deletes attachments; each change bumps the item version', async () => {
    const item = comms.web.lists.getByTitle('Medarbejderportrætter').items.getById(1);
    const before = await item();
    const added = await item.attachmentFiles.add('foto.png', png.buffer.slice(0) as ArrayBuffer);
    expect(added.data).toMatchObject({ FileName: 'foto.png', ServerRelativeUrl: '/sites/intranet/Lists/Medarbejderportraetter/Attachments/1/foto.png' });
    const list = await item.attachmentFiles();
    expect(list.map((a) => a.FileName)).toEqual(['foto.png']);
    const bytes = new Uint8Array(await item.attachmentFiles.getByName('foto.png').getBuffer());
    expect([...bytes]).toEqual([...png]);
    const after = await item();
    expect(after.Attachments).toBe(true);
    expect(after['odata.etag']).not.toBe(before['odata.etag']);
    const stale = await spError(item.update({ Title: 'x' }, String(before['odata.etag'])));
    expect(stale.status).toBe(412);
    const expanded = await comms.web.lists.getByTitle('Medarbejderportrætter').items.select('Id', 'AttachmentFiles').expand('AttachmentFiles')();
    expect(expanded[0].AttachmentFiles[0].FileName).toBe('foto.png');
    const dup = await spError(item.attachmentFiles.add('foto.png', 'x'));
    expect(dup.status).toBe(400);
    await item.attachmentFiles.getByName('foto.png').delete();
    expect((await item.attachmentFiles()).length).toBe(0);
    expect((await spError(item.attachmentFiles.getByName('foto.png')())).status).toBe(404);
  });

  it('denies attachments to readers', async () => {
    const e = await spError(jonas.web.lists.getByTitle('Medarbejderportrætter').items.getById(1).attachmentFiles.add('x.png', 'x'));
    expect(e.status).toBe(403);
  });
});

describe('files in document libraries', () => {
  it('uploads with files/addUsingPath, downloads with $value and serves the file URL to the browser', async () => {
    const folder = comms.web.getFolderByServerRelativePath('/sites/intranet/Billeder');
    const res = await folder.files.addUsingPath('anna hansen.png', png.buffer.slice(0) as ArrayBuffer, { Overwrite: true });
    expect(res).toMatchObject({ Name: 'anna hansen.png', ServerRelativeUrl: '/sites/intranet/Billeder/anna hansen.png', Length: String(png.length) });
    const file = comms.web.getFileByServerRelativePath('/sites/intranet/Billeder/anna hansen.png');
    expect([...new Uint8Array(await file.getBuffer())]).toEqual([...png]);
    const listed = await folder.files();
    expect(listed.map((f) => f.Name)).toContain('anna hansen.png');
    const http = await raw(emu, USERS.employee, `${emu.siteUrl}/Billeder/anna%20hansen.png`);
    expect(http.status).toBe(200);
    expect(http.headers.get('content-type')).toBe('image/png');
    const item = await file.getItem<{ Id: number }>();
    expect(item.Id).toBeGreaterThan(0);
    const again = await spError(folder.files.addUsingPath('anna hansen.png', 'x', { Overwrite: false }));
    expect(again.status).toBe(400);
  });

  it('answers missing files and folders with 404 and readers cannot upload', async () => {
    expect((await spError(comms.web.getFileByServerRelativePath('/sites/intranet/Billeder/findes.png')())).status).toBe(404);
    expect((await spError(comms.web.getFolderByServerRelativePath('/sites/intranet/Findes')())).status).toBe(404);
    const e = await spError(jonas.web.getFolderByServerRelativePath('/sites/intranet/Billeder').files.addUsingPath('x.png', 'x'));
    expect(e.status).toBe(403);
  });

  it('serves files uploaded through the admin API', async () => {
    const url = emu.admin.uploadFile('/sites/intranet/Billeder', 'seed.png', png, 'image/png');
    expect(url).toBe('/sites/intranet/Billeder/seed.png');
    const res = await raw(emu, USERS.employee, `http://localhost:4321${url}`);
    expect(res.status).toBe(200);
    expect(new Uint8Array(await res.arrayBuffer()).length).toBe(png.length);
  });
});
