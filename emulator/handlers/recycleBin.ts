/**
 * `web/recycleBin`: the items, files and folders recycled in the site (SP.RecycleBinItem), `('id')` and
 * `getById('id')`, `restore()`, `deleteObject()` and DELETE. A user sees and restores what they deleted; site
 * collection administrators see and restore everything (SharePoint's end-user recycle bin). Restoring needs the right
 * to add items to the list the entry came from.
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, ICtx, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import type { IEntityMeta, Json } from '../serialize';
import type { IRecycleEntry } from '../store/recycleBin';
import type { IEmuResponse } from '../types';

function isSiteAdmin(ctx: ICtx): boolean {
  return ctx.user.is_site_admin === 1;
}

function visible(ctx: ICtx): IRecycleEntry[] {
  return ctx.core.recycleBin.entries(isSiteAdmin(ctx) ? undefined : ctx.user.id);
}

function meta(ctx: ICtx, e: IRecycleEntry): IEntityMeta {
  const link = `Web/RecycleBin('${e.id}')`;
  return { type: 'SP.RecycleBinItem', id: `${ctx.core.apiBase()}${link}`, editLink: link };
}

function props(ctx: ICtx, e: IRecycleEntry): Json {
  const author = e.author_id !== null ? ctx.core.principals.user(e.author_id) : undefined;
  const by = ctx.core.principals.user(e.deleted_by);
  return {
    AuthorEmail: author?.email ?? '',
    AuthorName: author?.title ?? '',
    DeletedByEmail: by?.email ?? '',
    DeletedByName: by?.title ?? '',
    DeletedDate: e.deleted,
    DeletedDateLocalFormatted: e.deleted,
    DirName: e.dir_name,
    DirNamePath: { DecodedUrl: e.dir_name },
    Id: e.id,
    ItemState: 1,
    ItemType: e.item_type,
    LeafName: e.leaf_name,
    LeafNamePath: { DecodedUrl: e.leaf_name },
    Size: String(e.size),
    Title: e.title,
  };
}

/** `seg` is the `recycleBin` segment itself: `recycleBin('id')` names an entry, as does `recycleBin/getById('id')`. */
export function handleRecycleBin(ctx: ICtx, binSeg: ISegment, rest: ISegment[]): IEmuResponse {
  let id = binSeg.args ? argString(binSeg) : undefined;
  let [seg, ...more] = rest;
  if (id === undefined && seg) {
    if (seg.name !== 'getbyid') throw Errors.noResource(seg.rawName);
    id = argString(seg) ?? '';
    [seg, ...more] = more;
  }
  if (id === undefined) {
    requireMethod(ctx, 'GET');
    return collectionJson(ctx, 'SP.ApiData.RecycleBinItems', visible(ctx).map((e) => ({ meta: meta(ctx, e), props: props(ctx, e) })));
  }
  const want = id.toLowerCase().replace(/[{}]/g, '');
  const entry = visible(ctx).find((e) => e.id === want);
  if (!entry) throw Errors.noResource(`RecycleBin('${id}')`);
  if (!seg) {
    if (ctx.method === 'GET') return entityJson(ctx, meta(ctx, entry), props(ctx, entry));
    requireMethod(ctx, 'DELETE', 'POST');
    ctx.core.recycleBin.purge(entry.id);
    return { status: 200, headers: {}, body: '' };
  }
  if (more.length > 0) throw Errors.noResource(more[0].rawName);
  switch (seg.name) {
    case 'restore': {
      requireMethod(ctx, 'POST');
      const list = ctx.core.catalogue.byId(entry.list_id);
      if (!list) throw Errors.listIdNotFound();
      requirePerm(ctx, 'add', list);
      ctx.core.recycleBin.restore(entry, list);
      return { status: 200, headers: {}, body: '' };
    }
    case 'deleteobject':
      requireMethod(ctx, 'POST');
      ctx.core.recycleBin.purge(entry.id);
      return { status: 200, headers: {}, body: '' };
    default:
      throw Errors.noResource(seg.rawName);
  }
}
