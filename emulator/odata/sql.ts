/**
 * Translates a parsed `$filter` into SQL over the list's item table, with every value as a bound parameter, and
 * decides whether the filter is "indexed" for the list-view threshold.
 */
import type { SiteZone } from '../dates';
import { Errors } from '../errors';
import { columnOf, IFieldDef, IListDef } from '../model';
import { quoteIdent } from '../store/db';
import type { CmpOp, FilterNode, IDatePart, IFieldRef, Literal } from './filter';

export type SqlParam = string | number | null;

/** Columns of the user information list that a person field can be projected on. */
export const USER_PROJECTIONS: Record<string, string> = {
  id: 'id',
  title: 'title',
  email: 'email',
  name: 'login',
  loginname: 'login',
  username: 'email',
  jobtitle: 'job_title',
  department: 'department',
};

export interface IResolvedField {
  field: IFieldDef;
  column: string;
  /** Set for person projections other than Id: the principals column compared. */
  userColumn?: string;
}

const SQL_OPS: Record<CmpOp, string> = { eq: '=', ne: '<>', lt: '<', le: '<=', gt: '>', ge: '>=' };

export function findField(list: IListDef, name: string): IFieldDef | undefined {
  const n = name.toLowerCase();
  const stripped = n.startsWith('odata__') ? n.slice(6) : n;
  return list.fields.find((f) => f.internalName.toLowerCase() === n || f.internalName.toLowerCase() === stripped);
}

/** Resolves a field path used in $filter or $orderby. */
export function resolvePath(list: IListDef, path: string[]): IResolvedField {
  const [head, sub] = path;
  if (path.length > 2) throw Errors.columnMissing(path.join('/'));
  const lower = head.toLowerCase();
  if (path.length === 1) {
    if (lower === 'id') return { field: findField(list, 'ID') as IFieldDef, column: 'ID' };
    const direct = findField(list, head);
    if (direct && direct.kind !== 'User' && direct.kind !== 'Lookup') return { field: direct, column: columnOf(direct) };
    if (lower.endsWith('id')) {
      const f = findField(list, head.slice(0, -2));
      if (f && (f.kind === 'User' || f.kind === 'Lookup')) return { field: f, column: columnOf(f) };
      if (f && f.kind === 'UserMulti') throw Errors.filterField(f.internalName, 'UserMulti');
    }
    if (direct) throw Errors.notExpanded(direct.internalName);
    throw Errors.columnMissing(head);
  }
  const f = findField(list, head);
  if (!f) throw Errors.columnMissing(head);
  if (f.kind === 'UserMulti') throw Errors.filterField(f.internalName, 'UserMulti');
  if (f.kind !== 'User' && f.kind !== 'Lookup') throw Errors.columnMissing(path.join('/'));
  const subLower = sub.toLowerCase();
  if (subLower === 'id') return { field: f, column: columnOf(f) };
  const uc = f.kind === 'User' ? USER_PROJECTIONS[subLower] : undefined;
  if (!uc) throw Errors.fieldOrPropertyMissing(sub);
  return { field: f, column: columnOf(f), userColumn: uc };
}

function checkFilterable(f: IFieldDef): void {
  if (f.kind === 'Note' || f.kind === 'URL' || f.kind === 'MultiChoice' || f.kind === 'Attachments') {
    throw Errors.filterField(f.internalName, f.kind === 'URL' ? 'URL' : f.kind);
  }
}

function literalFor(r: IResolvedField, lit: Literal, src: string, zone: SiteZone): SqlParam {
  if (lit.kind === 'null') return null;
  if (r.userColumn) {
    if (r.userColumn === 'id') return numberOf(lit, src);
    return stringOf(lit, src);
  }
  const f = r.field;
  switch (f.kind) {
    case 'Boolean':
      if (lit.kind === 'bool') return lit.value ? 1 : 0;
      if (lit.kind === 'number' && (lit.value === 0 || lit.value === 1)) return lit.value;
      throw Errors.badQuery(`The value for the Boolean field '${f.internalName}' is not valid in '${src}'.`);
    case 'DateTime': {
      if (lit.kind !== 'datetime' && lit.kind !== 'string') throw Errors.badQuery(`A date value is expected for '${f.internalName}' in '${src}'.`);
      const d = zone.parseSpDate(lit.value, f.dateOnly);
      if (!d) throw Errors.badQuery(`The string '${lit.value}' is not a valid DateTime value in '${src}'.`);
      return d;
    }
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
    case 'User':
    case 'Lookup':
    case 'ModStat':
      return numberOf(lit, src);
    default:
      return stringOf(lit, src);
  }
}

function numberOf(lit: Literal, src: string): number {
  if (lit.kind === 'number') return lit.value;
  if (lit.kind === 'string' && /^-?\d+(\.\d+)?$/.test(lit.value)) return Number(lit.value);
  throw Errors.badQuery(`A numeric value is expected in '${src}'.`);
}

function stringOf(lit: Literal, src: string): string {
  if (lit.kind === 'string' || lit.kind === 'guid' || lit.kind === 'datetime') return lit.value;
  if (lit.kind === 'number') return String(lit.value);
  throw Errors.badQuery(`A text value is expected in '${src}'.`);
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export interface ISqlFilter {
  sql: string;
  params: SqlParam[];
  /** True when SharePoint could answer the filter from an index (no list-view threshold). */
  indexed: boolean;
}

/** `zone`: the site's time zone, for date-only literals (a day is that day's local midnight there). */
export function filterToSql(list: IListDef, node: FilterNode, src: string, zone: SiteZone): ISqlFilter {
  const params: SqlParam[] = [];
  const walk = (n: FilterNode): { sql: string; indexed: boolean } => {
    if (n.t === 'and' || n.t === 'or') {
      const l = walk(n.left);
      const r = walk(n.right);
      const indexed = n.t === 'and' ? l.indexed || r.indexed : l.indexed && r.indexed;
      return { sql: `(${l.sql} ${n.t.toUpperCase()} ${r.sql})`, indexed };
    }
    if (n.t === 'startswith' || n.t === 'substringof') {
      const r = resolveFilterField(n.field);
      const pattern = n.t === 'startswith' ? `${escapeLike(n.value)}%` : `%${escapeLike(n.value)}%`;
      const target = r.userColumn ? `(SELECT ${r.userColumn} FROM principals WHERE id = ${quoteIdent(r.column)})` : quoteIdent(r.column);
      params.push(pattern);
      const like = `sp_fold(${target}) LIKE sp_fold(?) ESCAPE '\\'`;
      return { sql: n.negate ? `NOT (${like})` : like, indexed: n.t === 'startswith' && !r.userColumn && r.field.indexed && !n.negate };
    }
    if (n.t === 'cmp') return cmp(n.op, n.left, n.right);
    throw Errors.badQuery(`The expression "${src}" is not valid.`);
  };
  const resolveFilterField = (ref: IFieldRef): IResolvedField => {
    const r = resolvePath(list, ref.path);
    checkFilterable(r.field);
    return r;
  };
  const cmp = (op: CmpOp, left: IFieldRef | IDatePart, right: Literal): { sql: string; indexed: boolean } => {
    if (left.t === 'datepart') {
      const r = resolveFilterField(left.field);
      if (r.field.kind !== 'DateTime') throw Errors.badQuery(`The function '${left.part}' needs a date field in '${src}'.`);
      params.push(numberOf(right, src));
      return { sql: `sp_datepart(${quoteIdent(r.column)}, '${left.part}') ${SQL_OPS[op]} ?`, indexed: false };
    }
    const r = resolveFilterField(left);
    const value = literalFor(r, right, src, zone);
    const col = quoteIdent(r.column);
    if (value === null) {
      if (op !== 'eq' && op !== 'ne') throw Errors.badQuery(`The operator '${op}' cannot be used with null in '${src}'.`);
      return { sql: `${col} IS ${op === 'eq' ? '' : 'NOT '}NULL`, indexed: r.field.indexed && op === 'eq' && !r.userColumn };
    }
    params.push(value);
    if (r.userColumn) {
      const sub = `SELECT id FROM principals WHERE ${r.userColumn} ${SQL_OPS[op]} ? COLLATE NOCASE`;
      return { sql: `${col} IN (${sub})`, indexed: false };
    }
    return { sql: `${col} ${SQL_OPS[op]} ?`, indexed: r.field.indexed && op !== 'ne' };
  };
  const out = walk(node);
  return { sql: out.sql, params, indexed: out.indexed };
}
