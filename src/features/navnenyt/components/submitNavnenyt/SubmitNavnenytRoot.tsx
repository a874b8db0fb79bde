import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { addDays } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import type { INavnenytSettings } from '../../domain/navnenytSettings';
import { DEFAULT_NAVNENYT_SETTINGS } from '../../domain/navnenytSettings';
import { errorSummary, validateSubmission } from '../../domain/validation';
import { toDataError } from '../../../../shared/data/errors';
import type { DataError } from '../../../../shared/data/errors';
import type { IEmployeeDirectory } from '../../../employees';
import type { INavnenytEditorRepository } from '../../data/INavnenytEditorRepository';
import type { INavnenytRepository } from '../../data/INavnenytRepository';
import type { IRejectedSubmissions } from '../../data/IRejectedSubmissions';
import type { IUserRepository } from '../../../../shared/data/users/IUserRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { ISubmitStrings } from '../../loc/submitStrings';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { fill } from '../../../../shared/components/common/format';
import { EmployeeSearch } from './EmployeeSearch';
import { asNewNavnenyt, asSubmission, EMPTY_FORM, nextForm } from './formState';
import type { FormChange, IFormState } from './formState';
import { formStyles } from './formStyles';
import { formFromRejected } from './rejectedForm';
import { RejectedSubmissions } from './RejectedSubmissions';
import { SubmitFields } from './SubmitFields';
import { Suggestions } from './Suggestions';
import { useDraft } from './useDraft';
import type { INavnenytItem } from '../../domain/models';
import { navnenytEditorTexts } from '../../loc/editorTexts';

export interface ISubmitNavnenytRootProps {
  readonly repository: INavnenytEditorRepository;
  readonly directory: IEmployeeDirectory;
  /** For the suggestions: which coming occasions already have name news. */
  readonly navnenyt: INavnenytRepository;
  /** Who is signed in: an unsent draft is kept for that user only. */
  readonly users: IUserRepository;
  /** The user's own submissions that communications rejected, with the reason. */
  readonly rejected: IRejectedSubmissions;
  readonly strings: ICommonStrings & ISubmitStrings;
  readonly today: IsoDate;
  readonly settings?: INavnenytSettings;
  /** HR submits; communications ('editor') may also write memorials. */
  readonly role?: 'hr' | 'editor';
}

type Outcome = { kind: 'sent'; name: string; oldKept?: boolean } | { kind: 'failed'; error: DataError; kept: boolean; withPhoto: boolean } | undefined;

export function SubmitNavnenytRoot(props: ISubmitNavnenytRootProps): React.ReactElement {
  const scope = useInstanceId('indsend-navnenyt');
  const { strings, today, repository } = props;
  const t = strings.submit;
  const settings = props.settings ?? DEFAULT_NAVNENYT_SETTINGS;
  const role = props.role ?? 'hr';
  const [form, setForm] = React.useState<IFormState>(EMPTY_FORM);
  const [showErrors, setShowErrors] = React.useState(false);
  const [sending, setSending] = React.useState(false);
  const [outcome, setOutcome] = React.useState<Outcome>();
  const [sent, setSent] = React.useState(0);
  /** The rejected submission HR is correcting: sending the form replaces it. */
  const [correcting, setCorrecting] = React.useState<INavnenytItem>();
  const { draft, keep, discard } = useDraft(props.users);
  const summaryRef = React.useRef<HTMLDivElement>(null);

  const change = (c: FormChange): void => setForm((f) => nextForm(f, c, today, settings));
  const stopCorrecting = (): void => {
    setCorrecting(undefined);
    setForm(EMPTY_FORM);
  };
  const texts = navnenytEditorTexts(strings.locale);
  const result = validateSubmission(asSubmission(form), { today, messages: texts.validation, settings, role });
  const errors = { ...result.errors };
  if (form.employee && !form.employee.email && !errors.employee) {
    errors.employee = texts.employeeWithoutEmail;
  }
  const visibleErrors = showErrors ? errors : {};

  const send = async (): Promise<void> => {
    setOutcome(undefined);
    if (Object.keys(errors).length > 0) {
      setShowErrors(true);
      // Move focus to the summary so keyboard and screen-reader users learn what to fix (WCAG 3.3.1).
      setTimeout(() => summaryRef.current?.focus(), 0);
      return;
    }
    setSending(true);
    try {
      const saved = await repository.submit(asNewNavnenyt(form));
      discard();
      // The corrected submission replaces the rejected one, which goes to the recycle bin.
      const oldKept = correcting ? await props.rejected.discard(correcting.id).then(() => false, () => true) : false;
      setCorrecting(undefined);
      setForm(EMPTY_FORM);
      setShowErrors(false);
      setOutcome({ kind: 'sent', name: saved.name, oldKept });
      setSent((n) => n + 1);
    } catch (e) {
      setOutcome({ kind: 'failed', error: toDataError(e), kept: keep(form), withPhoto: form.photo !== undefined });
    } finally {
      setSending(false);
    }
  };

  const summary = showErrors ? errorSummary({ ...result, errors }) : [];
  return (
    <WebPartSection id={scope} title={t.title} lang={strings.locale}>
      <p>{t.intro}</p>
      {draft && !outcome && form === EMPTY_FORM && (
        <MessageBar
          messageBarType={MessageBarType.info}
          actions={
            <div>
              <DefaultButton text={t.restoreDraft} onClick={() => setForm(draft.form)} />
              <DefaultButton text={t.discardDraft} onClick={discard} />
            </div>
          }
        >
          {fill(t.draftFound, draft.form.employee?.name ?? '?')} {draft.hadPhoto ? t.draftWithoutPhoto : ''}
        </MessageBar>
      )}
      {outcome?.kind === 'sent' && (
        <MessageBar messageBarType={outcome.oldKept ? MessageBarType.warning : MessageBarType.success} isMultiline>
          {fill(t.sent, outcome.name)} {outcome.oldKept ? t.replacedNotRemoved : ''}
        </MessageBar>
      )}
      {outcome?.kind === 'failed' && (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {strings.common.errors[outcome.error.kind]} {outcome.kept ? t.draftKept : ''} {outcome.kept && outcome.withPhoto ? t.draftWithoutPhoto : ''}
        </MessageBar>
      )}
      {summary.length > 0 && (
        <div ref={summaryRef} tabIndex={-1} className={formStyles.summary} role="alert">
          <p>{t.errorSummary}</p>
          <ul>
            {summary.map((e) => (
              <li key={e.field}>
                <a href={`#${scope}-field-${e.field}`}>{e.message}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <RejectedSubmissions
        rejected={props.rejected}
        strings={strings}
        since={addDays(today, -settings.maxDaysAfterEvent)}
        refresh={sent}
        onDiscarded={() => setSent((n) => n + 1)}
        onCorrect={(item) => {
          setOutcome(undefined);
          setShowErrors(false);
          setCorrecting(item);
          setForm(formFromRejected(item));
          setTimeout(() => document.getElementById(`${scope}-field-message`)?.focus(), 0);
        }}
      />
      {correcting && (
        <MessageBar messageBarType={MessageBarType.info} isMultiline actions={<DefaultButton text={t.stopCorrecting} onClick={stopCorrecting} />}>
          {fill(t.correcting, correcting.name)}
        </MessageBar>
      )}
      <Suggestions
        directory={props.directory}
        navnenyt={props.navnenyt}
        strings={strings}
        today={today}
        settings={settings}
        refresh={sent}
        onUse={(employee, c) => {
          setOutcome(undefined);
          change({ kind: 'suggestion', employee, type: c.type, eventDate: c.eventDate, years: c.years });
          setTimeout(() => document.getElementById(`${scope}-field-type`)?.focus(), 0);
        }}
      />
      <form
        className={formStyles.form}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void send();
        }}
      >
        <EmployeeSearch directory={props.directory} strings={strings} value={form.employee} errorMessage={visibleErrors.employee} onChange={(employee) => change({ kind: 'employee', employee })} />
        <SubmitFields form={form} strings={strings} role={role} errors={visibleErrors} disabled={sending} onChange={change} />
        <div>
          <PrimaryButton type="submit" text={sending ? t.sending : t.send} disabled={sending} />
        </div>
      </form>
    </WebPartSection>
  );
}
