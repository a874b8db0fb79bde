import * as React from 'react';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import type { IAsyncState } from '../../../../shared/components/common/useAsync';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import { statusHistory } from '../../domain/shareStatus';
import type { IPortraitVersion } from '../../domain/shareStatus';
import type { IStudioTexts } from '../../loc/studioTexts';
import { studioStyles as s } from './studioStyles';

function when(instant: string, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(new Date(instant));
}

/** Every status change per channel as the list's versions keep it, newest first, with who made it. */
export function StatusHistory(props: { texts: IStudioTexts; strings: ICommonStrings; state: IAsyncState<readonly IPortraitVersion[]>; headingId: string }): React.ReactElement {
  const { texts, strings } = props;
  const t = texts.status;
  return (
    <section className={s.panel} aria-labelledby={props.headingId}>
      <h4 id={props.headingId} style={{ margin: '0 0 8px' }}>
        {t.history}
      </h4>
      <AsyncContent state={props.state} strings={strings} loadingLabel={strings.common.loading} emptyText={t.historyEmpty} isEmpty={(v) => statusHistory(v).length === 0}>
        {(versions) => (
          <ol className={s.history}>
            {statusHistory(versions).map((e) => (
              <li key={`${e.savedAt}-${e.channel}`}>
                {fillTemplate(e.from ? t.historyItem : t.historyFirst, {
                  when: when(e.savedAt, strings.locale),
                  channel: texts.channels[e.channel],
                  from: e.from ? texts.statuses[e.from] : '',
                  to: texts.statuses[e.to],
                  by: e.savedBy ?? '?',
                })}
              </li>
            ))}
          </ol>
        )}
      </AsyncContent>
    </section>
  );
}
