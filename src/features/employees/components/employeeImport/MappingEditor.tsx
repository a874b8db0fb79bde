import * as React from 'react';
import { Checkbox } from '@fluentui/react/lib/Checkbox';
import { Dropdown } from '@fluentui/react/lib/Dropdown';
import type { IDropdownOption } from '@fluentui/react/lib/Dropdown';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import type { MappingProblem } from '../../domain/columnMapping';
import { birthDateFromCpr, maskCpr } from '../../domain/cpr';
import { formatNumericDate } from '../../../../shared/domain/dates';
import { cprColumns } from '../../domain/errorFile';
import type { ColumnMapping, DateFormat, IRawTable, ImportField } from '../../domain/importModels';
import { IMPORT_FIELDS } from '../../domain/importModels';
import type { IImportTexts } from '../../loc/IImportTexts';
import { importStyles as s } from './importStyles';

export interface IMappingEditorProps {
  readonly table: IRawTable;
  readonly mapping: ColumnMapping;
  readonly problems: readonly MappingProblem[];
  readonly dateFormats: Partial<Record<ImportField, DateFormat>>;
  readonly fullExtract: boolean;
  readonly texts: IImportTexts;
  readonly locale: 'da' | 'en';
  readonly onColumn: (field: ImportField, header: string) => void;
  readonly onFullExtract: (full: boolean) => void;
}

/** Which column feeds which field, with an example value from the first row (a CPR number masked). */
export function MappingEditor(props: IMappingEditorProps): React.ReactElement {
  const { table, mapping, texts: t } = props;
  const scope = useIdScope();
  const cpr = React.useMemo(() => cprColumns(table, mapping), [table, mapping]);
  const options: IDropdownOption[] = [{ key: '', text: t.noColumn }, ...table.headers.filter((h) => h !== '').map((h) => ({ key: h, text: h }))];
  const sample = (header: string | undefined): string | undefined => {
    if (!header) return undefined;
    const i = table.headers.indexOf(header);
    const value = table.rows.find((r) => (r.cells[i] ?? '').trim() !== '')?.cells[i]?.trim();
    if (value === undefined) return undefined;
    if (!cpr.has(i)) return value;
    // A CPR number shows masked, with the birth date it gives (what is written instead).
    const born = birthDateFromCpr(value);
    return born ? `${maskCpr(value)} (${fill(t.cprBirthDate, formatNumericDate(born, props.locale))})` : maskCpr(value);
  };
  return (
    <section aria-labelledby={`${scope}-mapping`}>
      <h3 id={`${scope}-mapping`} className={styles.subheading}>
        {t.mappingTitle}
      </h3>
      <p className={styles.meta}>{t.mappingIntro}</p>
      {props.problems.map((p) => (
        <p key={p} className={s.problem} role="alert">
          {t.mappingProblems[p]}
        </p>
      ))}
      <div className={s.mapping}>
        {IMPORT_FIELDS.filter((f) => f !== 'action' || table.kind === 'opus').map((field) => {
          const example = sample(mapping[field]);
          const format = props.dateFormats[field];
          return (
            <div key={field}>
              <Dropdown
                id={`${scope}-col-${field}`}
                label={t.fields[field]}
                options={options}
                selectedKey={mapping[field] ?? ''}
                onChange={(_e, o) => o && props.onColumn(field, String(o.key))}
              />
              {(example !== undefined || format) && (
                <p className={styles.meta}>
                  {example !== undefined && fill(t.sample, example)}
                  {example !== undefined && format && ' · '}
                  {format && fill(t.dateFormat, t.dateFormats[format])}
                </p>
              )}
            </div>
          );
        })}
      </div>
      <Checkbox label={t.fullExtract} checked={props.fullExtract} onChange={(_e, c) => props.onFullExtract(!!c)} />
      <p className={styles.meta}>{t.fullExtractHelp}</p>
    </section>
  );
}
