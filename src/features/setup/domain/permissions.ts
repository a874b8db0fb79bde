/**
 * The permissions the product relies on, per list (the README's deployment step 4; the local SharePoint applies the
 * same from emulator/site.json, and a test holds the two together): the site's own groups (owners, members, visitors)
 * and the groups HR and Kommunikation, each with a permission level. Built-in levels are named by their type, since
 * a Danish site calls them Fuld kontrol, Bidrag, …; the site's own level *Læs uden versioner* by its name.
 */

export type GroupRef = { readonly kind: 'associated'; readonly which: 'owners' | 'members' | 'visitors' } | { readonly kind: 'named'; readonly name: string };

/** SP.RoleType: 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator (Full Control), 6 Editor. */
export type RoleRef = { readonly kind: 'type'; readonly type: 2 | 3 | 4 | 5 | 6 } | { readonly kind: 'named'; readonly name: string };

export interface IRoleAssignmentPlan {
  readonly group: GroupRef;
  readonly role: RoleRef;
}

export interface IListPermissionsPlan {
  readonly title: string;
  /** Web-relative URL. */
  readonly url: string;
  readonly assignments: readonly IRoleAssignmentPlan[];
}

const owners: GroupRef = { kind: 'associated', which: 'owners' };
const visitors: GroupRef = { kind: 'associated', which: 'visitors' };
const HR: GroupRef = { kind: 'named', name: 'HR' };
const COMMS: GroupRef = { kind: 'named', name: 'Kommunikation' };
const FULL_CONTROL: RoleRef = { kind: 'type', type: 5 };
const CONTRIBUTE: RoleRef = { kind: 'type', type: 3 };
const DESIGN: RoleRef = { kind: 'type', type: 4 };
const EDIT: RoleRef = { kind: 'type', type: 6 };
/** Read without View Versions: visitors see what is approved, never earlier drafts or a rejection's reason. */
export const READ_WITHOUT_VERSIONS: RoleRef = { kind: 'named', name: 'Læs uden versioner' };

export const LIST_PERMISSIONS: readonly IListPermissionsPlan[] = [
  { title: 'Navnenyt', url: 'Lists/Navnenyt', assignments: [{ group: owners, role: FULL_CONTROL }, { group: visitors, role: READ_WITHOUT_VERSIONS }, { group: HR, role: CONTRIBUTE }, { group: COMMS, role: DESIGN }] },
  { title: 'Medarbejderportrætter', url: 'Lists/Medarbejderportraetter', assignments: [{ group: owners, role: FULL_CONTROL }, { group: visitors, role: READ_WITHOUT_VERSIONS }, { group: COMMS, role: DESIGN }] },
  { title: 'Privatlivsvalg', url: 'Lists/Privatlivsvalg', assignments: [{ group: owners, role: FULL_CONTROL }, { group: visitors, role: CONTRIBUTE }, { group: HR, role: EDIT }] },
  { title: 'Medarbejdere', url: 'Lists/Medarbejdere', assignments: [{ group: owners, role: FULL_CONTROL }, { group: HR, role: FULL_CONTROL }] },
  { title: 'Medarbejderindlæsninger', url: 'Lists/Medarbejderindlaesninger', assignments: [{ group: owners, role: FULL_CONTROL }, { group: HR, role: CONTRIBUTE }] },
  { title: 'Billeder', url: 'Billeder', assignments: [{ group: owners, role: FULL_CONTROL }, { group: visitors, role: READ_WITHOUT_VERSIONS }, { group: HR, role: CONTRIBUTE }, { group: COMMS, role: CONTRIBUTE }] },
];

export function groupKey(g: GroupRef): string {
  return g.kind === 'associated' ? g.which : `group:${g.name}`;
}

export function roleKey(r: RoleRef): string {
  return r.kind === 'type' ? `type:${r.type}` : `role:${r.name}`;
}

/** What a run needs but the site lacks, and only a person can make: a group (and its members) or a permission level. */
export class SetupProblem extends Error {
  public readonly kind: 'missingGroup' | 'missingRole';
  public readonly what: string;

  public constructor(kind: 'missingGroup' | 'missingRole', what: string) {
    super(`${kind === 'missingGroup' ? 'The group' : 'The permission level'} ${what} does not exist on the site`);
    this.name = 'SetupProblem';
    this.kind = kind;
    this.what = what;
  }
}
