import * as React from 'react';
import { historyWithChanges } from '../../domain/consentHistory';
import type { IPrivacyVersion } from '../../domain/consentHistory';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IMyChoicesStrings } from '../../loc/myChoicesStrings';
import { fill } from '../../../../shared/components/common/format';
import { styles } from '../../../../shared/components/common/styles';
import { formatInstant } from './instant';
import { choiceStyles } from './myChoicesStyles';

/** The audit trail as the person sees it: each saved version with what it changed. */
export function ChoicesHistory(props: { versions: readonly IPrivacyVersion[]; strings: ICommonStrings & IMyChoicesStrings }): React.ReactElement {
  const t = props.strings.myChoices;
  const channel = { intranet: t.intranet, linkedIn: t.linkedIn, facebook: t.facebook };
  if (props.versions.length === 0) return <p className={styles.empty}>{t.historyEmpty}</p>;
  return (
    <ol className={choiceStyles.history} reversed>
      {historyWithChanges(props.versions).map(({ version, changes }) => (
        <li key={version.label}>
          {fill(t.changedBy, formatInstant(version.savedAt, props.strings.locale), version.savedBy ?? '?')}
          {': '}
          {changes.length === 0
            ? t.firstVersion
            : changes.map((c) => `${t.categories[c.category]} (${channel[c.channel]}) ${c.from ? t.yes : t.no} → ${c.to ? t.yes : t.no}`).join('; ')}
        </li>
      ))}
    </ol>
  );
}
