/**
 * The web and its people: /_api/contextinfo, web, web/currentUser, web/ensureUser, web/siteUsers (by id, e-mail,
 * login name with @v alias), web/getUserById, web/siteGroups (by id, by name, users), and the path dispatcher that
 * routes everything under /_api/.
 */
import { issueDigest } from '../auth';
import { Errors, SpError } from '../errors';
import { entityJson, ICtx, json, parseJsonBody, requireMethod } from '../http/context';
import { argNumber, argString, ISegment } from '../http/segments';
import type { Json } from '../serialize';
import type { IEmuResponse } from '../types';
import { handleFile, handleFileById } from './files';
import { folderCollection, handleFolder, handleFolderById, resolveFolder, subFolders } from './folders';
import { handlePermissionSegment, roleDefinitions } from './permissions';
import { handleWebExtra } from './webExtras';
import { handleWebFields, handleContentTypes } from './contentTypes';
import { registerItemHandler } from './itemHandle';
import { handleItem } from './items';
import { handleGetList, handleList, handleLists } from './lists';
import { handleSitePages } from './sitePages';
import { associatedGroup, handleUser, siteGroups, siteUsers } from './users';

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
    return entityJson(ctx, { type: 'SP.Web', id: `${ctx.core.apiBase()}Web`, editLink: 'Web', metadata: 'SP.ApiData.Webs/@Element' }, webProps(ctx));
  }
  const [seg, ...more] = rest;
  switch (seg.name) {
    case 'lists':
      return handleLists(ctx, seg, more);
    case 'getlist':
      return handleGetList(ctx, seg, more);
    case 'currentuser':
      return handleUser(ctx, ctx.user, more);
    case 'ensureuser': {
      requireMethod(ctx, 'POST');
      const fromArg = argString(seg);
      const logon = fromArg ?? parseJsonBody(ctx).logonName;
      if (typeof logon !== 'string' || logon.trim() === '') throw Errors.badQuery('The parameter logonName is required.');
      const u = ctx.core.principals.userByLogin(logon);
      if (!u) throw new SpError(500, '-2146232832, Microsoft.SharePoint.SPException', `The specified user ${logon} could not be found.`);
      return handleUser({ ...ctx, method: 'GET' }, u, more);
    }
    case 'siteusers':
      return siteUsers(ctx, seg, more);
    case 'getuserbyid':
      return handleUser(ctx, ctx.core.principals.user(argNumber(seg) ?? -1), more);
    case 'associatedownergroup':
    case 'associatedmembergroup':
    case 'associatedvisitorgroup':
      return associatedGroup(ctx, seg, more);
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
    case 'getfilebyid':
      return handleFileById(ctx, argString(seg), more);
    case 'getfolderbyid':
      return handleFolderById(ctx, argString(seg), more);
    case 'rootfolder':
      return handleFolder(ctx, ctx.core.sitePath, more);
    case 'folders':
      if (seg.args || more.length > 0) return handleFolder(ctx, ctx.core.sitePath, [seg, ...more]);
      requireMethod(ctx, 'GET');
      return folderCollection(ctx, subFolders(ctx, resolveFolder(ctx, ctx.core.sitePath)));
    case 'defaultdocumentlibrary': {
      const lib = ctx.core.catalogue.byUrl('Shared Documents', ctx.core.sitePath);
      if (!lib) throw Errors.listIdNotFound();
      return handleList(ctx, lib, more);
    }
    case 'roledefinitions':
      return roleDefinitions(ctx, seg, more);
    case 'fields':
      return handleWebFields(ctx, seg, more);
    case 'contenttypes':
    case 'availablecontenttypes':
      return handleContentTypes(ctx, undefined, seg, more);
    default: {
      const res = handlePermissionSegment(ctx, {}, seg, more) ?? handleWebExtra(ctx, seg, more);
      if (res) return res;
      throw Errors.noResource(seg.rawName);
    }
  }
}

registerItemHandler(handleItem);

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
    case 'sitepages':
      return handleSitePages(ctx, rest);
    case 'site':
      if (rest.length === 0) {
        requireMethod(ctx, 'GET');
        return entityJson(ctx, { type: 'SP.Site', id: `${ctx.core.apiBase()}Site`, editLink: 'Site' }, { Id: ctx.core.meta('siteId'), ServerRelativeUrl: ctx.core.sitePath, Url: ctx.core.siteUrl() });
      }
      if (rest[0].name === 'rootweb') return handleWeb(ctx, rest.slice(1));
      throw Errors.noResource(rest[0].rawName);
    default:
      throw Errors.noResource(head.rawName);
  }
}
