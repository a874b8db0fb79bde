/**
 * Opsætning af Medarbejdernyt: the site owner's one-time set-up after a tenant-wide deployment (which skips the
 * package's feature). Asks SharePoint once whether the signed-in person may manage the site; everyone else reads,
 * politely, that an owner does it. The owner checks the site (what exists, what is missing) and creates what is
 * missing; the report says per kind and per thing what was created, changed or already there, and where a run stopped.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { ProgressIndicator } from '@fluentui/react/lib/ProgressIndicator';
import { AsyncContent } from '../../../shared/components/common/AsyncContent';
import { fill } from '../../../shared/components/common/format';
import { useInstanceId } from '../../../shared/components/common/ids';
import { styles } from '../../../shared/components/common/styles';
import { useAsync } from '../../../shared/components/common/useAsync';
import { WebPartSection } from '../../../shared/components/common/WebPartSection';
import { toDataError } from '../../../shared/data/errors';
import type { DataError } from '../../../shared/data/errors';
import { ASSET_FILES } from '../domain/assets.generated';
import { SetupProblem } from '../domain/permissions';
import { planFromAssets } from '../domain/plan';
import type { ISetupPlan } from '../domain/plan';
import { checkSetup, countOutcomes, runSetup } from '../domain/run';
import type { ISetupReport } from '../domain/run';
import { stepKey } from '../domain/steps';
import type { IPlannedStep, SetupStep, StepKind } from '../domain/steps';
import type { ISetupRepository } from '../data/ISetupRepository';
import type { SetupOutcomeText, SetupStrings } from '../loc/setupTexts';
import { describeStep } from './describeStep';

export interface ISetupRootProps {
  readonly repository: ISetupRepository;
  readonly strings: SetupStrings;
}

interface IRow {
  readonly step: SetupStep;
  readonly outcome: SetupOutcomeText;
}

type Phase =
  | { readonly kind: 'idle' }
  | { readonly kind: 'checking' }
  | { readonly kind: 'checked'; readonly planned: readonly IPlannedStep[] }
  | { readonly kind: 'running'; readonly done: number; readonly total: number }
  | { readonly kind: 'ran'; readonly report: ISetupReport }
  | { readonly kind: 'error'; readonly error: DataError };

const KINDS: readonly StepKind[] = ['siteColumn', 'contentType', 'contentTypeColumn', 'list', 'listColumn', 'listContentType', 'index', 'listSettings', 'pagesContentType', 'listPermissions'];
const OUTCOMES: readonly SetupOutcomeText[] = ['created', 'updated', 'existed', 'missing', 'failed', 'notRun'];

let cachedPlan: ISetupPlan | undefined;
function thePlan(): ISetupPlan {
  if (!cachedPlan) cachedPlan = planFromAssets(ASSET_FILES);
  return cachedPlan;
}

/** Per kind of thing: how many of each outcome, and each thing with its outcome (in a disclosure). */
function Report(props: { readonly rows: readonly IRow[]; readonly strings: SetupStrings; readonly caption: string }): React.ReactElement {
  const t = props.strings.setup;
  const used = OUTCOMES.filter((o) => props.rows.some((r) => r.outcome === o));
  const kinds = KINDS.filter((k) => props.rows.some((r) => r.step.kind === k));
  return (
    <>
      <table className={styles.list} style={{ borderCollapse: 'collapse', margin: '12px 0' }}>
        <caption style={{ textAlign: 'left', fontWeight: 600 }}>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col" style={{ textAlign: 'left', paddingRight: 16 }}>
              {t.what}
            </th>
            {used.map((o) => (
              <th key={o} scope="col" style={{ textAlign: 'right', paddingRight: 12 }}>
                {t.outcomes[o]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((k) => (
            <tr key={k}>
              <th scope="row" style={{ textAlign: 'left', fontWeight: 400, paddingRight: 16 }}>
                {t.groups[k]}
              </th>
              {used.map((o) => (
                <td key={o} style={{ textAlign: 'right', paddingRight: 12 }}>
                  {props.rows.filter((r) => r.step.kind === k && r.outcome === o).length}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {kinds.map((k) => (
        <details key={k} className={styles.disclosure}>
          <summary>{fill(t.detailsOf, t.groups[k])}</summary>
          <ul>
            {props.rows
              .filter((r) => r.step.kind === k)
              .map((r) => (
                <li key={stepKey(r.step)}>
                  {describeStep(r.step, t)}: <strong>{t.outcomes[r.outcome]}</strong>
                </li>
              ))}
          </ul>
        </details>
      ))}
    </>
  );
}

/** Why a step failed: what the site lacks (a group, a permission level), or SharePoint's answer. */
function reason(error: unknown, strings: SetupStrings): string {
  if (error instanceof SetupProblem) return fill(error.kind === 'missingGroup' ? strings.setup.missingGroup : strings.setup.missingRole, error.what);
  return strings.common.errors[toDataError(error).kind];
}

function RunResult(props: { readonly report: ISetupReport; readonly strings: SetupStrings }): React.ReactElement {
  const { report, strings } = props;
  const t = strings.setup;
  const counts = countOutcomes(report.steps);
  const failed = report.steps.find((s) => s.outcome === 'failed');
  return (
    <div role="status">
      {failed ? (
        <MessageBar messageBarType={MessageBarType.error} isMultiline>
          {fill(t.stopped, describeStep(failed.step, t), counts.created + counts.updated)} {reason(failed.error, strings)} {t.resume}
        </MessageBar>
      ) : (
        <MessageBar messageBarType={MessageBarType.success} isMultiline>
          {fill(t.done, counts.created, counts.updated, counts.existed)} {t.afterwards}
        </MessageBar>
      )}
    </div>
  );
}

function SetupPanel(props: ISetupRootProps): React.ReactElement {
  const { repository, strings } = props;
  const t = strings.setup;
  const [phase, setPhase] = React.useState<Phase>({ kind: 'idle' });
  const busy = phase.kind === 'checking' || phase.kind === 'running';

  const check = (): void => {
    setPhase({ kind: 'checking' });
    checkSetup(thePlan(), repository).then(
      (planned) => setPhase({ kind: 'checked', planned }),
      (e: unknown) => setPhase({ kind: 'error', error: toDataError(e) }),
    );
  };
  const run = (): void => {
    setPhase({ kind: 'running', done: 0, total: 0 });
    runSetup(thePlan(), repository, (done, total) => setPhase({ kind: 'running', done, total })).then(
      (report) => setPhase({ kind: 'ran', report }),
      (e: unknown) => setPhase({ kind: 'error', error: toDataError(e) }),
    );
  };

  return (
    <>
      <p>{t.intro}</p>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, margin: '8px 0' }}>
        <DefaultButton onClick={check} disabled={busy}>
          {t.check}
        </DefaultButton>
        <PrimaryButton onClick={run} disabled={busy}>
          {t.run}
        </PrimaryButton>
      </div>
      {phase.kind === 'checking' && <ProgressIndicator label={t.checking} />}
      {phase.kind === 'running' && <ProgressIndicator label={fill(t.running, phase.done, phase.total || '…')} percentComplete={phase.total ? phase.done / phase.total : undefined} />}
      {phase.kind === 'error' && (
        <div role="alert">
          <MessageBar messageBarType={MessageBarType.error} isMultiline>
            {strings.common.errors[phase.error.kind]}
          </MessageBar>
        </div>
      )}
      {phase.kind === 'checked' && (
        <>
          <div role="status">
            <p>
              {fill(t.checkSummary, phase.planned.filter((p) => p.present).length, phase.planned.length)}{' '}
              {phase.planned.every((p) => p.present) ? t.nothingMissing : fill(t.missingCount, phase.planned.filter((p) => !p.present).length)}
            </p>
          </div>
          <Report rows={phase.planned.map((p) => ({ step: p.step, outcome: p.present ? 'existed' : 'missing' }))} strings={strings} caption={t.check} />
        </>
      )}
      {phase.kind === 'ran' && (
        <>
          <RunResult report={phase.report} strings={strings} />
          <Report rows={phase.report.steps.map((s) => ({ step: s.step, outcome: s.outcome }))} strings={strings} caption={t.run} />
        </>
      )}
    </>
  );
}

export function SetupRoot(props: ISetupRootProps): React.ReactElement {
  const { repository, strings } = props;
  const may = useAsync(() => repository.mayRunSetup(), [repository]);
  return (
    <WebPartSection id={useInstanceId('opsaetning')} title={strings.setup.title} lang={strings.locale}>
      <AsyncContent state={may} strings={strings} loadingLabel={strings.setup.loading} emptyText="" isEmpty={() => false}>
        {(allowed) => (allowed ? <SetupPanel repository={repository} strings={strings} /> : <p>{strings.setup.refusal}</p>)}
      </AsyncContent>
    </WebPartSection>
  );
}
