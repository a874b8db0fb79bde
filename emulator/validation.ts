/**
 * List validation: the list's formula (schema `<MetaData><Validation Message="…">=formula</Validation>`) must be true
 * for the item as it would be saved, on every add and every update over REST — approval and rejection too, since
 * they save the item. Otherwise 400, code `-2130575163, Microsoft.SharePoint.SPException`.
 */
import { Errors } from './errors';
import { parseFormula } from './formula';
import type { FormulaValue, IFormula } from './formula';
import { columnOf } from './model';
import type { IFieldDef, IListDef } from './model';

/** Field types SharePoint lets a validation formula refer to. */
const ALLOWED = new Set(['Text', 'Number', 'Currency', 'Integer', 'Boolean', 'DateTime', 'Choice']);

const cache = new Map<string, IFormula>();

function fieldFor(list: IListDef, ref: string): IFieldDef | undefined {
  const r = ref.trim().toLowerCase();
  return list.fields.find((f) => f.internalName.toLowerCase() === r) ?? list.fields.find((f) => f.title.toLowerCase() === r);
}

/** Parses the formula and checks that every column it names exists and may be used; throws a readable error. */
export function compileValidation(list: Pick<IListDef, 'title' | 'fields'>, formula: string): IFormula {
  let parsed: IFormula;
  try {
    parsed = parseFormula(formula);
  } catch (e) {
    throw new Error(`List ${list.title}: the validation formula ${formula} is not valid: ${e instanceof Error ? e.message : String(e)}`);
  }
  for (const ref of parsed.refs) {
    const f = fieldFor(list as IListDef, ref);
    if (!f) throw new Error(`List ${list.title}: the validation formula refers to a column that does not exist: ${ref}`);
    if (!ALLOWED.has(f.kind)) throw new Error(`List ${list.title}: a validation formula cannot use the ${f.kind} column ${ref}`);
  }
  return parsed;
}

function formulaOf(list: IListDef, text: string): IFormula {
  const key = `${list.id}|${text}`;
  let f = cache.get(key);
  if (!f) {
    f = compileValidation(list, text);
    cache.set(key, f);
  }
  return f;
}

function valueOf(f: IFieldDef, v: unknown): FormulaValue {
  if (v === null || v === undefined) return null;
  if (f.kind === 'Boolean') return v === 1 || v === true;
  if (typeof v === 'number' || typeof v === 'string') return v;
  return String(v);
}

/** Throws SharePoint's 400 when the item, as it would be saved (`columns`: SQLite column → value), fails the list's rule. */
export function checkListValidation(list: IListDef, columns: ReadonlyMap<string, unknown>): void {
  if (!list.validation) return;
  const formula = formulaOf(list, list.validation.formula);
  const result = formula.evaluate((ref) => {
    const f = fieldFor(list, ref) as IFieldDef;
    return valueOf(f, columns.get(columnOf(f)));
  });
  if (result !== true) throw Errors.listValidation(list.validation.message);
}
