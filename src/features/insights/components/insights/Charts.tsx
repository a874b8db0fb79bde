/**
 * Light, accessible charts drawn with HTML and CSS: every bar's label and value is text on the page (a list a screen
 * reader reads), the bars themselves are decoration. Each chart comes in a Figure with its Danish title, a text
 * summary and its data table behind a button (WCAG 1.1.1); nothing needs a pointer.
 */
import * as React from 'react';
import { useIdScope } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import type { Cell, ITable } from '../../domain/csv';
import type { IInsightsTexts } from '../../loc/insightsStrings';
import { insightStyles as s, SERIES } from './insightsStyles';

export interface IBar {
  readonly label: string;
  /** The bar's length; undefined draws none (a figure shown as "under 5"). */
  readonly value?: number;
  /** The value as text, next to the bar. */
  readonly text: string;
  /** A target to draw a line at. */
  readonly target?: number;
  /** Stands out (never named, below target). */
  readonly marked?: boolean;
}

const percentOf = (value: number, max: number): string => `${max > 0 ? Math.min(100, (value / max) * 100) : 0}%`;

export function BarChart(props: { readonly bars: readonly IBar[]; readonly max?: number }): React.ReactElement {
  const max = props.max ?? Math.max(1, ...props.bars.map((b) => Math.max(b.value ?? 0, b.target ?? 0)));
  return (
    <ul className={s.bars}>
      {props.bars.map((b) => (
        <li key={b.label} className={s.bar}>
          <span className={s.barLabel}>{b.label}</span>
          <span className={s.track}>
            <span className={s.fill} style={{ width: `calc(${percentOf(b.value ?? 0, max)} * 0.75)` }} aria-hidden="true" />
            {b.target !== undefined && <span className={s.target} style={{ left: `calc(${percentOf(b.target, max)} * 0.75)` }} aria-hidden="true" />}
            <span className={b.marked ? `${s.value} ${s.marked}` : s.value}>{b.text}</span>
          </span>
        </li>
      ))}
    </ul>
  );
}

export interface IColumn {
  readonly label: string;
  readonly segments: readonly number[];
  readonly total: number;
}

/** Stacked columns (name news per month by type), with a legend; the table under it has every figure. */
export function StackedColumns(props: { readonly columns: readonly IColumn[]; readonly series: readonly string[] }): React.ReactElement {
  const max = Math.max(1, ...props.columns.map((c) => c.total));
  return (
    <>
      <ul className={s.legendList} aria-hidden="true">
        {props.series.map((name, i) => (
          <li key={name}>
            <span className={s.swatch} style={{ background: SERIES[i % SERIES.length] }} />
            {name}
          </li>
        ))}
      </ul>
      <ol className={s.columns}>
        {props.columns.map((c) => (
          <li key={c.label} className={s.column}>
            <span className={s.columnValue}>{c.total}</span>
            {c.segments
              .map((v, i) => ({ v, i }))
              .filter(({ v }) => v > 0)
              .reverse()
              .map(({ v, i }) => (
                <span key={i} className={s.segment} style={{ height: `${(v / max) * 140}px`, background: SERIES[i % SERIES.length] }} aria-hidden="true" />
              ))}
            <span className={s.columnLabel}>{c.label}</span>
          </li>
        ))}
      </ol>
    </>
  );
}

const cellText = (cell: Cell, format: Intl.NumberFormat): string => (typeof cell === 'number' ? format.format(cell) : cell);

export function DataTable(props: { readonly table: ITable; readonly locale: string }): React.ReactElement {
  const format = new Intl.NumberFormat(props.locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 });
  const { table } = props;
  return (
    <div className={s.tableWrap}>
      <table className={s.table}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.columns.map((c, i) => (
              <th key={i} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) =>
                i === 0 ? (
                  <th key={i} scope="row">
                    {cellText(cell, format)}
                  </th>
                ) : (
                  <td key={i}>{cellText(cell, format)}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface IFigureProps {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly table: ITable | undefined;
  readonly texts: IInsightsTexts;
  readonly locale: string;
  readonly children?: React.ReactNode;
}

/** A chart with its title, its summary in words, and its data table behind a button. */
export function Figure(props: IFigureProps): React.ReactElement {
  const scope = useIdScope();
  const [open, setOpen] = React.useState(false);
  const titleId = `${scope}-${props.id}-title`;
  const tableId = `${scope}-${props.id}-table`;
  return (
    <figure className={s.figure} aria-labelledby={titleId} data-figure={props.id}>
      <h4 id={titleId} className={s.figureTitle}>
        {props.title}
      </h4>
      <p className={s.summary}>{props.summary}</p>
      {props.children}
      {props.table && (
        <>
          <button type="button" className={styles.disclosure} aria-expanded={open} aria-controls={tableId} onClick={() => setOpen((o) => !o)}>
            {open ? props.texts.hideTable : props.texts.showTable}
            <span className={s.visuallyHidden}>: {props.title}</span>
          </button>
          <div id={tableId} hidden={!open}>
            {open && <DataTable table={props.table} locale={props.locale} />}
          </div>
        </>
      )}
    </figure>
  );
}
