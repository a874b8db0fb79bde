/**
 * $filter over plain JSON entities (fields, lists, site users, groups): the same grammar as for items, evaluated in
 * memory against the entity's properties.
 */
import { Errors } from '../errors';
import { FilterNode, Literal, parseFilter } from '../odata/filter';
import type { Json } from '../serialize';

function lit(l: Literal): unknown {
  switch (l.kind) {
    case 'null':
      return null;
    case 'bool':
      return l.value;
    default:
      return l.value;
  }
}

function prop(obj: Json, path: string[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (typeof cur !== 'object' || cur === null) return undefined;
    const rec = cur as Json;
    const key = Object.keys(rec).find((k) => k.toLowerCase() === p.toLowerCase());
    if (key === undefined) throw Errors.fieldOrPropertyMissing(p);
    cur = rec[key];
  }
  return cur;
}

function norm(v: unknown): unknown {
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'boolean') return v ? 1 : 0;
  return v ?? null;
}

function evaluate(n: FilterNode, obj: Json): boolean {
  switch (n.t) {
    case 'and':
      return evaluate(n.left, obj) && evaluate(n.right, obj);
    case 'or':
      return evaluate(n.left, obj) || evaluate(n.right, obj);
    case 'startswith':
    case 'substringof': {
      const v = String(prop(obj, n.field.path) ?? '').toLowerCase();
      const hit = n.t === 'startswith' ? v.startsWith(n.value.toLowerCase()) : v.includes(n.value.toLowerCase());
      return hit !== n.negate;
    }
    case 'cmp': {
      if (n.left.t !== 'field') throw Errors.badQuery('Date functions are not supported here.');
      const a = norm(prop(obj, n.left.path));
      const b = norm(lit(n.right));
      switch (n.op) {
        case 'eq':
          return a === b;
        case 'ne':
          return a !== b;
        default: {
          if (a === null || b === null) return false;
          const x = a as number | string;
          const y = b as number | string;
          return n.op === 'lt' ? x < y : n.op === 'le' ? x <= y : n.op === 'gt' ? x > y : x >= y;
        }
      }
    }
  }
  return false;
}

export function applyJsonFilter<T extends Json>(values: T[], filter: string | null): T[] {
  if (filter === null) return values;
  const ast = parseFilter(filter);
  return values.filter((v) => evaluate(ast, v));
}
