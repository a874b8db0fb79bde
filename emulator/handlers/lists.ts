/**
 * Lists: the web's list collection (GET, POST to add), a list by title (case-insensitive), by id (`lists('guid')`,
 * `lists(guid'…')`, `getById`), or by URL (`getList`), its properties, MERGE (update), DELETE, and its children:
 * items, fields, rootFolder.
 */
import { Errors } from '../errors';
import { MAX_LIST_TITLE } from '../limits';
import { hasPerm, ICtx, isVerboseBody, json, noContent, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argNumber, argString, ISegment } from '../http/segments';
import type { IListDef, IListValidation } from '../model';
import { compileValidation } from '../validation';
import { collectionDoc, entityDoc, entityProps, Json, selectProps } from '../serialize';
import type { IEmuResponse } from '../types';
import { handleFields } from './fields';
import { handleContentTypes, handleViews } from './contentTypes';
import { handleFolder } from './folders';
import { handlePermissionSegment } from './permissions';
import { handleItem, handleItems } from './items';
import { applyJsonFilter } from './jsonFilter';
import { ensureSitePagesLibrary } from './sitePages';

function listProps(ctx: ICtx, list: IListDef): Json {
  const count = ctx.core.items.count(list);
  return {
    AllowContentTypes: true,
    BaseTemplate: list.template,
    BaseType: list.baseType,
    ContentTypesEnabled: true,
    Created: list.created,
    Description: list.description,
    EnableAttachments: list.baseType === 0,
    EnableModeration: list.moderated,
    // Site Pages keeps major and minor versions (drafts); other lists major versions only.
    EnableMinorVersions: list.template === 119,
    ForceCheckout: false,
    EnableVersioning: list.versioning,
    EntityTypeName: list.entity.replace(/^SP\.Data\./, '').replace(/Item$/, ''),
    Hidden: false,
    Id: list.id,
    ItemCount: count,
    LastItemModifiedDate: list.created,
    ListItemEntityTypeFullName: list.entity,
    ParentWebUrl: ctx.core.sitePath,
    ReadSecurity: list.readSecurity,
    WriteSecurity: list.writeSecurity,
    // Site Pages: drafts (minor versions) are seen by those who can edit items, SharePoint's setting for the library.
    DraftVersionVisibility: list.template === 119 ? 1 : list.draftVisibility,
    ValidationFormula: list.validation?.formula ?? '',
    ValidationMessage: list.validation?.message ?? '',
    Title: list.title,
    HasUniqueRoleAssignments: ctx.core.principals.scopeOf(list) === list.id,
  };
}

function listEntity(ctx: ICtx, list: IListDef): Json {
  const link = `Web/Lists(guid'${list.id}')`;
  return entityProps(ctx.core, ctx.mode, { type: 'SP.List', id: `${ctx.core.apiBase()}${link}`, editLink: link, etag: '"1"' }, listProps(ctx, list));
}

export function handleLists(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  if (seg.args) return handleList(ctx, byId(ctx, argString(seg)), rest);
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      const visible = ctx.core.catalogue.all().filter((l) => hasPerm(ctx, 'view', l));
      const values = applyJsonFilter(visible.map((l) => listProps(ctx, l)), ctx.req.url.searchParams.get('$filter'));
      const sel = ctx.req.url.searchParams.get('$select');
      return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.ApiData.Lists', values.map((v) => selectProps(listEntity(ctx, ctx.core.catalogue.byId(String(v.Id)) as IListDef), sel))));
    }
    requireMethod(ctx, 'POST');
    return addList(ctx);
  }
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbytitle': {
      const title = argString(op) ?? '';
      const list = ctx.core.catalogue.byTitle(title);
      if (!list || !hasPerm(ctx, 'view', list)) throw Errors.listNotFound(title, ctx.core.siteUrl());
      return handleList(ctx, list, more);
    }
    case 'getbyid':
      return handleList(ctx, byId(ctx, argString(op)), more);
    case 'ensureclientrenderedsitepageslibrary':
      return handleList({ ...ctx, method: 'GET' }, ensureSitePagesLibrary(ctx), more);
    case 'ensuresiteassetslibrary': {
      requireMethod(ctx, 'POST');
      const lib = ctx.core.catalogue.byUrl('SiteAssets', ctx.core.sitePath);
      if (!lib) throw Errors.listIdNotFound();
      return handleList({ ...ctx, method: 'GET' }, lib, []);
    }
    default:
      throw Errors.noResource(op.rawName);
  }
}

export function byId(ctx: ICtx, id: string | undefined): IListDef {
  const list = id ? ctx.core.catalogue.byId(id) : undefined;
  if (!list || !hasPerm(ctx, 'view', list)) throw Errors.listIdNotFound();
  return list;
}

export function handleGetList(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  const url = argString(seg) ?? '';
  const path = /^https?:\/\//i.test(url) ? new URL(url).pathname : url;
  const list = ctx.core.catalogue.byUrl(decodeURI(path), ctx.core.sitePath);
  if (!list || !hasPerm(ctx, 'view', list)) throw Errors.fileNotFound(url);
  return handleList(ctx, list, rest);
}

export function handleList(ctx: ICtx, list: IListDef, rest: ISegment[]): IEmuResponse {
  requirePerm(ctx, 'view', list);
  if (rest.length === 0) {
    switch (ctx.method) {
      case 'GET':
        return json(ctx, selectProps(entityDoc(ctx.core, ctx.mode, { type: 'SP.List', id: `${ctx.core.apiBase()}Web/Lists(guid'${list.id}')`, editLink: `Web/Lists(guid'${list.id}')`, etag: '"1"', metadata: 'SP.ApiData.Lists/@Element' }, listProps(ctx, list)), ctx.req.url.searchParams.get('$select')));
      case 'MERGE':
      case 'PATCH':
        return updateList(ctx, list);
      case 'DELETE':
        throw Errors.badQuery('Deleting lists is not supported by the emulator; lists come from sharepoint/assets.');
      default:
        throw Errors.methodNotAllowed(ctx.method);
    }
  }
  const [seg, ...more] = rest;
  switch (seg.name) {
    case 'items':
      if (seg.args) return handleItem(ctx, list, argNumber(seg), more);
      return handleItems(ctx, list, more);
    case 'getitembyid':
      return handleItem(ctx, list, argNumber(seg), more);
    case 'fields':
      return handleFields(ctx, list, seg, more);
    case 'rootfolder':
      return handleFolder(ctx, `${ctx.core.sitePath}/${list.url}`, more);
    case 'itemcount':
      return json(ctx, ctx.mode === 'verbose' ? { d: { ItemCount: ctx.core.items.count(list) } } : { value: ctx.core.items.count(list) });
    case 'contenttypes':
      return handleContentTypes(ctx, list, seg, more);
    case 'views':
    case 'defaultview':
      return handleViews(ctx, list, seg, more);
    default: {
      const res = handlePermissionSegment(ctx, { list }, seg, more);
      if (res) return res;
      throw Errors.noResource(seg.rawName);
    }
  }
}

const LIST_PROPS = new Set(['Title', 'Description', 'ContentTypesEnabled', 'AllowContentTypes', 'BaseTemplate', 'EnableVersioning', 'EnableModeration',
  'EnableAttachments', 'Hidden', 'OnQuickLaunch', 'NoCrawl', 'EnableFolderCreation', 'MajorVersionLimit', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity',
  'ValidationFormula', 'ValidationMessage']);

function checkListBody(ctx: ICtx, body: Record<string, unknown>): void {
  for (const k of Object.keys(body)) {
    if (k === '__metadata' && isVerboseBody(ctx)) continue;
    if (!LIST_PROPS.has(k)) throw Errors.unknownProperty(k, 'SP.List');
  }
  if (typeof body.Title === 'string' && body.Title.length > MAX_LIST_TITLE) throw Errors.listTitleTooLong(MAX_LIST_TITLE);
}

function updateList(ctx: ICtx, list: IListDef): IEmuResponse {
  requirePerm(ctx, 'manageLists', list);
  const body = parseJsonBody(ctx);
  checkListBody(ctx, body);
  if (typeof body.Title === 'string' && body.Title.toLowerCase() !== list.title.toLowerCase() && ctx.core.catalogue.byTitle(body.Title)) throw Errors.listExists();
  // Content approval adds and removes the approval columns on a list with items: the emulator sets it only at creation.
  if (body.EnableModeration !== undefined && (body.EnableModeration === true) !== list.moderated) {
    throw Errors.badQuery("The emulator does not change 'EnableModeration' on an existing list; it is refused rather than ignored.");
  }
  ctx.core.catalogue.updateSettings(list, {
    versioning: typeof body.EnableVersioning === 'boolean' ? body.EnableVersioning : undefined,
    readSecurity: body.ReadSecurity === undefined ? undefined : securityOf(body.ReadSecurity, [1, 2], 'ReadSecurity'),
    writeSecurity: body.WriteSecurity === undefined ? undefined : securityOf(body.WriteSecurity, [1, 2, 4], 'WriteSecurity'),
    draftVisibility: body.DraftVersionVisibility === undefined ? undefined : securityOf(body.DraftVersionVisibility, [0, 1, 2], 'DraftVersionVisibility'),
    validation: validationOf(list, body),
  });
  ctx.core.catalogue.updateList(list, {
    title: typeof body.Title === 'string' ? body.Title : undefined,
    description: typeof body.Description === 'string' ? body.Description : undefined,
  });
  return noContent();
}

function securityOf(v: unknown, allowed: number[], name: string): number {
  const n = Number(v);
  if (!allowed.includes(n)) throw Errors.badQuery(`The value '${String(v)}' is not valid for ${name}.`);
  return n;
}

/** ValidationFormula and ValidationMessage (either alone keeps the other); an empty formula removes the validation. */
function validationOf(list: IListDef, body: Record<string, unknown>): IListValidation | null | undefined {
  if (body.ValidationFormula === undefined && body.ValidationMessage === undefined) return undefined;
  const formula = typeof body.ValidationFormula === 'string' ? body.ValidationFormula.trim() : list.validation?.formula ?? '';
  const message = typeof body.ValidationMessage === 'string' ? body.ValidationMessage : list.validation?.message ?? '';
  if (!formula) return null;
  try {
    compileValidation(list, formula);
  } catch (e) {
    throw Errors.badQuery(e instanceof Error ? e.message : 'The formula is not valid.');
  }
  return { formula, message };
}

function addList(ctx: ICtx): IEmuResponse {
  requirePerm(ctx, 'manageLists');
  const body = parseJsonBody(ctx);
  checkListBody(ctx, body);
  const title = body.Title;
  if (typeof title !== 'string' || title.trim() === '') throw Errors.badQuery('The list Title is required.');
  if (ctx.core.catalogue.byTitle(title)) throw Errors.listExists();
  const template = Number(body.BaseTemplate ?? 100);
  const baseType = template === 101 ? 1 : 0;
  const slug = title.replace(/[^A-Za-z0-9]/g, '') || 'List';
  const list = ctx.core.catalogue.create({
    title,
    url: baseType === 1 ? slug : `Lists/${slug}`,
    description: typeof body.Description === 'string' ? body.Description : '',
    template,
    baseType,
    moderated: body.EnableModeration === true,
    versioning: body.EnableVersioning === true,
    readSecurity: body.ReadSecurity === 2 ? 2 : 1,
    writeSecurity: [2, 4].includes(Number(body.WriteSecurity)) ? Number(body.WriteSecurity) : 1,
    contentTypeId: baseType === 1 ? '0x0101' : '0x01',
    draftVisibility: [1, 2].includes(Number(body.DraftVersionVisibility)) ? Number(body.DraftVersionVisibility) : 0,
    validation: null,
    fields: [],
    created: ctx.core.businessNowIso(),
  });
  const e = listEntity(ctx, list);
  return json(ctx, ctx.mode === 'verbose' ? { d: e } : ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#SP.ApiData.Lists/@Element`, ...e } : e, 201);
}
