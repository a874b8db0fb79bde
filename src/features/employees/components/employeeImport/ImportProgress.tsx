import * as React from 'react';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { fill } from '../../../../shared/components/common/format';
import type { IWriteProgress } from '../../data/IEmployeeImportRepository';
import type { IImportTexts } from '../../loc/IImportTexts';

export interface IImportProgressProps {
  readonly progress: IWriteProgress;
  readonly startedAt: number;
  readonly texts: IImportTexts;
  readonly locale: 'da' | 'en';
}

/** The time left at the rate so far, in words ("Ca. 40 sek. tilbage"); nothing before a first batch is written. */
export function timeLeft(p: IWriteProgress, elapsedMs: number, t: IImportTexts): string | undefined {
  if (p.done === 0 || p.done >= p.total || elapsedMs <= 0) return undefined;
  const seconds = Math.ceil(((p.total - p.done) * elapsedMs) / p.done / 1000);
  return fill(t.timeLeft, seconds < 90 ? fill(t.seconds, seconds) : fill(t.minutes, Math.ceil(seconds / 60)));
}

/** Rows written of the total, the time left and SharePoint's requests to wait. */
export function ImportProgress(props: IImportProgressProps): React.ReactElement {
  const { progress: p, texts: t } = props;
  const nf = (n: number): string => n.toLocaleString(props.locale === 'da' ? 'da-DK' : 'en-GB');
  const left = timeLeft(p, Date.now() - props.startedAt, t);
  const description = [fill(t.progress, nf(p.done), nf(p.total)), left].filter(Boolean).join(' · ');
  return (
    <div>
      <ProgressIndicator label={t.progressLabel} description={description} percentComplete={p.total === 0 ? 1 : p.done / p.total} ariaValueText={description} />
      {p.waiting !== undefined && <p role="status">{fill(t.waiting, p.waiting)}</p>}
    </div>
  );
}
