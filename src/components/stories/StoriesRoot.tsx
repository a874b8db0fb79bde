import * as React from 'react';
import { formatNumericDate } from '../../domain/dates';
import { richTextParagraphs } from '../../domain/richText';
import type { IsoDate, IStory, StoryTheme } from '../../domain/models';
import type { IStoryRepository } from '../../data/stories/IStoryRepository';
import type { IStrings } from '../../loc/strings';
import { AsyncContent } from '../common/AsyncContent';
import { fill } from '../common/format';
import { WebPartSection } from '../common/WebPartSection';
import { useAsync } from '../common/useAsync';
import { styles } from '../common/styles';

export interface IStoriesRootProps {
  readonly repository: IStoryRepository;
  readonly strings: IStrings;
  readonly today: IsoDate;
  readonly title?: string;
  readonly maxItems: number;
  readonly theme?: StoryTheme;
  readonly area?: string;
  /** Where a story opens (the list item's display form in SharePoint); without it the story opens in place. */
  readonly storyUrl?: (story: IStory) => string | undefined;
}

function StoryBody(props: { story: IStory; strings: IStrings }): React.ReactElement | null {
  const [open, setOpen] = React.useState(false);
  const paragraphs = richTextParagraphs(props.story.body);
  if (paragraphs.length === 0) return null;
  const bodyId = `story-body-${props.story.id}`;
  return (
    <>
      <button type="button" className={styles.disclosure} aria-expanded={open} aria-controls={bodyId} onClick={() => setOpen((o) => !o)}>
        {fill(open ? props.strings.stories.readLess : props.strings.stories.readMore, props.story.title)}
      </button>
      <div id={bodyId} hidden={!open} lang="da">
        {paragraphs.map((p, i) => (
          <p key={i}>{p}</p>
        ))}
      </div>
    </>
  );
}

function StoryCard(props: { story: IStory; strings: IStrings; href?: string }): React.ReactElement {
  const { story, strings } = props;
  const headingId = `story-${story.id}`;
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      {story.heroImage && <img className={styles.cardImage} src={story.heroImage.url} alt={story.heroImage.alt} loading="lazy" />}
      <div className={styles.cardBody}>
        {story.featured && <span className={styles.tag}>{strings.stories.featured}</span>}
        <h3 id={headingId} className={styles.subheading} lang="da">
          {props.href ? (
            <a className={styles.link} href={props.href}>
              {story.title}
            </a>
          ) : (
            story.title
          )}
        </h3>
        <p lang="da">{story.teaser}</p>
        <p className={styles.meta}>
          {[story.theme, story.place, story.publishDate ? formatNumericDate(story.publishDate, strings.locale) : undefined]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {!props.href && <StoryBody story={story} strings={strings} />}
      </div>
    </article>
  );
}

export function StoriesRoot(props: IStoriesRootProps): React.ReactElement {
  const { repository, today, maxItems, theme, area, strings } = props;
  const state = useAsync(() => repository.getStories({ today, top: maxItems, theme, area }), `${today}|${maxItems}|${theme ?? ''}|${area ?? ''}`);
  return (
    <WebPartSection id="medarbejderhistorier" title={props.title || strings.stories.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.stories.loading} emptyText={strings.stories.empty} isEmpty={(s) => s.length === 0}>
        {(stories) => (
          <ul className={styles.grid}>
            {stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} strings={strings} href={props.storyUrl?.(story)} />
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </WebPartSection>
  );
}
