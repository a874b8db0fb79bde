/**
 * Runs an items collection query: permissions (view, content approval, item-level read security), the list-view
 * threshold, $filter as SQL, $orderby with ID as tie-breaker, keyset paging from $skiptoken, and the absolute
 * odata.nextLink carrying every original option.
 */
import { Errors } from '../errors';
import { ICtx, hasPerm, requirePerm } from '../http/context';
import type { IListDef } from '../model';
import { filterToSql, SqlParam } from '../odata/sql';
import type { IItemQuery, IOrder } from '../odata/query';
import { quoteIdent } from '../store/db';
import { itemETagHeader } from '../serialize';
import type { Row } from '../store/items';
import { isPagesLibrary, isPublished, PUBLISHED_PAGES_SQL } from '../store/pages';

export interface IVisibility {
  sql: string;
  params: SqlParam[];
}

/**
 * Whether the user sees drafts (pending and rejected items and versions) on a list with content approval, by its draft
 * item security: 0 every reader, 1 those who can edit items, 2 those who can approve items. Authors always see their
 * own items' drafts (callers add that).
 */
export function seesDrafts(ctx: ICtx, list: IListDef): boolean {
  if (!list.moderated || hasPerm(ctx, 'approve', list)) return true;
  if (list.draftVisibility === 2) return false;
  if (list.draftVisibility === 1) return hasPerm(ctx, 'edit', list);
  return true;
}

/** Rows the current user may see: drafts per the list's draft item security (own items always), own items under ReadSecurity=2. */
export function visibility(ctx: ICtx, list: IListDef): IVisibility {
  requirePerm(ctx, 'view', list);
  const parts: string[] = [];
  const params: SqlParam[] = [];
  if (list.readSecurity === 2 && !hasPerm(ctx, 'manageLists', list)) {
    parts.push('AuthorId = ?');
    params.push(ctx.user.id);
  }
  if (!seesDrafts(ctx, list)) {
    parts.push('(_ModerationStatus = 0 OR AuthorId = ?)');
    params.push(ctx.user.id);
  }
  // Pages that were never published (minor versions only) are seen by those who can edit the library.
  if (isPagesLibrary(list) && !hasPerm(ctx, 'edit', list)) parts.push(PUBLISHED_PAGES_SQL);
  return { sql: parts.length ? parts.join(' AND ') : '1', params };
}

export function canSeeRow(ctx: ICtx, list: IListDef, row: Row): boolean {
  if (!hasPerm(ctx, 'view', list)) return false;
  const own = Number(row.AuthorId) === ctx.user.id;
  if (list.readSecurity === 2 && !own && !hasPerm(ctx, 'manageLists', list)) return false;
  if (!own && Number(row._ModerationStatus) !== 0 && !seesDrafts(ctx, list)) return false;
  if (isPagesLibrary(list) && !isPublished(row) && !hasPerm(ctx, 'edit', list)) return false;
  return true;
}

function orderKey(o: IOrder): string {
  return o.column;
}

function tokenValue(o: IOrder, raw: string): SqlParam {
  if (raw === '') return null;
  const k = o.field.kind;
  if (['Number', 'Currency', 'Integer', 'Counter', 'Boolean', 'User', 'Lookup', 'ModStat'].includes(k)) return Number(raw);
  return raw;
}

/** Keyset condition for "rows after the token" in the given ordering (ID ascending breaks ties). */
function afterToken(orders: IOrder[], values: Record<string, string>, lastId: number): IVisibility {
  const params: SqlParam[] = [];
  const ors: string[] = [];
  const keys = orders.filter((o) => o.column !== 'ID');
  const idDesc = orders.find((o) => o.column === 'ID')?.desc ?? false;
  for (let i = 0; i <= keys.length; i++) {
    const ands: string[] = [];
    for (let j = 0; j < i; j++) {
      const v = tokenValue(keys[j], values[keys[j].column] ?? '');
      ands.push(`${quoteIdent(keys[j].column)} IS ?`);
      params.push(v);
    }
    if (i < keys.length) {
      const o = keys[i];
      const v = tokenValue(o, values[o.column] ?? '');
      const c = quoteIdent(o.column);
      if (v === null) {
        if (o.desc) continue;
        ands.push(`${c} IS NOT NULL`);
      } else if (o.desc) {
        ands.push(`(${c} < ? OR ${c} IS NULL)`);
        params.push(v);
      } else {
        ands.push(`${c} > ?`);
        params.push(v);
      }
    } else {
      ands.push(idDesc ? 'ID < ?' : 'ID > ?');
      params.push(lastId);
    }
    ors.push(`(${ands.join(' AND ')})`);
  }
  return { sql: ors.length ? `(${ors.join(' OR ')})` : '0', params };
}

export interface IQueryResult {
  rows: Row[];
  nextLink?: string;
}

export function runItemsQuery(ctx: ICtx, list: IListDef, q: IItemQuery): IQueryResult {
  const vis = visibility(ctx, list);
  const where: string[] = [vis.sql];
  const params: SqlParam[] = [...vis.params];
  let filterIndexed = true;
  if (q.filter && q.filterText !== null) {
    const f = filterToSql(list, q.filter, q.filterText, ctx.core.zone);
    where.push(f.sql);
    params.push(...f.params);
    filterIndexed = f.indexed;
  }
  const orderIndexed = q.orderBy.every((o) => o.column === 'ID' || o.field.indexed);
  if ((!filterIndexed || !orderIndexed) && ctx.core.items.count(list) > ctx.core.listViewThreshold) throw Errors.throttledLvt();
  if (q.skipToken?.prev) throw Errors.badQuery('Paging backwards (PagedPrev=TRUE) is not supported by the emulator.');
  if (q.skipToken) {
    const t = afterToken(q.orderBy, q.skipToken.values, q.skipToken.id);
    where.push(t.sql);
    params.push(...t.params);
  }
  const order = q.orderBy.map((o) => `${quoteIdent(o.column)} ${o.desc ? 'DESC' : 'ASC'}`);
  if (!q.orderBy.some((o) => o.column === 'ID')) order.push('ID ASC');
  const sql = `SELECT * FROM ${quoteIdent(list.table)} WHERE ${where.join(' AND ')} ORDER BY ${order.join(', ')} LIMIT ?`;
  const rows = ctx.core.db.prepare(sql).all(...params, q.top + 1) as Row[];
  if (rows.length <= q.top) return { rows };
  rows.length = q.top;
  const last = rows[rows.length - 1];
  return { rows, nextLink: nextLink(ctx, q.orderBy, last) };
}

function nextLink(ctx: ICtx, orders: IOrder[], last: Row): string {
  const token = new URLSearchParams();
  token.set('Paged', 'TRUE');
  for (const o of orders) {
    if (o.column === 'ID') continue;
    const v = last[orderKey(o)];
    token.set(`p_${o.column}`, v === null || v === undefined ? '' : String(v));
  }
  token.set('p_ID', String(last.ID));
  const src = ctx.req.url;
  const params = new URLSearchParams();
  for (const [k, v] of src.searchParams.entries()) if (k.toLowerCase() !== '$skiptoken') params.append(k, v);
  params.set('$skiptoken', token.toString());
  return `${src.origin}${src.pathname}?${params.toString()}`;
}

/** Edit/delete permission, then item-level write security (WriteSecurity 2 = own items, 4 = none) for non-managers. */
export function checkWrite(ctx: ICtx, list: IListDef, row: Row, perm: 'edit' | 'delete'): void {
  requirePerm(ctx, perm, list);
  if (hasPerm(ctx, 'manageLists', list)) return;
  if (list.writeSecurity === 4) throw Errors.accessDenied();
  if (list.writeSecurity === 2 && Number(row.AuthorId) !== ctx.user.id) throw Errors.accessDenied();
}

/** IF-Match: `*`, `"N"` or `"<guid>,N"`; a different version gives 412. Without the header the item is overwritten. */
export function checkEtag(ctx: ICtx, row: Row): void {
  const sent = ctx.req.headers.get('if-match');
  if (sent === undefined || sent.trim() === '*' || sent.trim() === '') return;
  const m = /^(W\/)?"?(?:\{?[0-9a-fA-F-]{36}\}?,)?(\d+)"?$/.exec(sent.trim());
  if (!m || Number(m[2]) !== Number(row._Version)) throw Errors.etag(sent, itemETagHeader(row));
}
