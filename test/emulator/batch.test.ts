import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let sp: SPFI;

beforeAll(() => {
  emu = newEmulator();
  sp = spAs(emu, USERS.comms);
  emu.admin.addItems('Navnenyt', [{ Title: 'Et' }, { Title: 'To' }]);
});
afterAll(() => emu.close());

describe('$batch as PnPjs writes and parses it', () => {
  it('runs reads and writes (changesets) in one request and resolves each promise', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Navnenyt');
    const results: unknown[] = [];
    void list.items.select('Title').orderBy('Id')().then((r) => (results[0] = r));
    for (let i = 0; i < 3; i++) void list.items.add({ Title: `Batch ${i}` }).then((r) => (results[1 + i] = r));
    void list.items.getById(1).update({ Title: 'Et (rettet)' }).then((r) => (results[4] = r));
    void list.items.getById(2)().then((r) => (results[5] = r));
    await execute();
    expect(results.length).toBe(6);
    expect((results[0] as { Title: string }[]).map((x) => x.Title)).toEqual(['Et', 'To']);
    expect((results[1] as { Title: string; Id: number }).Id).toBe(3);
    expect((results[5] as { Title: string }).Title).toBe('To');
    expect((results[4] as { etag: string }).etag).toMatch(/,2"$/);
    expect((await sp.web.lists.getByTitle('Navnenyt').items.getById(1)()).Title).toBe('Et (rettet)');
  });

  it('splits more than 20 requests into several $batch posts (50 adds)', async () => {
    const [batched, execute] = sp.batched();
    const ids: number[] = [];
    for (let i = 0; i < 50; i++) void batched.web.lists.getByTitle('Navnenyt').items.add({ Title: `Mange ${i}` }).then((r: { Id: number }) => ids.push(r.Id));
    await execute();
    expect(ids.length).toBe(50);
    expect(new Set(ids).size).toBe(50);
  });

  it('fails single parts without rolling back the others', async () => {
    const [batched, execute] = sp.batched();
    const list = batched.web.lists.getByTitle('Navnenyt');
    const outcome: string[] = [];
    list.items.add({ Title: 'Før fejl' }).then(() => (outcome[0] = 'ok1'), () => (outcome[0] = 'fail1'));
    list.items.add({ Ukendt: 'x' }).then(() => (outcome[1] = 'ok2'), (e: { status: number }) => (outcome[1] = `fail2:${e.status}`));
    list.items.getById(9999).update({ Title: 'x' }).then(() => (outcome[2] = 'ok3'), (e: { status: number }) => (outcome[2] = `fail3:${e.status}`));
    list.items.add({ Title: 'Efter fejl' }).then(() => (outcome[3] = 'ok4'), () => (outcome[3] = 'fail4'));
    await execute();
    expect(outcome).toEqual(['ok1', 'fail2:400', 'fail3:404', 'ok4']);
    const titles = (await sp.web.lists.getByTitle('Navnenyt').items.select('Title').filter("startswith(Title, 'Før') or startswith(Title, 'Efter')")()).map((i) => i.Title);
    expect(titles).toEqual(['Før fejl', 'Efter fejl']);
  });

  it('answers in the flat --batchresponse_ format with reason phrases and a closing boundary plus CRLF', async () => {
    const body = [
      '--batch_x',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `GET ${emu.siteUrl}/_api/web/lists/getByTitle('Navnenyt')/items(1)?$select=Title HTTP/1.1`,
      'accept: application/json;odata=nometadata',
      '',
      '--batch_x',
      'Content-Type: multipart/mixed; boundary="changeset_y"',
      '',
      '--changeset_y',
      'Content-Type: application/http',
      'Content-Transfer-Encoding: binary',
      '',
      `DELETE ${emu.siteUrl}/_api/web/lists/getByTitle('Navnenyt')/items(424242) HTTP/1.1`,
      'if-match: *',
      '',
      '--changeset_y--',
      '--batch_x--',
      '',
    ].join('\r\n');
    const res = await raw(emu, USERS.comms, '$batch', { method: 'POST', body, headers: { 'content-type': 'multipart/mixed; boundary=batch_x' } });
    expect(res.status).toBe(200);
    const text = await res.text();
    const boundary = /^--(batchresponse_[0-9a-f-]+)\r\n/.exec(text)?.[1];
    expect(boundary).toBeDefined();
    expect(text.endsWith(`--${boundary}--\r\n`)).toBe(true);
    expect(text).toContain('HTTP/1.1 200 OK\r\n');
    expect(text).toContain('{"Title":"Et (rettet)"}\r\n');
    expect(text).toContain('HTTP/1.1 404 Not Found\r\n');
    expect(text).not.toContain('changesetresponse');
  });

  it('answers a malformed batch body with 400 and keeps serving', async () => {
    const res = await raw(emu, USERS.comms, '$batch', { method: 'POST', body: '--batch_x\r\nno closing', headers: { 'content-type': 'multipart/mixed; boundary=batch_x' } });
    expect(res.status).toBe(400);
    const noBoundary = await raw(emu, USERS.comms, '$batch', { method: 'POST', body: 'x', headers: { 'content-type': 'text/plain' } });
    expect(noBoundary.status).toBe(400);
    expect((await spError(sp.web.lists.getByTitle('Findes ikke')())).status).toBe(404);
  });
});
