/**
 * @jest-environment node
 *
 * The set-up against the local SharePoint started with no lists (`lists: 'none'`, as a site where a tenant-wide
 * deployment skipped the package's feature): the site owner's run creates the site columns, content types, lists,
 * list columns, indexes and settings of sharepoint/assets/ through real PnPjs; a second run reports everything as
 * existing and sends nothing; a run stopped by a failure resumes; an employee may not run it. The result is compared
 * with what the package's feature creates (the emulator provisioning from the same XML).
 */
import '@pnp/sp/content-types';
import '@pnp/sp/fields';
import '@pnp/sp/items';
import '@pnp/sp/security';
import { Lists } from '../../../../src/shared/data/lists';
import { ASSET_FILES } from '../../../../src/features/setup/domain/assets.generated';
import { planFromAssets } from '../../../../src/features/setup/domain/plan';
import { countOutcomes, runSetup } from '../../../../src/features/setup/domain/run';
import { SetupRepository } from '../../../../src/features/setup/data/SetupRepository';
import { SetupProblem } from '../../../../src/features/setup/domain/permissions';
import { PermissionKind } from '@pnp/sp/security';
import type { IEmulator } from '../../../../emulator';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const plan = planFromAssets(ASSET_FILES);

interface IListShape {
  Title: string;
  EnableVersioning: boolean;
  EnableModeration: boolean;
  DraftVersionVisibility: number;
  ReadSecurity: number;
  WriteSecurity: number;
  ValidationFormula: string;
  ValidationMessage: string;
}

/** What a site has of the product: per list its settings, columns (name, type, indexed, choices) and content types. */
async function shapeOf(emu: IEmulator): Promise<unknown> {
  const sp = spAs(emu, USERS.owner);
  const lists = [];
  for (const l of plan.lists) {
    const list = sp.web.getList(`/sites/intranet/${l.url}`);
    const settings = await list.select('Title', 'EnableVersioning', 'EnableModeration', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity', 'ValidationFormula', 'ValidationMessage')<IListShape>();
    const fields = await list.fields.select('InternalName', 'TypeAsString', 'Indexed', 'Title', 'DefaultValue', 'SchemaXml')<Record<string, unknown>[]>();
    const mine = fields.filter((f) => String(f.InternalName).startsWith('Mn')).map(({ InternalName, TypeAsString, Indexed, Title, DefaultValue, SchemaXml }) => ({ InternalName, TypeAsString, Indexed, Title, DefaultValue, choices: /<CHOICES>.*<\/CHOICES>/.exec(String(SchemaXml))?.[0] ?? '' }));
    const cts = await list.contentTypes.select('Name')<{ Name: string }[]>();
    const { HasUniqueRoleAssignments: unique } = await list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>();
    const assignments = (await list.roleAssignments.expand('Member', 'RoleDefinitionBindings')<{ Member: { Title: string }; RoleDefinitionBindings: { Name: string }[] }[]>())
      .flatMap((a) => a.RoleDefinitionBindings.map((r) => `${a.Member.Title}: ${r.Name}`))
      .sort();
    const rest = Object.fromEntries(Object.entries(settings).filter(([k]) => !k.startsWith('odata.')));
    lists.push({ url: l.url, settings: rest, fields: mine.sort((a, b) => String(a.InternalName).localeCompare(String(b.InternalName))), contentTypes: cts.map((c) => c.Name).filter((n) => n !== 'Element').sort(), unique, assignments });
  }
  const site = await sp.web.fields.select('InternalName')<{ InternalName: string }[]>();
  const cts = await sp.web.contentTypes.select('Name', 'StringId')<{ Name: string; StringId: string }[]>();
  const ours = cts.filter((c) => plan.contentTypes.some((p) => p.id === c.StringId));
  const links: Record<string, string[]> = {};
  for (const ct of ours) links[ct.Name] = (await sp.web.contentTypes.getById(ct.StringId).fieldLinks.select('Name')<{ Name: string }[]>()).map((f) => f.Name).filter((n) => n !== 'Title');
  const pagesCts = (await sp.web.getList('/sites/intranet/SitePages').contentTypes.select('Name')<{ Name: string }[]>()).map((c) => c.Name);
  const pageColumns = (await sp.web.getList('/sites/intranet/SitePages').fields.select('InternalName')<{ InternalName: string }[]>()).map((f) => f.InternalName).filter((n) => n.startsWith('Mn')).sort();
  return { lists, pageColumns, siteColumns: site.map((f) => f.InternalName).filter((n) => n.startsWith('Mn')).sort(), links, storyOnPages: pagesCts.includes('Medarbejderhistorie') };
}

describe('Opsætning af Medarbejdernyt on an empty site', () => {
  let emu: IEmulator;
  beforeEach(() => {
    emu = newEmulator({ lists: 'none' });
  });
  afterEach(() => emu.close());

  it('starts without the product: no lists, site columns or content types of the package', async () => {
    const sp = spAs(emu, USERS.owner);
    const titles = (await sp.web.lists.select('Title')<{ Title: string }[]>()).map((l) => l.Title);
    for (const key of Object.keys(Lists) as (keyof typeof Lists)[]) expect(titles).not.toContain(Lists[key].title);
    const site = await sp.web.fields.select('InternalName')<{ InternalName: string }[]>();
    expect(site.filter((f) => f.InternalName.startsWith('Mn'))).toEqual([]);
    expect(titles).toEqual(expect.arrayContaining(['Webstedssider', 'Billeder']));
  });

  it('creates everything sharepoint/assets defines, as the package feature would; a second run changes nothing', async () => {
    const owner = new SetupRepository(spAs(emu, USERS.owner), emu.siteUrl);
    expect(await owner.mayRunSetup()).toBe(true);
    const first = await runSetup(plan, owner);
    expect(first.failed).toBe(false);
    const c1 = countOutcomes(first.steps);
    expect(c1.failed + c1.notRun).toBe(0);
    expect(c1.created).toBeGreaterThan(plan.siteColumns.length + plan.contentTypes.length + plan.lists.length);

    const reference = newEmulator();
    try {
      expect(await shapeOf(emu)).toEqual(await shapeOf(reference));
    } finally {
      await reference.close();
    }
    const shape = (await shapeOf(emu)) as { storyOnPages: boolean; lists: { url: string; fields: { InternalName: string; Indexed: boolean }[] }[] };
    expect(shape.storyOnPages).toBe(true);
    const navnenyt = shape.lists.find((l) => l.url === 'Lists/Navnenyt');
    expect(navnenyt?.fields.filter((f) => f.Indexed).map((f) => f.InternalName).sort()).toEqual(['MnArea', 'MnEmployee', 'MnEventDate', 'MnEventType', 'MnShowFrom', 'MnShowUntil']);

    const sent: string[] = [];
    const counting = { readState: owner.readState.bind(owner), apply: async (...a: Parameters<typeof owner.apply>) => (sent.push(a[0].kind), owner.apply(...a)) };
    const second = await runSetup(plan, counting);
    expect(sent).toEqual([]);
    expect(countOutcomes(second.steps)).toEqual({ created: 0, updated: 0, existed: second.steps.length, failed: 0, notRun: 0 });
    expect(second.steps.length).toBeGreaterThanOrEqual(first.steps.length);
  });

  it('the lists work after the set-up: items with the product columns, the list validation holds', async () => {
    await runSetup(plan, new SetupRepository(spAs(emu, USERS.owner), emu.siteUrl));
    const sp = spAs(emu, USERS.owner);
    const navnenyt = sp.web.lists.getByTitle('Navnenyt');
    await expect(navnenyt.items.add({ Title: 'Uden samtykke', MnEventType: 'Fødselsdag', MnConsentConfirmed: false })).rejects.toThrow(/bekræftet samtykke/);
    const added = await navnenyt.items.add({ Title: 'Anne', MnEventType: 'Jubilæum', MnEventDate: '2026-11-27T00:00:00Z', MnConsentConfirmed: true, MnYears: 25 });
    expect(added).toMatchObject({ MnEventType: 'Jubilæum', MnYears: 25 });
  });

  it('gives the lists their own permissions: employees read name news and save their own choices, only HR reads the extract', async () => {
    await runSetup(plan, new SetupRepository(spAs(emu, USERS.owner), emu.siteUrl));
    const rights = async (email: string, title: string): Promise<{ add: boolean; approve: boolean } | 'hidden'> => {
      const list = spAs(emu, email).web.lists.getByTitle(title);
      try {
        const mask = await list.getCurrentUserEffectivePermissions();
        return { add: list.hasPermissions(mask, PermissionKind.AddListItems), approve: list.hasPermissions(mask, PermissionKind.ApproveItems) };
      } catch {
        return 'hidden';
      }
    };
    expect(await rights(USERS.employee, 'Navnenyt')).toEqual({ add: false, approve: false });
    expect(await rights(USERS.employee, 'Privatlivsvalg')).toEqual({ add: true, approve: false });
    expect(await rights(USERS.employee, 'Medarbejdere')).toBe('hidden');
    expect(await rights(USERS.hr, 'Navnenyt')).toEqual({ add: true, approve: false });
    expect(await rights(USERS.comms, 'Navnenyt')).toEqual({ add: true, approve: true });
    expect(await rights(USERS.comms, 'Medarbejdere')).toBe('hidden');
    expect(await rights(USERS.hr, 'Medarbejderindlæsninger')).toEqual({ add: true, approve: false });
    await expect(spAs(emu, USERS.employee).web.lists.getByTitle('Privatlivsvalg').items.add({ Title: 'Mine valg', MnIntranetBirthday: true })).resolves.toBeDefined();
  });

  it('a missing group stops only the permissions, with what to make; the next run after it exists finishes', async () => {
    const owner = new SetupRepository(spAs(emu, USERS.owner), emu.siteUrl);
    const withoutHr = { readState: async (p: typeof plan) => {
      const s = await owner.readState(p);
      return { ...s, permissions: s.permissions && { ...s.permissions, groups: { ...s.permissions.groups, 'group:HR': undefined } } };
    }, apply: owner.apply.bind(owner) };
    const first = await runSetup(plan, withoutHr);
    const failed = first.steps.find((s) => s.outcome === 'failed');
    expect(failed?.step.kind).toBe('listPermissions');
    expect(failed?.error).toBeInstanceOf(SetupProblem);
    expect(failed?.error).toMatchObject({ kind: 'missingGroup', what: 'HR' });
    expect(first.steps.filter((s) => s.outcome === 'notRun').every((s) => s.step.kind === 'listPermissions')).toBe(true);
    const second = await runSetup(plan, owner);
    expect(second.failed).toBe(false);
  });

  it('resumes after a failure: the failed step and the rest are taken on the next run', async () => {
    const owner = new SetupRepository(spAs(emu, USERS.owner), emu.siteUrl);
    let calls = 0;
    const flaky = {
      readState: owner.readState.bind(owner),
      apply: async (...a: Parameters<typeof owner.apply>) => {
        calls += 1;
        if (calls === 40) throw new Error('SharePoint er optaget');
        return owner.apply(...a);
      },
    };
    const first = await runSetup(plan, flaky);
    expect(first.failed).toBe(true);
    const c1 = countOutcomes(first.steps);
    expect(c1.created + c1.updated).toBe(39);
    expect(c1.failed).toBe(1);
    expect(c1.notRun).toBeGreaterThan(0);
    const second = await runSetup(plan, owner);
    expect(second.failed).toBe(false);
    const c2 = countOutcomes(second.steps);
    // The 39 steps taken stay taken; the failed one and those not reached are taken now (or, like Billeder's
    // permissions, which the site already had, found).
    expect(c2.existed).toBeGreaterThanOrEqual(39);
    expect(c2.created + c2.updated + c2.existed - 39).toBe(c1.failed + c1.notRun);
    expect(c2.created).toBeGreaterThan(0);
  });

  it('an employee may not run it, and SharePoint refuses them if they try', async () => {
    const employee = new SetupRepository(spAs(emu, USERS.employee), emu.siteUrl);
    expect(await employee.mayRunSetup()).toBe(false);
    const report = await runSetup(plan, employee);
    expect(report.failed).toBe(true);
    expect(report.steps.find((s) => s.outcome === 'failed')?.error).toMatchObject({ kind: 'forbidden' });
  });
});
