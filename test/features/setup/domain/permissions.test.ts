/**
 * The lists' own permissions the set-up gives are the README's (deployment step 4) and the local SharePoint's
 * (emulator/site.json, which the feature path applies): the same groups and levels per list. The steps compare them
 * with what a site has.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ASSET_FILES } from '../../../../src/features/setup/domain/assets.generated';
import { groupKey, LIST_PERMISSIONS, roleKey } from '../../../../src/features/setup/domain/permissions';
import type { GroupRef, RoleRef } from '../../../../src/features/setup/domain/permissions';
import { planFromAssets } from '../../../../src/features/setup/domain/plan';
import { IPermissionState, ISiteState, stepsFor } from '../../../../src/features/setup/domain/steps';

const plan = planFromAssets(ASSET_FILES);
const site = JSON.parse(fs.readFileSync(path.resolve(__dirname, '..', '..', '..', '..', 'emulator', 'site.json'), 'utf8')) as {
  lists: Record<string, { group: string; role: string }[]>;
  properties: Record<string, string>;
};

function groupTitle(g: GroupRef): string {
  if (g.kind === 'named') return g.name;
  return site.properties[`vti_associate${g.which === 'owners' ? 'owner' : g.which === 'members' ? 'member' : 'visitor'}group`];
}

const ROLE_TYPES: Record<number, string> = { 2: 'Read', 3: 'Contribute', 4: 'Design', 5: 'Full Control', 6: 'Edit' };
const roleTitle = (r: RoleRef): string => (r.kind === 'type' ? ROLE_TYPES[r.type] : r.name);

describe('the permissions the set-up gives', () => {
  it("are emulator/site.json's, list by list", () => {
    const mine = Object.fromEntries(LIST_PERMISSIONS.map((l) => [l.title, l.assignments.map((a) => ({ group: groupTitle(a.group), role: roleTitle(a.role) }))]));
    expect(mine).toEqual(site.lists);
  });

  it('cover every list the package defines', () => {
    expect(plan.lists.every((l) => LIST_PERMISSIONS.some((p) => p.url === l.url))).toBe(true);
  });
});

describe('permission steps', () => {
  const groups = { owners: 3, members: 4, visitors: 5, 'group:HR': 6, 'group:Kommunikation': 7 };
  const roles = { 'type:2': 12, 'type:3': 13, 'type:4': 14, 'type:5': 15, 'type:6': 16, 'role:Læs uden versioner': 99 };
  const base: ISiteState = { siteColumns: [], contentTypes: [], lists: [], pagesLibrary: null };
  const granted = (url: string): IPermissionState['lists'][string] => ({
    unique: true,
    assignments: (LIST_PERMISSIONS.find((l) => l.url === url)?.assignments ?? []).map((a) => ({ principalId: groups[groupKey(a.group) as keyof typeof groups], roleIds: [roles[roleKey(a.role) as keyof typeof roles]] })),
  });

  it('on a new site: every product list breaks inheritance and gets all its assignments; Billeder only when it exists', () => {
    const steps = stepsFor(plan, { ...base, permissions: { groups, roles, lists: {} } }).filter((s) => s.step.kind === 'listPermissions');
    expect(steps.map((s) => ('list' in s.step ? s.step.list.title : ''))).toEqual(['Navnenyt', 'Medarbejderportrætter', 'Privatlivsvalg', 'Medarbejdere', 'Medarbejderindlæsninger']);
    const navnenyt = steps[0].step;
    expect(navnenyt).toMatchObject({ breakInheritance: true, fullControlId: 15 });
    if (navnenyt.kind === 'listPermissions') expect(navnenyt.missing.map((m) => [m.principalId, m.roleId])).toEqual([[3, 15], [5, 99], [6, 13], [7, 14]]);
  });

  it('a list with its permissions as planned is present; one assignment short, only that one is missing', () => {
    const lists = Object.fromEntries(LIST_PERMISSIONS.map((l) => [l.url.toLowerCase(), granted(l.url)]));
    const all = stepsFor(plan, { ...base, permissions: { groups, roles, lists } }).filter((s) => s.step.kind === 'listPermissions');
    expect(all).toHaveLength(6);
    expect(all.every((s) => s.present)).toBe(true);
    const short = { ...lists, 'lists/navnenyt': { unique: true, assignments: granted('Lists/Navnenyt')?.assignments.filter((a) => a.principalId !== 7) ?? [] } };
    const step = stepsFor(plan, { ...base, permissions: { groups, roles, lists: short } }).find((s) => s.step.kind === 'listPermissions' && s.step.list.title === 'Navnenyt');
    expect(step?.present).toBe(false);
    if (step?.step.kind === 'listPermissions') {
      expect(step.step.breakInheritance).toBe(false);
      expect(step.step.missing.map((m) => m.principalId)).toEqual([7]);
    }
  });

  it('a group the site lacks leaves the assignment unresolved (the run then stops there with what to make)', () => {
    const step = stepsFor(plan, { ...base, permissions: { groups: { ...groups, 'group:HR': undefined }, roles, lists: {} } }).find((s) => s.step.kind === 'listPermissions');
    if (step?.step.kind === 'listPermissions') expect(step.step.missing.find((m) => m.principalId === undefined)?.plan.group).toEqual({ kind: 'named', name: 'HR' });
  });
});
