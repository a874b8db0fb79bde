import * as React from 'react';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { fill } from '../../../../shared/components/common/format';
import { useIdScope } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import type { IAsyncState } from '../../../../shared/components/common/useAsync';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IImportReceipt } from '../../data/IEmployeeImportRepository';
import type { IImportTexts } from '../../loc/IImportTexts';

/** A receipt's time in Copenhagen, as the page's language writes it. */
export function receiptTime(iso: string, locale: 'da' | 'en'): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  return d.toLocaleString(locale === 'da' ? 'da-DK' : 'en-GB', { timeZone: 'Europe/Copenhagen', dateStyle: 'long', timeStyle: 'short' });
}

export function receiptLine(r: IImportReceipt, t: IImportTexts, locale: 'da' | 'en'): string {
  return fill(t.receiptBy, r.by, r.fileName, receiptTime(r.created, locale));
}

/** The receipt of the load just finished: by whom, when, what changed, and where it is kept. */
export function ImportReceipt(props: { readonly receipt: IImportReceipt; readonly texts: IImportTexts; readonly locale: 'da' | 'en' }): React.ReactElement {
  const { receipt: r, texts: t } = props;
  const scope = useIdScope();
  return (
    <section aria-labelledby={`${scope}-receipt`} role="status">
      <h3 id={`${scope}-receipt`} className={styles.subheading}>
        {t.receiptTitle}
      </h3>
      <p>{receiptLine(r, t, props.locale)}</p>
      <p>{fill(t.receiptCounts, r.counts.new, r.counts.changed, r.counts.leaving, r.counts.errors)}</p>
      <p className={styles.meta}>{t.receiptKept}</p>
    </section>
  );
}

/** The latest loads from the import log. */
export function RecentImports(props: { readonly state: IAsyncState<readonly IImportReceipt[]>; readonly texts: IImportTexts; readonly strings: ICommonStrings }): React.ReactElement {
  const t = props.texts;
  const scope = useIdScope();
  const locale = props.strings.locale;
  return (
    <section aria-labelledby={`${scope}-recent`}>
      <h3 id={`${scope}-recent`} className={styles.subheading}>
        {t.recentTitle}
      </h3>
      <AsyncContent state={props.state} strings={props.strings} loadingLabel={t.readingList} emptyText={t.recentEmpty} isEmpty={(r) => r.length === 0}>
        {(receipts) => (
          <ul>
            {receipts.map((r) => (
              <li key={r.id}>
                {receiptLine(r, t, locale)} {fill(t.receiptCounts, r.counts.new, r.counts.changed, r.counts.leaving, r.counts.errors)}
                {r.status === 'running' && ` (${t.statusRunning})`}
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </section>
  );
}
