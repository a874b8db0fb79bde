/**
 * What SharePoint refuses or does on its own, so the local SharePoint must too (issue 9, items 11–14): attachment
 * changes by non-approvers send a published item back to pending, uploaded files are never served as pages, and
 * oversized or malformed input gets SharePoint's 400 (never 500, never a blocked server).
 */
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { MAX_ORDER_KEYS } from '../../emulator/limits';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let comms: SPFI;
let hr: SPFI;

beforeAll(() => {
  emu = newEmulator();
  comms = spAs(emu, USERS.comms);
  hr = spAs(emu, USERS.hr);
});
afterAll(() => emu.close());

const png = (): ArrayBuffer => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]).buffer;
const status = async (sp: SPFI, id: number): Promise<number> =>
  (await sp.web.lists.getByTitle('Navnenyt').items.getById(id).select('OData__ModerationStatus')()).OData__ModerationStatus as number;

describe('content approval covers attachments (SharePoint sends the item back to pending)', () => {
  const published = (): number => emu.admin.addItems('Navnenyt', [{ Title: 'Godkendt med foto' }], { authorEmail: USERS.hr })[0];
  const item = (sp: SPFI, id: number): ReturnType<ReturnType<SPFI['web']['lists']['getByTitle']>['items']['getById']> =>
    sp.web.lists.getByTitle('Navnenyt').items.getById(id);

  it('a non-approver adding an attachment to an approved item makes it pending (2)', async () => {
    const id = published();
    await item(hr, id).attachmentFiles.add('foto.png', png());
    expect(await status(comms, id)).toBe(2);
  });

  it('a non-approver replacing or deleting an attachment of an approved item makes it pending (2)', async () => {
    const id = published();
    emu.admin.addAttachment('Navnenyt', id, 'foto.png', new Uint8Array(png()));
    expect(await status(comms, id)).toBe(0);
    await item(hr, id).attachmentFiles.getByName('foto.png').setContent(png());
    expect(await status(comms, id)).toBe(2);
    await item(comms, id).update({ OData__ModerationStatus: 0 });
    await item(hr, id).attachmentFiles.getByName('foto.png').delete();
    expect(await status(comms, id)).toBe(2);
  });

  it('an approver changing attachments keeps the item approved', async () => {
    const id = published();
    await item(comms, id).attachmentFiles.add('foto.png', png());
    await item(comms, id).attachmentFiles.getByName('foto.png').setContent(png());
    expect(await status(comms, id)).toBe(0);
  });
});

describe('uploaded files are downloads unless they are plain raster images', () => {
  const get = (path: string): Promise<Response> => raw(emu, USERS.employee, `${emu.siteUrl}${path}`);

  it('serves .html and .svg files and attachments as attachment downloads with nosniff', async () => {
    const html = new TextEncoder().encode('<script>alert(1)</script>');
    emu.admin.uploadFile('/sites/intranet/Billeder', 'side.html', html);
    emu.admin.uploadFile('/sites/intranet/Billeder', 'tegning.svg', html, 'image/svg+xml');
    const [id] = emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Med vedhæftning' }]);
    emu.admin.addAttachment('Medarbejderportrætter', id, 'side.html', html);
    for (const path of ['/Billeder/side.html', '/Billeder/tegning.svg', `/Lists/Medarbejderportraetter/Attachments/${id}/side.html`]) {
      const res = await get(path);
      expect([path, res.status, res.headers.get('content-disposition')]).toEqual([path, 200, expect.stringMatching(/^attachment; filename/)]);
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    }
  });

  it('serves jpeg, png, gif and webp inline, with nosniff', async () => {
    emu.admin.uploadFile('/sites/intranet/Billeder', 'foto.png', new Uint8Array(png()), 'image/png');
    const res = await get('/Billeder/foto.png');
    expect(res.headers.get('content-type')).toBe('image/png');
    expect(res.headers.get('content-disposition')).toBeNull();
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('rejects control characters and forbidden characters in file and attachment names with 400', async () => {
    const folder = comms.web.getFolderByServerRelativePath('/sites/intranet/Billeder');
    const [id] = emu.admin.addItems('Medarbejderportrætter', [{ Title: 'Navne' }]);
    for (const name of ['a\u0000.png', 'a\u0007b.png', 'a\nb.png', 'a|b.png', 'a"b.png']) {
      const file = await spError(folder.files.addUsingPath(name, png(), { Overwrite: true }));
      expect([JSON.stringify(name), file.status, file.message]).toEqual([JSON.stringify(name), 400, expect.stringContaining('characters that are not permitted')]);
      const att = await spError(comms.web.lists.getByTitle('Medarbejderportrætter').items.getById(id).attachmentFiles.add(name, png()));
      expect([JSON.stringify(name), att.status]).toEqual([JSON.stringify(name), 400]);
    }
  });
});

/** A raw $batch body with the given request parts (each part: method and site-relative or absolute URL). */
function batchBody(parts: string[]): string {
  const lines: string[] = [];
  for (const p of parts) lines.push('--batch_x', 'Content-Type: application/http', 'Content-Transfer-Encoding: binary', '', p, 'Accept: application/json', '', '');
  lines.push('--batch_x--', '');
  return lines.join('\r\n');
}

const postBatch = (body: string): Promise<Response> =>
  raw(emu, USERS.comms, '$batch', { method: 'POST', body, headers: { 'content-type': 'multipart/mixed; boundary=batch_x' } });

async function errorOf(res: Response): Promise<{ status: number; message: string }> {
  const body = (await res.json()) as { 'odata.error': { message: { value: string } } };
  return { status: res.status, message: body['odata.error'].message.value };
}

describe('limits on $batch and $filter: 400 with a clear message, never 500', () => {
  const web = (): string => `GET ${emu.siteUrl}/_api/web?$select=Title HTTP/1.1`;

  it('runs 100 requests in one $batch and refuses 101 (and 5,000) before running any, with a short answer', async () => {
    expect((await postBatch(batchBody(Array.from({ length: 100 }, web)))).status).toBe(200);
    expect(await errorOf(await postBatch(batchBody(Array.from({ length: 101 }, web))))).toEqual({ status: 400, message: expect.stringContaining('at most 100 requests') });
    const big = await postBatch(batchBody(Array.from({ length: 5000 }, web)));
    expect(big.status).toBe(400);
    // Refused as a whole: one short error, not 5,000 answers (it was 263 MB).
    expect((await big.text()).length).toBeLessThan(2000);
  });

  it('refuses change sets inside change sets, however deep', async () => {
    const depth = 5000;
    const open = Array.from({ length: depth }, (_, i) => `--b${i}\r\nContent-Type: multipart/mixed; boundary=b${i + 1}\r\n\r\n`).join('');
    const close = Array.from({ length: depth }, (_, i) => `--b${depth - i}--\r\n`).join('');
    const body = `${open}--b${depth}\r\nContent-Type: application/http\r\n\r\n${web()}\r\n\r\n${close}--b0--\r\n`;
    const res = await raw(emu, USERS.comms, '$batch', { method: 'POST', body, headers: { 'content-type': 'multipart/mixed; boundary=b0' } });
    expect(await errorOf(res)).toEqual({ status: 400, message: expect.stringContaining('change set') });
  });

  it('refuses a $batch part addressed to another host', async () => {
    const res = await postBatch(batchBody(['GET http://evil.example/sites/intranet/_api/web HTTP/1.1']));
    expect(await errorOf(res)).toEqual({ status: 400, message: expect.stringContaining('http://evil.example/sites/intranet/_api/web') });
  });

  const filter = (f: string): Promise<Response> => raw(emu, USERS.comms, `web/lists/getByTitle('Navnenyt')/items?$filter=${encodeURIComponent(f)}`);

  it('answers deeply nested parentheses in $filter with 400', async () => {
    const deep = `${'('.repeat(200000)}Id eq 1${')'.repeat(200000)}`;
    expect(await errorOf(await filter(deep))).toEqual({ status: 400, message: expect.stringContaining('nested') });
    expect((await filter(`${'('.repeat(20)}Id eq 1${')'.repeat(20)}`)).status).toBe(200);
  });

  it('answers $filter with too many conditions with 400; 100 conditions work', async () => {
    const chain = (n: number): string => Array.from({ length: n }, (_, i) => `Id eq ${i + 1}`).join(' or ');
    expect((await filter(chain(100))).status).toBe(200);
    expect(await errorOf(await filter(chain(101)))).toEqual({ status: 400, message: expect.stringContaining('at most 100 conditions') });
    expect((await filter(chain(5000))).status).toBe(400);
  });

  it('answers $orderby with too many keys with 400 (20,000 keys answered 500); a few keys work', async () => {
    const orderBy = (n: number): Promise<Response> =>
      raw(emu, USERS.comms, `web/lists/getByTitle('Navnenyt')/items?$orderby=${Array.from({ length: n }, (_, i) => (i % 2 ? 'Title' : 'ID')).join(',')}`);
    expect((await orderBy(3)).status).toBe(200);
    expect(await errorOf(await orderBy(MAX_ORDER_KEYS + 1))).toEqual({ status: 400, message: expect.stringContaining(`at most ${MAX_ORDER_KEYS} fields`) });
    expect((await orderBy(20000)).status).toBe(400);
  });
});

describe('values SharePoint refuses', () => {
  const add = (body: Record<string, unknown>, list = 'Navnenyt'): Promise<Response> =>
    raw(emu, USERS.comms, `web/lists/getByTitle('${list}')/items`, { method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json' } });

  it('refuses control characters other than tab, CR and LF in text, with 400', async () => {
    for (const body of [{ Title: 'a\u0000b' }, { MnMessage: 'x\u001fy' }, { Title: 'a\u000bb' }]) {
      expect(await errorOf(await add(body))).toEqual({ status: 400, message: expect.stringContaining('not allowed') });
    }
    expect((await add({ Title: 'Tab\tog', MnMessage: 'linje 1\r\nlinje 2' })).status).toBe(201);
  });

  it('refuses plain multi-line text above 63,999 characters', async () => {
    expect((await add({ Title: 'Lang', MnMessage: 'x'.repeat(63999) })).status).toBe(201);
    expect(await errorOf(await add({ Title: 'For lang', MnMessage: 'x'.repeat(2 * 1024 * 1024) }))).toEqual({ status: 400, message: expect.stringContaining('63999') });
  });

  it('refuses URL values above 255 characters', async () => {
    const url = (n: number): string => `https://norddjurs.dk/${'a'.repeat(n - 21)}`;
    expect((await add({ Title: 'Kort', MnJobAdvertUrl: { Url: url(255), Description: 'Stilling' } }, 'Medarbejderportrætter')).status).toBe(201);
    const e = await errorOf(await add({ Title: 'Lang', MnJobAdvertUrl: { Url: url(10000), Description: 'Stilling' } }, 'Medarbejderportrætter'));
    expect(e).toEqual({ status: 400, message: expect.stringContaining('255') });
  });
});
