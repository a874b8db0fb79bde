/** Communications' portraits through real PnPjs against the local SharePoint: create, edit, photo, status, versions. */
import type { IEmulator } from '../../../../emulator';
import { PortraitStudioRepository } from '../../../../src/features/portraits/data/PortraitStudioRepository';
import type { IPortraitInput } from '../../../../src/features/portraits/data/IPortraitStudioRepository';
import { PermissionRepository } from '../../../../src/shared/data/permissions';
import '@pnp/sp/attachments';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
const POST = 'https://www.linkedin.com/posts/norddjurs-kommune_velfaerd-activity-7212345';
let emu: IEmulator;
let anneId: number;
const repo = (email: string): PortraitStudioRepository => new PortraitStudioRepository(spAs(emu, email), emu.siteUrl);

function input(overrides: Partial<IPortraitInput> = {}): IPortraitInput {
  return {
    employee: { id: anneId, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' },
    profession: 'Social- og sundhedsassistent',
    workplace: 'Hjemmeplejen Syd',
    quote: 'Ingen dage er ens.',
    story: 'Anne har arbejdet i hjemmeplejen i 12 år.',
    jobAdvertUrl: 'https://www.norddjurs.dk/job/sosu',
    photoAlt: 'Anne ved bilen',
    focus: { x: 0.3, y: 0.4 },
    ...overrides,
  };
}

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1, 0xff, 0xd9]);

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  [anneId] = emu.admin.addUsers([{ email: 'anne.hansen@norddjurs.dk', title: 'Anne Hansen' }]);
});
afterEach(() => emu.close());

describe('the portrait studio repository', () => {
  it('creates a portrait with its photo as an attachment, focal point and both channels Ikke delt', async () => {
    const created = await repo(USERS.comms).save(input(), { fileName: 'anne.jpg', bytes: JPEG });
    expect(created).toMatchObject({ name: 'Anne Hansen', profession: 'Social- og sundhedsassistent', focus: { x: 0.3, y: 0.4 }, jobAdvertUrl: 'https://www.norddjurs.dk/job/sosu' });
    expect(created.photo).toEqual({ url: `/sites/intranet/Lists/Medarbejderportraetter/Attachments/${created.id}/anne.jpg`, alt: 'Anne ved bilen' });
    expect(created.channels).toEqual({ linkedIn: expect.objectContaining({ status: 'notShared' }), facebook: expect.objectContaining({ status: 'notShared' }) });
    expect((await repo(USERS.comms).getAll()).map((p) => p.id)).toEqual([created.id]);
  });

  it('edits without losing the photo, replaces it with a new one, and refuses a stale save (412)', async () => {
    const created = await repo(USERS.comms).save(input(), { fileName: 'anne.jpg', bytes: JPEG });
    const edited = await repo(USERS.comms).save(input({ quote: 'Jeg gør en forskel.' }), undefined, created);
    expect(edited.quote).toBe('Jeg gør en forskel.');
    expect(edited.photo?.url).toBe(created.photo?.url);
    const replaced = await repo(USERS.comms).save(input(), { fileName: 'anne-2.jpg', bytes: JPEG }, edited);
    expect(replaced.photo?.url).toMatch(/anne-2\.jpg$/);
    // The replaced photo does not linger as an unseen attachment.
    const attachments = await spAs(emu, USERS.comms).web.lists.getByTitle('Medarbejderportrætter').items.getById(created.id).attachmentFiles<{ FileName: string }[]>();
    expect(attachments.map((a) => a.FileName)).toEqual(['anne-2.jpg']);
    await expect(repo(USERS.comms).save(input({ quote: 'Gammel' }), undefined, created)).rejects.toMatchObject({ kind: 'conflict' });
  });

  it('keeps each status change as a version, with the post address and dates, for the history', async () => {
    const created = await repo(USERS.comms).save(input(), undefined);
    const ready = await repo(USERS.comms).setShare(created, 'linkedIn', { status: 'readyToShare', text: 'Mød Anne.' });
    const shared = await repo(USERS.comms).setShare(ready, 'linkedIn', { status: 'shared', text: 'Mød Anne.', postUrl: POST, sharedAt: '2026-11-26T12:00:00Z' });
    expect(shared.channels.linkedIn).toMatchObject({ status: 'shared', postUrl: POST, text: 'Mød Anne.' });
    expect(shared.channels.linkedIn.sharedAt?.slice(0, 10)).toBe('2026-11-26');
    const removed = await repo(USERS.comms).setShare(shared, 'linkedIn', { ...shared.channels.linkedIn, status: 'removed', removedAt: '2026-11-27T12:00:00Z' });
    expect(removed.channels.linkedIn.status).toBe('removed');
    expect(removed.channels.facebook.status).toBe('notShared');
    const versions = await repo(USERS.comms).getVersions(created.id);
    expect(versions.map((v) => v.channels.linkedIn.status).sort()).toEqual(['notShared', 'readyToShare', 'removed', 'shared']);
    expect(versions.every((v) => v.savedBy === 'Mette Lund Sørensen')).toBe(true);
  });

  it('finds site users to portray by name or e-mail, people only', async () => {
    const found = await repo(USERS.comms).searchPeople('anne');
    expect(found).toEqual([{ id: anneId, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' }]);
    expect(await repo(USERS.comms).searchPeople('a')).toEqual([]);
  });

  it('lets communications and owners add portraits, not HR or employees', async () => {
    const rights = async (email: string): Promise<boolean> => (await new PermissionRepository(spAs(emu, email)).rightsOn('Portraits')).add;
    expect([await rights(USERS.comms), await rights(USERS.owner), await rights(USERS.hr), await rights(USERS.employee)]).toEqual([true, true, false, false]);
    await expect(repo(USERS.employee).save(input(), undefined)).rejects.toMatchObject({ kind: 'forbidden' });
  });
});
