/**
 * HR sees its own rejected name news with communications' reason, and SharePoint itself refuses name news without
 * HR's consent confirmation: through the product's repositories and real PnPjs against the local SharePoint.
 */
import { createRepositories } from '../support/repositories';
import type { IRepositories } from '../support/repositories';
import { DataError } from '../../src/shared/data/errors';
import type { INewNavnenyt } from '../../src/features/navnenyt/data/INavnenytEditorRepository';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from '../emulator/helpers';

const TODAY = '2026-11-27';
let emu: IEmulator;
const as = (email: string): IRepositories => createRepositories(spAs(emu, email), emu.siteUrl);

const birthday = (name: string, email: string, eventDate: string): INewNavnenyt => ({
  type: 'birthday',
  name,
  employeeEmail: email,
  eventDate,
  showFrom: eventDate,
  showUntil: eventDate,
  message: `Kage til ${name}`,
  consentConfirmed: true,
});

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  const [anneId, boId] = emu.admin.addUsers([
    { email: 'anne.hansen@norddjurs.dk', title: 'Anne Hansen' },
    { email: 'bo.orum@norddjurs.dk', title: 'Bo Ørum' },
  ]);
  emu.admin.addItems('Privatlivsvalg', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnIntranetBirthday: true }], { authorEmail: 'anne.hansen@norddjurs.dk' });
  emu.admin.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetBirthday: true }], { authorEmail: 'bo.orum@norddjurs.dk' });
});
afterEach(async () => {
  await emu.close();
});

describe('Afviste indsendelser', () => {
  it('shows HR its own rejected submissions with communications’ reason, and nobody else’s', async () => {
    const hr = as(USERS.hr);
    const anne = await hr.navnenytEditor.submit(birthday('Anne Hansen', 'anne.hansen@norddjurs.dk', '2026-12-10'));
    await hr.navnenytEditor.submit(birthday('Bo Ørum', 'bo.orum@norddjurs.dk', '2026-12-12'));
    const comms = as(USERS.comms).navnenytEditor;
    const pending = await comms.getItem(anne.id);
    await comms.decide(anne.id, 'rejected', 'Anne ønsker ikke kage. Skriv beskeden om, og send den igen.', pending.etag ?? '*');

    const mine = await hr.rejected.getMine(TODAY);
    expect(mine.map((i) => [i.name, i.type, i.eventDate, i.approval, i.approvalComment])).toEqual([
      ['Anne Hansen', 'birthday', '2026-12-10', 'rejected', 'Anne ønsker ikke kage. Skriv beskeden om, og send den igen.'],
    ]);
    expect(await as(USERS.employee).rejected.getMine(TODAY)).toEqual([]);
    expect(await as(USERS.comms).rejected.getMine(TODAY)).toEqual([]);
    // An occasion long past is no longer HR's business.
    expect(await hr.rejected.getMine('2026-12-11')).toEqual([]);
  });

  it('lets HR put a rejected submission in the recycle bin once it is sent again', async () => {
    const hr = as(USERS.hr);
    const anne = await hr.navnenytEditor.submit(birthday('Anne Hansen', 'anne.hansen@norddjurs.dk', '2026-12-10'));
    const comms = as(USERS.comms).navnenytEditor;
    await comms.decide(anne.id, 'rejected', 'Forkert dato', (await comms.getItem(anne.id)).etag ?? '*');
    await hr.navnenytEditor.submit(birthday('Anne Hansen', 'anne.hansen@norddjurs.dk', '2026-12-11'));
    await hr.rejected.discard(anne.id);
    expect(await hr.rejected.getMine(TODAY)).toEqual([]);
    expect((await comms.getPending()).map((i) => i.eventDate)).toEqual(['2026-12-11']);
  });
});

describe('HR’s consent confirmation is SharePoint’s rule, not only the form’s', () => {
  it('refuses a submission without the confirmation with the list’s Danish message', async () => {
    const error = await as(USERS.hr)
      .navnenytEditor.submit({ ...birthday('Anne Hansen', 'anne.hansen@norddjurs.dk', '2026-12-10'), consentConfirmed: false })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('invalid');
    expect((error as DataError).status).toBe(400);
    // SharePoint's own Danish text stays in the message for the console; users see loc's text for the kind.
    expect((error as DataError).message).toMatch(/bekræftet samtykke/);
    expect(await as(USERS.comms).navnenytEditor.getPending()).toEqual([]);
  });
});
