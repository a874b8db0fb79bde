/**
 * The retention clean-up through real PnPjs against the local SharePoint: exactly the items past their retention
 * period are found (whatever their approval state, under the list-view threshold), they go to the recycle bin with
 * their photos, and a site owner can restore them.
 */
import '@pnp/sp/recycle-bin';
import type { IEmulator } from '../../../../emulator';
import { RetentionRepository } from '../../../../src/features/navnenyt/data/RetentionRepository';
import { addDays } from '../../../../src/shared/domain/dates';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
const DAYS = 90;
let emu: IEmulator;
const repo = (email: string): RetentionRepository => new RetentionRepository(spAs(emu, email), emu.siteUrl);

/** A jubilee shows 7 days after its date: kept until date + 7 + 90. */
const jubileeKeptUntil = (kept: string): string => addDays(kept, -(7 + DAYS));

function add(title: string, eventDate: string, approval: 'approved' | 'pending' | 'rejected' = 'approved', extra: Record<string, unknown> = {}): number {
  const [id] = emu.admin.addItems('Navnenyt', [{ Title: title, MnEventType: 'Jubilæum', MnEventDate: eventDate, MnYears: 25, MnConsentConfirmed: true, ...extra }], { approval, authorEmail: USERS.hr });
  return id;
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(() => emu.close());

describe('the retention clean-up of name news', () => {
  it('finds exactly the items past their retention period, in every approval state, longest past first', async () => {
    const due = add('Anne Hansen', jubileeKeptUntil(addDays(TODAY, -1)));
    const oldRejected = add('Bo Berg', jubileeKeptUntil(addDays(TODAY, -40)), 'rejected');
    const oldPending = add('Carla Dam', jubileeKeptUntil(addDays(TODAY, -10)), 'pending');
    add('Dorte Eg', jubileeKeptUntil(TODAY)); // kept until today: not yet
    add('Erik Falk', addDays(TODAY, -3)); // still recent
    // Its own Vises til ended long ago, though the event is recent: found through the second indexed query.
    const shortWindow = add('Frida Gram', addDays(TODAY, -20), 'approved', { MnShowFrom: addDays(TODAY, -130), MnShowUntil: addDays(TODAY, -120) });
    const found = await repo(USERS.comms).getDue(TODAY, DAYS);
    expect(found.map((d) => d.item.id)).toEqual([oldRejected, shortWindow, oldPending, due]);
    expect(found.find((d) => d.item.id === due)?.keptUntil).toBe(addDays(TODAY, -1));
  });

  it('stays under the list-view threshold: the candidates are read by the indexed date columns', async () => {
    emu.admin.addItems('Navnenyt', Array.from({ length: 300 }, (_, i) => ({ Title: `Ny ${i}`, MnEventType: 'Jubilæum', MnEventDate: addDays(TODAY, i % 30), MnConsentConfirmed: true })));
    const old = add('Anne Hansen', '2025-01-10');
    emu.admin.setListViewThreshold(100);
    expect((await repo(USERS.comms).getDue(TODAY, DAYS)).map((d) => d.item.id)).toEqual([old]);
  });

  it('puts the items and their photos in the recycle bin, and a site owner restores one with its photo', async () => {
    const a = add('Anne Hansen', '2025-06-01');
    const b = add('Bo Berg', '2025-07-01');
    emu.admin.addAttachment('Navnenyt', a, 'anne.jpg', new Uint8Array([0xff, 0xd8, 0xff, 0xd9]));
    const comms = repo(USERS.comms);
    const due = await comms.getDue(TODAY, DAYS);
    const result = await comms.recycle(due.map((d) => d.item));
    expect(result).toEqual({ recycled: [a, b], failed: [] });
    expect(await comms.getDue(TODAY, DAYS)).toEqual([]);
    expect(emu.admin.itemCount('Navnenyt')).toBe(0);

    const owner = spAs(emu, USERS.owner);
    const bin = await owner.web.recycleBin();
    const entry = bin.find((e: { Title: string }) => e.Title === 'Anne Hansen') as { Id: string } | undefined;
    expect(entry).toBeDefined();
    await owner.web.recycleBin.getById(entry!.Id).restore();
    const restored = owner.web.lists.getByTitle('Navnenyt').items.getById(a);
    expect(((await restored()) as { Title: string }).Title).toBe('Anne Hansen');
    expect((await restored.attachmentFiles()).map((f) => f.FileName)).toEqual(['anne.jpg']);
  });

  it('reports, per item, what an employee without the right to delete could not do, and deletes nothing', async () => {
    const a = add('Anne Hansen', '2025-06-01');
    const employee = repo(USERS.employee);
    const due = await employee.getDue(TODAY, DAYS);
    expect(due.map((d) => d.item.id)).toEqual([a]);
    const result = await employee.recycle(due.map((d) => d.item));
    expect(result.recycled).toEqual([]);
    expect(result.failed.map((f) => [f.id, (f.error as { kind?: string }).kind])).toEqual([[a, 'forbidden']]);
    expect(emu.admin.itemCount('Navnenyt')).toBe(1);
  });
});
