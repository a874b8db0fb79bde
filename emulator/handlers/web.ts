/**
 * The web and its people: /_api/contextinfo, web, web/currentUser, web/ensureUser, web/siteUsers (by id, e-mail,
 * login name with @v alias), web/getUserById, web/siteGroups (by id, by name, users), and the path dispatcher that
 * routes everything under /_api/.
 */
import { issueDigest } from '../auth';
import { Errors, SpError } from '../errors';
import { ICtx, json, parseJsonBody, requireMethod } from '../http/context';
import { argNumber, argString, ISegment } from '../http/segments';
import { collectionDoc, entityDoc, entityProps, Json } from '../serialize';
import type { IGroupRow, IUserRow } from '../store/principals';
import type { IEmuResponse } from '../types';
import { handleFile, handleFolder } from './files';
import { applyJsonFilter } from './jsonFilter';
import { handleGetList, handleLists } from './lists';

function userProps(u: IUserRow): Json {
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

function userEntity(ctx: ICtx, u: IUserRow): Json {
  const link = `Web/GetUserById(${u.id})`;
  return entityProps(ctx.core, ctx.mode, { type: 'SP.User', id: `${ctx.core.apiBase()}${link}`, editLink: link }, userProps(u));
}

function userDoc(ctx: ICtx, u: IUserRow | undefined): IEmuResponse {
  if (!u) throw Errors.userNotFound();
  const link = `Web/GetUserById(${u.id})`;
  return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.User', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.Users1/@Element' }, userProps(u)));
}

function groupProps(g: IGroupRow): Json {
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
    OnlyAllowMembersViewMembership: false,
    OwnerTitle: 'Intranet Ejere',
    RequestToJoinLeaveEmailSetting: null,
  };
}

function groupEntity(ctx: ICtx, g: IGroupRow): Json {
  const link = `Web/SiteGroups/GetById(${g.id})`;
  return entityProps(ctx.core, ctx.mode, { type: 'SP.Group', id: `${ctx.core.apiBase()}${link}`, editLink: link }, groupProps(g));
}

function usersCollection(ctx: ICtx, users: IUserRow[]): IEmuResponse {
  const filtered = applyJsonFilter(users.map((u) => ({ ...userProps(u) })), ctx.req.url.searchParams.get('$filter'));
  const ids = new Set(filtered.map((u) => u.Id));
  return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.ApiData.Users1', users.filter((u) => ids.has(u.id)).map((u) => userEntity(ctx, u))));
}

function siteUsers(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  const p = ctx.core.principals;
  if (seg.args) {
    const a = seg.args[0]?.value;
    return userDoc(ctx, typeof a === 'number' ? p.user(a) : p.userByLogin(String(a ?? '')));
  }
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return usersCollection(ctx, p.users());
  }
  const [op] = rest;
  switch (op.name) {
    case 'getbyid':
      return userDoc(ctx, p.user(argNumber(op) ?? -1));
    case 'getbyemail':
      return userDoc(ctx, p.userByEmail(argString(op) ?? ''));
    case 'getbyloginname':
      return userDoc(ctx, p.userByLogin(argString(op) ?? ''));
    default:
      throw Errors.noResource(op.rawName);
  }
}

function siteGroups(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  const p = ctx.core.principals;
  let group: IGroupRow | undefined;
  let more = rest;
  if (seg.args) {
    group = p.group(argNumber(seg) ?? -1);
  } else if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    const values = applyJsonFilter(p.groups().map((g) => groupProps(g)), ctx.req.url.searchParams.get('$filter'));
    return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.ApiData.Groups', values.map((v) => groupEntity(ctx, p.group(Number(v.Id)) as IGroupRow))));
  } else {
    const [op, ...tail] = rest;
    more = tail;
    if (op.name === 'getbyid') group = p.group(argNumber(op) ?? -1);
    else if (op.name === 'getbyname') group = p.groupByTitle(argString(op) ?? '');
    else throw Errors.noResource(op.rawName);
  }
  if (!group) throw Errors.groupNotFound();
  if (more.length === 0) {
    const link = `Web/SiteGroups/GetById(${group.id})`;
    return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Group', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.Groups/@Element' }, groupProps(group)));
  }
  if (more[0].name === 'users') return usersCollection(ctx, p.members(group.id));
  throw Errors.noResource(more[0].rawName);
}

function webProps(ctx: ICtx): Json {
  return {
    AllowRssFeeds: true,
    Created: ctx.core.meta('created') ?? ctx.core.businessNowIso(),
    Description: ctx.core.site.description,
    Id: ctx.core.meta('webId'),
    Language: 1030,
    LastItemModifiedDate: ctx.core.businessNowIso(),
    ServerRelativeUrl: ctx.core.sitePath,
    Title: ctx.core.site.title,
    Url: ctx.core.siteUrl(),
    WebTemplate: 'SITEPAGEPUBLISHING',
  };
}

export function contextInfo(ctx: ICtx): IEmuResponse {
  requireMethod(ctx, 'POST');
  const props: Json = {
    FormDigestTimeoutSeconds: 1800,
    FormDigestValue: issueDigest(ctx.core, ctx.user.id, ctx.core.realNow()),
    LibraryVersion: '16.0.26325.12000',
    SiteFullUrl: ctx.core.siteUrl(),
    SupportedSchemaVersions: ['14.0.0.0', '15.0.0.0'],
    WebFullUrl: ctx.core.siteUrl(),
  };
  if (ctx.mode === 'verbose') return json(ctx, { d: { GetContextWebInformation: { __metadata: { type: 'SP.ContextWebInformation' }, ...props } } });
  return json(ctx, ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#SP.ContextWebInformation`, ...props } : props);
}

function handleWeb(ctx: ICtx, rest: ISegment[]): IEmuResponse {
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Web', id: `${ctx.core.apiBase()}Web`, editLink: 'Web', metadata: 'SP.ApiData.Webs/@Element' }, webProps(ctx)));
  }
  const [seg, ...more] = rest;
  switch (seg.name) {
    case 'lists':
      return handleLists(ctx, seg, more);
    case 'getlist':
      return handleGetList(ctx, seg, more);
    case 'currentuser':
      requireMethod(ctx, 'GET');
      return userDoc(ctx, ctx.user);
    case 'ensureuser': {
      requireMethod(ctx, 'POST');
      const fromArg = argString(seg);
      const logon = fromArg ?? parseJsonBody(ctx).logonName;
      if (typeof logon !== 'string' || logon.trim() === '') throw Errors.badQuery('The parameter logonName is required.');
      const u = ctx.core.principals.userByLogin(logon);
      if (!u) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`);
      return userDoc(ctx, u);
    }
    case 'siteusers':
      return siteUsers(ctx, seg, more);
    case 'getuserbyid':
      return userDoc(ctx, ctx.core.principals.user(argNumber(seg) ?? -1));
    case 'sitegroups':
      return siteGroups(ctx, seg, more);
    case 'getfolderbyserverrelativepath':
      return handleFolder(ctx, argString(seg, 'decodedurl') ?? argString(seg), more);
    case 'getfolderbyserverrelativeurl':
      return handleFolder(ctx, argString(seg), more);
    case 'getfilebyserverrelativepath':
      return handleFile(ctx, argString(seg, 'decodedurl') ?? argString(seg), more);
    case 'getfilebyserverrelativeurl':
    case 'getfilebyurl':
      return handleFile(ctx, argString(seg), more);
    default:
      throw Errors.noResource(seg.rawName);
  }
}

/** Routes a path below /_api/. */
export function dispatch(ctx: ICtx, segs: ISegment[]): IEmuResponse {
  if (segs.length === 0) throw Errors.noResource('_api');
  const [head, ...rest] = segs;
  switch (head.name) {
    case 'contextinfo':
      return contextInfo(ctx);
    case 'web':
      return handleWeb(ctx, rest);
    case 'lists':
      return handleLists(ctx, head, rest);
    case 'site':
      if (rest.length === 0) {
        requireMethod(ctx, 'GET');
        return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Site', id: `${ctx.core.apiBase()}Site`, editLink: 'Site' }, { Id: ctx.core.meta('siteId'), ServerRelativeUrl: ctx.core.sitePath, Url: ctx.core.siteUrl() }));
      }
      if (rest[0].name === 'rootweb') return handleWeb(ctx, rest.slice(1));
      throw Errors.noResource(rest[0].rawName);
    default:
      throw Errors.noResource(head.rawName);
  }
}
