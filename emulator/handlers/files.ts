/**
 * Document libraries: folders by server-relative path, files/addUsingPath (raw body whatever the Content-Type says),
 * files('name'), getFileByServerRelativePath/Url, $value download and replace, delete, ListItemAllFields, and plain
 * GETs of file and attachment URLs (so <img src> works in the browser).
 */
import * as crypto from 'crypto';
import { Errors } from '../errors';
import { fileResponse, ICtx, json, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import type { IListDef } from '../model';
import { collectionDoc, entityDoc, entityProps, Json } from '../serialize';
import type { IEmuResponse } from '../types';
import { checkFileName, mimeOf } from './attachments';
import { handleItem } from './items';

interface IFileRow {
  url: string;
  list_id: string;
  item_id: number;
  folder: string;
  name: string;
  bytes: Buffer;
  content_type: string;
  unique_id: string;
  created: string;
  modified: string;
  version: number;
}

function normalise(ctx: ICtx, p: string): string {
  let u = p.trim().replace(/\/+$/, '');
  if (/^https?:\/\//i.test(u)) u = new URL(u).pathname;
  if (!u.startsWith('/')) u = `${ctx.core.sitePath}/${u}`;
  return decodeURI(u);
}

function libraryOf(ctx: ICtx, folderUrl: string): IListDef | undefined {
  const lower = folderUrl.toLowerCase();
  return ctx.core.catalogue
    .all()
    .filter((l) => l.baseType === 1)
    .find((l) => {
      const root = `${ctx.core.sitePath}/${l.url}`.toLowerCase();
      return lower === root || lower.startsWith(`${root}/`);
    });
}

function fileJson(ctx: ICtx, f: IFileRow): Json {
  const link = `Web/GetFileByServerRelativePath(decodedurl='${f.url}')`;
  return entityProps(ctx.core, ctx.mode, { type: 'SP.File', id: `${ctx.core.apiBase()}${link}`, editLink: link }, {
    CheckInComment: '',
    CheckOutType: 2,
    ContentTag: `{${f.unique_id.toUpperCase()}},${f.version},${f.version}`,
    CustomizedPageStatus: 0,
    ETag: `"{${f.unique_id.toUpperCase()}},${f.version}"`,
    Exists: true,
    IrmEnabled: false,
    Length: String(f.bytes ? f.bytes.length : 0),
    Level: 1,
    LinkingUri: null,
    LinkingUrl: '',
    MajorVersion: f.version,
    MinorVersion: 0,
    Name: f.name,
    ServerRelativeUrl: f.url,
    TimeCreated: f.created,
    TimeLastModified: f.modified,
    Title: null,
    UIVersion: f.version * 512,
    UIVersionLabel: `${f.version}.0`,
    UniqueId: f.unique_id,
  });
}

function top(ctx: ICtx, e: Json, type: string): Json {
  if (ctx.mode === 'verbose') return { d: e };
  if (ctx.mode === 'nometadata') return e;
  return { 'odata.metadata': `${ctx.core.apiBase()}$metadata#${type}/@Element`, ...e };
}

export function storeFile(ctx: ICtx['core'], lib: IListDef, folder: string, name: string, bytes: Buffer, contentType: string, userId: number, overwrite: boolean): IFileRow {
  const url = `${folder}/${name}`;
  const now = ctx.businessNowIso();
  const existing = ctx.db.prepare('SELECT * FROM files WHERE url = ?').get(url) as IFileRow | undefined;
  if (existing) {
    if (!overwrite) throw Errors.fileExists(url);
    ctx.db.prepare('UPDATE files SET bytes = ?, content_type = ?, modified = ?, version = version + 1, editor_id = ? WHERE url = ?').run(bytes, contentType, now, userId, url);
    ctx.items.update(lib, existing.item_id, new Map(), userId, now);
  } else {
    const [itemId] = ctx.items.insert(lib, [{ columns: new Map([['Title', null]]), authorId: userId, moderationStatus: 0, moderationComments: null, created: now }]);
    ctx.db
      .prepare(`INSERT INTO files(url, list_id, item_id, folder, name, bytes, content_type, unique_id, created, modified, version, author_id, editor_id)
        VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?)`)
      .run(url, lib.id, itemId, folder, name, bytes, contentType, crypto.randomUUID(), now, now, userId, userId);
  }
  return ctx.db.prepare('SELECT * FROM files WHERE url = ?').get(url) as IFileRow;
}

export function handleFolder(ctx: ICtx, folderPath: string | undefined, rest: ISegment[]): IEmuResponse {
  const folder = normalise(ctx, folderPath ?? '');
  const lib = libraryOf(ctx, folder);
  if (!lib) throw Errors.folderNotFound();
  requirePerm(ctx, 'view', lib);
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    const count = (ctx.core.db.prepare('SELECT COUNT(*) AS n FROM files WHERE folder = ?').get(folder) as { n: number }).n;
    const link = `Web/GetFolderByServerRelativePath(decodedurl='${folder}')`;
    return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Folder', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.Folder/@Element' }, {
      Exists: true,
      IsWOPIEnabled: false,
      ItemCount: count,
      Name: folder.split('/').pop(),
      ProgID: null,
      ServerRelativeUrl: folder,
      TimeCreated: lib.created,
      TimeLastModified: lib.created,
      UniqueId: lib.id,
      WelcomePage: '',
    }));
  }
  const [seg, ...more] = rest;
  if (seg.name !== 'files') throw Errors.noResource(seg.rawName);
  if (seg.args) return handleFile(ctx, `${folder}/${argString(seg) ?? ''}`, more);
  if (more.length === 0) {
    requireMethod(ctx, 'GET');
    const rows = ctx.core.db.prepare('SELECT * FROM files WHERE folder = ? ORDER BY name').all(folder) as IFileRow[];
    return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.File', rows.map((r) => fileJson(ctx, r))));
  }
  const [op, ...tail] = more;
  if (op.name === 'getbyurl' || op.name === 'getbyname') return handleFile(ctx, `${folder}/${argString(op) ?? ''}`, tail);
  if (op.name === 'addusingpath' || op.name === 'add') {
    requireMethod(ctx, 'POST');
    requirePerm(ctx, 'add', lib);
    const name = checkFileName(argString(op, 'decodedurl') ?? argString(op, 'url') ?? argString(op));
    const overwrite = op.args?.some((a) => a.key === 'overwrite' && a.value === true) ?? false;
    const ct = ctx.req.headers.get('content-type') ?? '';
    const type = ct.startsWith('image/') || ct.startsWith('application/pdf') ? ct : mimeOf(name);
    const f = storeFile(ctx.core, lib, folder, name, ctx.req.body, type, ctx.user.id, overwrite);
    return json(ctx, top(ctx, fileJson(ctx, f), 'SP.File'));
  }
  throw Errors.noResource(op.rawName);
}

export function handleFile(ctx: ICtx, filePath: string | undefined, rest: ISegment[]): IEmuResponse {
  const url = normalise(ctx, filePath ?? '');
  const lib = libraryOf(ctx, url);
  if (!lib) throw Errors.fileNotFound(url);
  requirePerm(ctx, 'view', lib);
  const f = ctx.core.db.prepare('SELECT * FROM files WHERE url = ?').get(url) as IFileRow | undefined;
  if (!f) throw Errors.fileNotFound(url);
  if (rest.length === 0) {
    if (ctx.method === 'GET') return json(ctx, top(ctx, fileJson(ctx, f), 'SP.File'));
    requireMethod(ctx, 'DELETE', 'POST');
    requirePerm(ctx, 'delete', lib);
    ctx.core.db.prepare('DELETE FROM files WHERE url = ?').run(f.url);
    ctx.core.items.delete(lib, f.item_id);
    return { status: 200, headers: {}, body: '' };
  }
  const [seg, ...more] = rest;
  switch (seg.name) {
    case '$value':
    case 'openbinarystream':
      if (ctx.method === 'GET') return fileResponse(f.bytes ?? Buffer.alloc(0), f.content_type || mimeOf(f.name), f.name);
      requireMethod(ctx, 'PUT', 'POST');
      requirePerm(ctx, 'edit', lib);
      storeFile(ctx.core, lib, f.folder, f.name, ctx.req.body, f.content_type, ctx.user.id, true);
      return { status: 204, headers: {}, body: null };
    case 'listitemallfields':
      return handleItem(ctx, lib, f.item_id, more);
    case 'recycle':
    case 'delete':
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'delete', lib);
      ctx.core.db.prepare('DELETE FROM files WHERE url = ?').run(f.url);
      ctx.core.items.delete(lib, f.item_id);
      return { status: 200, headers: {}, body: '' };
    default:
      throw Errors.noResource(seg.rawName);
  }
}

/** Plain GET of a file or attachment URL under the site, e.g. /sites/intranet/Billeder/a.jpg. */
export function serveRaw(ctx: ICtx, serverRelative: string): IEmuResponse | undefined {
  const url = normalise(ctx, serverRelative);
  const att = /^(.*)\/Attachments\/(\d+)\/([^/]+)$/i.exec(url);
  if (att) {
    const list = ctx.core.catalogue.byUrl(att[1], ctx.core.sitePath);
    if (!list) return undefined;
    const row = ctx.core.items.get(list, Number(att[2]));
    if (!row) return undefined;
    const res = handleItem({ ...ctx, method: 'GET' }, list, Number(att[2]), [
      { name: 'attachmentfiles', rawName: 'AttachmentFiles', args: [{ key: null, value: att[3] }] },
      { name: '$value', rawName: '$value', args: null },
    ]);
    return res;
  }
  const lib = libraryOf(ctx, url);
  if (!lib) return undefined;
  const f = ctx.core.db.prepare('SELECT url FROM files WHERE url = ?').get(url) as { url: string } | undefined;
  if (!f) return undefined;
  return handleFile({ ...ctx, method: 'GET' }, f.url, [{ name: '$value', rawName: '$value', args: null }]);
}
