/**
 * Portrætstudio (communications): the portraits with their status per channel, the posts that must come down because
 * the person withdrew consent (*Skal fjernes*, at the top), and for one portrait its form or its promotion.
 */
import * as React from 'react';
import { DefaultButton, PrimaryButton } from '@fluentui/react/lib/Button';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import type { IsoDate } from '../../../../shared/domain/models';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IPrivacyChoices } from '../../../privacy';
import type { IPortraitStudioRepository } from '../../data/IPortraitStudioRepository';
import { PORTRAIT_CHANNELS } from '../../domain/models';
import type { IPortrait, PortraitChannel } from '../../domain/models';
import { missingConsent } from '../../domain/channelConsent';
import { effectiveStatus, withdrawalTasks } from '../../domain/shareStatus';
import { studioTexts } from '../../loc/studioTexts';
import type { IStudioTexts } from '../../loc/studioTexts';
import { PortraitForm } from './PortraitForm';
import { PortraitSharing } from './PortraitSharing';
import { PhotoRetention } from './PhotoRetention';
import type { IStudioContext, IStudioSettings, ReadChoices } from './studioProps';
import { studioStyles as s } from './studioStyles';

export interface IPortraitStudioRootProps {
  readonly repository: IPortraitStudioRepository;
  readonly readChoices: ReadChoices;
  readonly strings: ICommonStrings;
  readonly settings: IStudioSettings;
  readonly siteUrl: string;
  readonly today: IsoDate;
  readonly title: string;
}

interface IOverview {
  readonly portraits: readonly IPortrait[];
  readonly choices: ReadonlyMap<number, IPrivacyChoices>;
}

type View = { kind: 'list' } | { kind: 'edit'; portrait?: IPortrait } | { kind: 'share'; portrait: IPortrait };

function consentOk(o: IOverview, p: IPortrait, channel: PortraitChannel): boolean {
  const choices = p.employee ? o.choices.get(p.employee.id) : undefined;
  return missingConsent(choices, channel, p.photo !== undefined).length === 0;
}

/**
 * A shared post whose person has withdrawn the channel's yes is recorded as Skal fjernes in the list (a version, so the
 * history shows when the studio found it, and other readers of the list see it). A portrait someone changed meanwhile
 * is left for the next load; it shows as Skal fjernes anyway.
 */
async function recordWithdrawals(repository: IPortraitStudioRepository, o: IOverview): Promise<IOverview> {
  let portraits = o.portraits;
  for (const task of withdrawalTasks(o.portraits, (p, c) => consentOk(o, p, c))) {
    const current = portraits.find((p) => p.id === task.portrait.id) ?? task.portrait;
    const share = current.channels[task.channel];
    if (share.status !== 'shared') continue;
    try {
      const saved = await repository.setShare(current, task.channel, { ...share, status: 'toRemove' });
      portraits = portraits.map((p) => (p.id === saved.id ? saved : p));
    } catch {
      // Shown as Skal fjernes from the consent either way; recorded at the next load.
    }
  }
  return { ...o, portraits };
}

function Withdrawals(props: { overview: IOverview; texts: IStudioTexts; onOpen: (p: IPortrait) => void }): React.ReactElement | null {
  const tasks = withdrawalTasks(props.overview.portraits, (p, c) => consentOk(props.overview, p, c));
  const t = props.texts.withdrawals;
  const headingId = `${useInstanceId('portraetstudio-skal-fjernes')}`;
  if (tasks.length === 0) return null;
  return (
    <section className={s.tasks} aria-labelledby={headingId} data-withdrawals="">
      <h3 id={headingId} style={{ margin: '0 0 4px' }}>
        {t.heading}
      </h3>
      <p style={{ margin: '0 0 8px' }}>{t.intro}</p>
      <ul style={{ margin: 0, paddingLeft: 20 }}>
        {tasks.map((task) => {
          const channel = props.texts.channels[task.channel];
          return (
            <li key={`${task.portrait.id}-${task.channel}`} style={{ marginBottom: 8 }}>
              <strong>{fillTemplate(t.item, { name: task.portrait.name, channel })}</strong>{' '}
              {task.postUrl && (
                <a className={s.link} href={task.postUrl} target="_blank" rel="noopener noreferrer">
                  {fillTemplate(t.openPost, { name: task.portrait.name, channel })}
                </a>
              )}
              <p style={{ margin: '4px 0' }}>{t.howTo}</p>
              <DefaultButton text={fillTemplate(t.openPortrait, { name: task.portrait.name, channel })} onClick={() => props.onOpen(task.portrait)} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function PortraitTable(props: { overview: IOverview; texts: IStudioTexts; onEdit: (p: IPortrait) => void; onShare: (p: IPortrait) => void }): React.ReactElement {
  const { overview, texts } = props;
  return (
    <table className={s.table}>
      <thead>
        <tr>
          <th scope="col">{texts.columns.name}</th>
          <th scope="col">{texts.columns.profession}</th>
          {PORTRAIT_CHANNELS.map((c) => (
            <th scope="col" key={c}>
              {texts.channels[c]}
            </th>
          ))}
          <th scope="col">{texts.columns.actions}</th>
        </tr>
      </thead>
      <tbody>
        {overview.portraits.map((p) => (
          <tr key={p.id} data-portrait={p.id}>
            <th scope="row">{p.name}</th>
            <td>{p.profession ?? p.jobTitle ?? ''}</td>
            {PORTRAIT_CHANNELS.map((c) => (
              <td key={c}>{texts.statuses[effectiveStatus(p.channels[c], consentOk(overview, p, c))]}</td>
            ))}
            <td>
              <div className={s.actions}>
                <DefaultButton text={texts.editButton} ariaLabel={fillTemplate(texts.edit, { name: p.name })} onClick={() => props.onEdit(p)} />
                <DefaultButton text={texts.shareButton} ariaLabel={fillTemplate(texts.share, { name: p.name })} onClick={() => props.onShare(p)} />
              </div>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function PortraitStudioRoot(props: IPortraitStudioRootProps): React.ReactElement {
  const { repository, readChoices, strings } = props;
  const texts = studioTexts(strings.locale);
  const id = useInstanceId('portraetstudio');
  const [view, setView] = React.useState<View>({ kind: 'list' });
  const [saved, setSaved] = React.useState<string | undefined>();
  const overview = useAsync(async (): Promise<IOverview> => {
    const portraits = await repository.getAll();
    const ids = Array.from(new Set(portraits.map((p) => p.employee?.id).filter((x): x is number => x !== undefined)));
    const found: IOverview = { portraits, choices: ids.length > 0 ? await readChoices(ids) : new Map() };
    return recordWithdrawals(repository, found);
  }, [repository, readChoices]);
  const context: IStudioContext = { repository, readChoices, strings, texts, settings: props.settings, siteUrl: props.siteUrl, today: props.today };
  const toList = (): void => {
    setView({ kind: 'list' });
    overview.reload();
  };
  const open = (next: View): void => {
    setSaved(undefined);
    setView(next);
  };

  return (
    <WebPartSection id={id} title={props.title} lang={strings.locale}>
      <div className={s.stack}>
        {saved && (
          <div role="status">
            <MessageBar messageBarType={MessageBarType.success}>{saved}</MessageBar>
          </div>
        )}
        {view.kind === 'list' && (
          <AsyncContent state={overview} strings={strings} loadingLabel={texts.loading} emptyText="" isEmpty={() => false}>
            {(o) => (
              <>
                <Withdrawals overview={o} texts={texts} onOpen={(p) => open({ kind: 'share', portrait: p })} />
                <PhotoRetention repository={repository} portraits={o.portraits} choices={o.choices} texts={texts} strings={strings} onDeleted={overview.reload} />
                <div className={s.actions}>
                  <PrimaryButton text={texts.newPortrait} onClick={() => open({ kind: 'edit' })} />
                </div>
                <h3 style={{ margin: 0 }}>{texts.listHeading}</h3>
                {o.portraits.length === 0 ? (
                  <p className={s.hint}>{texts.empty}</p>
                ) : (
                  <PortraitTable overview={o} texts={texts} onEdit={(p) => open({ kind: 'edit', portrait: p })} onShare={(p) => open({ kind: 'share', portrait: p })} />
                )}
              </>
            )}
          </AsyncContent>
        )}
        {view.kind === 'edit' && (
          <PortraitForm
            key={view.portrait?.id ?? 'new'}
            context={context}
            existing={view.portrait}
            onCancel={toList}
            onSaved={(p) => {
              setSaved(fillTemplate(texts.form.saved, { name: p.name }));
              setView({ kind: 'share', portrait: p });
            }}
          />
        )}
        {view.kind === 'share' && (
          <>
            <div className={s.actions}>
              <DefaultButton text={texts.back} onClick={toList} />
            </div>
            <h3 style={{ margin: 0 }}>{view.portrait.name}</h3>
            <PortraitSharing key={view.portrait.id} context={context} portrait={view.portrait} onChanged={(p) => setView({ kind: 'share', portrait: p })} />
          </>
        )}
      </div>
    </WebPartSection>
  );
}
