/**
 * Issue 9, item 4: a withdrawal unpublishes. The approved items of a category the person withdraws (and photos or an
 * age without a yes) become *Samtykke trukket tilbage* tasks in communications' approval web part, derived from the
 * current choices by the same rule as every reader; one action puts the item and its photo in the recycle bin.
 */
import '@pnp/sp/files';
import { emptyConsentMatrix, withChoice, withdrawAll } from '../../src/features/privacy/domain/consent';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, USERS } from '../emulator/helpers';
import { ANNE, PHOTO, reposAs, restRows, seedPeople, TODAY } from './privacySeed';
import type { ConsentCategory } from '../../src/features/privacy/domain/models';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(() => emu.close());

async function anneSays(...yes: ConsentCategory[]): Promise<void> {
  const anne = reposAs(emu, ANNE).privacy;
  const mine = await anne.getMine();
  const choices = yes.reduce((m, c) => withChoice(m, 'intranet', c, true), emptyConsentMatrix());
  await anne.saveMine(choices, mine, '2026-11');
}

/** HR submits Anne's jubilee with a photo; communications approves it. */
async function publishJubilee(): Promise<number> {
  const saved = await reposAs(emu, USERS.hr).navnenytEditor.submit({
    type: 'jubilee', name: 'Anne Hansen', employeeEmail: ANNE, eventDate: '2026-12-01', years: 25, message: 'Reception kl. 13',
    showFrom: '2026-11-17', showUntil: '2026-12-08', consentConfirmed: true, photo: PHOTO,
  });
  const comms = reposAs(emu, USERS.comms).navnenytEditor;
  await comms.decide(saved.id, 'approved', '', (await comms.getItem(saved.id)).etag ?? '*');
  return saved.id;
}

const status = async (email: string, url: string): Promise<number> => (await raw(emu, email, new URL(url, emu.siteUrl).toString())).status;

describe('Samtykke trukket tilbage', () => {
  it('a withdrawn category puts the published item in communications\' tasks; one action deletes it and its photo', async () => {
    seedPeople(emu);
    await anneSays('jubilee', 'photo');
    const id = await publishJubilee();
    const comms = reposAs(emu, USERS.comms).withdrawals;
    expect(await comms.getTasks()).toEqual([]);

    const anne = reposAs(emu, ANNE).privacy;
    await anne.saveMine(withdrawAll(emptyConsentMatrix()), await anne.getMine(), '2026-11');
    const [task, ...more] = await comms.getTasks();
    expect(more).toEqual([]);
    expect(task.item).toMatchObject({ id, name: 'Anne Hansen', type: 'jubilee' });
    expect(task.notAllowed).toEqual(['mention', 'photo']);
    // Until communications acts, every employee can still read it over REST (the reader hides it).
    expect((await restRows(emu, USERS.employee, 'Navnenyt', 'Id,Title')).map((r) => r.Id)).toEqual([id]);
    const photoUrl = task.item.photo?.url ?? '';
    expect(await status(USERS.employee, photoUrl)).toBe(200);

    await comms.remove(task.item);
    expect(await restRows(emu, USERS.employee, 'Navnenyt', 'Id,Title')).toEqual([]);
    expect(await status(USERS.employee, photoUrl)).toBe(404);
    expect(await comms.getTasks()).toEqual([]);
  });

  it('a photo without a yes is a task even when the mention is still allowed', async () => {
    seedPeople(emu);
    await anneSays('jubilee', 'photo');
    await publishJubilee();
    await anneSays('jubilee');
    const tasks = await reposAs(emu, USERS.comms).withdrawals.getTasks();
    expect(tasks.map((t) => t.notAllowed)).toEqual([['photo']]);
  });

  it('deletes a photo kept in the picture library along with the item', async () => {
    const { anneId } = seedPeople(emu);
    const url = emu.admin.uploadFile(`${new URL(emu.siteUrl).pathname}/Billeder`, 'anne-navnenyt.jpg', PHOTO.bytes, 'image/jpeg');
    emu.admin.addItems('Navnenyt', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnEventType: 'Jubilæum', MnEventDate: '2026-12-01', MnYears: 25, MnConsentConfirmed: true, MnPhoto: { Url: url, Description: '' } }], { authorEmail: USERS.hr });
    const comms = reposAs(emu, USERS.comms).withdrawals;
    const [task] = await comms.getTasks();
    expect(task.notAllowed).toEqual(['photo']);
    expect(await status(USERS.employee, url)).toBe(200);
    await comms.remove(task.item);
    expect(await status(USERS.employee, url)).toBe(404);
  });

  it('is computed by the one rule: a forged "no" is no withdrawal', async () => {
    const { anneId } = seedPeople(emu);
    await anneSays('jubilee', 'photo');
    await publishJubilee();
    await spAs(emu, USERS.employee).web.lists.getByTitle('Privatlivsvalg').items.add({ Title: 'Anne Hansen', MnEmployeeId: anneId, MnRegisteredBy: 'HR' });
    expect(await reposAs(emu, USERS.comms).withdrawals.getTasks()).toEqual([]);
  });

  it('reads past the first page of a large list (no list-view threshold on the approved items)', async () => {
    const { anneId } = seedPeople(emu);
    emu.admin.setListViewThreshold(20);
    const filler = Array.from({ length: 30 }, (_, i) => ({ Title: `Kollega ${i}`, MnEventType: 'Jubilæum', MnEventDate: '2026-12-01', MnYears: 25, MnConsentConfirmed: true }));
    emu.admin.addItems('Navnenyt', filler, { authorEmail: USERS.hr });
    emu.admin.addItems('Navnenyt', [{ Title: 'Anne Hansen', MnEmployeeId: anneId, MnEventType: 'Fødselsdag', MnEventDate: '2026-12-10', MnYears: 60, MnConsentConfirmed: true }], { authorEmail: USERS.hr });
    const tasks = await reposAs(emu, USERS.comms).withdrawals.getTasks();
    expect(tasks.map((t) => [t.item.name, t.notAllowed])).toEqual([['Anne Hansen', ['mention', 'age']]]);
  });

  it('an employee cannot delete a published item', async () => {
    seedPeople(emu);
    await anneSays('jubilee', 'photo');
    const id = await publishJubilee();
    await anneSays();
    const [task] = await reposAs(emu, USERS.comms).withdrawals.getTasks();
    const error = await reposAs(emu, USERS.employee).withdrawals.remove(task.item).catch((e: { kind?: string }) => e);
    expect(['forbidden', 'notFound']).toContain((error as { kind?: string }).kind);
    expect((await restRows(emu, USERS.employee2, 'Navnenyt', 'Id')).map((r) => r.Id)).toEqual([id]);
  });
});
