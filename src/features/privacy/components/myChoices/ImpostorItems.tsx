import * as React from 'react';
import { getId } from '@fluentui/react/lib/Utilities';
import type { IPrivacyItem } from '../../domain/consentOwnership';
import { toDataError } from '../../../../shared/data/errors';
import type { IPrivacyRepository } from '../../data/IPrivacyRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IMyChoicesStrings } from '../../loc/myChoicesStrings';
import { fill } from '../../../../shared/components/common/format';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { Button } from '../../../../shared/components/common/Button';
import { Notice as NoticeMessage } from '../../../../shared/components/common/Notice';
import { formatInstant } from './instant';
import { choiceStyles } from './myChoicesStyles';
import { NoticeBar } from '../../../../shared/components/common/NoticeBar';
import type { Notice } from '../../../../shared/components/common/NoticeBar';

export interface IImpostorItemsProps {
  readonly repository: IPrivacyRepository;
  readonly strings: ICommonStrings & IMyChoicesStrings;
}


function ItemList(props: IImpostorItemsProps & { initial: readonly IPrivacyItem[] }): React.ReactElement {
  const { repository, strings } = props;
  const t = strings.myChoices;
  const [items, setItems] = React.useState(props.initial);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();
  const recycle = async (item: IPrivacyItem): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    try {
      await repository.recycleImpostor(item.id);
      setItems((all) => all.filter((i) => i.id !== item.id));
      setNotice({ kind: 'done', text: fill(t.impostorRecycled, item.employee.name) });
    } catch (e) {
      setNotice({ kind: 'error', error: toDataError(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <NoticeBar notice={notice} strings={strings} />
      {items.length === 0 ? (
        <p className={styles.empty}>{t.impostorsEmpty}</p>
      ) : (
        <ul className={choiceStyles.impostors}>
          {items.map((item) => {
            const text = fill(t.impostor, item.employee.name, item.author.name, formatInstant(item.modified, strings.locale));
            return (
              <li key={item.id}>
                <span>{text}</span>
                <Button description={text} disabled={busy} onClick={() => void recycle(item)}>
                  {t.recycleImpostor}
                </Button>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}

/**
 * For members of HR only: privacy-choices items created by someone who is neither the person nor in HR. Every reader
 * ignores them; HR puts them in the recycle bin. Everyone else sees nothing here (not even while it loads).
 */
export function ImpostorItems(props: IImpostorItemsProps): React.ReactElement | null {
  const { repository, strings } = props;
  const t = strings.myChoices;
  const [headingId] = React.useState(() => getId('privatlivsvalg-andre-'));
  const state = useAsync(() => repository.getImpostors(), [repository]);
  if (state.data === undefined && !state.error) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.subheading}>
        {t.impostorsTitle}
      </h3>
      <p className={styles.meta}>{t.impostorsIntro}</p>
      {state.error ? (
        <NoticeMessage kind="error">{strings.common.errors[state.error.kind]}</NoticeMessage>
      ) : (
        <ItemList {...props} initial={state.data ?? []} />
      )}
    </section>
  );
}
