/**
 * A story's page as the local front page shows it (in SharePoint the news page itself opens): banner, title, byline,
 * date and the page's text and image web parts, the text sanitised (./sanitize.ts). The featured people's choices are
 * read with the page: a story someone has withdrawn from is not shown.
 */
import * as React from 'react';
import { formatLongDate } from '../../../../shared/domain/dates';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { styles } from '../../../../shared/components/common/styles';
import { useAsync } from '../../../../shared/components/common/useAsync';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IPrivacyChoices } from '../../../privacy';
import type { IStoryPageRepository } from '../../data/IStoryPageRepository';
import { consentProblems } from '../../domain/storyConsent';
import type { IStoryPage, StoryPagePart } from '../../domain/models';
import { fill } from '../../../../shared/components/common/format';
import { storyTexts } from '../../loc/storyTexts';
import { storyStyles as s } from '../stories/storiesStyles';
import { sanitizeStoryHtml } from './sanitize';

export interface IStoryPageRootProps {
  readonly repository: IStoryPageRepository;
  readonly choices: (ids: readonly number[]) => Promise<ReadonlyMap<number, IPrivacyChoices>>;
  readonly fileName: string;
  readonly strings: ICommonStrings;
  readonly siteUrl: string;
  /** Where "Tilbage til forsiden" leads. */
  readonly frontPageUrl: string;
}

interface ILoaded {
  readonly page?: IStoryPage;
  readonly withdrawn: boolean;
}

function Part(props: { part: StoryPagePart; siteUrl: string }): React.ReactElement | null {
  const { part } = props;
  if (part.kind === 'text') {
    // Sanitised by DOMPurify and the URL rule just before it is shown (test/features/stories/components/sanitize.test.ts).
    return <div className="mn-story-text" lang="da" dangerouslySetInnerHTML={{ __html: sanitizeStoryHtml(part.html, props.siteUrl) }} />;
  }
  if (!part.url) return null;
  return (
    <figure style={{ margin: '16px 0' }}>
      <img className={s.banner} src={part.url} alt={part.alt} width={part.width ?? 1200} height={part.height ?? 600} loading="lazy" />
      {part.caption && <figcaption className={styles.meta}>{part.caption}</figcaption>}
    </figure>
  );
}

export function StoryPageRoot(props: IStoryPageRootProps): React.ReactElement {
  const { repository, choices: readChoices, fileName, strings } = props;
  const texts = storyTexts(strings.locale);
  const state = useAsync(async (): Promise<ILoaded> => {
    const page = await repository.getStoryPage(fileName);
    if (!page) return { withdrawn: false };
    const choices = page.story.people.length > 0 ? await readChoices(page.story.people.map((p) => p.id)) : new Map<number, IPrivacyChoices>();
    return consentProblems(page.story, choices).length > 0 ? { withdrawn: true } : { page, withdrawn: false };
  }, [repository, readChoices, fileName]);
  return (
    <article className={styles.section} lang={strings.locale}>
      <p>
        <a className={styles.link} href={props.frontPageUrl}>
          <span aria-hidden="true">‹ </span>
          {texts.page.back}
        </a>
      </p>
      <AsyncContent state={state} strings={strings} loadingLabel={texts.page.loading} emptyText={texts.page.notFound} isEmpty={(l) => !l.page && !l.withdrawn}>
        {(loaded) =>
          loaded.withdrawn || !loaded.page ? (
            <p className={styles.empty}>{texts.page.withdrawn}</p>
          ) : (
            <StoryPageBody page={loaded.page} strings={strings} siteUrl={props.siteUrl} />
          )
        }
      </AsyncContent>
    </article>
  );
}

function StoryPageBody(props: { page: IStoryPage; strings: ICommonStrings; siteUrl: string }): React.ReactElement {
  const { page, strings } = props;
  const { story } = page;
  const texts = storyTexts(strings.locale);
  return (
    <>
      {story.heroImage && <img className={s.banner} src={story.heroImage.url} alt={story.heroImage.alt} width={1200} height={600} />}
      {story.theme && <p className={styles.tag}>{story.theme}</p>}
      <h1 lang="da" style={{ fontSize: 32, margin: '8px 0' }}>
        {story.title}
      </h1>
      <p className={styles.meta}>
        {[page.author ? fill(texts.page.byline, page.author) : undefined, story.publishDate ? `${texts.page.published} ${formatLongDate(story.publishDate, strings.locale)}` : undefined]
          .filter(Boolean)
          .join(' · ')}
      </p>
      {story.teaser && (
        <p lang="da" style={{ fontSize: 18 }}>
          {story.teaser}
        </p>
      )}
      {page.parts.map((part) => (
        <Part key={part.id} part={part} siteUrl={props.siteUrl} />
      ))}
    </>
  );
}
