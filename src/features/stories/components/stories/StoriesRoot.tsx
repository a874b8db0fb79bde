import * as React from 'react';
import type { IsoDate } from '../../../../shared/domain/models';
import type { IStoryRepository } from '../../data/IStoryRepository';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IStoriesStrings } from '../../loc/storiesStrings';
import { AsyncContent } from '../../../../shared/components/common/AsyncContent';
import { WebPartSection } from '../../../../shared/components/common/WebPartSection';
import { useInstanceId } from '../../../../shared/components/common/ids';
import { useAsync } from '../../../../shared/components/common/useAsync';
import type { ReadAlongside } from '../../../privacy';
import { storiesAllowed } from '../../domain/storyConsent';
import type { IStory, StoryTheme } from '../../domain/models';
import { storyTexts } from '../../loc/storyTexts';
import { StoriesReader } from './StoriesReader';

export interface IStoriesRootProps {
  readonly repository: IStoryRepository;
  /** The stories with the featured people's privacy choices, read on this load side by side with them. */
  readonly withChoices: ReadAlongside;
  readonly strings: ICommonStrings & IStoriesStrings;
  readonly today: IsoDate;
  readonly title?: string;
  readonly maxItems: number;
  readonly theme?: StoryTheme;
  readonly area?: string;
  /** `readStories` for these props, already started by the web part (its prefetch). */
  readonly first?: Promise<readonly IStory[]>;
}

/** Stories fetched beyond the cards shown, so the theme and area chips filter without a new request. */
const FETCH_AT_LEAST = 48;

type StoriesQuery = Pick<IStoriesRootProps, 'repository' | 'withChoices' | 'today' | 'maxItems' | 'theme' | 'area'>;

/** The root's read: the published stories everyone featured still allows; the web part's prefetch too. */
export async function readStories({ repository, withChoices, today, maxItems, theme, area }: StoriesQuery): Promise<readonly IStory[]> {
  const { value: stories, choices } = await withChoices(
    `stories|${theme ?? ''}|${area ?? ''}`,
    () => repository.getStories({ today, top: Math.max(maxItems * 4, FETCH_AT_LEAST), theme, area }),
    (found) => found.flatMap((s) => s.people.map((p) => p.id)),
  );
  // People featured decide on every load: a story someone has withdrawn from is not shown.
  return storiesAllowed(stories, choices);
}

export function StoriesRoot(props: IStoriesRootProps): React.ReactElement {
  const { repository, withChoices, today, maxItems, theme, area, strings } = props;
  const state = useAsync(() => readStories({ repository, withChoices, today, maxItems, theme, area }), [repository, withChoices, today, maxItems, theme, area], props.first);
  return (
    <WebPartSection id={useInstanceId('medarbejderhistorier')} title={props.title || strings.stories.title} lang={strings.locale}>
      <AsyncContent state={state} strings={strings} loadingLabel={strings.stories.loading} emptyText={strings.stories.empty} isEmpty={(s) => s.length === 0}>
        {(stories) => <StoriesReader stories={stories} strings={strings} texts={storyTexts(strings.locale)} maxItems={maxItems} theme={theme} area={area} />}
      </AsyncContent>
    </WebPartSection>
  );
}
