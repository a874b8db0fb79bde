/**
 * Issue 9, item 2: nothing the person has not allowed at that moment is written into Navnenyt, which every employee
 * can read over REST, and nothing the reader does not need (the payroll employee number) is stored at all.
 * The editor repository reads the person's choices when HR submits and when communications approves.
 */
import '@pnp/sp/fields';
import { DataError } from '../../src/shared/data/errors';
import type { INewNavnenyt } from '../../src/features/navnenyt/data/INavnenytEditorRepository';
import { emptyConsentMatrix, withChoice } from '../../src/features/privacy/domain/consent';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, USERS } from '../emulator/helpers';
import { ANNE, BO, PHOTO, reposAs, restRows, seedPeople, TODAY } from './privacySeed';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(() => emu.close());

const birthday = (email: string, name: string, extra: Partial<INewNavnenyt> = {}): INewNavnenyt => ({
  type: 'birthday', name, employeeEmail: email, eventDate: '2026-12-10', years: 60, workplace: 'Hjemmeplejen Syd',
  showFrom: '2026-12-03', showUntil: '2026-12-13', consentConfirmed: true, ...extra,
});

async function publish(submission: INewNavnenyt): Promise<number> {
  const saved = await reposAs(emu, USERS.hr).navnenytEditor.submit(submission);
  const comms = reposAs(emu, USERS.comms).navnenytEditor;
  await comms.decide(saved.id, 'approved', '', (await comms.getItem(saved.id)).etag ?? '*');
  return saved.id;
}

describe('what HR\'s submission stores', () => {
  it('no age for a person who said no to it: an employee reading the list over REST finds no MnYears', async () => {
    seedPeople(emu);
    await publish(birthday(BO, 'Bo Ørum'));
    const rows = await restRows(emu, USERS.employee, 'Navnenyt', 'Title,MnEventDate,MnYears');
    expect(rows.map((r) => [r.Title, r.MnYears ?? null])).toEqual([['Bo Ørum', null]]);
  });

  it('the age for a person who said yes to it, read when HR submits (not from an earlier read)', async () => {
    seedPeople(emu);
    const hr = reposAs(emu, USERS.hr).navnenytEditor;
    const first = await hr.submit(birthday(BO, 'Bo Ørum'));
    expect(first.years).toBeUndefined();
    const bo = reposAs(emu, BO).privacy;
    const mine = await bo.getMine();
    await bo.saveMine(withChoice(mine?.choices ?? emptyConsentMatrix(), 'intranet', 'age', true), mine, '2026-11');
    const second = await hr.submit(birthday(BO, 'Bo Ørum'));
    expect(second.years).toBe(60);
  });

  it('no photo without a yes to photos: no attachment, no photo field', async () => {
    seedPeople(emu);
    const hr = reposAs(emu, USERS.hr).navnenytEditor;
    const saved = await hr.submit(birthday(BO, 'Bo Ørum', { photo: PHOTO }));
    expect(saved.photo).toBeUndefined();
    const files = await spAs(emu, USERS.hr).web.lists.getByTitle('Navnenyt').items.getById(saved.id).attachmentFiles();
    expect(files).toEqual([]);
  });

  it('the photo with a yes to photos', async () => {
    const { boId } = seedPeople(emu);
    emu.admin.addItems('Privatlivsvalg', [{ Title: 'Bo Ørum', MnEmployeeId: boId, MnIntranetBirthday: true, MnIntranetPhoto: true }], { authorEmail: BO });
    const saved = await reposAs(emu, USERS.hr).navnenytEditor.submit(birthday(BO, 'Bo Ørum', { photo: PHOTO }));
    expect(saved.photo?.url).toMatch(/\/Attachments\/\d+\/foto\.jpg$/);
  });

  it('for a person without choices: the mention HR confirmed, without age and photo', async () => {
    seedPeople(emu);
    emu.admin.addUsers([{ email: 'karen.aagaard@norddjurs.dk', title: 'Karen Aagaard' }]);
    const saved = await reposAs(emu, USERS.hr).navnenytEditor.submit(birthday('karen.aagaard@norddjurs.dk', 'Karen Aagaard', { photo: PHOTO }));
    expect([saved.years, saved.photo]).toEqual([undefined, undefined]);
  });

  it('a forged "yes" does not let the age in', async () => {
    const { boId } = seedPeople(emu);
    await spAs(emu, USERS.employee).web.lists.getByTitle('Privatlivsvalg').items.add({ Title: 'Bo Ørum', MnEmployeeId: boId, MnRegisteredBy: 'HR', MnIntranetBirthday: true, MnIntranetAge: true, MnIntranetPhoto: true });
    const saved = await reposAs(emu, USERS.hr).navnenytEditor.submit(birthday(BO, 'Bo Ørum', { photo: PHOTO }));
    expect([saved.years, saved.photo]).toEqual([undefined, undefined]);
  });

  it('refuses a mention of a category the person said no to, and stores nothing', async () => {
    seedPeople(emu);
    const error = await reposAs(emu, USERS.hr).navnenytEditor.submit(birthday(ANNE, 'Anne Hansen')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as DataError).kind).toBe('declined');
    expect(await restRows(emu, USERS.hr, 'Navnenyt', 'Title')).toEqual([]);
  });
});

describe('what communications\' approval publishes', () => {
  it('will not publish what the person has said no to since HR submitted it', async () => {
    seedPeople(emu);
    const saved = await reposAs(emu, USERS.hr).navnenytEditor.submit(birthday(BO, 'Bo Ørum'));
    const bo = reposAs(emu, BO).privacy;
    const mine = await bo.getMine();
    await bo.saveMine(withChoice(mine?.choices ?? emptyConsentMatrix(), 'intranet', 'birthday', false), mine, '2026-11');
    const comms = reposAs(emu, USERS.comms).navnenytEditor;
    const error = await comms.decide(saved.id, 'approved', '', (await comms.getItem(saved.id)).etag ?? '*').catch((e: unknown) => e);
    expect((error as DataError).kind).toBe('declined');
    expect((await comms.getItem(saved.id)).approval).toBe('pending');
    expect(await restRows(emu, USERS.employee, 'Navnenyt', 'Title')).toEqual([]);
    // Rejecting stays possible.
    await comms.decide(saved.id, 'rejected', 'Bo har sagt nej til at vise sin fødselsdag.', (await comms.getItem(saved.id)).etag ?? '*');
    expect((await comms.getItem(saved.id)).approval).toBe('rejected');
  });
});

describe('the payroll employee number', () => {
  it.each(['Navnenyt', 'Privatlivsvalg'])('is not a field of %s (everyone reads it)', async (title) => {
    const fields = await spAs(emu, USERS.owner).web.lists.getByTitle(title).fields.select('InternalName')<{ InternalName: string }[]>();
    expect(fields.map((f) => f.InternalName)).not.toContain('MnEmployeeNumber');
    expect(fields.map((f) => f.InternalName)).toContain('MnEmployee');
  });

  it('stays in HR\'s payroll extract', async () => {
    const fields = await spAs(emu, USERS.owner).web.lists.getByTitle('Medarbejdere').fields.select('InternalName')<{ InternalName: string }[]>();
    expect(fields.map((f) => f.InternalName)).toContain('MnEmployeeNumber');
  });
});
