import { spfi, SPBrowser } from '@pnp/sp';
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { BearerAuth } from '../../emulator/pnp';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let sp: SPFI;
/** Admin POSTs are JSON (a string body alone would be sent as text/plain, which the admin endpoints refuse). */
const JSON_TYPE = { 'content-type': 'application/json' };

beforeAll(() => {
  emu = newEmulator({ listViewThreshold: 50 });
  sp = spAs(emu, USERS.comms);
  const rows = Array.from({ length: 60 }, (_, i) => ({ Title: `Navn ${i}`, MnEventDate: `2026-12-${String(1 + (i % 28)).padStart(2, '0')}`, MnYears: i, MnEventType: 'Jubilæum', MnConsentConfirmed: true }));
  emu.admin.addItems('Navnenyt', rows);
});
afterAll(() => emu.close());

describe('list-view threshold', () => {
  const items = (): ReturnType<SPFI['web']['lists']['getByTitle']>['items'] => sp.web.lists.getByTitle('Navnenyt').items;

  it('fails non-indexed filters and orderings on a list above the threshold with SPQueryThrottledException (500)', async () => {
    const e = await spError(items().filter('MnYears gt 10')());
    expect(e).toEqual({
      status: 500,
      code: '-2147024860, Microsoft.SharePoint.SPQueryThrottledException',
      message: 'The attempted operation is prohibited because it exceeds the list view threshold.',
    });
    expect((await spError(items().orderBy('MnYears')())).status).toBe(500);
    expect((await spError(items().filter("substringof('Navn', Title)")())).status).toBe(500);
  });

  it('answers indexed filters, ID paging and unfiltered reads', async () => {
    expect((await items().filter("MnEventDate ge '2026-12-10' and MnEventDate lt '2026-12-12'")()).length).toBe(4);
    expect((await items().filter("MnEventType eq 'Jubilæum' and MnYears gt 10").top(100)()).length).toBe(49);
    expect((await items().orderBy('MnEventDate').top(5)()).length).toBe(5);
    expect((await items().top(100)()).length).toBe(60);
  });

  it('can be raised at run time; the same query then works', async () => {
    emu.admin.setListViewThreshold(5000);
    expect((await items().filter('MnYears gt 10').top(100)()).length).toBe(49);
    emu.admin.setListViewThreshold(50);
  });
});

describe('fault injection (429/503 with Retry-After) over HTTP with PnPjs retries', () => {
  let url: string;
  let httpSp: SPFI;
  beforeAll(async () => {
    url = await emu.listen(0);
    httpSp = spfi(url).using(SPBrowser({ baseUrl: url }), BearerAuth(USERS.employee));
  });

  it('answers the next N requests with 429 and Retry-After; PnPjs retries and succeeds', async () => {
    emu.admin.injectFaults({ status: 429, count: 2, retryAfter: 0 });
    const web = await httpSp.web.select('Title')();
    expect(web.Title).toBe('Intranet');
    const direct = await fetch(`${url}/_api/web`, { headers: { authorization: `Bearer ${USERS.employee}`, accept: 'application/json' } });
    expect(direct.status).toBe(200);
  });

  it('gives up after three attempts with PnPjs "Retry count exceeded" on 503', async () => {
    emu.admin.injectFaults({ status: 503, count: 3, retryAfter: 0 });
    await expect(httpSp.web()).rejects.toThrow(/Retry count exceeded/);
  });

  it('is controlled through POST/DELETE /_emulator/faults', async () => {
    const set = await fetch(`${url.replace('/sites/intranet', '')}/_emulator/faults`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ status: 429, count: 1, retryAfter: 7 }) });
    expect(set.status).toBe(200);
    const hit = await fetch(`${url}/_api/web`, { headers: { authorization: `Bearer ${USERS.employee}` } });
    expect(hit.status).toBe(429);
    expect(hit.headers.get('retry-after')).toBe('7');
    await fetch(`${url.replace('/sites/intranet', '')}/_emulator/faults`, { method: 'POST', headers: JSON_TYPE, body: JSON.stringify({ status: 503, share: 1 }) });
    expect((await fetch(`${url}/_api/web`, { headers: { authorization: `Bearer ${USERS.employee}` } })).status).toBe(503);
    await fetch(`${url.replace('/sites/intranet', '')}/_emulator/faults`, { method: 'DELETE' });
    expect((await fetch(`${url}/_api/web`, { headers: { authorization: `Bearer ${USERS.employee}` } })).status).toBe(200);
    const bad = await fetch(`${url.replace('/sites/intranet', '')}/_emulator/faults`, { method: 'POST', headers: JSON_TYPE, body: '{"status":418,"count":1}' });
    expect(bad.status).toBe(400);
  });

  it('sets "today" through POST /_emulator/today and the admin API', async () => {
    const res = await fetch(`${url.replace('/sites/intranet', '')}/_emulator/today`, { method: 'POST', headers: JSON_TYPE, body: '{"today":"2026-12-24"}' });
    expect(((await res.json()) as { today: string }).today).toBe('2026-12-24');
    const added = await spAs(emu, USERS.comms).web.lists.getByTitle('Navnenyt').items.add({ Title: 'Juleaften' });
    expect(String(added.Created).slice(0, 10)).toBe('2026-12-24');
    emu.admin.setToday(null);
    expect(emu.admin.today()).toBe('2026-11-27');
  });
});

describe('bad input never crashes the emulator', () => {
  it('answers malformed JSON, wrong body shapes and malformed OData with 400', async () => {
    const post = (body: string): Promise<Response> =>
      raw(emu, USERS.comms, "web/lists/getByTitle('Navnenyt')/items", { method: 'POST', body, headers: { 'content-type': 'application/json' } });
    for (const body of ['{"Title":', '[1,2]', '"tekst"', '{"Title": 1}']) expect((await post(body)).status).toBe(400);
    for (const q of ['$filter=((', '$top=-1', '$top=abc', '$orderby=Title%20sideways', '$skiptoken=Paged%3DFALSE', '$select=%2C%2C', '$foo=1', "$filter=Title eq 'a' and"]) {
      const res = await raw(emu, USERS.comms, `web/lists/getByTitle('Navnenyt')/items?${q}`);
      expect([q, res.status]).toEqual([q, 400]);
    }
    expect((await raw(emu, USERS.comms, "web/lists/getByTitle('Navnenyt'")).status).toBe(400);
    expect((await raw(emu, USERS.comms, 'web/lists/getByTitle(%E0%A4%A)')).status).toBe(400);
  });

  it('limits the body size with 413', async () => {
    const small = newEmulator({ maxBodyBytes: 1024 });
    const res = await raw(small, USERS.comms, "web/lists/getByTitle('Navnenyt')/items", { method: 'POST', body: JSON.stringify({ Title: 'x'.repeat(5000) }) });
    expect(res.status).toBe(413);
    const url = await small.listen(0);
    const httpRes = await fetch(`${url}/_api/web/lists/getByTitle('Navnenyt')/items`, { method: 'POST', body: 'y'.repeat(5000), headers: { authorization: `Bearer ${USERS.comms}` } });
    expect(httpRes.status).toBe(413);
    expect((await fetch(`${url}/_api/web`, { headers: { authorization: `Bearer ${USERS.comms}` } })).status).toBe(200);
    await small.close();
  });

  it('handles concurrent writes to the same item: one wins, the stale one gets 412', async () => {
    const item = sp.web.lists.getByTitle('Navnenyt').items.getById(1);
    const etag = String((await item())['odata.etag']);
    const results = await Promise.allSettled(Array.from({ length: 10 }, (_, i) => item.update({ MnYears: 100 + i }, etag)));
    expect(results.filter((r) => r.status === 'fulfilled').length).toBe(1);
    expect(results.filter((r) => r.status === 'rejected').every((r) => (r as PromiseRejectedResult).reason.status === 412)).toBe(true);
    const adds = await Promise.all(Array.from({ length: 20 }, (_, i) => sp.web.lists.getByTitle('Navnenyt').items.add({ Title: `Samtidig ${i}` })));
    expect(new Set(adds.map((a) => a.Id)).size).toBe(20);
  });
});
