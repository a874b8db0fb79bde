/**
 * Who may read an item's version history, as SharePoint decides it:
 * - `versions` needs the View Versions right (in Read, Contribute, Edit, Design, Full Control; not in the product's own
 *   level "Læs uden versioner"): 403 without it;
 * - on a list with content approval, drafts (pending and rejected versions) are for whom DraftVersionVisibility says:
 *   0 every reader, 1 those who can edit items, 2 those who can approve items and the item's author. The same rule
 *   decides who sees a pending item at all.
 */
import type { SPFI } from '@pnp/sp';
import type { IEmulator } from '../../emulator';
import { newEmulator, spAs, spError, USERS } from './helpers';

let emu: IEmulator;
const as = (email: string): SPFI => spAs(emu, email);

interface IVersionRow {
  VersionLabel: string;
  OData__ModerationStatus: number;
  OData__ModerationComments: string | null;
  MnMessage?: string | null;
}

beforeEach(() => {
  emu = newEmulator();
});
afterEach(() => emu.close());

/** HR drafts, the approver rejects with a reason, HR corrects, the approver approves: the history the issue found. */
async function rejectedThenApproved(list: string, approver: string): Promise<number> {
  const added = await as(USERS.hr).web.lists.getByTitle(list).items.add({ Title: 'Anne Hansen', MnMessage: 'Første udkast: Anne fylder 60' });
  const id = added.Id as number;
  await as(approver).web.lists.getByTitle(list).items.getById(id).update({ OData__ModerationStatus: 1, OData__ModerationComments: 'Anne har fravalgt sin alder' });
  await as(USERS.hr).web.lists.getByTitle(list).items.getById(id).update({ MnMessage: 'Kom og fejr Anne' });
  await as(approver).web.lists.getByTitle(list).items.getById(id).update({ OData__ModerationStatus: 0, OData__ModerationComments: '' });
  return id;
}

const versions = async (email: string, list: string, id: number): Promise<IVersionRow[]> =>
  (await as(email).web.lists.getByTitle(list).items.getById(id).versions()) as unknown as IVersionRow[];

/** A list made over REST inherits the site's permissions: everyone Read (with View Versions), members Edit, owners Full Control. */
async function moderatedList(draftVersionVisibility?: number): Promise<string> {
  const title = `Udkast ${draftVersionVisibility ?? 'standard'}`;
  const body: Record<string, unknown> = { Title: title, BaseTemplate: 100, EnableModeration: true, EnableVersioning: true };
  if (draftVersionVisibility !== undefined) body.DraftVersionVisibility = draftVersionVisibility;
  await as(USERS.owner).web.lists.add(title, '', 100, false, body);
  await as(USERS.owner).web.lists.getByTitle(title).fields.addMultilineText('MnMessage');
  return title;
}

describe('the View Versions right', () => {
  it('Navnenyt: employees (Læs uden versioner) get 403 on versions; HR and communications read them', async () => {
    const id = await rejectedThenApproved('Navnenyt', USERS.comms);
    expect(await as(USERS.employee).web.lists.getByTitle('Navnenyt').items.getById(id).select('Title')()).toMatchObject({ Title: 'Anne Hansen' });
    const denied = await spError(as(USERS.employee).web.lists.getByTitle('Navnenyt').items.getById(id).versions());
    expect(denied).toMatchObject({ status: 403, code: '-2147024891, System.UnauthorizedAccessException' });
    expect((await versions(USERS.hr, 'Navnenyt', id)).length).toBe(4);
    expect((await versions(USERS.comms, 'Navnenyt', id)).length).toBe(4);
  });

  it('Privatlivsvalg: each person still reads the history of their own choices (Mine valg)', async () => {
    const list = as(USERS.employee).web.lists.getByTitle('Privatlivsvalg');
    const added = await list.items.add({ Title: 'Jonas Møller Nielsen', MnIntranetBirthday: true });
    await list.items.getById(added.Id as number).update({ MnIntranetBirthday: false });
    expect((await list.items.getById(added.Id as number).versions()).map((v) => v.VersionLabel)).toEqual(['2.0', '1.0']);
  });

  it('declares the product’s permission level and reports each list’s draft item security', async () => {
    const owner = as(USERS.owner).web.lists;
    expect((await owner.getByTitle('Navnenyt').select('DraftVersionVisibility')()).DraftVersionVisibility).toBe(2);
    expect((await owner.getByTitle('Webstedssider').select('DraftVersionVisibility')()).DraftVersionVisibility).toBe(1);
    expect((await owner.getByTitle('Privatlivsvalg').select('DraftVersionVisibility')()).DraftVersionVisibility).toBe(0);
  });
});

describe('draft item security (DraftVersionVisibility) on the version history', () => {
  it('2 (approvers and the author): a reader sees only the approved version, never the draft or the rejection reason', async () => {
    const list = await moderatedList(2);
    const id = await rejectedThenApproved(list, USERS.owner);
    const seen = await versions(USERS.employee, list, id);
    expect(seen.map((v) => [v.VersionLabel, v.OData__ModerationStatus])).toEqual([['4.0', 0]]);
    expect(JSON.stringify(seen)).not.toMatch(/Første udkast|fravalgt/);
    // Communications here can edit but not approve: no drafts either.
    expect((await versions(USERS.comms, list, id)).map((v) => v.VersionLabel)).toEqual(['4.0']);
    // The author and the approver see the whole history.
    expect((await versions(USERS.hr, list, id)).map((v) => v.VersionLabel)).toEqual(['4.0', '3.0', '2.0', '1.0']);
    expect((await versions(USERS.owner, list, id)).map((v) => v.VersionLabel)).toEqual(['4.0', '3.0', '2.0', '1.0']);
  });

  it('1 (those who can edit items): editors see the drafts, readers do not', async () => {
    const list = await moderatedList(1);
    const id = await rejectedThenApproved(list, USERS.owner);
    expect((await versions(USERS.employee, list, id)).map((v) => v.VersionLabel)).toEqual(['4.0']);
    expect((await versions(USERS.comms, list, id)).map((v) => v.VersionLabel)).toEqual(['4.0', '3.0', '2.0', '1.0']);
  });

  it('0, SharePoint’s default (every reader): the reader sees the first draft and the rejection reason', async () => {
    const list = await moderatedList();
    expect((await as(USERS.owner).web.lists.getByTitle(list).select('DraftVersionVisibility')()).DraftVersionVisibility).toBe(0);
    const id = await rejectedThenApproved(list, USERS.owner);
    const seen = await versions(USERS.employee, list, id);
    expect(seen.map((v) => v.VersionLabel)).toEqual(['4.0', '3.0', '2.0', '1.0']);
    expect(seen.find((v) => v.VersionLabel === '2.0')?.OData__ModerationComments).toBe('Anne har fravalgt sin alder');
  });
});

describe('draft item security on the items themselves', () => {
  it('a pending item is visible to every reader at 0 and only to approvers and its author at 2', async () => {
    const open = await moderatedList(0);
    const closed = await moderatedList(2);
    for (const list of [open, closed]) await as(USERS.hr).web.lists.getByTitle(list).items.add({ Title: 'Venter' });
    const titles = async (email: string, list: string): Promise<string[]> => (await as(email).web.lists.getByTitle(list).items.select('Title')()).map((i) => i.Title as string);
    expect(await titles(USERS.employee, open)).toEqual(['Venter']);
    expect(await titles(USERS.employee, closed)).toEqual([]);
    expect(await titles(USERS.hr, closed)).toEqual(['Venter']);
    expect(await titles(USERS.owner, closed)).toEqual(['Venter']);
  });
});
