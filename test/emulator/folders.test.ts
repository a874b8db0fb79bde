/**
 * The communication site's default libraries, folders and files through PnPjs: navigation, adding folders, adding,
 * reading, replacing and deleting files with odd characters (`%`, `#`, `&`, æøå) through the ResourcePath APIs,
 * the classic API refusing `#` and `%`, items(n)/file, check-out and check-in, and the same inside `$batch`.
 */
import type { SPFI } from '@pnp/sp';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let owner: SPFI;
let hr: SPFI;
const docs = '/sites/intranet/Shared Documents';

beforeAll(() => {
  emu = newEmulator();
  owner = spAs(emu, USERS.owner);
  hr = spAs(emu, USERS.hr);
});
afterAll(() => emu.close());

describe('default libraries of a communication site', () => {
  it('has Dokumenter, Webstedssider with Home.aspx and Webstedsaktiver, with Danish titles', async () => {
    const libs = await owner.web.lists.filter('BaseTemplate eq 101 or BaseTemplate eq 119').select('Title', 'BaseTemplate')();
    expect(libs.map((l) => l.Title)).toEqual(expect.arrayContaining(['Dokumenter', 'Webstedssider', 'Webstedsaktiver']));
    expect((await owner.web.defaultDocumentLibrary.select('Title')()).Title).toBe('Dokumenter');
    expect((await owner.web.defaultDocumentLibrary.rootFolder()).ServerRelativeUrl).toBe(docs);
    const home = await owner.web.getFileByServerRelativePath('/sites/intranet/SitePages/Home.aspx')();
    expect(home.Name).toBe('Home.aspx');
    expect((await owner.web.rootFolder()).WelcomePage).toBe('SitePages/Home.aspx');
    expect((await owner.web.lists.getByTitle('Webstedssider').items.getById(1).select('Title')()).Title).toBe('Hjem');
  });

  it('navigates web/folders, a folder’s folders and files, properties and listItemAllFields', async () => {
    const top = (await owner.web.folders()).map((f) => f.Name);
    expect(top).toEqual(expect.arrayContaining(['Shared Documents', 'SitePages', 'SiteAssets', 'Lists']));
    const lists = await owner.web.folders.getByUrl('Lists').folders();
    expect(lists.map((f) => f.Name)).toContain('Navnenyt');
    const pages = await owner.web.getFolderByServerRelativePath('/sites/intranet/SitePages').files();
    expect(pages.map((f) => f.Name)).toEqual(['Home.aspx']);
    const props = await owner.web.getFolderByServerRelativePath(docs).properties();
    // The property bag names the folder's library and counts its files, as SharePoint's does.
    expect(props).toMatchObject({ vti_x005f_listname: expect.stringMatching(/^\{[0-9A-F-]{36}\}$/), vti_x005f_folderitemcount: expect.any(Number) });
    const rootItem = await raw(emu, USERS.owner, `web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(docs)}')/listItemAllFields`);
    expect(await rootItem.json()).toEqual({ 'odata.null': true });
  });
});

describe('folders and files', () => {
  it('adds folders (also several levels), finds them by id and by path, and reads their item', async () => {
    const added = await owner.web.folders.addUsingPath(`${docs}/Politikker/2026`);
    expect(added.ServerRelativeUrl).toBe(`${docs}/Politikker/2026`);
    const folder = owner.web.getFolderByServerRelativePath(`${docs}/Politikker`);
    expect((await folder.folders()).map((f) => f.Name)).toEqual(['2026']);
    const info = await folder();
    expect((await owner.web.getFolderById(info.UniqueId)()).Name).toBe('Politikker');
    const item = await folder.getItem<{ FileSystemObjectType: number; Title: string }>();
    expect(item.FileSystemObjectType).toBe(1);
    await folder.addSubFolderUsingPath('Arkiv');
    expect((await folder.folders()).map((f) => f.Name).sort()).toEqual(['2026', 'Arkiv']);
  });

  it('adds, reads, replaces and deletes files whose names hold %, #, & and æøå (addUsingPath)', async () => {
    const folder = hr.web.getFolderByServerRelativePath(docs);
    for (const name of ['100% løn & pension #2.txt', 'Ærø Ø å.txt']) {
      const res = await folder.files.addUsingPath(name, `indhold af ${name}`, { Overwrite: true });
      expect(res).toMatchObject({ Name: name, ServerRelativeUrl: `${docs}/${name}` });
      const file = hr.web.getFileByServerRelativePath(`${docs}/${name}`);
      expect(await file.getText()).toBe(`indhold af ${name}`);
      await file.setContent('ny tekst');
      expect(await file.getText()).toBe('ny tekst');
      expect((await file()).UIVersionLabel).toBe('2.0');
    }
    const http = await raw(emu, USERS.employee, `${emu.siteUrl}/Shared%20Documents/100%25%20l%C3%B8n%20%26%20pension%20%232.txt`);
    expect(http.status).toBe(200);
    await hr.web.getFileByServerRelativePath(`${docs}/Ærø Ø å.txt`).delete();
    expect((await spError(hr.web.getFileByServerRelativePath(`${docs}/Ærø Ø å.txt`)())).status).toBe(404);
  });

  it('the classic files/add(url=…) refuses # and %, as SharePoint does', async () => {
    const res = await raw(emu, USERS.hr, `web/getFolderByServerRelativePath(decodedUrl='${encodeURIComponent(docs)}')/files/add(url='a%2523b.txt',overwrite=true)`, { method: 'POST', body: 'x' });
    expect(res.status).toBe(400);
    const body = (await res.json()) as Record<string, { message: { value: string } }>;
    expect(body['odata.error'].message.value).toBe('The file or folder name contains characters that are not permitted.  Please use a different name.');
    expect((await spError(hr.web.getFolderByServerRelativePath(docs).files.addUsingPath('a:b.txt', 'x'))).status).toBe(400);
  });

  it('items(n)/file reads a library item’s file; list items have none', async () => {
    const added = await owner.web.getFolderByServerRelativePath(docs).files.addUsingPath('notat.txt', 'notat', { Overwrite: true });
    const item = await owner.web.getFileByServerRelativePath(added.ServerRelativeUrl).getItem<{ Id: number }>();
    const file = await owner.web.lists.getByTitle('Dokumenter').items.getById(item.Id).file();
    expect(file.Name).toBe('notat.txt');
    emu.admin.addItems('Navnenyt', [{ Title: 'x' }]);
    expect((await spError(owner.web.lists.getByTitle('Navnenyt').items.getById(1).file())).status).toBe(404);
  });

  it('check-out locks a file for others until check-in; only the holder or a list manager checks in', async () => {
    await owner.web.getFolderByServerRelativePath(docs).files.addUsingPath('plan.txt', 'v1', { Overwrite: true });
    const mine = hr.web.getFileByServerRelativePath(`${docs}/plan.txt`);
    await mine.checkout();
    expect((await mine()).CheckOutType).toBe(0);
    expect((await spError(mine.checkout())).status).toBe(400);
    const comms = spAs(emu, USERS.comms).web.getFileByServerRelativePath(`${docs}/plan.txt`);
    expect((await spError(comms.setContent('fra Mette'))).status).toBe(423);
    await mine.setContent('v2');
    await mine.checkin('Færdig');
    const after = await comms();
    expect(after).toMatchObject({ CheckOutType: 2, CheckInComment: 'Færdig' });
    expect((await spError(comms.checkin('igen'))).status).toBe(400);
    const jonas = spAs(emu, USERS.employee).web.getFileByServerRelativePath(`${docs}/plan.txt`);
    expect((await spError(jonas.checkout())).status).toBe(403);
    expect((await spError(jonas.delete())).status).toBe(403);
  });

  it('works inside $batch: add a folder, upload, read and check out', async () => {
    const [batched, execute] = owner.batched();
    const f = batched.web.getFolderByServerRelativePath(docs);
    const p1 = f.folders.addUsingPath('Batch');
    const p2 = f.files.addUsingPath('batch #1.txt', 'fra batch', { Overwrite: true });
    const p3 = batched.web.getFileByServerRelativePath(`${docs}/plan.txt`).checkout();
    await execute();
    expect((await p1).Name).toBe('Batch');
    expect((await p2).Name).toBe('batch #1.txt');
    await p3;
    expect(await owner.web.getFileByServerRelativePath(`${docs}/batch #1.txt`).getText()).toBe('fra batch');
    expect((await owner.web.getFileByServerRelativePath(`${docs}/plan.txt`)()).CheckOutType).toBe(0);
  });

  it('deletes a folder with its content; missing folders answer 404', async () => {
    await owner.web.getFolderByServerRelativePath(`${docs}/Politikker`).delete();
    expect((await spError(owner.web.getFolderByServerRelativePath(`${docs}/Politikker/2026`)())).status).toBe(404);
    expect((await spError(owner.web.getFolderById('00000000-0000-0000-0000-000000000000')())).status).toBe(404);
  });
});
