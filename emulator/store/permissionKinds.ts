/**
 * SharePoint's rights (SP.PermissionKind) and permission levels as 64-bit masks, the way SharePoint Online reports
 * them in `EffectiveBasePermissions` and role definitions' `BasePermissions` ({High, Low}). One place for every rule
 * about what a permission level contains; the emulator's checks read these masks.
 */

/** SP.PermissionKind: the bit number + 1 of each right (PnPjs PermissionKind uses the same numbers). */
export const PERMISSION_KIND: Record<string, number> = {
  ViewListItems: 1,
  AddListItems: 2,
  EditListItems: 3,
  DeleteListItems: 4,
  ApproveItems: 5,
  OpenItems: 6,
  ViewVersions: 7,
  DeleteVersions: 8,
  CancelCheckout: 9,
  ManagePersonalViews: 10,
  ManageLists: 12,
  ViewFormPages: 13,
  AnonymousSearchAccessList: 14,
  Open: 17,
  ViewPages: 18,
  AddAndCustomizePages: 19,
  ApplyThemeAndBorder: 20,
  ApplyStyleSheets: 21,
  ViewUsageData: 22,
  CreateSSCSite: 23,
  ManageSubwebs: 24,
  CreateGroups: 25,
  ManagePermissions: 26,
  BrowseDirectories: 27,
  BrowseUserInfo: 28,
  AddDelPrivateWebParts: 29,
  UpdatePersonalWebParts: 30,
  ManageWeb: 31,
  AnonymousSearchAccessWebLists: 32,
  UseClientIntegration: 37,
  UseRemoteAPIs: 38,
  ManageAlerts: 39,
  CreateAlerts: 40,
  EditMyUserInfo: 41,
  EnumeratePermissions: 63,
};

/** Every right (SharePoint's FullMask: High 0x7FFFFFFF, Low 0xFFFFFFFF). */
export const FULL_MASK = (0x7fffffffn << 32n) | 0xffffffffn;

export function bit(kind: string): bigint {
  const n = PERMISSION_KIND[kind];
  if (n === undefined) throw new Error(`Unknown right '${kind}' (SP.PermissionKind names: ${Object.keys(PERMISSION_KIND).join(', ')})`);
  return 1n << BigInt(n - 1);
}

export function maskOf(kinds: readonly string[]): bigint {
  return kinds.reduce((m, k) => m | bit(k), 0n);
}

const READ = maskOf(['ViewListItems', 'OpenItems', 'ViewVersions', 'ViewFormPages', 'Open', 'ViewPages', 'CreateSSCSite', 'BrowseUserInfo', 'UseClientIntegration', 'UseRemoteAPIs', 'CreateAlerts']);
const CONTRIBUTE = READ | maskOf(['AddListItems', 'EditListItems', 'DeleteListItems', 'DeleteVersions', 'ManagePersonalViews', 'BrowseDirectories', 'AddDelPrivateWebParts', 'UpdatePersonalWebParts', 'EditMyUserInfo']);
const EDIT = CONTRIBUTE | bit('ManageLists');
const DESIGN = EDIT | maskOf(['ApproveItems', 'CancelCheckout', 'AddAndCustomizePages', 'ApplyThemeAndBorder', 'ApplyStyleSheets']);
const APPROVE = CONTRIBUTE | maskOf(['ApproveItems', 'CancelCheckout']);

export interface IRoleDefinition {
  id: number;
  name: string;
  description: string;
  /** SP.RoleType: 2 Reader, 3 Contributor, 4 WebDesigner, 5 Administrator, 6 Editor, 0 None (custom levels). */
  roleType: number;
  order: number;
  hidden: boolean;
  mask: bigint;
}

/** SharePoint Online's built-in levels with their ids and masks (Read 138612833/176 … Full Control FullMask). */
export const BUILT_IN_ROLES: IRoleDefinition[] = [
  { id: 1073741829, name: 'Full Control', description: 'Has full control.', roleType: 5, order: 1, hidden: false, mask: FULL_MASK },
  { id: 1073741828, name: 'Design', description: 'Can view, add, update, delete, approve, and customize.', roleType: 4, order: 32, hidden: false, mask: DESIGN },
  { id: 1073741830, name: 'Edit', description: 'Can add, edit and delete lists; can view, add, update and delete list items and documents.', roleType: 6, order: 48, hidden: false, mask: EDIT },
  { id: 1073741827, name: 'Contribute', description: 'Can view, add, update, and delete list items and documents.', roleType: 3, order: 64, hidden: false, mask: CONTRIBUTE },
  { id: 1073741826, name: 'Read', description: 'Can view pages and list items and download documents.', roleType: 2, order: 128, hidden: false, mask: READ },
  { id: 1073741925, name: 'Approve', description: 'Can edit and approve pages, list items, and documents.', roleType: 0, order: 160, hidden: false, mask: APPROVE },
];

/** Danish names of the same levels (a Danish-language site shows these). */
const DANISH: Record<string, string> = { 'fuld kontrol': 'Full Control', design: 'Design', rediger: 'Edit', bidrag: 'Contribute', 'læs': 'Read', godkend: 'Approve' };

export function builtInRole(name: string): IRoleDefinition | undefined {
  const n = name.toLowerCase();
  const english = DANISH[n] ?? name;
  return BUILT_IN_ROLES.find((r) => r.name.toLowerCase() === english.toLowerCase());
}

/** SharePoint's JSON for a mask: Edm.Int64 values as strings, `{"High":"432","Low":"1011028719"}`. */
export function basePermissionsJson(mask: bigint): { High: string; Low: string } {
  return { High: String(mask >> 32n), Low: String(mask & 0xffffffffn) };
}
