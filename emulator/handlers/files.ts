/**
 * Files in document libraries: a folder's `files` (GET, `addUsingPath` — raw body whatever the Content-Type says, `#`
 * and `%` allowed — and the classic `add(url=…)`, which refuses them), `getFileByServerRelativePath/Url`,
 * `getFileById`, an item's `file`, `$value` download and replace, DELETE and recycle, `ListItemAllFields`,
 * check-out, check-in and undo check-out, and plain GETs of file and attachment URLs (so <img src> works).
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, fileResponse, ICtx, json, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import type { IListDef } from '../model';
import { IEntityMeta, Json, primitiveDoc } from '../serialize';
import type { IFileRow } from '../store/files';
import type { IEmuResponse } from '../types';
import { checkFileName, mimeOf } from './attachments';
import { handleListItem } from './itemHandle';
import { IFolderRef, listAt, serverRelative } from './paths';

export type { IFileRow };

function fileMeta(ctx: ICtx, f: IFileRow): IEntityMeta {
  const link = `Web/GetFileByServerRelativePath(decodedurl='${f.url.replace(/'/g, "''")}')`;
  return { type: 'SP.File', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.File/@Element' };
}

function fileProps(f: IFileRow): Json {
  const checkedOut = f.checked_out_by !== null && f.checked_out_by !== undefined;
  return {
    CheckInComment: f.checkin_comment ?? '',
    CheckOutType: checkedOut ? 0 : 2,
    ContentTag: `{${f.unique_id.toUpperCase()}},${f.version},${f.version}`,
    CustomizedPageStatus: 0,
    ETag: `"{${f.unique_id.toUpperCase()}},${f.version}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(f.bytes ? f.bytes.length : 0),
    Level: checkedOut ? 255 : 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: f.version,
    MinorVersion: 0,
    Name: f.name,
    ServerRelativePath: { DecodedUrl: f.url },
    ServerRelativeUrl: f.url,
    TimeCreated: f.created,
    TimeLastModified: f.modified,
    Title: null,
    UIVersion: f.version * 512,
    UIVersionLabel: `${f.version}.0`,
    UniqueId: f.unique_id,
  };
}

export function fileCollection(ctx: ICtx, folder: IFolderRef, rest: ISegment[]): IEmuResponse {
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return collectionJson(ctx, 'SP.ApiData.Files12', ctx.core.files.filesIn(folder.url).map((f) => ({ meta: fileMeta(ctx, f), props: fileProps(f) })));
  }
  const [op, ...tail] = rest;
  if (op.name === 'getbyurl' || op.name === 'getbyname' || op.name === 'getbypath') return handleFile(ctx, `${folder.url}/${argString(op, 'decodedurl') ?? argString(op) ?? ''}`, tail);
  if (op.name !== 'addusingpath' && op.name !== 'add') throw Errors.noResource(op.rawName);
  requireMethod(ctx, 'POST');
  const lib = folder.list;
  if (!lib || lib.baseType !== 1) throw Errors.accessDenied();
  requirePerm(ctx, 'add', lib);
  // The ResourcePath API (addUsingPath) takes # and %; the classic add(url=…) refuses them, as SharePoint Online does.
  const name = op.name === 'addusingpath' ? checkFileName(argString(op, 'decodedurl') ?? argString(op), 'path') : checkFileName(argString(op, 'url') ?? argString(op), 'classic');
  const overwrite = op.args?.some((a) => a.key === 'overwrite' && a.value === true) ?? false;
  const ct = ctx.req.headers.get('content-type') ?? '';
  const type = ct.startsWith('image/') || ct.startsWith('application/pdf') ? ct : mimeOf(name);
  const f = ctx.core.files.store(lib, folder.url, name, ctx.req.body, type, ctx.user.id, overwrite, ctx.core.businessNowIso());
  return entityJson(ctx, fileMeta(ctx, f), fileProps(f));
}

export function handleFile(ctx: ICtx, filePath: string | undefined, rest: ISegment[]): IEmuResponse {
  const url = serverRelative(ctx, filePath ?? '');
  const lib = listAt(ctx, url);
  const f = lib ? ctx.core.files.file(url) : undefined;
  if (!lib || !f) throw Errors.fileNotFound(url);
  return fileOps(ctx, lib, f, rest);
}

export function handleFileById(ctx: ICtx, uniqueId: string | undefined, rest: ISegment[]): IEmuResponse {
  const row = ctx.core.db.prepare('SELECT url FROM files WHERE unique_id = ?').get((uniqueId ?? '').toLowerCase().replace(/[{}]/g, '')) as { url: string } | undefined;
  if (!row) throw Errors.fileNotFound('');
  return handleFile(ctx, row.url, rest);
}

/** items(n)/file: the file of a library item (404 for list items and folders). */
export function handleItemFile(ctx: ICtx, list: IListDef, itemId: number, rest: ISegment[]): IEmuResponse {
  const f = ctx.core.files.fileByItem(list.id, itemId);
  if (!f) throw Errors.fileNotFound('');
  return fileOps(ctx, list, f, rest);
}

function requireNotLocked(ctx: ICtx, f: IFileRow): void {
  if (f.checked_out_by !== null && f.checked_out_by !== undefined && f.checked_out_by !== ctx.user.id) throw Errors.checkedOutByOther(f.url);
}

function fileOps(ctx: ICtx, lib: IListDef, f: IFileRow, rest: ISegment[]): IEmuResponse {
  requirePerm(ctx, 'view', lib);
  if (rest.length === 0) {
    if (ctx.method === 'GET') return entityJson(ctx, fileMeta(ctx, f), fileProps(f));
    requireMethod(ctx, 'DELETE', 'POST');
    return remove(ctx, lib, f);
  }
  const [seg, ...more] = rest;
  switch (seg.name) {
    case '$value':
    case 'openbinarystream':
      if (ctx.method === 'GET') return fileResponse(f.bytes ?? Buffer.alloc(0), f.content_type || mimeOf(f.name), f.name);
      requireMethod(ctx, 'PUT', 'POST');
      requirePerm(ctx, 'edit', lib);
      requireNotLocked(ctx, f);
      ctx.core.files.store(lib, f.folder, f.name, ctx.req.body, f.content_type, ctx.user.id, true, ctx.core.businessNowIso());
      return { status: 204, headers: {}, body: null };
    case 'listitemallfields':
      return handleListItem(ctx, lib, f.item_id, more);
    case 'recycle':
    case 'delete':
      requireMethod(ctx, 'POST');
      return remove(ctx, lib, f);
    case 'checkout':
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'edit', lib);
      if (f.checked_out_by !== null && f.checked_out_by !== undefined) throw f.checked_out_by === ctx.user.id ? Errors.alreadyCheckedOut(f.url) : Errors.checkedOutByOther(f.url);
      ctx.core.files.setCheckout(f.url, ctx.user.id, null);
      return { status: 200, headers: {}, body: '' };
    case 'checkin':
    case 'undocheckout': {
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'edit', lib);
      if (f.checked_out_by === null || f.checked_out_by === undefined) throw Errors.notCheckedOut(f.url);
      // Only the person who checked the file out, or someone who may manage the list, checks it in or discards it.
      if (f.checked_out_by !== ctx.user.id) requirePerm(ctx, 'manageLists', lib);
      ctx.core.files.setCheckout(f.url, null, seg.name === 'checkin' ? (argString(seg, 'comment') ?? '') : null);
      return { status: 200, headers: {}, body: '' };
    }
    default:
      throw Errors.noResource(seg.rawName);
  }
}

function remove(ctx: ICtx, lib: IListDef, f: IFileRow): IEmuResponse {
  requirePerm(ctx, 'delete', lib);
  requireNotLocked(ctx, f);
  // recycle() moves the file to the site's recycle bin and answers the recycle-bin id; DELETE deletes it for good.
  if (ctx.method === 'POST' && /\/recycle$/i.test(ctx.req.url.pathname)) {
    return json(ctx, primitiveDoc(ctx.core, ctx.mode, 'Recycle', 'Edm.Guid', ctx.core.recycleBin.recycleFile(lib, f, ctx.user.id, ctx.core.businessNowIso())));
  }
  ctx.core.files.deleteFile(lib, f);
  return { status: 200, headers: {}, body: '' };
}

/** Plain GET of a file or attachment URL under the site, e.g. /sites/intranet/Billeder/a.jpg. */
export function serveRaw(ctx: ICtx, pathname: string): IEmuResponse | undefined {
  let url: string;
  try {
    url = pathname.split('/').map(decodeURIComponent).join('/');
  } catch {
    return undefined;
  }
  const att = /^(.*)\/Attachments\/(\d+)\/([^/]+)$/i.exec(url);
  if (att) {
    const list = ctx.core.catalogue.byUrl(att[1], ctx.core.sitePath);
    if (!list) return undefined;
    const row = ctx.core.items.get(list, Number(att[2]));
    if (!row) return undefined;
    return handleListItem({ ...ctx, method: 'GET' }, list, Number(att[2]), [
      { name: 'attachmentfiles', rawName: 'AttachmentFiles', args: [{ key: null, value: att[3] }] },
      { name: '$value', rawName: '$value', args: null },
    ]);
  }
  if (!listAt(ctx, url) || !ctx.core.files.file(url)) return undefined;
  return handleFile({ ...ctx, method: 'GET' }, url, [{ name: '$value', rawName: '$value', args: null }]);
}
