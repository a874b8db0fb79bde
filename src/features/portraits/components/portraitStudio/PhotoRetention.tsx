import * as React from 'react';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import { toDataError } from '../../../../shared/data/errors';
import { Button } from '../../../../shared/components/common/Button';
import { NoticeBar } from '../../../../shared/components/common/NoticeBar';
import type { Notice } from '../../../../shared/components/common/NoticeBar';
import { useIdScope } from '../../../../shared/components/common/ids';
import type { IPrivacyChoices } from '../../../privacy';
import type { IPortraitStudioRepository } from '../../data/IPortraitStudioRepository';
import { photosDueForDeletion } from '../../domain/photoRetention';
import type { IPortrait } from '../../domain/models';
import type { IStudioTexts } from '../../loc/studioTexts';
import { studioStyles as s } from './studioStyles';

export interface IPhotoRetentionProps {
  readonly repository: IPortraitStudioRepository;
  readonly portraits: readonly IPortrait[];
  readonly choices: ReadonlyMap<number, IPrivacyChoices>;
  readonly texts: IStudioTexts;
  readonly strings: ICommonStrings;
  /** After deleting: the studio reads its portraits again. */
  readonly onDeleted: () => void;
}

/**
 * *Fotos, der skal slettes*: the portraits whose photos have served their purpose (photoRetention.ts), how many and
 * whose, and one action with a confirmation that puts the photos in the recycle bin. Nothing shows when none are due.
 */
export function PhotoRetention(props: IPhotoRetentionProps): React.ReactElement | null {
  const { repository, texts, strings } = props;
  const t = texts.photoRetention;
  const headingId = `${useIdScope()}-fotos-slettes`;
  const [confirming, setConfirming] = React.useState(false);
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<Notice>();
  const due = photosDueForDeletion(props.portraits, props.choices);
  if (due.length === 0 && !notice) return null;

  const remove = async (): Promise<void> => {
    setBusy(true);
    setNotice(undefined);
    let done = 0;
    let firstError: unknown;
    for (const portrait of due) {
      try {
        await repository.removePhoto(portrait);
        done++;
      } catch (e) {
        firstError ??= e;
      }
    }
    setNotice(
      firstError === undefined
        ? { kind: 'done', text: fillTemplate(t.done, { count: done }) }
        : { kind: 'error', error: toDataError(firstError), text: fillTemplate(t.partly, { done, failed: due.length - done }) },
    );
    setBusy(false);
    setConfirming(false);
    props.onDeleted();
  };

  return (
    <section className={s.tasks} aria-labelledby={headingId}>
      <h3 id={headingId} style={{ margin: '0 0 4px' }}>
        {t.heading}
      </h3>
      <p style={{ margin: '0 0 8px' }}>{t.intro}</p>
      <NoticeBar notice={notice} strings={strings} />
      {due.length > 0 && (
        <>
          <p style={{ margin: '0 0 8px' }}>{fillTemplate(t.due, { count: due.length })}</p>
          <ul style={{ margin: '0 0 8px', paddingLeft: 20 }}>
            {due.map((p) => (
              <li key={p.id}>{p.name}</li>
            ))}
          </ul>
          {confirming ? (
            <div role="group" aria-label={fillTemplate(t.confirm, { count: due.length })} className={s.actions}>
              <p style={{ flexBasis: '100%', margin: 0, fontWeight: 600 }}>{fillTemplate(t.confirm, { count: due.length })}</p>
              <Button primary disabled={busy} onClick={() => void remove()}>
                {t.confirmYes}
              </Button>
              <Button disabled={busy} onClick={() => setConfirming(false)}>
                {t.cancel}
              </Button>
            </div>
          ) : (
            <div className={s.actions}>
              <Button onClick={() => setConfirming(true)}>{fillTemplate(t.deleteAll, { count: due.length })}</Button>
            </div>
          )}
        </>
      )}
    </section>
  );
}
