import * as React from 'react';
import type { IReaderEntry } from '../../domain/navnenytReader';
import { congratulateLinks, navnenytSentence, receptionNote } from '../../domain/sentences';
import { navnenytTexts } from '../../loc';
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { INavnenytStrings } from '../../loc/navnenytStrings';
import { fill } from '../../../../shared/components/common/format';
import { styles } from '../../../../shared/components/common/styles';
import { useHostFeatures } from '../../../../shared/components/common/hostFeatures';
import { entryStyles } from './navnenytStyles';

export interface INavnenytEntryProps {
  readonly entry: IReaderEntry;
  readonly today: IsoDate;
  readonly strings: ICommonStrings & INavnenytStrings;
  readonly senderName?: string;
}

/** One person's news: photo (when allowed), the sentence, HR's message, the reception day and a congratulate action. */
export function NavnenytEntry(props: INavnenytEntryProps): React.ReactElement {
  const { entry, today, strings } = props;
  const { item, disclosure } = entry;
  const words = navnenytTexts(strings.locale).words;
  const note = entry.receptionDate ? receptionNote(item.eventDate, entry.receptionDate, words) : undefined;
  const links = congratulateLinks(item, disclosure, words, { senderName: props.senderName });
  const { teamsChat } = useHostFeatures();
  return (
    <article className={entryStyles.entry} aria-label={item.name}>
      {disclosure.showPhoto && item.photo ? (
        // The name is in the sentence beside the photo, so the photo gets its own alt text or none.
        <img className={entryStyles.photo} src={item.photo.url} alt={item.photo.alt} width={64} height={64} loading="lazy" />
      ) : (
        <span className={entryStyles.initials} aria-hidden="true">
          {initialsOf(item.name)}
        </span>
      )}
      <div className={entryStyles.text}>
        <p className={entryStyles.sentence}>{navnenytSentence(item, disclosure, words, { today })}</p>
        {item.message && (
          <p className={entryStyles.message} lang="da">
            {item.message}
          </p>
        )}
        {note && <p className={styles.meta}>{note}</p>}
        {links && (
          <p className={entryStyles.actions}>
            {teamsChat ? (
              // In Teams: the chat opens in Teams itself, through the SDK SPFx hands the web part; should Teams refuse,
              // the deep link does the same in a new window.
              <button
                type="button"
                className={styles.disclosure}
                onClick={() => void teamsChat.openChat(links.email, links.greeting).catch(() => window.open(links.teams, '_blank', 'noopener,noreferrer'))}
              >
                {fill(strings.navnenyt.congratulate, item.name)}
              </button>
            ) : (
              <a className={styles.link} href={links.teams} target="_blank" rel="noopener noreferrer">
                {fill(strings.navnenyt.congratulate, item.name)}
              </a>
            )}
            <a className={styles.link} href={links.mail}>
              {fill(strings.navnenyt.congratulateEmail, item.name)}
            </a>
          </p>
        )}
      </div>
    </article>
  );
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((part) => Array.from(part)[0] ?? '')
    .slice(0, 2)
    .join('')
    .toLocaleUpperCase('da');
}
