import * as React from 'react';
import { formatNumericDate } from '../../../../shared/domain/dates';
import type { IsoDate } from '../../../../shared/domain/models';
import type { IStoryRepository } from '../../data/IStoryRepository';
import type { IStrings } from '../../../../shared/loc/strings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useIdScope, useInstanceId } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import { styles } from '../../../../shared/components/common/styles';
import type { IStory, StoryTheme } from '../../domain/models';

export interface IStoriesRootProps {
  readonly repository: IStoryRepository;
  readonly strings: IStrings;
  readonly today: IsoDate;
  readonly title?: string;
  readonly maxItems: number;
  readonly theme?: StoryTheme;
  readonly area?: string;
}

function StoryCard(props: { story: IStory; strings: IStrings; href?: string }): React.ReactElement {
  const { story, strings } = props;
  const headingId = `${useIdScope()}-story-${story.id}`;
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
      </div>
    </article>
  );
}

export function StoriesRoot(props: IStoriesRootProps): React.ReactElement {
  const { repository, today, maxItems, theme, area, strings } = props;
  const state = useAsync(() => repository.getStories({ today, top: maxItems, theme, area }), `${today}|${maxItems}|${theme ?? ''}|${area ?? ''}`);
  return (
    <WebPartSection id={useInstanceId('medarbejderhistorier')} title={props.title || strings.stories.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.stories.loading} emptyText={strings.stories.empty} isEmpty={(s) => s.length === 0}>
        {(stories) => (
          <ul className={styles.grid}>
            {stories.map((story) => (
              <li key={story.id}>
                <StoryCard story={story} strings={strings} href={story.url} />
              </li>
            ))}
          </ul>
        )}
      </AsyncContent>
    </WebPartSection>
  );
}
