import * as React from 'react';
import { isAllowed } from '../../../privacy';
import type { IPortraitFeed, IPortraitRepository } from '../../data/IPortraitRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IPortraitsStrings } from '../../loc/portraitsStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useIdScope, useInstanceId } from '../../../../shared/components/common/ids';
import { fill } from '../../../../shared/components/common/format';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import { useLinkTarget } from '../../../../shared/components/common/hostFeatures';
import type { IPortrait, Profession } from '../../domain/models';
import { employeeShareLink, linkedInShareOffsite, publicLinkProblem } from '../../domain/sharing';
import type { IPrivacyChoices } from '../../../privacy';

export interface IPortraitsRootProps {
  readonly repository: IPortraitRepository;
  readonly strings: ICommonStrings & IPortraitsStrings;
  readonly title?: string;
  readonly maxItems: number;
  readonly profession?: Profession;
  /** `readPortraits` for these props, already started by the web part (its prefetch). */
  readonly first?: Promise<IPortraitFeed>;
}

interface IShownPortrait {
  readonly portrait: IPortrait;
  readonly showPhoto: boolean;
  /** LinkedIn's share address for the job advert, when the person allows LinkedIn and the advert is public. */
  readonly linkedInShare?: string;
}

/** An employee shares the job advert with their own network: only with the person's LinkedIn yes and a public link. */
function linkedInShare(portrait: IPortrait, choices: IPrivacyChoices | undefined): string | undefined {
  const url = portrait.jobAdvertUrl;
  if (!url || !isAllowed(choices, 'linkedIn', 'portraitText') || publicLinkProblem(url) !== undefined) return undefined;
  return linkedInShareOffsite(employeeShareLink(url, portrait.id));
}

/** A portrait shows only with the person's intranet yes to portrait text; the photo needs its own yes. */
function visible(feed: IPortraitFeed): IShownPortrait[] {
  const shown: IShownPortrait[] = [];
  for (const portrait of feed.portraits) {
    const choices: IPrivacyChoices | undefined = portrait.employee ? feed.choices.get(portrait.employee.id) : undefined;
    if (!isAllowed(choices, 'intranet', 'portraitText')) continue;
    shown.push({ portrait, showPhoto: portrait.photo !== undefined && isAllowed(choices, 'intranet', 'photo'), linkedInShare: linkedInShare(portrait, choices) });
  }
  return shown;
}

function PortraitCard(props: { shown: IShownPortrait; strings: ICommonStrings & IPortraitsStrings }): React.ReactElement {
  const { portrait, showPhoto } = props.shown;
  const { strings } = props;
  const headingId = `${useIdScope()}-portrait-${portrait.id}`;
  const linkTarget = useLinkTarget();
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      {showPhoto && portrait.photo && (
        // The name is the adjacent heading, so the photo's own alt text (or an empty one) avoids repeating it.
        <img className={styles.cardImage} src={portrait.photo.url} alt={portrait.photo.alt} loading="lazy" />
      )}
      <div className={styles.cardBody}>
        <h3 id={headingId} className={styles.subheading}>
          {portrait.name}
        </h3>
        <p className={styles.meta}>{[portrait.profession ?? portrait.jobTitle, portrait.workplace].filter(Boolean).join(', ')}</p>
        {portrait.quote && (
          <blockquote lang="da" style={{ margin: '8px 0', fontStyle: 'italic' }}>
            “{portrait.quote}”
          </blockquote>
        )}
        {portrait.jobAdvertUrl && portrait.profession && (
          <a className={styles.link} href={portrait.jobAdvertUrl} {...linkTarget}>
            {fill(strings.portraits.jobAdvert, portrait.profession.toLowerCase())}
          </a>
        )}
        {props.shown.linkedInShare && (
          <a className={styles.link} href={props.shown.linkedInShare} target="_blank" rel="noopener noreferrer" aria-label={fill(strings.portraits.shareOnLinkedInLabel, portrait.name)}>
            {strings.portraits.shareOnLinkedIn}
          </a>
        )}
      </div>
    </article>
  );
}

/** The root's read: the newest portraits (of one profession) and their people's choices; the web part's prefetch too. */
export function readPortraits(repository: IPortraitRepository, maxItems: number, profession: Profession | undefined): Promise<IPortraitFeed> {
  return repository.getPortraits({ top: maxItems, profession });
}

export function PortraitsRoot(props: IPortraitsRootProps): React.ReactElement {
  const { repository, maxItems, profession, strings } = props;
  const state = useAsync(() => readPortraits(repository, maxItems, profession), [repository, maxItems, profession], props.first);
  return (
    <WebPartSection id={useInstanceId('medarbejderportraetter')} title={props.title || strings.portraits.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.portraits.loading} emptyText={strings.portraits.empty} isEmpty={(f) => visible(f).length === 0}>
        {(feed) => (
          <ul className={styles.grid}>
            {visible(feed).map((shown) => (
              <li key={shown.portrait.id}>
                <PortraitCard shown={shown} strings={strings} />
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </WebPartSection>
  );
}
