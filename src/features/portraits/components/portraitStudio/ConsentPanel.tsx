import * as React from 'react';
import { DefaultButton } from '@fluentui/react/lib/Button';
import { fillTemplate } from '../../../../shared/domain/templates';
import { isAllowed } from '../../../privacy';
import type { ConsentChannel } from '../../../privacy';
import type { IPortrait, PortraitChannel } from '../../domain/models';
import { consentRequestMailto } from '../../domain/portraitDraft';
import { missingConsent } from '../../domain/channelConsent';
import type { ConsentItem } from '../../domain/channelConsent';
import { CONSENT_MAIL } from '../../loc/postTemplates';
import type { IStudioTexts } from '../../loc/studioTexts';
import type { IFreshConsent } from './useFreshConsent';
import { studioStyles as s } from './studioStyles';

const SHOWN: readonly ConsentChannel[] = ['intranet', 'linkedIn', 'facebook'];

export interface IConsentPanelProps {
  readonly portrait: IPortrait;
  readonly consent: IFreshConsent;
  readonly texts: IStudioTexts;
  readonly locale: string;
  readonly myChoicesUrl: string;
  readonly headingId: string;
}

/** "portrættekst og foto" */
export function itemsText(items: readonly ConsentItem[], texts: IStudioTexts): string {
  return items.map((i) => texts.consent.items[i]).join(` ${texts.consent.and} `);
}

function time(instant: Date, locale: string): string {
  return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'da-DK', { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Europe/Copenhagen' }).format(instant);
}

/**
 * The person's current yes/no per channel for portrait text and photo, read from Privatlivsvalg when shown and again
 * at every action; for an external channel without the yes the portrait needs, *Bed om samtykke* opens a Danish
 * e-mail to the person with a link to Mine valg.
 */
export function ConsentPanel(props: IConsentPanelProps): React.ReactElement {
  const { portrait, consent, texts } = props;
  const t = texts.consent;
  const withPhoto = portrait.photo !== undefined;
  const lacking = (['linkedIn', 'facebook'] as const).filter((c) => missingConsent(consent.choices, c, withPhoto).length > 0);
  const askChannels = lacking.map((c) => texts.channels[c]).join(` ${t.and} `);
  const mailto = portrait.employee && lacking.length > 0 ? consentRequestMailto(portrait.employee, askChannels, props.myChoicesUrl, CONSENT_MAIL) : undefined;
  const yesNo = (channel: ConsentChannel, item: ConsentItem): string => (isAllowed(consent.choices, channel, item) ? t.yes : t.no);
  return (
    <section className={s.panel} aria-labelledby={props.headingId}>
      <h4 id={props.headingId} style={{ margin: '0 0 8px' }}>
        {t.heading}
      </h4>
      <table className={s.consentTable}>
        <thead>
          <tr>
            <td />
            <th scope="col">{t.items.portraitText}</th>
            <th scope="col">{t.items.photo}</th>
          </tr>
        </thead>
        <tbody>
          {SHOWN.map((channel) => (
            <tr key={channel}>
              <th scope="row">{texts.channels[channel]}</th>
              <td>{consent.readAt ? yesNo(channel, 'portraitText') : '…'}</td>
              <td>{consent.readAt ? yesNo(channel, 'photo') : '…'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div aria-live="polite">
        {consent.readAt && <p className={s.hint}>{fillTemplate(t.readAt, { time: time(consent.readAt, props.locale) })}</p>}
        {consent.readAt &&
          lacking.map((c: PortraitChannel) => (
            <p key={c} className={s.warning}>
              {fillTemplate(t.missing, { name: portrait.name, items: itemsText(missingConsent(consent.choices, c, withPhoto), texts), channel: texts.channels[c] })}
            </p>
          ))}
      </div>
      <div className={s.actions} style={{ marginTop: 8 }}>
        <DefaultButton text={t.refresh} onClick={() => consent.refresh().catch(() => undefined)} />
        {consent.readAt && lacking.length > 0 && (mailto ? <a className={s.link} href={mailto}>{fillTemplate(t.ask, { channel: askChannels })}</a> : <span>{t.noEmail}</span>)}
      </div>
    </section>
  );
}
