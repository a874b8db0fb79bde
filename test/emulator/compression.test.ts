/**
 * The local SharePoint compresses its REST answers as SharePoint Online does: a JSON answer of 1 KB or more is gzip
 * when the client accepts it, the same JSON once unpacked; small answers, clients without gzip and files stay plain.
 */
import * as http from 'http';
import * as zlib from 'zlib';
import type { IEmulator } from '../../emulator';
import { newEmulator, USERS } from './helpers';

function get(port: number, path: string, headers: Record<string, string>): Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, headers: { host: `localhost:${port}`, authorization: `Bearer ${USERS.employee}`, ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

let emu: IEmulator;
let port: number;
const LIST = "/sites/intranet/_api/web/lists/getbytitle('Navnenyt')/items?$top=100";

beforeAll(async () => {
  emu = newEmulator({ today: '2026-11-27' });
  emu.admin.addItems('Navnenyt', Array.from({ length: 40 }, (_, i) => ({ Title: `Kollega ${i}`, MnEventType: 'Jubilæum', MnEventDate: '2026-11-27', MnConsentConfirmed: true })));
  port = Number(new URL(await emu.listen(0)).port);
});
afterAll(() => emu.close());

describe('compressed REST answers', () => {
  it('sends a large JSON answer gzip-compressed to a client that accepts it, the same JSON unpacked', async () => {
    const zipped = await get(port, LIST, { accept: 'application/json;odata=nometadata', 'accept-encoding': 'gzip, deflate' });
    const plain = await get(port, LIST, { accept: 'application/json;odata=nometadata' });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(zlib.gunzipSync(zipped.body).toString('utf8')).toBe(plain.body.toString('utf8'));
    expect(zipped.body.length).toBeLessThan(plain.body.length / 4);
    expect((JSON.parse(plain.body.toString('utf8')) as { value: unknown[] }).value).toHaveLength(40);
  });

  it('leaves a small answer plain', async () => {
    const r = await get(port, '/sites/intranet/_api/web/currentUser?$select=Id', { accept: 'application/json;odata=nometadata', 'accept-encoding': 'gzip' });
    expect(r.headers['content-encoding']).toBeUndefined();
    expect((JSON.parse(r.body.toString('utf8')) as { Id: number }).Id).toBeGreaterThan(0);
  });
});
