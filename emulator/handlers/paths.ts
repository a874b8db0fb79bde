/**
 * Server-relative paths of folders and files, and the list whose root folder holds a path. Paths from the ResourcePath
 * APIs (decodedUrl) arrive decoded and may hold `#` and `%`.
 */
import type { ICtx } from '../http/context';
import { hasPerm } from '../http/context';
import type { IListDef } from '../model';
import type { IFolderRow } from '../store/files';

/** A folder: the web's root (no list), a list's root folder or a path towards one (`Lists`), or a real sub-folder. */
export interface IFolderRef {
  url: string;
  list?: IListDef;
  row?: IFolderRow;
}

/** A server-relative or absolute path, without a trailing slash, as stored (already decoded). */
export function serverRelative(ctx: ICtx, p: string): string {
  let u = p.trim().replace(/\/+$/, '');
  if (/^https?:\/\//i.test(u)) u = decodeURIComponent(new URL(u).pathname);
  if (!u.startsWith('/')) u = u === '' ? ctx.core.sitePath : `${ctx.core.sitePath}/${u}`;
  return u;
}

/** The list whose root folder holds this server-relative URL, if the current user may see it. */
export function listAt(ctx: ICtx, url: string): IListDef | undefined {
  const lower = url.toLowerCase();
  return ctx.core.catalogue.all().find((l) => {
    const root = `${ctx.core.sitePath}/${l.url}`.toLowerCase();
    return (lower === root || lower.startsWith(`${root}/`)) && hasPerm(ctx, 'view', l);
  });
}

