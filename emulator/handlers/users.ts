/**
 * Site users and SharePoint groups: web/currentUser, web/siteUsers (by id, e-mail, login name with @v alias),
 * web/getUserById, a user's `groups`, web/siteGroups (by id, by name, POST to create, removeById, removeByLoginName),
 * the associated owner, member and visitor groups, and a group's `users` (GET, add by LoginName, removeById,
 * removeByLoginName). Creating groups needs CreateGroups; changing a group or its members needs ManagePermissions or
 * membership of the group's owner group (AllowMembersEditMembership is false), as in SharePoint. A group with
 * OnlyAllowMembersViewMembership shows its members only to its members and owners (403 for everyone else).
 */
import { Errors, SpError } from '../errors';
import { collectionJson, entityJson, hasPerm, ICtx, noContent, parseJsonBody, requireMethod } from '../http/context';
import { argNumber, argString, ISegment } from '../http/segments';
import type { IEntityMeta, Json } from '../serialize';
import type { IGroupRow, IUserRow } from '../store/principals';
import type { IEmuResponse } from '../types';
import { applyJsonFilter } from './jsonFilter';

/** The associated groups of the site (web.AssociatedOwnerGroup/MemberGroup/VisitorGroup). */
const ASSOCIATED: Record<string, string> = { associatedownergroup: 'Intranet Ejere', associatedmembergroup: 'Intranet Medlemmer', associatedvisitorgroup: 'Intranet Besøgende' };
const OWNER_GROUP = ASSOCIATED.associatedownergroup;

export function userProps(u: IUserRow): Json {
  return {
    Id: u.id,
    IsHiddenInUI: false,
    LoginName: u.login,
    Title: u.title,
    PrincipalType: 1,
    Email: u.email,
    Expiration: '',
    IsEmailAuthenticationGuestUser: false,
    IsShareByEmailGuestUser: false,
    IsSiteAdmin: u.is_site_admin === 1,
    UserId: { NameId: u.guid.replace(/-/g, '').slice(0, 16), NameIdIssuer: 'urn:federation:microsoftonline' },
    UserPrincipalName: u.email,
  };
}

function userMeta(ctx: ICtx, u: IUserRow): IEntityMeta {
  const link = `Web/GetUserById(${u.id})`;
  return { type: 'SP.User', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.Users1/@Element' };
}

export function groupProps(g: IGroupRow): Json {
  return {
    Id: g.id,
    IsHiddenInUI: false,
    LoginName: g.title,
    Title: g.title,
    PrincipalType: 8,
    AllowMembersEditMembership: false,
    AllowRequestToJoinLeave: false,
    AutoAcceptRequestToJoinLeave: false,
    Description: g.description,
    OnlyAllowMembersViewMembership: g.only_members_view === 1,
    OwnerTitle: OWNER_GROUP,
    RequestToJoinLeaveEmailSetting: null,
  };
}

function groupMeta(ctx: ICtx, g: IGroupRow): IEntityMeta {
  const link = `Web/SiteGroups/GetById(${g.id})`;
  return { type: 'SP.Group', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.Groups/@Element' };
}

function usersCollection(ctx: ICtx, users: IUserRow[]): IEmuResponse {
  const filtered = applyJsonFilter(users.map((u) => ({ ...userProps(u) })), ctx.req.url.searchParams.get('$filter'));
  const ids = new Set(filtered.map((u) => u.Id));
  return collectionJson(ctx, 'SP.ApiData.Users1', users.filter((u) => ids.has(u.id)).map((u) => ({ meta: userMeta(ctx, u), props: userProps(u) })));
}

function groupsCollection(ctx: ICtx, groups: IGroupRow[]): IEmuResponse {
  const values = applyJsonFilter(groups.map((g) => groupProps(g)), ctx.req.url.searchParams.get('$filter'));
  const ids = new Set(values.map((v) => v.Id));
  return collectionJson(ctx, 'SP.ApiData.Groups', groups.filter((g) => ids.has(g.id)).map((g) => ({ meta: groupMeta(ctx, g), props: groupProps(g) })));
}

/**
 * One user and what follows it: the user (GET), or its `groups` — the groups the user is a member of directly. A
 * membership through a claim (the visitors group's "Everyone except external users") is not listed, as in SharePoint.
 */
export function handleUser(ctx: ICtx, u: IUserRow | undefined, rest: ISegment[]): IEmuResponse {
  if (!u) throw Errors.userNotFound();
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return entityJson(ctx, userMeta(ctx, u), userProps(u));
  }
  const [seg, ...more] = rest;
  if (seg.name === 'groups' && !seg.args && more.length === 0) {
    requireMethod(ctx, 'GET');
    return groupsCollection(ctx, ctx.core.principals.groupsOf(u.id).filter((g) => g.everyone !== 1));
  }
  if (seg.name === 'groups') return handleGroupSegments(ctx, ctx.core.principals.groupsOf(u.id).filter((g) => g.everyone !== 1), seg, more);
  throw Errors.noResource(seg.rawName);
}

export function siteUsers(ctx: ICtx, seg: ISegment, rest: ISegment[], group?: IGroupRow): IEmuResponse {
  const p = ctx.core.principals;
  const scope = group ? p.members(group.id) : p.users();
  const inScope = (u: IUserRow | undefined): IUserRow | undefined => (u && scope.some((x) => x.id === u.id) ? u : undefined);
  if (seg.args) {
    const a = seg.args[0]?.value;
    return handleUser(ctx, inScope(typeof a === 'number' ? p.user(a) : p.userByLogin(String(a ?? ''))), rest);
  }
  if (rest.length === 0) {
    if (ctx.method === 'GET') return usersCollection(ctx, scope);
    requireMethod(ctx, 'POST');
    if (!group) throw Errors.badQuery('Add users with web/ensureUser.');
    return addMember(ctx, group);
  }
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyid':
      return handleUser(ctx, inScope(p.user(argNumber(op) ?? -1)), more);
    case 'getbyemail':
      return handleUser(ctx, inScope(p.userByEmail(argString(op) ?? '')), more);
    case 'getbyloginname':
      return handleUser(ctx, inScope(p.userByLogin(argString(op) ?? '')), more);
    case 'removebyid':
    case 'removebyloginname': {
      requireMethod(ctx, 'POST');
      if (!group) throw Errors.noResource(op.rawName);
      const u = op.name === 'removebyid' ? p.user(argNumber(op) ?? -1) : p.userByLogin(argString(op) ?? '');
      requireGroupOwner(ctx);
      if (!u || !scope.some((x) => x.id === u.id)) throw Errors.userNotFound();
      p.setMembers(group.id, scope.filter((x) => x.id !== u.id).map((x) => x.id));
      return noContent();
    }
    default:
      throw Errors.noResource(op.rawName);
  }
}

/** The group's owners: members of the owner group and those with ManagePermissions. */
function isGroupOwner(ctx: ICtx): boolean {
  if (hasPerm(ctx, 'managePermissions')) return true;
  const owner = ctx.core.principals.groupByTitle(OWNER_GROUP);
  return owner !== undefined && ctx.core.principals.members(owner.id).some((u) => u.id === ctx.user.id);
}

/** Only the group's owners change a group. */
function requireGroupOwner(ctx: ICtx): void {
  if (!isGroupOwner(ctx)) throw Errors.accessDenied();
}

/** OnlyAllowMembersViewMembership: only members and owners see who the members are. */
function requireMembershipVisible(ctx: ICtx, group: IGroupRow): void {
  if (group.only_members_view !== 1 || isGroupOwner(ctx)) return;
  if (!ctx.core.principals.members(group.id).some((u) => u.id === ctx.user.id)) throw Errors.accessDenied();
}

/** A boolean group setting from a request body: undefined when absent, 400 when not a boolean. */
function boolSetting(body: Record<string, unknown>, key: string): boolean | undefined {
  const v = body[key];
  if (v === undefined) return undefined;
  if (typeof v !== 'boolean') throw Errors.badValue('Edm.Boolean');
  return v;
}

function addMember(ctx: ICtx, group: IGroupRow): IEmuResponse {
  const body = parseJsonBody(ctx);
  const login = body.LoginName;
  if (typeof login !== 'string' || login.trim() === '') throw Errors.badQuery('The parameter LoginName is required.');
  requireGroupOwner(ctx);
  if (group.everyone) throw Errors.badQuery(`The group '${group.title}' holds everyone; its members cannot be changed one by one.`);
  const u = ctx.core.principals.userByLogin(login);
  if (!u) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${login} could not be found.`);
  const current = ctx.core.principals.members(group.id).map((x) => x.id);
  ctx.core.principals.setMembers(group.id, [...new Set([...current, u.id])]);
  return entityJson(ctx, userMeta(ctx, u), userProps(u), 201);
}

function addGroup(ctx: ICtx): IEmuResponse {
  if (!hasPerm(ctx, 'createGroups')) throw Errors.accessDenied();
  const body = parseJsonBody(ctx);
  for (const k of Object.keys(body)) {
    if (!['Title', 'Description', '__metadata', 'AllowMembersEditMembership', 'OnlyAllowMembersViewMembership', 'AllowRequestToJoinLeave', 'AutoAcceptRequestToJoinLeave'].includes(k)) throw Errors.unknownProperty(k, 'SP.Group');
  }
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw Errors.badQuery('The group Title is required.');
  if (title.length > 255) throw new SpError(400, '-2147024809, System.ArgumentException', 'The group name is too long. It may contain at most 255 characters.');
  if (ctx.core.principals.groupByTitle(title) || ctx.core.principals.userByLogin(title)) throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
  const onlyMembers = boolSetting(body, 'OnlyAllowMembersViewMembership');
  const id = ctx.core.principals.ensureGroup(title, typeof body.Description === 'string' ? body.Description : '', false, 'rest');
  if (onlyMembers !== undefined) ctx.core.principals.setOnlyMembersView(id, onlyMembers);
  const g = ctx.core.principals.group(id) as IGroupRow;
  return entityJson(ctx, groupMeta(ctx, g), groupProps(g), 201);
}

function handleGroupSegments(ctx: ICtx, scope: IGroupRow[], seg: ISegment, rest: ISegment[]): IEmuResponse {
  const p = ctx.core.principals;
  const inScope = (g: IGroupRow | undefined): IGroupRow | undefined => (g && scope.some((x) => x.id === g.id) ? g : undefined);
  if (seg.args) return handleGroup(ctx, inScope(p.group(argNumber(seg) ?? -1)), rest);
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyid':
      return handleGroup(ctx, inScope(p.group(argNumber(op) ?? -1)), more);
    case 'getbyname':
      return handleGroup(ctx, inScope(p.groupByTitle(argString(op) ?? '')), more);
    default:
      throw Errors.noResource(op.rawName);
  }
}

export function siteGroups(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  const p = ctx.core.principals;
  if (!seg.args && rest.length === 0) {
    if (ctx.method === 'GET') return groupsCollection(ctx, p.groups());
    requireMethod(ctx, 'POST');
    return addGroup(ctx);
  }
  const op = rest[0];
  if (!seg.args && (op.name === 'removebyid' || op.name === 'removebyloginname')) {
    requireMethod(ctx, 'POST');
    if (rest.length > 1) throw Errors.noResource(rest[1].rawName);
    if (!hasPerm(ctx, 'createGroups')) throw Errors.accessDenied();
    const g = op.name === 'removebyid' ? p.group(argNumber(op) ?? -1) : p.groupByTitle(argString(op) ?? '');
    if (!g) throw Errors.groupNotFound();
    if (Object.values(ASSOCIATED).includes(g.title)) throw new SpError(400, '-2146232832, Microsoft.SharePoint.SPException', 'You cannot delete the associated owner, member or visitor group of the site.');
    p.deleteGroup(g.id);
    return noContent();
  }
  return handleGroupSegments(ctx, p.groups(), seg, rest);
}

/** web/associatedOwnerGroup, associatedMemberGroup, associatedVisitorGroup. */
export function associatedGroup(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  return handleGroup(ctx, ctx.core.principals.groupByTitle(ASSOCIATED[seg.name]), rest);
}

function handleGroup(ctx: ICtx, group: IGroupRow | undefined, rest: ISegment[]): IEmuResponse {
  if (!group) throw Errors.groupNotFound();
  if (rest.length === 0) {
    if (ctx.method === 'GET') return entityJson(ctx, groupMeta(ctx, group), groupProps(group));
    requireMethod(ctx, 'MERGE', 'PATCH');
    requireGroupOwner(ctx);
    const body = parseJsonBody(ctx);
    for (const k of Object.keys(body)) if (!['Title', 'Description', 'OnlyAllowMembersViewMembership', '__metadata'].includes(k)) throw Errors.unknownProperty(k, 'SP.Group');
    const onlyMembers = boolSetting(body, 'OnlyAllowMembersViewMembership');
    if (onlyMembers !== undefined) ctx.core.principals.setOnlyMembersView(group.id, onlyMembers);
    if (typeof body.Title === 'string' && body.Title !== group.title && ctx.core.principals.groupByTitle(body.Title)) throw new SpError(400, '-2130575293, Microsoft.SharePoint.SPException', 'The specified name is already in use.');
    ctx.core.principals.updateGroup(group.id, typeof body.Title === 'string' ? body.Title : group.title, typeof body.Description === 'string' ? body.Description : group.description ?? '');
    return noContent();
  }
  const [seg, ...more] = rest;
  if (seg.name === 'users') {
    requireMembershipVisible(ctx, group);
    return siteUsers(ctx, seg, more, group);
  }
  throw Errors.noResource(seg.rawName);
}
