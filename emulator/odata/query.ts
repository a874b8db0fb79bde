/**
 * The query options of an items request: $select/$expand (resolved against the list's fields into a projection plan),
 * $orderby, $top (default 100, at most 5000), $skiptoken (`Paged=TRUE&p_ID=n`, plus `p_<Field>` for other orderings)
 * and $filter (parsed, see filter.ts). SharePoint's 400s for what it rejects.
 */
import { Errors } from '../errors';
import { MAX_ORDER_KEYS } from '../limits';
import type { IFieldDef, IListDef } from '../model';
import { parseFilter, FilterNode } from './filter';
import { findField, resolvePath, USER_PROJECTIONS } from './sql';

export type SelectEntry =
  | { kind: 'field'; field: IFieldDef; prop: string }
  | { kind: 'stringId'; field: IFieldDef; prop: string }
  | { kind: 'expand'; field: IFieldDef; subs: string[] }
  | { kind: 'attachmentFiles' }
  | { kind: 'meta'; prop: string }
  | { kind: 'permissions'; prop: PermissionsProp };

/** SP.ListItem's permission properties: not in the default set, answered when selected (also next to `*`). */
export type PermissionsProp = 'EffectiveBasePermissions' | 'EffectiveBasePermissionsForUI';
const PERMISSION_PROPS: PermissionsProp[] = ['EffectiveBasePermissions', 'EffectiveBasePermissionsForUI'];

export interface IProjection {
  /** null: the default property set. */
  entries: SelectEntry[] | null;
  /** Expanded person fields when $select is absent or '*'. */
  defaultExpands: IFieldDef[];
  attachmentFilesExpanded: boolean;
  /** Permission properties selected next to `*` (with named fields they are entries). */
  permissions?: PermissionsProp[];
}

export interface IOrder {
  field: IFieldDef;
  column: string;
  desc: boolean;
}

export interface ISkipToken {
  id: number;
  values: Record<string, string>;
  prev: boolean;
}

export interface IItemQuery {
  projection: IProjection;
  orderBy: IOrder[];
  top: number;
  skipToken: ISkipToken | null;
  filter: FilterNode | null;
  filterText: string | null;
}

export const MAX_TOP = 5000;
export const DEFAULT_TOP = 100;

const KNOWN_OPTIONS = new Set(['$select', '$expand', '$filter', '$orderby', '$top', '$skiptoken', '$skip', '$format', '$inlinecount']);
const META_PROPS = ['FileSystemObjectType', 'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId', 'CommentsDisabled', 'FileRef', 'FileLeafRef'];

export const USER_FIELDS_OUT = ['Id', 'ID', 'Title', 'Name', 'EMail', 'UserName', 'JobTitle', 'Department', 'FirstName', 'LastName', 'SipAddress', 'Picture'];

function splitList(v: string | null): string[] {
  if (!v) return [];
  return v.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

export function checkOptions(params: URLSearchParams): void {
  for (const key of params.keys()) {
    if (key.startsWith('$') && !KNOWN_OPTIONS.has(key.toLowerCase())) {
      throw Errors.badQuery(`The query parameter '${key}' is not supported.`);
    }
  }
}

/** Resolves $select and $expand against a list. */
export function parseProjection(list: IListDef, selectRaw: string | null, expandRaw: string | null): IProjection {
  const expands = new Map<string, IFieldDef | 'attachments'>();
  for (const e of splitList(expandRaw)) {
    if (e.toLowerCase() === 'attachmentfiles') {
      expands.set('attachmentfiles', 'attachments');
      continue;
    }
    const f = findField(list, e);
    if (!f) throw Errors.fieldOrPropertyMissing(e);
    if (f.kind !== 'User' && f.kind !== 'UserMulti' && f.kind !== 'Lookup') {
      throw Errors.badQuery(`The field or property '${e}' cannot be expanded: it is not a lookup or person field.`);
    }
    expands.set(f.internalName.toLowerCase(), f);
  }
  if (selectRaw !== null && selectRaw.trim() !== '' && selectRaw.split(',').some((x) => x.trim() === '')) {
    throw Errors.badQuery(`Syntax error in $select '${selectRaw}'.`);
  }
  const select = splitList(selectRaw);
  const attachmentFilesExpanded = expands.has('attachmentfiles');
  if (select.length === 0 || select.includes('*')) {
    return {
      entries: null,
      defaultExpands: [...expands.values()].filter((v): v is IFieldDef => v !== 'attachments'),
      attachmentFilesExpanded,
      permissions: PERMISSION_PROPS.filter((p) => select.some((s) => s.toLowerCase() === p.toLowerCase())),
    };
  }
  const entries: SelectEntry[] = [];
  const byExpand = new Map<string, { field: IFieldDef; subs: string[] }>();
  for (const s of select) {
    const parts = s.split('/');
    if (parts.length > 2) throw Errors.fieldOrPropertyMissing(s);
    const [head, sub] = parts;
    const lower = head.toLowerCase();
    if (lower === 'attachmentfiles') {
      if (!attachmentFilesExpanded) throw Errors.notExpanded('AttachmentFiles');
      entries.push({ kind: 'attachmentFiles' });
      continue;
    }
    if (sub === undefined) {
      const perm = PERMISSION_PROPS.find((p) => p.toLowerCase() === lower);
      if (perm) {
        entries.push({ kind: 'permissions', prop: perm });
        continue;
      }
      const meta = META_PROPS.find((m) => m.toLowerCase() === lower);
      if (meta) {
        entries.push({ kind: 'meta', prop: meta });
        continue;
      }
      entries.push(resolveSelect(list, head));
      continue;
    }
    const f = findField(list, head);
    if (!f) throw Errors.fieldOrPropertyMissing(head);
    if (f.kind !== 'User' && f.kind !== 'UserMulti' && f.kind !== 'Lookup') throw Errors.fieldOrPropertyMissing(s);
    if (!expands.has(f.internalName.toLowerCase())) throw Errors.notExpanded(f.internalName);
    if (!USER_FIELDS_OUT.some((u) => u.toLowerCase() === sub.toLowerCase()) && !USER_PROJECTIONS[sub.toLowerCase()]) {
      throw Errors.fieldOrPropertyMissing(sub);
    }
    const canonical = USER_FIELDS_OUT.find((u) => u === sub) ?? USER_FIELDS_OUT.find((u) => u.toLowerCase() === sub.toLowerCase()) ?? sub;
    let group = byExpand.get(f.internalName);
    if (!group) {
      group = { field: f, subs: [] };
      byExpand.set(f.internalName, group);
      entries.push({ kind: 'expand', field: f, subs: group.subs });
    }
    if (!group.subs.includes(canonical)) group.subs.push(canonical);
  }
  return { entries, defaultExpands: [], attachmentFilesExpanded };
}

function resolveSelect(list: IListDef, name: string): SelectEntry {
  const lower = name.toLowerCase();
  if (lower === 'id') return { kind: 'field', field: findField(list, 'ID') as IFieldDef, prop: name === 'ID' ? 'ID' : 'Id' };
  const direct = findField(list, name);
  if (direct) {
    if (direct.kind === 'User' || direct.kind === 'UserMulti' || direct.kind === 'Lookup') throw Errors.notExpanded(direct.internalName);
    return { kind: 'field', field: direct, prop: direct.internalName.startsWith('_') ? `OData_${direct.internalName}` : direct.internalName };
  }
  if (lower.endsWith('stringid')) {
    const f = findField(list, name.slice(0, -8));
    if (f && (f.kind === 'User' || f.kind === 'Lookup' || f.kind === 'UserMulti')) return { kind: 'stringId', field: f, prop: `${f.internalName}StringId` };
  }
  if (lower.endsWith('id')) {
    const f = findField(list, name.slice(0, -2));
    if (f && (f.kind === 'User' || f.kind === 'Lookup' || f.kind === 'UserMulti')) return { kind: 'field', field: f, prop: `${f.internalName}Id` };
  }
  throw Errors.fieldOrPropertyMissing(name);
}

export function parseOrderBy(list: IListDef, raw: string | null): IOrder[] {
  const out: IOrder[] = [];
  const parts = splitList(raw);
  if (parts.length > MAX_ORDER_KEYS) throw Errors.badQuery(`The $orderby query option may name at most ${MAX_ORDER_KEYS} fields; it names ${parts.length}.`);
  for (const part of parts) {
    const m = /^([A-Za-z_][A-Za-z0-9_/]*)(\s+(asc|desc))?$/i.exec(part);
    if (!m) throw Errors.badQuery(`Syntax error in $orderby '${raw ?? ''}'.`);
    const r = resolvePath(list, m[1].split('/'));
    if (r.userColumn) throw Errors.badQuery(`Ordering by the projected field '${m[1]}' is not supported.`);
    const k = r.field.kind;
    if (k === 'Note' || k === 'URL' || k === 'UserMulti' || k === 'MultiChoice') throw Errors.orderField(r.field.internalName, k);
    out.push({ field: r.field, column: r.column, desc: (m[3] ?? '').toLowerCase() === 'desc' });
  }
  return out;
}

export function parseTop(raw: string | null): number {
  if (raw === null) return DEFAULT_TOP;
  if (!/^\d+$/.test(raw.trim())) throw Errors.badQuery(`The value '${raw}' for $top is not a valid non-negative integer.`);
  const n = Number(raw);
  if (n > MAX_TOP) throw Errors.badQuery(`The $top query option value ${n} exceeds the maximum of ${MAX_TOP} items per page.`);
  return n;
}

export function parseSkipToken(raw: string | null): ISkipToken | null {
  if (raw === null) return null;
  const p = new URLSearchParams(raw);
  const paged = p.get('Paged');
  const id = p.get('p_ID');
  if (paged === null || paged.toUpperCase() !== 'TRUE' || id === null || !/^\d+$/.test(id)) {
    throw Errors.badQuery(`The $skiptoken '${raw}' is not valid.`);
  }
  const values: Record<string, string> = {};
  for (const [k, v] of p.entries()) if (k.startsWith('p_') && k !== 'p_ID') values[k.slice(2)] = v;
  return { id: Number(id), values, prev: (p.get('PagedPrev') ?? '').toUpperCase() === 'TRUE' };
}

export function parseItemQuery(list: IListDef, params: URLSearchParams): IItemQuery {
  checkOptions(params);
  const projection = parseProjection(list, params.get('$select'), params.get('$expand'));
  const filterText = params.get('$filter');
  return {
    projection,
    filter: filterText !== null ? parseFilter(filterText) : null,
    filterText,
    orderBy: parseOrderBy(list, params.get('$orderby')),
    top: parseTop(params.get('$top')),
    skipToken: parseSkipToken(params.get('$skiptoken')),
  };
}
