/**
 * A channel's status and the changes it allows: Klar til deling, Delt (with the post's address on that network and
 * the day), Skal fjernes, Fjernet (the day), back to Ikke delt. Each change reads the person's consent again first and
 * is saved as a new version of the portrait; a problem is said in words next to the field, and nothing typed is lost.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { useIdScope } from '../../../../shared/components/common/ids';
import { toDataError } from '../../../../shared/data/errors';
import { formatNumericDate } from '../../../../shared/domain/dates';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { IPortrait, PortraitChannel } from '../../domain/models';
import { allowedActions, changeStatus, effectiveStatus } from '../../domain/shareStatus';
import type { StatusAction, StatusProblem } from '../../domain/shareStatus';
import type { IStudioContext } from './studioProps';
import { studioStyles as s } from './studioStyles';

export interface IStatusControlsProps {
  readonly context: IStudioContext;
  readonly portrait: IPortrait;
  readonly channel: PortraitChannel;
  readonly consentOk: boolean;
  /** Reads the consent again now: whether the channel is allowed. */
  readonly readConsent: (channel: PortraitChannel) => Promise<boolean>;
  /** The composer's current text, kept with Klar til deling and Delt. */
  readonly text: string;
  readonly onChanged: (portrait: IPortrait, message: string) => void;
  readonly onError: (message: string) => void;
  /** Someone changed the portrait meanwhile (412): read it again, keeping what was typed here. */
  readonly onConflict: () => void;
}

const DATED: readonly StatusAction[] = ['markShared', 'markRemoved'];

export function StatusControls(props: IStatusControlsProps): React.ReactElement {
  const { context, portrait, channel } = props;
  const { texts, strings } = context;
  const t = texts.status;
  const name = texts.channels[channel];
  const id = `${useIdScope()}-${channel}-status`;
  const share = portrait.channels[channel];
  const status = effectiveStatus(share, props.consentOk);
  const [postUrl, setPostUrl] = React.useState(share.postUrl ?? '');
  const [date, setDate] = React.useState(context.today);
  const [problem, setProblem] = React.useState<{ action: StatusAction; problem: StatusProblem } | undefined>();
  const [busy, setBusy] = React.useState(false);
  // A saved change replaces this component (its key is the portrait's version): no state is set after that.
  const mounted = React.useRef(true);
  React.useEffect(
    () => () => {
      mounted.current = false;
    },
    [],
  );
  const actions = allowedActions(status, props.consentOk);
  const problemText = problem ? fillTemplate(t.problems[problem.problem], { channel: name }) : undefined;
  const urlProblem = problem && ['empty', 'invalid', 'otherNetwork', 'notAPost'].includes(problem.problem);

  const run = async (action: StatusAction): Promise<void> => {
    setBusy(true);
    setProblem(undefined);
    try {
      const consentOk = await props.readConsent(channel);
      const change = changeStatus(channel, share, action, consentOk, { text: props.text, postUrl, date, today: context.today });
      if (!change.ok) {
        setProblem({ action, problem: change.problem });
        return;
      }
      const saved = await context.repository.setShare(portrait, channel, change.share);
      props.onChanged(saved, fillTemplate(t.changed, { channel: name, status: texts.statuses[change.share.status] }));
    } catch (e) {
      const error = toDataError(e);
      props.onError(strings.common.errors[error.kind]);
      if (error.kind === 'conflict') props.onConflict();
    } finally {
      if (mounted.current) setBusy(false);
    }
  };

  const needsUrl = actions.includes('markShared');
  const needsDate = actions.some((a) => DATED.includes(a));
  return (
    <div className={s.stack} style={{ gap: 8 }}>
      <p style={{ margin: 0, fontWeight: 600 }} id={`${id}-current`}>
        {fillTemplate(t.current, { channel: name, status: texts.statuses[status] })}
      </p>
      {share.postUrl && (status === 'shared' || status === 'toRemove' || status === 'removed') && (
        <p style={{ margin: 0 }}>
          <a className={s.link} href={share.postUrl} target="_blank" rel="noopener noreferrer">
            {fillTemplate(t.post, { channel: name })}
          </a>
          {share.sharedAt && ` · ${fillTemplate(t.sharedOn, { date: formatNumericDate(share.sharedAt.slice(0, 10), strings.locale) })}`}
          {share.removedAt && ` · ${fillTemplate(t.removedOn, { date: formatNumericDate(share.removedAt.slice(0, 10), strings.locale) })}`}
        </p>
      )}
      {needsUrl && (
        <TextField
          id={`${id}-url`}
          label={t.postUrl}
          type="url"
          value={postUrl}
          description={fillTemplate(t.postUrlHint, { channel: name })}
          errorMessage={urlProblem ? problemText : undefined}
          onChange={(_, v) => setPostUrl(v ?? '')}
        />
      )}
      {needsDate && (
        <TextField
          id={`${id}-date`}
          label={t.date}
          type="date"
          value={date}
          max={context.today}
          errorMessage={problem && !urlProblem && problem.problem !== 'noConsent' && problem.problem !== 'notAllowed' ? problemText : undefined}
          onChange={(_, v) => setDate(v ?? '')}
        />
      )}
      {problem && (problem.problem === 'noConsent' || problem.problem === 'notAllowed') && (
        <p className={s.warning} role="alert">
          {problemText}
        </p>
      )}
      <div className={s.actions}>
        {actions.map((action, i) =>
          i === 0 ? (
            <PrimaryButton key={action} text={t.actions[action]} disabled={busy} onClick={() => run(action).catch(() => undefined)} />
          ) : (
            <DefaultButton key={action} text={t.actions[action]} disabled={busy} onClick={() => run(action).catch(() => undefined)} />
          ),
        )}
      </div>
    </div>
  );
}
