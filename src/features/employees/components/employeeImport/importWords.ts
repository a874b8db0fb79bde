/** The import's rows and changes in words (the preview, the error file and the receipt share them). */
import { fill } from '../../../../shared/components/common/format';
import { formatNumericDate } from '../../../../shared/domain/dates';
import type { Locale } from '../../../../shared/domain/dates';
import type { ColumnMapping, EmployeeField, IImportPlan, IPlannedChange, IRowError } from '../../domain/importModels';
import type { IImportTexts } from '../../loc/IImportTexts';

const DATE_FIELDS: ReadonlySet<EmployeeField> = new Set(['birthDate', 'seniorityDate', 'startDate', 'endDate']);

/** A row error as a sentence naming the file's own column header. */
export function describeError(e: IRowError, t: IImportTexts, mapping: ColumnMapping): string {
  const header = (e.field && mapping[e.field]) || (e.field ? t.fields[e.field] : '');
  return fill(t.reasons[e.code], header, e.value ?? '', e.otherLine ?? '');
}

function shown(field: EmployeeField, value: string | undefined, t: IImportTexts, locale: Locale): string {
  if (!value) return t.empty;
  return DATE_FIELDS.has(field) ? formatNumericDate(value, locale) : value;
}

/** "stilling: Vejarbejder → Vejmand; e-mail: … " (new employees: the fields given). */
export function describeChange(c: IPlannedChange, t: IImportTexts, locale: Locale): string {
  const label = (f: EmployeeField): string => (f === 'birthDate' && c.birthDateFromCpr ? `${t.listFields[f]} ${t.fromCpr}` : t.listFields[f]);
  if (c.kind === 'new') return c.fields.map(label).join(', ');
  return c.fields.map((f) => fill(t.fieldChange, label(f), shown(f, c.before?.[f], t, locale), shown(f, c.values[f], t, locale))).join('; ');
}

/** Changes in the receipt's summary (the list's text field holds 63,999 characters). */
const SUMMARY_LINES = 500;

/** The receipt kept in the import log: the counts, then one line per change. */
export function summaryOf(plan: IImportPlan, t: IImportTexts, locale: Locale): string {
  const lines = [fill(t.receiptCounts, plan.counts.new, plan.counts.changed, plan.counts.leaving, plan.counts.errors)];
  for (const c of plan.changes.slice(0, SUMMARY_LINES)) lines.push(`${c.employeeNumber} ${c.name}: ${t.changeKinds[c.kind]}. ${describeChange(c, t, locale)}`);
  if (plan.changes.length > SUMMARY_LINES) lines.push(fill(t.andMore, plan.changes.length - SUMMARY_LINES));
  return lines.join('\n');
}
