/**
 * One portrait's promotion: the person's current consent, a composer and a status per channel, the crops and the
 * status history from the list's versions. Every action reads the consent again first; without the channel's yes its
 * actions are not offered, and a withdrawal after sharing shows the post as Skal fjernes.
 */
import * as React from 'react';
import { MessageBar, MessageBarType } from '@fluentui/react/lib/MessageBar';
import { useIdScope } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { toDataError } from '../../../../shared/data/errors';
import { fillTemplate } from '../../../../shared/domain/templates';
import { PORTRAIT_CHANNELS } from '../../domain/models';
import type { IPortrait, PortraitChannel } from '../../domain/models';
import { missingConsent } from '../../domain/channelConsent';
import { ChannelComposer, startingText } from './ChannelComposer';
import { ConsentPanel, itemsText } from './ConsentPanel';
import { CropsPanel } from './CropsPanel';
import { StatusControls } from './StatusControls';
import { StatusHistory } from './StatusHistory';
import type { IStudioContext } from './studioProps';
import { studioStyles as s } from './studioStyles';
import { useCrops } from './useCrops';
import { useFreshConsent } from './useFreshConsent';

export interface IPortraitSharingProps {
  readonly context: IStudioContext;
  readonly portrait: IPortrait;
  readonly onChanged: (portrait: IPortrait) => void;
}

type Message = { readonly kind: 'done' | 'problem'; readonly text: string } | undefined;

export function PortraitSharing(props: IPortraitSharingProps): React.ReactElement {
  const { context, portrait } = props;
  const { texts } = context;
  const scope = useIdScope();
  const consent = useFreshConsent(context.readChoices, portrait.employee?.id);
  const [message, setMessage] = React.useState<Message>();
  const [postTexts, setPostTexts] = React.useState<Record<PortraitChannel, string>>(() => ({
    linkedIn: portrait.channels.linkedIn.text ?? startingText(context, portrait, 'linkedIn'),
    facebook: portrait.channels.facebook.text ?? startingText(context, portrait, 'facebook'),
  }));
  const { repository } = context;
  const history = useAsync(() => repository.getVersions(portrait.id), [repository, portrait.id]);
  const withPhoto = portrait.photo !== undefined;
  const crops = useCrops(portrait);
  const allowedBy = (choices: typeof consent.choices, channel: PortraitChannel): boolean => missingConsent(choices, channel, withPhoto).length === 0;

  /** Reads the consent again; says why when the channel's actions may not go ahead. */
  const guard = async (channel: PortraitChannel): Promise<boolean> => {
    let choices;
    try {
      choices = await consent.refresh();
    } catch (e) {
      setMessage({ kind: 'problem', text: context.strings.common.errors[toDataError(e).kind] });
      return false;
    }
    const missing = missingConsent(choices, channel, withPhoto);
    if (missing.length === 0) return true;
    setMessage({ kind: 'problem', text: fillTemplate(texts.consent.changed, { name: portrait.name, items: itemsText(missing, texts), channel: texts.channels[channel] }) });
    return false;
  };
  const readConsent = async (channel: PortraitChannel): Promise<boolean> => allowedBy(await consent.refresh(), channel);

  return (
    <div className={s.stack}>
      <div aria-live="polite" role="status">
        {message && (
          <MessageBar messageBarType={message.kind === 'done' ? MessageBarType.success : MessageBarType.warning} isMultiline>
            {message.text}
          </MessageBar>
        )}
      </div>
      <ConsentPanel portrait={portrait} consent={consent} texts={texts} locale={context.strings.locale} myChoicesUrl={context.settings.myChoicesUrl || context.siteUrl} headingId={`${scope}-consent`} />
      <div className={s.channels}>
        {PORTRAIT_CHANNELS.map((channel) => {
          const ok = consent.readAt !== undefined && allowedBy(consent.choices, channel);
          return (
            <section key={channel} className={s.panel} aria-labelledby={`${scope}-${channel}-heading`} data-channel={channel}>
              <h4 id={`${scope}-${channel}-heading`} style={{ margin: '0 0 8px' }}>
                {fillTemplate(texts.composer.heading, { channel: texts.channels[channel] })}
              </h4>
              {consent.readAt === undefined ? (
                <p className={s.hint}>{context.strings.common.loading}</p>
              ) : (
                <StatusControls
                  key={portrait.channels[channel].status}
                  context={context}
                  portrait={portrait}
                  channel={channel}
                  consentOk={ok}
                  readConsent={readConsent}
                  text={postTexts[channel]}
                  onChanged={(saved, text) => {
                    setMessage({ kind: 'done', text });
                    props.onChanged(saved);
                    history.reload();
                  }}
                  onError={(text) => setMessage({ kind: 'problem', text })}
                  onConflict={() => {
                    context.repository.get(portrait.id).then(props.onChanged, () => undefined);
                  }}
                />
              )}
              <ChannelComposer
                context={context}
                portrait={portrait}
                channel={channel}
                consentOk={ok}
                guard={guard}
                onNotice={(text, kind) => setMessage({ kind, text })}
                text={postTexts[channel]}
                onText={(text) => setPostTexts((all) => ({ ...all, [channel]: text }))}
                onImages={
                  withPhoto
                    ? async () => {
                        if (!(await guard(channel))) return;
                        try {
                          await crops.download(crops.files.length > 0 ? crops.files : await crops.make());
                        } catch {
                          setMessage({ kind: 'problem', text: texts.crops.failed });
                        }
                      }
                    : undefined
                }
              />
            </section>
          );
        })}
      </div>
      <CropsPanel
        context={context}
        portrait={portrait}
        headingId={`${scope}-crops`}
        crops={crops}
        photoChannels={async () => {
          const choices = await consent.refresh();
          return PORTRAIT_CHANNELS.filter((c) => allowedBy(choices, c));
        }}
        onError={(text) => setMessage({ kind: 'problem', text })}
      />
      <StatusHistory texts={texts} strings={context.strings} state={history} headingId={`${scope}-history`} />
    </div>
  );
}
