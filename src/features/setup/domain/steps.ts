/**
 * What the set-up does, in order, and what of it the site already has. Pure: the site's state is read by the data
 * layer (ISiteState), and `stepsFor` compares it with the plan. Order: site columns, content types and their columns,
 * then per list the list, its columns (the schema's own `<Field>` elements), its content type, its indexes and its
 * settings (the validation names its columns); last the story content type on the pages library. Each step is safe to repeat: a run that stopped halfway
 * is resumed by running again.
 */
import type { IColumnPlan, IContentTypePlan, IListColumnPlan, IListPlan, IListSettings, ISetupPlan } from './plan';
import { groupKey, roleKey } from './permissions';
import type { IListPermissionsPlan, IRoleAssignmentPlan } from './permissions';

export interface IListState {
  /** Web-relative URL, e.g. Lists/Navnenyt. */
  readonly url: string;
  readonly settings: IListSettings;
  /** The list's content type ids (a site content type's list copy has the site id + 00 + a GUID). */
  readonly contentTypes: readonly string[];
  readonly fields: readonly { readonly name: string; readonly indexed: boolean }[];
}

export interface ISiteState {
  /** Internal names of the web's columns. */
  readonly siteColumns: readonly string[];
  readonly contentTypes: readonly { readonly id: string; readonly fields: readonly string[] }[];
  readonly lists: readonly IListState[];
  /** The site's pages library (Webstedssider), when it has one. */
  readonly pagesLibrary: { readonly contentTypes: readonly string[] } | null;
  /** The groups, permission levels and lists' permissions the plan names; without it, no permission steps. */
  readonly permissions?: IPermissionState;
}

export interface IPermissionState {
  /** Principal id by groupKey; undefined: the site has no such group. */
  readonly groups: Readonly<Record<string, number | undefined>>;
  /** Role definition id by roleKey; undefined: the site has no such permission level. */
  readonly roles: Readonly<Record<string, number | undefined>>;
  /** By web-relative URL (lower case); absent: no such list (yet). */
  readonly lists: Readonly<Record<string, { readonly unique: boolean; readonly assignments: readonly { readonly principalId: number; readonly roleIds: readonly number[] }[] } | undefined>>;
}

/** One assignment of a list's permissions, resolved to the site's ids (undefined: missing on the site). */
export interface IResolvedAssignment {
  readonly plan: IRoleAssignmentPlan;
  readonly principalId: number | undefined;
  readonly roleId: number | undefined;
}

export type SetupStep =
  | { readonly kind: 'siteColumn'; readonly column: IColumnPlan }
  | { readonly kind: 'contentType'; readonly contentType: IContentTypePlan }
  | { readonly kind: 'contentTypeColumn'; readonly contentType: IContentTypePlan; readonly column: string }
  | { readonly kind: 'list'; readonly list: IListPlan }
  | { readonly kind: 'listSettings'; readonly list: IListPlan; readonly changes: Partial<IListSettings> }
  | { readonly kind: 'listColumn'; readonly list: IListPlan; readonly column: IListColumnPlan }
  | { readonly kind: 'listContentType'; readonly list: IListPlan; readonly contentType: IContentTypePlan }
  | { readonly kind: 'index'; readonly list: IListPlan; readonly column: IListColumnPlan }
  | { readonly kind: 'pagesContentType'; readonly contentType: IContentTypePlan }
  | {
      readonly kind: 'listPermissions';
      readonly list: IListPermissionsPlan;
      /** True when the list still inherits the web's permissions. */
      readonly breakInheritance: boolean;
      /** The assignments the list lacks. */
      readonly missing: readonly IResolvedAssignment[];
      /** All the list's assignments (the run keeps these principals, and no one else it added itself). */
      readonly all: readonly IResolvedAssignment[];
      /** SharePoint's Full Control level (the run removes the caller's own Full Control that breaking left). */
      readonly fullControlId: number | undefined;
    };

export type StepKind = SetupStep['kind'];

export interface IPlannedStep {
  readonly step: SetupStep;
  /** True when the site already has it: the run reports it as existing and sends nothing. */
  readonly present: boolean;
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

/** A list content type descends from the site content type: the same id, or the id + 00 + a GUID. */
export function hasContentType(ids: readonly string[], siteId: string): boolean {
  return ids.some((id) => same(id, siteId) || id.toUpperCase().startsWith(`${siteId.toUpperCase()}00`));
}

/** The settings of the plan the list does not have yet (nothing: the list is as the XML defines it). */
export function settingsChanges(want: IListSettings, have: IListSettings): Partial<IListSettings> {
  const changes: Record<string, unknown> = {};
  for (const key of Object.keys(want) as (keyof IListSettings)[]) {
    const w = want[key];
    const h = have[key];
    const differs = typeof w === 'string' ? w.trim() !== String(h ?? '').trim() : w !== h;
    if (differs) changes[key] = w;
  }
  return changes as Partial<IListSettings>;
}

/** What a new list lacks after its creation (name, versioning, approval, draft visibility, item-level security). */
const AFTER_CREATION: readonly (keyof IListSettings)[] = ['ValidationFormula', 'ValidationMessage'];

function listSteps(plan: ISetupPlan, list: IListPlan, state: IListState | undefined): IPlannedStep[] {
  const steps: IPlannedStep[] = [{ step: { kind: 'list', list }, present: state !== undefined }];
  const field = (name: string): IListState['fields'][number] | undefined => state?.fields.find((f) => same(f.name, name));
  for (const column of list.fields) steps.push({ step: { kind: 'listColumn', list, column }, present: field(column.name) !== undefined });
  for (const id of list.contentTypes) {
    const contentType = plan.contentTypes.find((c) => same(c.id, id));
    if (contentType) steps.push({ step: { kind: 'listContentType', list, contentType }, present: state !== undefined && hasContentType(state.contentTypes, id) });
  }
  for (const column of list.fields.filter((f) => f.indexed)) steps.push({ step: { kind: 'index', list, column }, present: field(column.name)?.indexed === true });
  // Last: the list validation names the list's columns, so it follows them.
  if (state) {
    const changes = settingsChanges(list.settings, state.settings);
    steps.push({ step: { kind: 'listSettings', list, changes }, present: Object.keys(changes).length === 0 });
  } else {
    const changes: Record<string, unknown> = {};
    for (const k of AFTER_CREATION) if (list.settings[k] !== '') changes[k] = list.settings[k];
    if (Object.keys(changes).length > 0) steps.push({ step: { kind: 'listSettings', list, changes: changes as Partial<IListSettings> }, present: false });
  }
  return steps;
}

export function stepsFor(plan: ISetupPlan, state: ISiteState): IPlannedStep[] {
  const steps: IPlannedStep[] = plan.siteColumns.map((column) => ({ step: { kind: 'siteColumn', column }, present: state.siteColumns.some((n) => same(n, column.name)) }));
  for (const contentType of plan.contentTypes) {
    const have = state.contentTypes.find((c) => same(c.id, contentType.id));
    steps.push({ step: { kind: 'contentType', contentType }, present: have !== undefined });
    for (const column of contentType.fields) {
      steps.push({ step: { kind: 'contentTypeColumn', contentType, column }, present: have?.fields.some((n) => same(n, column)) === true });
    }
  }
  for (const list of plan.lists) steps.push(...listSteps(plan, list, state.lists.find((l) => same(l.url, list.url))));
  for (const id of plan.pageContentTypes) {
    const contentType = plan.contentTypes.find((c) => same(c.id, id));
    if (contentType && state.pagesLibrary) {
      steps.push({ step: { kind: 'pagesContentType', contentType }, present: hasContentType(state.pagesLibrary.contentTypes, id) });
    }
  }
  // Last: permissions need the lists, and a missing group or level stops only them.
  if (state.permissions) steps.push(...permissionSteps(plan, state.permissions));
  return steps;
}

/** Per list: its own permissions, as the plan gives them. A list the set-up does not create (Billeder) only if it exists. */
function permissionSteps(plan: ISetupPlan, p: IPermissionState): IPlannedStep[] {
  const steps: IPlannedStep[] = [];
  for (const list of plan.permissions) {
    const have = p.lists[list.url.toLowerCase()];
    if (!have && !plan.lists.some((l) => same(l.url, list.url))) continue;
    const all = list.assignments.map((a) => ({ plan: a, principalId: p.groups[groupKey(a.group)], roleId: p.roles[roleKey(a.role)] }));
    const holds = (a: IResolvedAssignment): boolean =>
      have?.unique === true && a.principalId !== undefined && a.roleId !== undefined && have.assignments.some((x) => x.principalId === a.principalId && x.roleIds.includes(a.roleId as number));
    const missing = all.filter((a) => !holds(a));
    steps.push({
      step: { kind: 'listPermissions', list, breakInheritance: have?.unique !== true, missing, all, fullControlId: p.roles[roleKey({ kind: 'type', type: 5 })] },
      present: have?.unique === true && missing.length === 0,
    });
  }
  return steps;
}

/** A stable key of a step, for React lists and for tests. */
export function stepKey(step: SetupStep): string {
  switch (step.kind) {
    case 'siteColumn':
      return `siteColumn:${step.column.name}`;
    case 'contentType':
    case 'pagesContentType':
      return `${step.kind}:${step.contentType.name}`;
    case 'contentTypeColumn':
      return `contentTypeColumn:${step.contentType.name}/${step.column}`;
    case 'list':
    case 'listSettings':
      return `${step.kind}:${step.list.url}`;
    case 'listColumn':
    case 'index':
      return `${step.kind}:${step.list.url}/${step.column.name}`;
    case 'listContentType':
      return `listContentType:${step.list.url}/${step.contentType.name}`;
    case 'listPermissions':
      return `listPermissions:${step.list.url}`;
  }
}
