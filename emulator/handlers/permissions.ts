/**
 * Permissions as SharePoint reports them: `EffectiveBasePermissions` and `EffectiveBasePermissionsForUI` of the web,
 * a list or an item ({High, Low} as strings, the way PnPjs's hasPermissions reads them),
 * `getUserEffectivePermissions(@user)` (another user's only with EnumeratePermissions, i.e. Full Control), and
 * `roleDefinitions` and `roleAssignments` (with `Member` and `RoleDefinitionBindings` expandable); a list's own
 * permissions: `breakRoleInheritance` and `roleAssignments/addRoleAssignment`, `removeRoleAssignment`.
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, hasPerm, ICtx, json, requireMethod } from '../http/context';
import { argNumber, argString, ISegment } from '../http/segments';
import type { IListDef } from '../model';
import type { IEntityMeta, Json } from '../serialize';
import { entityProps } from '../serialize';
import { basePermissionsJson, bit, IRoleDefinition } from '../store/permissionKinds';
import type { Row } from '../store/items';
import type { IEmuResponse } from '../types';
import { groupProps, userProps } from './users';

/** A securable object: the web, a list, or an item of a list. */
export interface ISecurable {
  list?: IListDef;
  row?: Row;
}

/**
 * A user's rights on a securable. Items inherit their list's; where the list's item-level security keeps the user
 * from editing an item of someone else (WriteSecurity 2), the item's mask has no edit or delete rights (the emulator's
 * choice: SharePoint may still report them and refuse the save).
 */
export function maskFor(ctx: ICtx, userId: number, s: ISecurable): bigint {
  let m = ctx.core.principals.mask(userId, s.list);
  if (s.list && s.row && s.list.writeSecurity !== 1 && Number(s.row.AuthorId) !== userId && (m & bit('ManageLists')) === 0n) {
    m &= ~(bit('EditListItems') | bit('DeleteListItems'));
  }
  return m;
}

function permsDoc(ctx: ICtx, name: string, mask: bigint): IEmuResponse {
  const v = basePermissionsJson(mask);
  if (ctx.mode === 'verbose') return json(ctx, { d: { [name]: { __metadata: { type: 'SP.BasePermissions' }, ...v } } });
  if (ctx.mode === 'nometadata') return json(ctx, v);
  return json(ctx, { 'odata.metadata': `${ctx.core.apiBase()}$metadata#SP.BasePermissions`, ...v });
}

/** Segments about permissions on a securable; undefined when the segment is something else. */
export function handlePermissionSegment(ctx: ICtx, s: ISecurable, seg: ISegment, rest: ISegment[]): IEmuResponse | undefined {
  switch (seg.name) {
    case 'effectivebasepermissions':
    case 'effectivebasepermissionsforui':
      requireMethod(ctx, 'GET');
      if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
      return permsDoc(ctx, seg.name === 'effectivebasepermissions' ? 'EffectiveBasePermissions' : 'EffectiveBasePermissionsForUI', maskFor(ctx, ctx.user.id, s));
    case 'getusereffectivepermissions': {
      if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
      const login = argString(seg, 'username') ?? argString(seg) ?? '';
      const u = ctx.core.principals.userByLogin(login);
      if (!u) throw Errors.userNotFound();
      if (u.id !== ctx.user.id && (ctx.core.principals.mask(ctx.user.id, s.list) & bit('EnumeratePermissions')) === 0n) throw Errors.accessDenied();
      return permsDoc(ctx, 'GetUserEffectivePermissions', maskFor(ctx, u.id, s));
    }
    case 'roleassignments':
      if (ctx.method === 'POST' && s.list && !s.row) return changeRoleAssignment(ctx, s.list, rest);
      return roleAssignments(ctx, s.list, seg, rest);
    case 'breakroleinheritance':
      if (!s.list || s.row) throw Errors.noResource(seg.rawName);
      return breakInheritance(ctx, s.list, seg, rest);
    case 'hasuniqueroleassignments':
      requireMethod(ctx, 'GET');
      return json(ctx, ctx.mode === 'verbose' ? { d: { HasUniqueRoleAssignments: hasUnique(ctx, s) } } : { value: hasUnique(ctx, s) });
    default:
      return undefined;
  }
}

function hasUnique(ctx: ICtx, s: ISecurable): boolean {
  if (s.row || !s.list) return !s.list;
  return ctx.core.principals.scopeOf(s.list) === s.list.id;
}

function roleMeta(ctx: ICtx, r: IRoleDefinition): IEntityMeta {
  const link = `Web/RoleDefinitions(${r.id})`;
  return { type: 'SP.RoleDefinition', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.RoleDefinitions/@Element' };
}

function roleProps(r: IRoleDefinition): Json {
  return { BasePermissions: basePermissionsJson(r.mask), Description: r.description, Hidden: r.hidden, Id: r.id, Name: r.name, Order: r.order, RoleTypeKind: r.roleType };
}

export function roleDefinitions(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  requireMethod(ctx, 'GET');
  const all = ctx.core.principals.roleDefinitions();
  let one: IRoleDefinition | undefined;
  let more = rest;
  if (seg.args) {
    one = all.find((r) => r.id === argNumber(seg));
  } else if (rest.length === 0) {
    return collectionJson(ctx, 'SP.ApiData.RoleDefinitions', all.map((r) => ({ meta: roleMeta(ctx, r), props: roleProps(r) })));
  } else {
    const [op, ...tail] = rest;
    more = tail;
    if (op.name === 'getbyid') one = all.find((r) => r.id === argNumber(op));
    else if (op.name === 'getbyname') one = all.find((r) => r.name.toLowerCase() === (argString(op) ?? '').toLowerCase());
    else if (op.name === 'getbytype') one = all.find((r) => r.roleType === argNumber(op) && r.roleType !== 0);
    else throw Errors.noResource(op.rawName);
  }
  if (!one) throw Errors.noResource(seg.rawName);
  if (more.length > 0) throw Errors.noResource(more[0].rawName);
  return entityJson(ctx, roleMeta(ctx, one), roleProps(one));
}

function roleAssignments(ctx: ICtx, list: IListDef | undefined, seg: ISegment, rest: ISegment[]): IEmuResponse {
  requireMethod(ctx, 'GET');
  const p = ctx.core.principals;
  const scope = p.scopeOf(list);
  const byPrincipal = new Map<number, IRoleDefinition[]>();
  for (const a of p.assignments(scope)) byPrincipal.set(a.principal_id, [...(byPrincipal.get(a.principal_id) ?? []), p.roleDefinition(a.role)]);
  const expand = (ctx.req.url.searchParams.get('$expand') ?? '').toLowerCase().split(',').map((x) => x.trim());
  const base = list ? `Web/Lists(guid'${list.id}')/RoleAssignments` : 'Web/RoleAssignments';
  const entry = (principalId: number): { meta: IEntityMeta; props: Json } => {
    const props: Json = { PrincipalId: principalId };
    if (expand.includes('member')) {
      const g = p.group(principalId);
      const u = g ? undefined : p.user(principalId);
      props.Member = g ? entityProps(ctx.core, ctx.mode, { type: 'SP.Group', id: `${ctx.core.apiBase()}Web/SiteGroups/GetById(${g.id})` }, groupProps(g)) : u ? entityProps(ctx.core, ctx.mode, { type: 'SP.User', id: `${ctx.core.apiBase()}Web/GetUserById(${u.id})` }, userProps(u)) : null;
    }
    if (expand.includes('roledefinitionbindings')) {
      const defs = (byPrincipal.get(principalId) ?? []).map((r) => entityProps(ctx.core, ctx.mode, roleMeta(ctx, r), roleProps(r)));
      props.RoleDefinitionBindings = ctx.mode === 'verbose' ? { results: defs } : defs;
    }
    const link = `${base}/GetByPrincipalId(${principalId})`;
    return { meta: { type: 'SP.RoleAssignment', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.RoleAssignments/@Element' }, props };
  };
  let id: number | undefined;
  let more = rest;
  if (seg.args) id = argNumber(seg);
  else if (rest.length > 0 && rest[0].name === 'getbyprincipalid') {
    id = argNumber(rest[0]);
    more = rest.slice(1);
  } else if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
  if (id === undefined) return collectionJson(ctx, 'SP.ApiData.RoleAssignments', [...byPrincipal.keys()].map(entry));
  if (!byPrincipal.has(id)) throw Errors.noResource(seg.rawName);
  if (more.length === 0) return entityJson(ctx, entry(id).meta, entry(id).props);
  if (more[0].name === 'roledefinitionbindings' && more.length === 1) {
    return collectionJson(ctx, 'SP.ApiData.RoleDefinitions', (byPrincipal.get(id) ?? []).map((r) => ({ meta: roleMeta(ctx, r), props: roleProps(r) })));
  }
  if (more[0].name === 'member' && more.length === 1) {
    const g = p.group(id);
    if (g) return entityJson(ctx, { type: 'SP.Group', id: `${ctx.core.apiBase()}Web/SiteGroups/GetById(${g.id})` }, groupProps(g));
  }
  throw Errors.noResource(more[0].rawName);
}

/**
 * POST list/breakroleinheritance(copyroleassignments=…, clearsubscopes=…): the list gets permissions of its own, a copy
 * of the web's or, without the copy, only the caller with Full Control (so they keep managing it). Nothing changes on
 * a list that already has its own.
 */
function breakInheritance(ctx: ICtx, list: IListDef, seg: ISegment, rest: ISegment[]): IEmuResponse {
  requireMethod(ctx, 'POST');
  if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
  if (!ctx.core.principals.perms(ctx.user.id, list).has('managePermissions')) throw Errors.accessDenied();
  const copy = seg.args?.find((a) => a.key?.trim().toLowerCase() === 'copyroleassignments')?.value ?? seg.args?.[0]?.value;
  if (typeof copy !== 'boolean') throw Errors.badQuery('The parameter copyRoleAssignments must be true or false.');
  const p = ctx.core.principals;
  if (p.scopeOf(list) === list.id) return noContentResponse();
  if (copy) for (const a of p.assignments('web')) p.assign(list.id, a.principal_id, a.role, 'rest');
  else p.assign(list.id, ctx.user.id, 'Full Control', 'rest');
  return noContentResponse();
}

/** POST list/roleassignments/addroleassignment(principalid=…, roledefid=…) and removeroleassignment(…), on a list with its own permissions. */
function changeRoleAssignment(ctx: ICtx, list: IListDef, rest: ISegment[]): IEmuResponse {
  const [op, ...more] = rest;
  if (!op || more.length > 0 || (op.name !== 'addroleassignment' && op.name !== 'removeroleassignment')) throw Errors.noResource(op?.rawName ?? 'RoleAssignments');
  const p = ctx.core.principals;
  if (!p.perms(ctx.user.id, list).has('managePermissions')) throw Errors.accessDenied();
  if (p.scopeOf(list) !== list.id) throw Errors.badQuery('This operation is not allowed on an object that inherits permissions.');
  const principalId = Number(op.args?.find((a) => a.key?.trim().toLowerCase() === 'principalid')?.value);
  const roleId = Number(op.args?.find((a) => a.key?.trim().toLowerCase() === 'roledefid')?.value);
  if (!p.user(principalId) && !p.group(principalId)) throw Errors.badQuery('Cannot find the principal with id: ' + String(principalId) + '.');
  const role = p.roleDefinitions().find((r) => r.id === roleId);
  if (!role) throw Errors.badQuery('Cannot find the role definition with id: ' + String(roleId) + '.');
  if (op.name === 'addroleassignment') p.assign(list.id, principalId, role.name, 'rest');
  else p.unassign(list.id, principalId, role.name);
  return noContentResponse();
}

function noContentResponse(): IEmuResponse {
  return { status: 200, headers: {}, body: '' };
}

/** Whether the current user may manage the web (owners): the property bag and other web settings. */
export function canManageWeb(ctx: ICtx): boolean {
  return hasPerm(ctx, 'manageWeb');
}
