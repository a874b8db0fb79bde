/**
 * Item attachments: AttachmentFiles (list), add(FileName='…') with a raw body, AttachmentFiles('name') and its
 * $value (download, PUT to replace), DELETE and recycleObject. Adding, replacing or removing an attachment bumps the
 * item's version, so an ETag read before goes stale, and sends a non-approver's approved item back to pending (as in
 * SharePoint).
 */
import { Errors } from '../errors';
import { fileResponse, hasPerm, ICtx, json, requireMethod } from '../http/context';
import { argString, ISegment } from '../http/segments';
import { FORBIDDEN_IN_CLASSIC_NAME, FORBIDDEN_IN_NAME } from '../limits';
import type { IListDef } from '../model';
import { collectionDoc, entityDoc, entityProps, Json } from '../serialize';
import type { Row } from '../store/items';
import type { IEmuResponse } from '../types';
import { checkWrite } from './itemsQuery';

export function mimeOf(name: string): string {
  const ext = (name.split('.').pop() ?? '').toLowerCase();
  const map: Record<string, string> = {
    jpg: 'image/jpeg',
    jpeg: 'image/jpeg',
    png: 'image/png',
    gif: 'image/gif',
    webp: 'image/webp',
    svg: 'image/svg+xml',
    pdf: 'application/pdf',
    txt: 'text/plain; charset=utf-8',
    json: 'application/json',
    html: 'text/html; charset=utf-8',
    css: 'text/css',
    js: 'text/javascript',
  };
  return map[ext] ?? 'application/octet-stream';
}

export function attachmentNames(ctx: ICtx, list: IListDef, itemId: number): string[] {
  const rows = ctx.core.db.prepare('SELECT name FROM attachments WHERE list_id = ? AND item_id = ? ORDER BY created, name').all(list.id, itemId) as { name: string }[];
  return rows.map((r) => r.name);
}

export function attachmentUrl(ctx: ICtx, list: IListDef, itemId: number, name: string): string {
  return `${ctx.core.sitePath}/${list.url}/Attachments/${itemId}/${name}`;
}

/**
 * SharePoint's rules for a file, folder or attachment name: the name, or SharePoint's 400. `path` names come through
 * the ResourcePath APIs (`#` and `%` allowed), `classic` names through the older ones (refused).
 */
export function checkFileName(name: string | undefined, api: 'path' | 'classic'): string {
  if (!name || name.trim() === '' || name.startsWith('.') || name.length > 255) throw Errors.badQuery(`The file name ${JSON.stringify(name ?? '')} is not valid.`);
  if ((api === 'path' ? FORBIDDEN_IN_NAME : FORBIDDEN_IN_CLASSIC_NAME).test(name)) throw Errors.badFileName();
  return name;
}

/**
 * An attachment added, replaced or removed is an edit of the item: a new item version and, on a list with content
 * approval, a non-approver's change sends the item back to pending (2), as SharePoint does.
 */
function attachmentsChanged(ctx: ICtx, list: IListDef, itemId: number, delta: number): void {
  const pending = list.moderated && !hasPerm(ctx, 'approve', list);
  ctx.core.items.touch(list, itemId, delta, pending ? 2 : undefined);
}

function attachmentJson(ctx: ICtx, list: IListDef, itemId: number, name: string): Json {
  const url = attachmentUrl(ctx, list, itemId, name);
  const link = `Web/Lists(guid'${list.id}')/Items(${itemId})/AttachmentFiles('${name}')`;
  return entityProps(ctx.core, ctx.mode, { type: 'SP.Attachment', id: `${ctx.core.apiBase()}${link}`, editLink: link }, {
    FileName: name,
    FileNameAsPath: { DecodedUrl: name },
    ServerRelativePath: { DecodedUrl: url },
    ServerRelativeUrl: url,
  });
}

export function handleAttachments(ctx: ICtx, list: IListDef, row: Row, seg: ISegment, rest: ISegment[]): IEmuResponse {
  const itemId = Number(row.ID);
  if (seg.args) return handleOne(ctx, list, row, argString(seg), rest);
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    const values = attachmentNames(ctx, list, itemId).map((n) => attachmentJson(ctx, list, itemId, n));
    return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.Attachment', values));
  }
  const [next, ...more] = rest;
  if (next.name === 'add') {
    requireMethod(ctx, 'POST');
    const name = checkFileName(argString(next, 'filename') ?? argString(next), 'classic');
    checkWrite(ctx, list, row, 'edit');
    const exists = ctx.core.db.prepare('SELECT 1 FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').get(list.id, itemId, name);
    if (exists) throw Errors.fileExists(attachmentUrl(ctx, list, itemId, name));
    ctx.core.db.prepare('INSERT INTO attachments(list_id, item_id, name, bytes, created) VALUES (?,?,?,?,?)').run(list.id, itemId, name, ctx.req.body, ctx.core.businessNowIso());
    attachmentsChanged(ctx, list, itemId, 1);
    const e = attachmentJson(ctx, list, itemId, name);
    return json(ctx, ctx.mode === 'verbose' ? { d: e } : ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#SP.Attachment/@Element`, ...e } : e);
  }
  if (next.name === 'getbyfilename' || next.name === 'getbyfilenameaspath') return handleOne(ctx, list, row, argString(next), more);
  throw Errors.noResource(next.rawName);
}

function handleOne(ctx: ICtx, list: IListDef, row: Row, name: string | undefined, rest: ISegment[]): IEmuResponse {
  const itemId = Number(row.ID);
  const found = ctx.core.db.prepare('SELECT name, bytes FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').get(list.id, itemId, name ?? '') as
    | { name: string; bytes: Buffer }
    | undefined;
  if (!found) throw Errors.attachmentNotFound();
  const [next] = rest;
  if (next && next.name === '$value') {
    if (ctx.method === 'GET') return fileResponse(found.bytes, mimeOf(found.name), found.name);
    requireMethod(ctx, 'PUT', 'POST');
    checkWrite(ctx, list, row, 'edit');
    ctx.core.db.prepare('UPDATE attachments SET bytes = ? WHERE list_id = ? AND item_id = ? AND name = ?').run(ctx.req.body, list.id, itemId, found.name);
    attachmentsChanged(ctx, list, itemId, 0);
    return { status: 204, headers: {}, body: null };
  }
  if (next && next.name !== 'recycleobject') throw Errors.noResource(next.rawName);
  if (ctx.method === 'GET' && !next) return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Attachment', id: '', metadata: 'SP.Attachment/@Element' }, stripMeta(attachmentJson(ctx, list, itemId, found.name))));
  requireMethod(ctx, 'DELETE', 'POST');
  checkWrite(ctx, list, row, 'edit');
  if (next?.name === 'recycleobject') {
    // recycleObject() moves the attachment to the site's recycle bin (restorable); DELETE deletes it for good.
    const dir = `${ctx.core.sitePath}/${list.url}/Attachments/${itemId}`.replace(/^\//, '');
    ctx.core.recycleBin.recycleAttachment(list, itemId, found.name, ctx.user.id, ctx.core.businessNowIso(), dir);
  } else {
    ctx.core.db.prepare('DELETE FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').run(list.id, itemId, found.name);
  }
  attachmentsChanged(ctx, list, itemId, -1);
  return { status: 200, headers: {}, body: '' };
}

function stripMeta(j: Json): Json {
  const out: Json = {};
  for (const [k, v] of Object.entries(j)) if (!k.startsWith('odata.') && k !== '__metadata') out[k] = v;
  return out;
}
