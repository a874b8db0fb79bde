/**
 * Tjek historier (communications): draft and recently published story pages, each with its LIX and the longest
 * sentences, insider jargon found, missing theme, area or banner alt text, images without alt text, and featured
 * people whose current choices the story no longer meets; a link edits the page in SharePoint.
 */
import * as React from 'react';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useIdScope, useInstanceId } from '../../../../shared/components/common/ids';
import { styles } from '../../../../shared/components/common/styles';
import { useAsync } from '../../../../shared/components/common/useAsync';
import type { IsoDate } from '../../../../shared/domain/models';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { ReadAlongside } from '../../../privacy';
import type { IStoryCheckRepository } from '../../data/IStoryPageRepository';
import { checkStory } from '../../domain/storyCheck';
import type { IStoryCheckResult, IStoryCheckSettings } from '../../domain/storyCheck';
import { fill } from '../../../../shared/components/common/format';
import { storyCheckTexts } from '../../loc/storyCheckTexts';
import type { IStoryCheckTexts } from '../../loc/storyCheckTexts';
import { checkStyles as c } from './checkStyles';

export interface IStoryCheckRootProps {
  readonly repository: IStoryCheckRepository;
  readonly withChoices: ReadAlongside;
  readonly strings: ICommonStrings;
  readonly today: IsoDate;
  readonly settings: IStoryCheckSettings;
  readonly publishedDays: number;
}

/** SharePoint opens a modern page in edit mode with `?Mode=Edit`. */
export function editUrl(pageUrl: string): string {
  const u = new URL(pageUrl);
  u.searchParams.set('Mode', 'Edit');
  return u.href;
}

function CheckCard(props: { result: IStoryCheckResult; texts: IStoryCheckTexts; headingId: string; warnAbove: number }): React.ReactElement {
  const { result: r, texts } = props;
  const t = texts.check;
  const { story } = r.draft.page;
  return (
    <article className={styles.card} aria-labelledby={props.headingId}>
      <div className={styles.cardBody}>
        <span className={styles.tag}>{r.draft.published ? t.published : t.draft}</span>
        <h3 id={props.headingId} className={styles.subheading} lang="da">
          {story.title}
        </h3>
        {r.ok && <p className={c.ok}>{t.ok}</p>}
        {r.draft.published && r.consent.length > 0 && <p className={c.problem}>{t.needsEditPublished}</p>}
        <p className={r.lixTooHigh ? c.problem : undefined}>
          {r.lix.score === undefined ? t.lixTooShort : fill(t.lix, r.lix.score, t.bands[r.lix.band ?? 'medium'])}
          {r.lixTooHigh ? ` ${fill(t.lixTooHigh, props.warnAbove)}` : ''}
        </p>
        {r.lix.longestSentences.length > 0 && (
          <>
            <p className={c.label}>{t.longestSentences}</p>
            <ol className={c.sentences}>
              {r.lix.longestSentences.map((s) => (
                <li key={s.text}>
                  <mark className={c.mark} lang="da">
                    {s.text}
                  </mark>{' '}
                  <span className={styles.meta}>({fill(t.words, s.words)})</span>
                </li>
              ))}
            </ol>
          </>
        )}
        {r.jargon.length > 0 && (
          <p className={c.problem}>
            {t.jargon}: {r.jargon.map((j) => (j.count > 1 ? `${j.term} (${j.count})` : j.term)).join(', ')}
          </p>
        )}
        {r.missing.length > 0 && (
          <p className={c.problem}>
            {t.missing}: {r.missing.map((m) => t.missingField[m]).join(', ')}
          </p>
        )}
        {r.imagesWithoutAlt > 0 && <p className={c.problem}>{fill(t.imagesWithoutAlt, r.imagesWithoutAlt)}</p>}
        {r.consent.map((p) => (
          <p key={p.person.id} className={c.problem}>
            {t.consent}: {fill(p.missing === 'photo' ? t.consentPhoto : t.consentPortraitText, p.person.name)}
          </p>
        ))}
        {story.url && (
          <p>
            <a className={styles.link} href={editUrl(story.url)}>
              {fill(t.edit, story.title)}
            </a>
          </p>
        )}
      </div>
    </article>
  );
}

function Results(props: { results: readonly IStoryCheckResult[]; texts: IStoryCheckTexts; warnAbove: number }): React.ReactElement {
  const scope = useIdScope();
  return (
    <ul className={styles.grid}>
      {props.results.map((r) => (
        <li key={r.draft.page.story.id}>
          <CheckCard result={r} texts={props.texts} headingId={`${scope}-tjek-${r.draft.page.story.id}`} warnAbove={props.warnAbove} />
        </li>
      ))}
    </ul>
  );
}

export function StoryCheckRoot(props: IStoryCheckRootProps): React.ReactElement {
  const { repository, withChoices, strings, today, settings, publishedDays } = props;
  const texts = storyCheckTexts(strings.locale);
  const state = useAsync(async (): Promise<readonly IStoryCheckResult[]> => {
    const { value: drafts, choices } = await withChoices(
      `storycheck|${publishedDays}`,
      () => repository.getStoriesForCheck({ today, publishedDays }),
      (found) => found.flatMap((d) => d.page.story.people.map((p) => p.id)),
    );
    return drafts.map((d) => checkStory(d, choices, settings));
  }, [repository, withChoices, today, publishedDays, settings]);
  return (
    <WebPartSection id={useInstanceId('tjek-historier')} title={texts.check.title} lang={strings.locale}>
      <p>{texts.check.intro}</p>
      <AsyncContent state={state} strings={strings} loadingLabel={texts.check.loading} emptyText={texts.check.empty} isEmpty={(r) => r.length === 0}>
        {(results) => <Results results={results} texts={texts} warnAbove={settings.lixWarning} />}
      </AsyncContent>
    </WebPartSection>
  );
}
