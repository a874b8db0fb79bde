/**
 * List validation (a formula on the list, `<Validation Message="…">=formula</Validation>` in the schema's MetaData):
 * evaluated on every add and every update over REST, approval and rejection included, with SharePoint's 400 answer.
 * Navnenyt's rule: an item with an occasion is saved only with the employee's consent confirmed, so an unconfirmed
 * item can never be approved.
 */
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
let hr: SPFI;
let comms: SPFI;
const navnenyt = (sp: SPFI): ReturnType<SPFI['web']['lists']['getByTitle']> => sp.web.lists.getByTitle('Navnenyt');
const MESSAGE = /samtykke/i;

beforeEach(() => {
  emu = newEmulator();
  hr = spAs(emu, USERS.hr);
  comms = spAs(emu, USERS.comms);
});
afterEach(() => emu.close());

describe('Navnenyt list validation', () => {
  it('is provisioned from the schema and readable on the list', async () => {
    const list = await navnenyt(spAs(emu, USERS.owner)).select('ValidationFormula', 'ValidationMessage')();
    expect(list.ValidationFormula).toMatch(/MnConsentConfirmed/);
    expect(list.ValidationMessage).toMatch(MESSAGE);
  });

  it('refuses an unconfirmed name news item from HR with SharePoint’s 400', async () => {
    const e = await spError(navnenyt(hr).items.add({ Title: 'Anne Hansen', MnEventType: 'Fødselsdag', MnEventDate: '2026-12-10', MnConsentConfirmed: false }));
    expect(e.status).toBe(400);
    expect(e.code).toBe('-2130575163, Microsoft.SharePoint.SPException');
    expect(e.message).toMatch(MESSAGE);
    const missing = await spError(navnenyt(hr).items.add({ Title: 'Anne Hansen', MnEventType: 'Fødselsdag', MnEventDate: '2026-12-10' }));
    expect(missing.status).toBe(400);
    expect(emu.admin.itemCount('Navnenyt')).toBe(0);
  });

  it('accepts a confirmed item, and refuses taking the confirmation away afterwards', async () => {
    const added = await navnenyt(hr).items.add({ Title: 'Anne Hansen', MnEventType: 'Fødselsdag', MnEventDate: '2026-12-10', MnConsentConfirmed: true });
    expect(added.OData__ModerationStatus).toBe(2);
    const e = await spError(navnenyt(hr).items.getById(added.Id as number).update({ MnConsentConfirmed: false }));
    expect(e).toMatchObject({ status: 400, code: '-2130575163, Microsoft.SharePoint.SPException' });
    expect((await navnenyt(hr).items.getById(added.Id as number).select('MnConsentConfirmed')()).MnConsentConfirmed).toBe(true);
  });

  it('makes an unconfirmed item impossible to approve over REST, however it got into the list', async () => {
    const [id] = emu.admin.addItems('Navnenyt', [{ Title: 'Bo Ørum', MnEventType: 'Jubilæum', MnEventDate: '2026-12-15', MnYears: 40, MnConsentConfirmed: false }], { approval: 'pending', authorEmail: USERS.hr });
    const e = await spError(navnenyt(comms).items.getById(id).update({ OData__ModerationStatus: 0, OData__ModerationComments: '' }));
    expect(e).toMatchObject({ status: 400, code: '-2130575163, Microsoft.SharePoint.SPException' });
    expect((await navnenyt(comms).items.getById(id).select('OData__ModerationStatus')()).OData__ModerationStatus).toBe(2);
    // As a raw request too, and inside a $batch.
    const res = await raw(emu, USERS.comms, `web/lists/getByTitle('Navnenyt')/items(${id})`, {
      method: 'POST',
      headers: { 'x-http-method': 'MERGE', 'if-match': '*', 'content-type': 'application/json' },
      body: '{"OData__ModerationStatus":0}',
    });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { 'odata.error': { code: string } })['odata.error'].code).toBe('-2130575163, Microsoft.SharePoint.SPException');
    const [batched, execute] = comms.batched();
    const inBatch = navnenyt(batched).items.getById(id).update({ OData__ModerationStatus: 0 });
    await execute();
    expect(await spError(inBatch)).toMatchObject({ status: 400, code: '-2130575163, Microsoft.SharePoint.SPException' });
  });

  it('leaves items without an occasion alone (they are not name news and the product never shows them)', async () => {
    const added = await navnenyt(hr).items.add({ Title: 'Uden begivenhed' });
    expect(added.Id).toBeGreaterThan(0);
  });
});
