/**
 * Folders: the web's root folder and `web/folders`, a list's or library's root folder, sub-folders in libraries
 * (`getFolderByServerRelativePath`, `getFolderById`, `folders`, `folders/addUsingPath`, `AddSubFolderUsingPath`,
 * `folders.getByUrl`), a folder's `files`, `properties` and `listItemAllFields`, and DELETE/recycle. Paths from the
 * ResourcePath APIs (decodedUrl) arrive decoded and may hold `#` and `%`.
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, hasPerm, ICtx, json, noContent, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import type { IListDef } from '../model';
import type { IFolderRow } from '../store/files';
import { IEntityMeta, Json, primitiveDoc } from '../serialize';
import type { IEmuResponse } from '../types';
import { checkFileName } from './attachments';
import { fileCollection, handleFile } from './files';
import { handleListItem } from './itemHandle';
import { IFolderRef, listAt, serverRelative } from './paths';

function visibleLists(ctx: ICtx): IListDef[] {
  return ctx.core.catalogue.all().filter((l) => hasPerm(ctx, 'view', l));
}

export function resolveFolder(ctx: ICtx, path: string | undefined): IFolderRef {
  const url = serverRelative(ctx, path ?? '');
  if (url.toLowerCase() === ctx.core.sitePath.toLowerCase()) return { url: ctx.core.sitePath };
  const list = listAt(ctx, url);
  if (list) {
    const root = `${ctx.core.sitePath}/${list.url}`;
    if (url.toLowerCase() === root.toLowerCase()) return { url: root, list };
    const row = ctx.core.files.folder(url);
    if (row) return { url: row.url, list, row };
    throw Errors.folderNotFound();
  }
  const prefix = `${url.toLowerCase()}/`;
  const under = visibleLists(ctx).find((l) => `${ctx.core.sitePath}/${l.url}`.toLowerCase().startsWith(prefix));
  if (under) return { url: `${ctx.core.sitePath}/${under.url}`.slice(0, url.length) };
  throw Errors.folderNotFound();
}

export function subFolders(ctx: ICtx, f: IFolderRef): IFolderRef[] {
  if (f.list) return ctx.core.files.foldersIn(f.url).map((row) => ({ url: row.url, list: f.list, row }));
  const out = new Map<string, IFolderRef>();
  for (const l of visibleLists(ctx)) {
    const full = `${ctx.core.sitePath}/${l.url}`;
    if (!full.toLowerCase().startsWith(`${f.url.toLowerCase()}/`)) continue;
    const next = full.slice(f.url.length + 1).split('/')[0];
    const url = `${f.url}/${next}`;
    if (!out.has(url.toLowerCase())) out.set(url.toLowerCase(), url.toLowerCase() === full.toLowerCase() ? { url: full, list: l } : { url });
  }
  return [...out.values()];
}

function folderMeta(ctx: ICtx, f: IFolderRef): IEntityMeta {
  const link = `Web/GetFolderByServerRelativePath(decodedurl='${f.url.replace(/'/g, "''")}')`;
  return { type: 'SP.Folder', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.Folder/@Element' };
}

function folderProps(ctx: ICtx, f: IFolderRef): Json {
  const created = f.row?.created ?? f.list?.created ?? ctx.core.meta('created') ?? ctx.core.businessNowIso();
  const isSitePages = f.list?.url === 'SitePages' && !f.row;
  return {
    Exists: true,
    ExistsAllowThrowForPolicyFailures: true,
    IsWOPIEnabled: false,
    ItemCount: ctx.core.files.filesIn(f.url).length + subFolders(ctx, f).length,
    Name: f.url === ctx.core.sitePath ? '' : (f.url.split('/').pop() ?? ''),
    ProgID: null,
    ServerRelativePath: { DecodedUrl: f.url },
    ServerRelativeUrl: f.url,
    TimeCreated: created,
    TimeLastModified: f.row?.modified ?? created,
    UniqueId: f.row?.unique_id ?? f.list?.id ?? ctx.core.meta('webId'),
    WelcomePage: f.url === ctx.core.sitePath ? 'SitePages/Home.aspx' : isSitePages ? 'Home.aspx' : '',
  };
}

export function folderCollection(ctx: ICtx, folders: IFolderRef[]): IEmuResponse {
  return collectionJson(ctx, 'SP.ApiData.Folders', folders.map((f) => ({ meta: folderMeta(ctx, f), props: folderProps(ctx, f) })));
}

/** Adds a folder below `parent` (a library root or a folder in it); `name` may be a path of several levels. */
function addFolder(ctx: ICtx, parent: IFolderRef, relative: string): IFolderRef {
  const target = relative.startsWith('/') ? relative.replace(/\/+$/, '') : `${parent.url}/${relative.replace(/\/+$/, '')}`;
  const list = listAt(ctx, target);
  if (!list || list.baseType !== 1) throw Errors.accessDenied();
  requirePerm(ctx, 'add', list);
  const root = `${ctx.core.sitePath}/${list.url}`;
  let cur = root;
  let row: IFolderRow | undefined;
  for (const name of target.slice(root.length + 1).split('/')) {
    checkFileName(name, 'path');
    row = ctx.core.files.addFolder(list, cur, name, ctx.user.id, ctx.core.businessNowIso());
    cur = row.url;
  }
  if (!row) throw Errors.badQuery('The folder name is empty.');
  return { url: row.url, list, row };
}

function folders(ctx: ICtx, parent: IFolderRef, seg: ISegment, rest: ISegment[]): IEmuResponse {
  if (seg.args) return handleFolder(ctx, `${parent.url}/${argString(seg) ?? ''}`, rest);
  if (rest.length === 0) {
    if (ctx.method === 'GET') return folderCollection(ctx, subFolders(ctx, parent));
    requireMethod(ctx, 'POST');
    const body = parseJsonBody(ctx);
    const url = typeof body.ServerRelativeUrl === 'string' ? body.ServerRelativeUrl : undefined;
    if (!url) throw Errors.badQuery('The parameter ServerRelativeUrl is required.');
    checkFileName(url.split('/').filter((s) => s !== '').pop(), 'classic');
    const f = addFolder(ctx, parent, url);
    return entityJson(ctx, folderMeta(ctx, f), folderProps(ctx, f), 201);
  }
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyurl':
    case 'getbypath':
      return handleFolder(ctx, `${parent.url}/${argString(op, 'decodedurl') ?? argString(op) ?? ''}`, more);
    case 'add':
    case 'addusingpath': {
      requireMethod(ctx, 'POST');
      const name = argString(op, 'decodedurl') ?? argString(op, 'url') ?? argString(op) ?? '';
      if (op.name === 'add') checkFileName(name.split('/').filter((s) => s !== '').pop(), 'classic');
      const f = addFolder(ctx, parent, name);
      return entityJson(ctx, folderMeta(ctx, f), folderProps(ctx, f));
    }
    default:
      throw Errors.noResource(op.rawName);
  }
}

export function handleFolder(ctx: ICtx, path: string | undefined, rest: ISegment[]): IEmuResponse {
  return handleFolderRef(ctx, resolveFolder(ctx, path), rest);
}

export function handleFolderById(ctx: ICtx, uniqueId: string | undefined, rest: ISegment[]): IEmuResponse {
  const row = ctx.core.files.folderById(uniqueId ?? '');
  const list = row ? listAt(ctx, row.url) : undefined;
  if (row && list) return handleFolderRef(ctx, { url: row.url, list, row }, rest);
  const root = ctx.core.catalogue.byId(uniqueId ?? '');
  if (root && hasPerm(ctx, 'view', root)) return handleFolderRef(ctx, { url: `${ctx.core.sitePath}/${root.url}`, list: root }, rest);
  throw Errors.folderNotFound();
}

export function handleFolderRef(ctx: ICtx, f: IFolderRef, rest: ISegment[]): IEmuResponse {
  if (rest.length === 0) {
    if (ctx.method === 'GET') return entityJson(ctx, folderMeta(ctx, f), folderProps(ctx, f));
    requireMethod(ctx, 'DELETE', 'POST');
    return deleteFolder(ctx, f);
  }
  const [seg, ...more] = rest;
  switch (seg.name) {
    case 'files':
      if (seg.args) return handleFile(ctx, `${f.url}/${argString(seg) ?? ''}`, more);
      return fileCollection(ctx, f, more);
    case 'folders':
      return folders(ctx, f, seg, more);
    case 'addsubfolderusingpath': {
      requireMethod(ctx, 'POST');
      const leaf = (parseJsonBody(ctx).leafPath as { DecodedUrl?: unknown } | undefined)?.DecodedUrl;
      if (typeof leaf !== 'string') throw Errors.badQuery('The parameter leafPath is required.');
      addFolder(ctx, f, leaf);
      return noContent();
    }
    case 'properties':
      requireMethod(ctx, 'GET');
      if (more.length > 0) throw Errors.noResource(more[0].rawName);
      return entityJson(ctx, { type: 'SP.PropertyValues', id: `${folderMeta(ctx, f).id}/Properties` }, { vti_x005f_listname: f.list ? `{${f.list.id.toUpperCase()}}` : '', vti_x005f_folderitemcount: ctx.core.files.filesIn(f.url).length });
    case 'listitemallfields':
      if (!f.row || !f.list) return nullEntity(ctx);
      return handleListItem(ctx, f.list, f.row.item_id, more);
    case 'parentfolder':
      return handleFolder(ctx, f.url.slice(0, f.url.lastIndexOf('/')), more);
    case 'recycle':
      requireMethod(ctx, 'POST');
      return deleteFolder(ctx, f, true);
    default:
      throw Errors.noResource(seg.rawName);
  }
}

function nullEntity(ctx: ICtx): IEmuResponse {
  return { status: 200, headers: { 'content-type': 'application/json;odata=minimalmetadata;charset=utf-8' }, body: JSON.stringify(ctx.mode === 'verbose' ? { d: null } : { 'odata.null': true }) };
}

/** DELETE deletes the folder and everything in it for good; `recycle` moves it all to the recycle bin (answers its id). */
function deleteFolder(ctx: ICtx, f: IFolderRef, recycle = false): IEmuResponse {
  if (!f.row || !f.list) throw Errors.badQuery('The root folder of a list or of the site cannot be deleted.');
  requirePerm(ctx, 'delete', f.list);
  if (recycle) return json(ctx, primitiveDoc(ctx.core, ctx.mode, 'Recycle', 'Edm.Guid', ctx.core.recycleBin.recycleFolder(f.list, f.row, ctx.user.id, ctx.core.businessNowIso())));
  ctx.core.files.deleteFolder(f.list, f.row);
  return { status: 200, headers: {}, body: '' };
}
