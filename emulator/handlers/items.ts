/**
 * List items: the collection (GET with OData options, POST to add), one item (GET, MERGE/PATCH with IF-Match and a
 * version bump, DELETE), recycle, versions, and person navigation (items(n)/Author). Content approval, item-level
 * write security, list validation, the View Versions right and draft item security on versions are enforced here.
 */
import { Errors } from '../errors';
import { hasPerm, ICtx, isVerboseBody, json, noContent, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argNumber, ISegment } from '../http/segments';
import type { IListDef } from '../model';
import { checkOptions, parseItemQuery, parseProjection } from '../odata/query';
import { findField } from '../odata/sql';
import { collectionDoc, entityDoc, itemETagHeader, ItemSerializer, Json, primitiveDoc, userInfo } from '../serialize';
import type { Row } from '../store/items';
import { convertWrite, defaultColumns } from '../store/values';
import type { IEmuResponse } from '../types';
import { canSeeRow, checkEtag, checkWrite, runItemsQuery, seesDrafts } from './itemsQuery';
import { checkListValidation } from '../validation';
import { attachmentNames, handleAttachments } from './attachments';
import { handleItemExtra } from './itemExtras';
import { maskFor } from './permissions';

export function serializerFor(ctx: ICtx, list: IListDef, params: URLSearchParams | null): ItemSerializer {
  const projection = params ? parseProjection(list, params.get('$select'), params.get('$expand')) : { entries: null, defaultExpands: [], attachmentFilesExpanded: false };
  return new ItemSerializer(ctx.core, list, ctx.mode, projection, (id) => attachmentNames(ctx, list, id), (row) => maskFor(ctx, ctx.user.id, { list, row }));
}

export function handleItems(ctx: ICtx, list: IListDef, rest: ISegment[]): IEmuResponse {
  if (rest.length === 0) {
    if (ctx.method === 'GET') return getItems(ctx, list);
    requireMethod(ctx, 'POST');
    return addItem(ctx, list);
  }
  const [seg, ...more] = rest;
  if (seg.name === 'getbyid' && seg.args) return handleItem(ctx, list, argNumber(seg), more);
  throw Errors.noResource(seg.rawName);
}

function getItems(ctx: ICtx, list: IListDef): IEmuResponse {
  const q = parseItemQuery(list, ctx.req.url.searchParams);
  const result = runItemsQuery(ctx, list, q);
  const ser = new ItemSerializer(ctx.core, list, ctx.mode, q.projection, (id) => attachmentNames(ctx, list, id), (row) => maskFor(ctx, ctx.user.id, { list, row }));
  const entitySet = list.entity.replace(/^SP\.Data\./, 'SP.ListData.').replace(/Item$/, 'Items');
  return json(ctx, collectionDoc(ctx.core, ctx.mode, entitySet, result.rows.map((r) => ser.item(r)), result.nextLink));
}

/** Loads an item the current user may see, or throws SharePoint's 404. */
export function loadItem(ctx: ICtx, list: IListDef, id: number | undefined): Row {
  requirePerm(ctx, 'view', list);
  if (id === undefined) throw Errors.badQuery('The item id is not valid.');
  const row = ctx.core.items.get(list, id);
  if (!row || !canSeeRow(ctx, list, row)) throw Errors.itemNotFound();
  return row;
}

export function handleItem(ctx: ICtx, list: IListDef, id: number | undefined, rest: ISegment[]): IEmuResponse {
  const row = loadItem(ctx, list, id);
  if (rest.length > 0) {
    const [seg, ...more] = rest;
    switch (seg.name) {
      case 'attachmentfiles':
        return handleAttachments(ctx, list, row, seg, more);
      case 'recycle':
        requireMethod(ctx, 'POST');
        checkWrite(ctx, list, row, 'delete');
        return json(ctx, primitiveDoc(ctx.core, ctx.mode, 'Recycle', 'Edm.Guid', ctx.core.recycleBin.recycleItem(list, Number(row.ID), ctx.user.id, ctx.core.businessNowIso(), `${ctx.core.sitePath}/${list.url}`.replace(/^\//, ''))));
      case 'versions':
        requireMethod(ctx, 'GET');
        return versions(ctx, list, row, more);
      default: {
        const extra = handleItemExtra(ctx, list, row, seg, more);
        if (extra) return extra;
        const f = findField(list, seg.rawName);
        if (f && f.kind === 'User' && more.length === 0) {
          const uid = row[`${f.internalName === 'Author' || f.internalName === 'Editor' ? f.internalName : f.internalName}Id`];
          const u = typeof uid === 'number' ? ctx.core.principals.user(uid) : undefined;
          if (!u) return json(ctx, ctx.mode === 'verbose' ? { d: null } : { 'odata.null': true });
          return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Data.UserInfoItem', id: u.guid, editLink: `Web/SiteUserInfoList/Items(${u.id})` }, userInfo(u, null) as Json));
        }
        throw Errors.noResource(seg.rawName);
      }
    }
  }
  switch (ctx.method) {
    case 'GET': {
      checkOptions(ctx.req.url.searchParams);
      const ser = serializerFor(ctx, list, ctx.req.url.searchParams);
      const props = ser.item(row);
      return json(ctx, ctx.mode === 'verbose' ? { d: props } : ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#${list.entity.replace(/^SP\.Data\./, 'SP.ListData.').replace(/Item$/, 'Items')}/@Element`, ...props } : props);
    }
    case 'MERGE':
    case 'PATCH':
    case 'PUT':
      return updateItem(ctx, list, row);
    case 'DELETE':
      checkEtag(ctx, row);
      checkWrite(ctx, list, row, 'delete');
      ctx.core.items.delete(list, Number(row.ID));
      return { status: 200, headers: {}, body: '' };
    default:
      throw Errors.methodNotAllowed(ctx.method);
  }
}

function addItem(ctx: ICtx, list: IListDef): IEmuResponse {
  requirePerm(ctx, 'add', list);
  const body = parseJsonBody(ctx);
  const w = convertWrite(list, body, (id) => ctx.core.principals.user(id) !== undefined, isVerboseBody(ctx), ctx.core.zone);
  const approver = hasPerm(ctx, 'approve', list);
  if ((w.moderationStatus !== undefined || w.moderationComments !== undefined) && !approver) throw Errors.accessDenied();
  const columns = defaultColumns(list);
  for (const [k, v] of w.columns) columns.set(k, v);
  checkListValidation(list, columns);
  const [id] = ctx.core.items.insert(list, [
    {
      columns,
      authorId: ctx.user.id,
      moderationStatus: w.moderationStatus ?? (approver ? 0 : 2),
      moderationComments: w.moderationComments ?? null,
      created: ctx.core.businessNowIso(),
    },
  ]);
  const row = ctx.core.items.get(list, id) as Row;
  const ser = serializerFor(ctx, list, null);
  const props = ser.item(row);
  const doc = ctx.mode === 'verbose' ? { d: props } : ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#${list.entity.replace(/^SP\.Data\./, 'SP.ListData.').replace(/Item$/, 'Items')}/@Element`, ...props } : props;
  return json(ctx, doc, 201, { etag: itemETagHeader(row), location: `${ctx.core.apiBase()}Web/Lists(guid'${list.id}')/Items(${id})` });
}

function updateItem(ctx: ICtx, list: IListDef, row: Row): IEmuResponse {
  checkEtag(ctx, row);
  const body = parseJsonBody(ctx);
  const w = convertWrite(list, body, (id) => ctx.core.principals.user(id) !== undefined, isVerboseBody(ctx), ctx.core.zone);
  const approver = hasPerm(ctx, 'approve', list);
  const moderating = w.moderationStatus !== undefined || w.moderationComments !== undefined;
  if (moderating && !approver) throw Errors.accessDenied();
  if (!(moderating && approver && w.columns.size === 0)) checkWrite(ctx, list, row, 'edit');
  const columns = new Map(w.columns);
  if (list.moderated) {
    columns.set('_ModerationStatus', w.moderationStatus ?? (approver ? 0 : 2));
    if (w.moderationComments !== undefined) columns.set('_ModerationComments', w.moderationComments);
  }
  // The item as it would be saved: approving or rejecting saves it too, so the list's rule applies to them as well.
  checkListValidation(list, new Map([...Object.entries(row), ...columns]));
  ctx.core.items.update(list, Number(row.ID), columns, ctx.user.id, ctx.core.businessNowIso());
  const updated = ctx.core.items.get(list, Number(row.ID)) as Row;
  return noContent({ etag: itemETagHeader(updated) });
}

/**
 * The version history: only with the View Versions right (403 otherwise), and on a list with content approval the
 * drafts (pending and rejected versions, with their approver's comments) only for whom the draft item security allows
 * and for the item's author.
 */
function versions(ctx: ICtx, list: IListDef, row: Row, rest: ISegment[]): IEmuResponse {
  requirePerm(ctx, 'viewVersions', list);
  const drafts = seesDrafts(ctx, list) || Number(row.AuthorId) === ctx.user.id;
  const all = ctx.core.items.versions(list, Number(row.ID)).filter((v) => drafts || Number(v.data._ModerationStatus) === 0);
  const ser = serializerFor(ctx, list, null);
  const current = Number(row._Version);
  const toJson = (v: (typeof all)[number]): Json => {
    const item = ser.item(v.data);
    const plain: Json = {};
    for (const [k, val] of Object.entries(item)) if (!k.startsWith('odata.') && k !== '__metadata') plain[k] = val;
    const versionId = v.version * 512;
    // SharePoint's item versions carry who saved them as an SP.FieldUserValue.
    const editor = ctx.core.principals.user(v.editorId);
    const props: Json = {
      ...plain,
      VersionId: versionId,
      VersionLabel: v.label,
      IsCurrentVersion: v.version === current,
      Created: v.modified,
      Editor: editor ? { LookupId: editor.id, LookupValue: editor.title, Email: editor.email } : null,
    };
    return props;
  };
  const meta = (v: (typeof all)[number]): { type: string; id: string; editLink: string } => ({
    type: 'SP.ListItemVersion',
    id: `${ctx.core.apiBase()}Web/Lists(guid'${list.id}')/Items(${String(row.ID)})/versions(${v.version * 512})`,
    editLink: `Web/Lists(guid'${list.id}')/Items(${String(row.ID)})/versions(${v.version * 512})`,
  });
  if (rest.length > 0) {
    const id = argNumber(rest[0]);
    const v = all.find((x) => x.version * 512 === id);
    if (rest[0].name !== 'getbyid' || !v) throw Errors.noResource(rest[0].rawName);
    return json(ctx, entityDoc(ctx.core, ctx.mode, meta(v), toJson(v)));
  }
  const values = all.map((v) => {
    const m = meta(v);
    if (ctx.mode === 'nometadata') return toJson(v);
    if (ctx.mode === 'verbose') return { __metadata: { id: m.id, uri: m.id, type: m.type }, ...toJson(v) };
    return { 'odata.type': m.type, 'odata.id': m.id, 'odata.editLink': m.editLink, ...toJson(v) };
  });
  return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.ListItemVersion', values));
}
