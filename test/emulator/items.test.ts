import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let comms: SPFI;
let jonasId: number;

beforeAll(() => {
  emu = newEmulator();
  comms = spAs(emu, USERS.comms);
  jonasId = emu.admin.userId(USERS.employee) as number;
});
afterAll(() => emu.close());

const navnenyt = (): ReturnType<SPFI['web']['lists']['getByTitle']> => comms.web.lists.getByTitle('Navnenyt');

describe('items: add, get, items(n)', () => {
  it('adds an item (201) and returns it in SharePoint shape', async () => {
    const item = await navnenyt().items.add({
      Title: 'Jonas fylder 40',
      MnEmployeeId: jonasId,
      MnEventType: 'Fødselsdag',
      MnEventDate: '2026-11-27',
      MnYears: 40,
      MnPhoto: { Url: '/sites/intranet/Billeder/jonas.jpg', Description: 'Jonas' },
      MnConsentConfirmed: true,
    });
    expect(item).toMatchObject({
      Id: 1,
      ID: 1,
      Title: 'Jonas fylder 40',
      MnEmployeeId: jonasId,
      MnEmployeeStringId: String(jonasId),
      MnEventDate: '2026-11-26T23:00:00Z',
      MnYears: 40,
      MnPhoto: { Url: '/sites/intranet/Billeder/jonas.jpg', Description: 'Jonas' },
      MnConsentConfirmed: true,
      OData__UIVersionString: '1.0',
      Attachments: false,
      AuthorId: emu.admin.userId(USERS.comms),
      FileSystemObjectType: 0,
    });
    expect(item['odata.etag']).toBe('"1"');
    expect(item['odata.editLink']).toMatch(/^Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(1\)$/);
    expect(item.Created).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    const res = await raw(emu, USERS.comms, "web/lists/getByTitle('Navnenyt')/items", { method: 'POST', body: '{"Title":"Rå"}', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(201);
    expect(res.headers.get('etag')).toMatch(/^"[0-9a-f-]{36},1"$/);
    expect(res.headers.get('location')).toMatch(/\/_api\/Web\/Lists\(guid'[0-9a-f-]{36}'\)\/Items\(2\)$/);
  });

  it('stores date-only values as local midnight in Europe/Copenhagen (summer and winter)', async () => {
    const summer = await navnenyt().items.add({ Title: 'Sommer', MnEventDate: '2026-07-01' });
    expect(summer.MnEventDate).toBe('2026-06-30T22:00:00Z');
    const iso = await navnenyt().items.add({ Title: 'ISO', MnEventDate: '2026-11-27T00:00:00Z' });
    expect(iso.MnEventDate).toBe('2026-11-26T23:00:00Z');
    const bad = await spError(navnenyt().items.add({ MnEventDate: '2026-02-30' }));
    expect(bad).toMatchObject({ status: 400, message: 'You must specify a valid date within the range of 1/1/1900 and 12/31/8900.' });
  });

  it('gets items and one item by id; a missing item is 404 with SharePoint message', async () => {
    const items = await navnenyt().items();
    expect(items.length).toBe(4);
    const one = await navnenyt().items.getById(1)();
    expect(one.Title).toBe('Jonas fylder 40');
    const err = await spError(navnenyt().items.getById(999)());
    expect(err).toEqual({ status: 404, code: '-2130575338, System.ArgumentException', message: 'Item does not exist. It may have been deleted by another user.' });
  });

  it('routes the Web/Lists(guid…)/Items(n) edit link that PnPjs builds from odata.editLink', async () => {
    const one = await navnenyt().items.getById(1)();
    const res = await raw(emu, USERS.comms, String(one['odata.editLink']));
    expect(res.status).toBe(200);
    expect(((await res.json()) as { Title: string }).Title).toBe('Jonas fylder 40');
  });

  it('rejects unknown properties, read-only fields, wrong types and __metadata in JSON light', async () => {
    const unknown = await spError(navnenyt().items.add({ Tittel: 'x' }));
    expect(unknown).toMatchObject({
      status: 400,
      code: '-1, Microsoft.SharePoint.Client.InvalidClientQueryException',
      message: "The property 'Tittel' does not exist on type 'SP.Data.NavnenytListItem'. Make sure to only use property names that are defined by the type.",
    });
    expect((await spError(navnenyt().items.add({ MnYears: 'fyrre' }))).status).toBe(400);
    expect((await spError(navnenyt().items.add({ MnConsentConfirmed: 'ja' }))).status).toBe(400);
    expect((await spError(navnenyt().items.add({ Created: '2020-01-01T00:00:00Z' }))).status).toBe(400);
    expect((await spError(navnenyt().items.add({ MnEmployeeId: 424242 }))).status).toBe(400);
    const meta = await spError(navnenyt().items.add({ MnPhoto: { __metadata: { type: 'SP.FieldUrlValue' }, Url: 'x' } }));
    expect(meta.message).toBe("The property '__metadata' does not exist on type 'SP.FieldUrlValue'. Make sure to only use property names that are defined by the type.");
  });

  it('writes person and multi-person fields as <Name>Id', async () => {
    // The only multi-person column is on the story pages in Webstedssider.
    const [pageId] = emu.admin.addPages([{ name: 'historie.aspx', title: 'Historie', canvas: [], contentType: 'Medarbejderhistorie', published: '2026-11-20T09:00:00Z' }]);
    const ids = [jonasId, emu.admin.userId(USERS.hr) as number];
    const page = comms.web.lists.getByTitle('Webstedssider').items.getById(pageId);
    await page.update({ MnPeopleId: ids });
    const item = await page.select('MnPeopleId', 'MnPeopleStringId')();
    expect(item.MnPeopleId).toEqual(ids);
    expect(item.MnPeopleStringId).toEqual(ids.map(String));
  });
});

describe('items: update with IF-Match, versions, delete and recycle', () => {
  it('updates with 204 and a new ETag; a stale ETag gives 412; the version goes up', async () => {
    const item = navnenyt().items.getById(1);
    const r1 = await item.update({ MnYears: 41 }, '"1"');
    expect(r1.etag).toMatch(/^"[0-9a-f-]{36},2"$/);
    expect((await item()).MnYears).toBe(41);
    const stale = await spError(item.update({ MnYears: 42 }, '"1"'));
    expect(stale.status).toBe(412);
    expect(stale.code).toBe('-1, Microsoft.SharePoint.Client.ClientServiceException');
    expect(stale.message).toMatch(/^The request ETag value '"1"' does not match the object's ETag value '"[0-9a-f-]{36},2"'\.$/);
    await item.update({ MnYears: 42 }, r1.etag);
    await item.update({ MnYears: 43 });
    const now = await item();
    expect(now['odata.etag']).toBe('"4"');
    expect(now.OData__UIVersionString).toBe('4.0');
    const res = await raw(emu, USERS.comms, "web/lists/getByTitle('Navnenyt')/items(1)", { method: 'POST', headers: { 'x-http-method': 'MERGE', 'if-match': '*', 'content-type': 'application/json' }, body: '{"MnYears":44}' });
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
  });

  it('keeps the version history (versioning is on for Navnenyt)', async () => {
    const versions = await navnenyt().items.getById(1).versions();
    expect(versions.map((v) => v.VersionLabel)).toEqual(['5.0', '4.0', '3.0', '2.0', '1.0']);
    expect(versions[0]).toMatchObject({ IsCurrentVersion: true, MnYears: 44, VersionId: 2560 });
    expect(versions[4]).toMatchObject({ IsCurrentVersion: false, MnYears: 40 });
  });

  it('deletes and recycles items; they are gone afterwards', async () => {
    const a = await navnenyt().items.add({ Title: 'Slet mig' });
    await navnenyt().items.getById(a.Id).delete();
    expect((await spError(navnenyt().items.getById(a.Id)())).status).toBe(404);
    const b = await navnenyt().items.add({ Title: 'Papirkurv' });
    const recycleId = await navnenyt().items.getById(b.Id).recycle();
    expect(recycleId).toMatch(/^[0-9a-f-]{36}$/);
    expect((await spError(navnenyt().items.getById(b.Id)())).status).toBe(404);
    const c = await navnenyt().items.add({ Title: 'Ny id' });
    expect(c.Id).toBeGreaterThan(b.Id);
  });
});
