/**
 * One channel's post: the text in the channel's tone (from the portrait, editable), its characters against the limit,
 * what LinkedIn shows before "…se mere", LIX with its band, the hashtags and the tracked link, and the actions
 * *Kopiér tekst* and *Åbn LinkedIn* / *Åbn Facebook*, each checking the person's consent again first.
 */
import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { TextField } from '@fluentui/react/lib/TextField';
import { useIdScope } from '../../../../shared/components/common/ids';
import { fillTemplate } from '../../../../shared/domain/templates';
import type { IPortrait, PortraitChannel } from '../../domain/models';
import { channelHashtags, composePost, parseHashtags, postStats } from '../../domain/posts';
import { channelLink, openChannelUrl, publicLinkProblem } from '../../domain/sharing';
import { POST_TEMPLATES } from '../../loc/postTemplates';
import type { IStudioContext } from './studioProps';
import { studioStyles as s } from './studioStyles';

export interface IChannelComposerProps {
  readonly context: IStudioContext;
  readonly portrait: IPortrait;
  readonly channel: PortraitChannel;
  /** Whether the person allowed this channel at the last reading: without it no action is offered. */
  readonly consentOk: boolean;
  /** Reads the consent again and says whether the channel's actions may go ahead (it explains when not). */
  readonly guard: (channel: PortraitChannel) => Promise<boolean>;
  readonly onNotice: (text: string, kind: 'done' | 'problem') => void;
  readonly text: string;
  readonly onText: (text: string) => void;
  /** *Hent billeder*: the three crops as one ZIP, after the consent (photo included) is read again; none without a photo. */
  readonly onImages?: () => Promise<void>;
}

/** The tracked public link of a portrait on a channel, or undefined when it has none that the networks can read. */
export function trackedLink(context: IStudioContext, portrait: IPortrait, channel: PortraitChannel): string | undefined {
  const url = portrait.jobAdvertUrl;
  if (!url || publicLinkProblem(url, context.siteUrl) !== undefined) return undefined;
  return channelLink(url, channel, context.settings.campaign, portrait.id);
}

/** The starting text of a channel's post: the stored one, else one built from the portrait. */
export function startingText(context: IStudioContext, portrait: IPortrait, channel: PortraitChannel, hashtags?: string): string {
  const tags = channelHashtags(channel, portrait, parseHashtags(hashtags ?? context.settings.hashtags));
  return composePost(channel, portrait, POST_TEMPLATES[channel], trackedLink(context, portrait, channel), tags);
}

export function ChannelComposer(props: IChannelComposerProps): React.ReactElement {
  const { context, portrait, channel, text } = props;
  const { texts } = context;
  const t = texts.composer;
  const name = texts.channels[channel];
  const id = `${useIdScope()}-${channel}`;
  const [hashtags, setHashtags] = React.useState(() => channelHashtags(channel, portrait, parseHashtags(context.settings.hashtags)).join(' '));
  const stats = postStats(channel, text);
  const link = trackedLink(context, portrait, channel);

  const copy = async (): Promise<void> => {
    if (!(await props.guard(channel))) return;
    try {
      await navigator.clipboard.writeText(text);
      props.onNotice(fillTemplate(t.copied, { channel: name }), 'done');
    } catch {
      props.onNotice(t.copyFailed, 'problem');
    }
  };

  const open = async (): Promise<void> => {
    // The window opens at the click (browsers allow pop-ups only then) and gets its address once consent is read again.
    const target = window.open('', '_blank');
    if (target) target.opener = null;
    const ok = link !== undefined && (await props.guard(channel).catch(() => false));
    if (!ok || !link) {
      target?.close();
      return;
    }
    const pageUrl = channel === 'linkedIn' ? context.settings.linkedInPageUrl : context.settings.facebookPageUrl;
    const url = openChannelUrl(channel, link, pageUrl);
    if (target) target.location.href = url;
    else window.location.assign(url);
  };

  return (
    <div className={s.stack} style={{ gap: 8 }}>
      <p className={s.hint}>{t.tone[channel]}</p>
      <TextField id={`${id}-text`} label={fillTemplate(t.text, { channel: name })} multiline rows={10} value={text} onChange={(_, v) => props.onText(v ?? '')} />
      <div aria-live="polite" id={`${id}-stats`}>
        <p className={s.hint}>
          {fillTemplate(t.chars, { count: stats.chars.toLocaleString('da-DK'), max: stats.maxChars.toLocaleString('da-DK') })}
          {' · '}
          {stats.lix.score === undefined ? t.lixNone : fillTemplate(t.lix, { score: stats.lix.score, band: t.bands[stats.lix.band ?? 'medium'] })}
        </p>
        {stats.over && <p className={s.warning}>{fillTemplate(t.over, { over: stats.chars - stats.maxChars, channel: name })}</p>}
        {stats.beforeFold !== undefined && <p className={s.hint}>{fillTemplate(t.fold, { text: stats.beforeFold })}</p>}
        {stats.linkAfterFold && <p className={s.hint}>{t.linkAfterFold}</p>}
      </div>
      <TextField id={`${id}-hashtags`} label={t.hashtags} value={hashtags} description={t.hashtagsHint} onChange={(_, v) => setHashtags(v ?? '')} />
      {link && (
        <p className={s.hint} style={{ overflowWrap: 'anywhere' }}>
          {t.link}: <span>{link}</span>
        </p>
      )}
      <div className={s.actions}>
        <DefaultButton text={t.restart} onClick={() => props.onText(startingText(context, portrait, channel, hashtags))} />
        {props.consentOk && <DefaultButton text={t.copy} onClick={() => copy().catch(() => undefined)} />}
        {props.consentOk && props.onImages && <DefaultButton text={t.images} onClick={() => props.onImages?.().catch(() => undefined)} />}
        {props.consentOk && link && (
          <DefaultButton ariaLabel={`${t.open[channel]} ${t.newWindow}`} text={t.open[channel]} onClick={() => open().catch(() => undefined)} />
        )}
      </div>
    </div>
  );
}
