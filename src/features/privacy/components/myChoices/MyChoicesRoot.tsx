import * as React from 'react';
import { emptyConsentMatrix, withChoice, withdrawAll } from '../../domain/consent';
import { toDataError } from '../../../../shared/data/errors';
import type { DataError } from '../../../../shared/data/errors';
import type { IMineWithHistory, IPrivacyRepository } from '../../data/IPrivacyRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IMyChoicesStrings } from '../../loc/myChoicesStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { Button } from '../../../../shared/components/common/Button';
import { Notice } from '../../../../shared/components/common/Notice';
import { ChoicesHistory } from './ChoicesHistory';
import { ChoicesTable } from './ChoicesTable';
import { ImpostorItems } from './ImpostorItems';
import { PersonalDataSection } from './PersonalDataSection';
import type { IPersonalDataSource } from '../../data/IPersonalDataSource';
import type { IsoDate } from '../../../../shared/domain/models';
import { choiceStyles } from './myChoicesStyles';
import type { ConsentMatrix } from '../../domain/models';

/** The version of the consent text people see here; stored with every save (GDPR art. 7(1): proof of consent). */
export const CONSENT_TEXT_VERSION = '2026-11';

export interface IMyChoicesRootProps {
  readonly repository: IPrivacyRepository;
  readonly strings: ICommonStrings & IMyChoicesStrings;
  readonly privacyNoticeUrl?: string;
  /** Se alt om mig: everything the product holds about the person that they may read. */
  readonly personalData: IPersonalDataSource;
  /** Today in Europe/Copenhagen. */
  readonly today: IsoDate;
  /** The person's choices and history, already being read by the web part (its prefetch). */
  readonly first?: Promise<IMineWithHistory>;
}

type Status = { kind: 'saved' | 'withdrawn' } | { kind: 'error'; error: DataError } | undefined;

interface IEditorProps extends IMyChoicesRootProps {
  readonly loaded: IMineWithHistory;
  readonly onSaved: () => void;
  /** Kept by the root: the editor is remounted with the saved version, and the message must survive that. */
  readonly status: Status;
  readonly setStatus: (status: Status) => void;
  /** Choices the person made before a conflict reloaded the item: shown again instead of the stored ones. */
  readonly carried?: ConsentMatrix;
  readonly onConflict: (unsaved: ConsentMatrix) => void;
}

function Editor(props: IEditorProps): React.ReactElement {
  const { strings, repository, loaded, status, setStatus } = props;
  const t = strings.myChoices;
  const [value, setValue] = React.useState<ConsentMatrix>(props.carried ?? loaded.mine?.choices ?? emptyConsentMatrix());
  const [busy, setBusy] = React.useState(false);
  const dirty = JSON.stringify(value) !== JSON.stringify(loaded.mine?.choices ?? emptyConsentMatrix());

  const save = async (next: ConsentMatrix, kind: 'saved' | 'withdrawn'): Promise<void> => {
    setBusy(true);
    setStatus(undefined);
    try {
      await repository.saveMine(next, loaded.mine, CONSENT_TEXT_VERSION);
      setStatus({ kind });
      props.onSaved();
    } catch (e) {
      const error = toDataError(e);
      setStatus({ kind: 'error', error });
      // Someone (HR) changed the item meanwhile: load their version, keep what this person ticked, let them save again.
      if (error.kind === 'conflict') props.onConflict(next);
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <p>{t.intro}</p>
      {!loaded.mine && <Notice kind="info">{t.noChoicesYet}</Notice>}
      {loaded.mine?.registeredBy === 'HR' && <Notice kind="info">{t.registeredByHr}</Notice>}
      <ChoicesTable value={value} strings={strings} disabled={busy} onChange={(ch, c, allowed) => setValue((v) => withChoice(v, ch, c, allowed))} />
      <div className={choiceStyles.actions}>
        <Button primary disabled={busy || !dirty} onClick={() => void save(value, 'saved')}>
          {t.save}
        </Button>
        <Button
          disabled={busy}
          onClick={() => {
            const none = withdrawAll(value);
            setValue(none);
            void save(none, 'withdrawn');
          }}
        >
          {t.withdrawAll}
        </Button>
      </div>
      {/* The notices are live regions themselves (status, or alert for errors). */}
      <div>
        {status?.kind === 'saved' && <Notice kind="success">{t.saved}</Notice>}
        {status?.kind === 'withdrawn' && <Notice kind="success">{t.withdrawn}</Notice>}
        {status?.kind === 'error' && <Notice kind="error">{strings.common.errors[status.error.kind]}</Notice>}
        {dirty && !busy && status === undefined && <p className={styles.meta}>{t.unsaved}</p>}
      </div>
      {props.privacyNoticeUrl && (
        <p>
          <a className={styles.link} href={props.privacyNoticeUrl}>
            {t.privacyNotice}
          </a>
        </p>
      )}
      <h3 className={styles.subheading}>{t.historyTitle}</h3>
      <ChoicesHistory versions={loaded.history} strings={strings} />
    </>
  );
}

export function MyChoicesRoot(props: IMyChoicesRootProps): React.ReactElement {
  const { repository, strings } = props;
  const [version, setVersion] = React.useState(0);
  const [status, setStatus] = React.useState<Status>();
  const [carried, setCarried] = React.useState<ConsentMatrix>();
  const state = useAsync(
    async (): Promise<IMineWithHistory> => repository.getMineWithHistory(),
    // `version` counts saves: each save reloads the choices and their history.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [repository, version],
    props.first,
  );
  return (
    <WebPartSection id={useInstanceId('mine-valg')} title={strings.myChoices.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.myChoices.loading} emptyText="" isEmpty={() => false}>
        {(loaded) => (
          <Editor
            key={loaded.mine ? `${loaded.mine.id ?? ''}|${loaded.mine.etag ?? ''}` : 'new'}
            {...props}
            loaded={loaded}
            status={status}
            setStatus={setStatus}
            carried={carried}
            onSaved={() => {
              setCarried(undefined);
              setVersion((n) => n + 1);
            }}
            onConflict={(unsaved) => {
              setCarried(unsaved);
              setVersion((n) => n + 1);
            }}
          />
        )}
      </AsyncContent>
      <PersonalDataSection source={props.personalData} today={props.today} strings={strings} />
      <ImpostorItems repository={repository} strings={strings} />
    </WebPartSection>
  );
}
