/**
 * The reader's stories: featured ones in the carousel, below them the latest as cards with filter chips by theme
 * and by area. The chosen area is remembered on this device as "Mit område" (as Navnenyt remembers it). An empty
 * filter says so and offers a way back to all stories.
 */
import * as React from 'react';
import { useIdScope } from '../../../../shared/components/common/ids';
import { formatNumericDate } from '../../../../shared/domain/dates';
import { compareNamesDanish } from '../../../../shared/domain/names';
import { styles } from '../../../../shared/components/common/styles';
import { useLinkTarget } from '../../../../shared/components/common/hostFeatures';
import { useStoredState } from '../../../../shared/components/common/useStoredState';
import type { ICommonStrings } from '../../../../shared/loc/strings';
import type { IStoriesStrings } from '../../loc/storiesStrings';
import { STORY_THEMES } from '../../domain/models';
import type { IStory, StoryTheme } from '../../domain/models';
import { fill } from '../../../../shared/components/common/format';
import type { IStoryTexts } from '../../loc/storyTexts';
import { StoryCarousel } from './StoryCarousel';
import { storyStyles as s } from './storiesStyles';

export const AREA_KEY = 'medarbejdernyt:historier:omraade';
/** The most stories in the carousel. */
const MAX_FEATURED = 5;

export interface IStoriesReaderProps {
  /** The stories every featured person allows, newest first. */
  readonly stories: readonly IStory[];
  readonly strings: ICommonStrings & IStoriesStrings;
  readonly texts: IStoryTexts;
  readonly maxItems: number;
  /** Set by the web part's settings: then that filter is fixed and its chips are not shown. */
  readonly theme?: StoryTheme;
  readonly area?: string;
}

function StoryCard(props: { story: IStory; strings: ICommonStrings & IStoriesStrings; headingId: string }): React.ReactElement {
  const { story, strings, headingId } = props;
  const linkTarget = useLinkTarget();
  return (
    <article className={styles.card} aria-labelledby={headingId}>
      {story.heroImage && <img className={s.cardImage} src={story.heroImage.url} alt={story.heroImage.alt} width={1200} height={600} loading="lazy" />}
      <div className={styles.cardBody}>
        {story.featured && <span className={styles.tag}>{strings.stories.featured}</span>}
        <h4 id={headingId} className={styles.subheading} lang="da">
          {story.url ? (
            <a className={styles.link} href={story.url} {...linkTarget}>
              {story.title}
            </a>
          ) : (
            story.title
          )}
        </h4>
        <p lang="da">{story.teaser}</p>
        <p className={styles.meta}>
          {[story.theme, story.place, story.publishDate ? formatNumericDate(story.publishDate, strings.locale) : undefined].filter(Boolean).join(' · ')}
        </p>
      </div>
    </article>
  );
}

function Chips<T extends string>(props: {
  label: string;
  allLabel: string;
  values: readonly T[];
  chosen: T | undefined;
  onChoose: (value: T | undefined) => void;
  labelId: string;
}): React.ReactElement {
  const chip = (value: T | undefined, text: string): React.ReactElement => {
    const on = props.chosen === value;
    return (
      <button key={value ?? ''} type="button" className={on ? `${s.chip} ${s.chipOn}` : s.chip} aria-pressed={on} onClick={() => props.onChoose(value)}>
        {text}
      </button>
    );
  };
  return (
    <div className={s.chips} role="group" aria-labelledby={props.labelId}>
      <span id={props.labelId} className={s.chipGroupLabel}>
        {props.label}
      </span>
      {chip(undefined, props.allLabel)}
      {props.values.map((v) => chip(v, v))}
    </div>
  );
}

export function StoriesReader(props: IStoriesReaderProps): React.ReactElement {
  const { stories, strings, texts } = props;
  const scope = `${useIdScope()}-historier`;
  const [theme, setTheme] = React.useState<StoryTheme | undefined>(undefined);
  const [storedArea, setStoredArea] = useStoredState(AREA_KEY);
  const themes = STORY_THEMES.filter((t) => stories.some((x) => x.theme === t));
  const areas = Array.from(new Set(stories.map((x) => x.area).filter((a): a is string => !!a))).sort(compareNamesDanish);
  // A remembered area that no story has any more filters nothing.
  const area = props.area ?? (storedArea && areas.includes(storedArea) ? storedArea : undefined);
  const chosenTheme = props.theme ?? theme;
  const featured = stories.filter((x) => x.featured).slice(0, MAX_FEATURED);
  const shown = stories.filter((x) => (!chosenTheme || x.theme === chosenTheme) && (!area || x.area === area)).slice(0, props.maxItems);
  const filtered = chosenTheme !== undefined || area !== undefined;
  const showAll = (): void => {
    setTheme(undefined);
    if (!props.area) setStoredArea(undefined);
  };
  return (
    <>
      {featured.length > 0 && <StoryCarousel stories={featured} texts={texts} locale={strings.locale} />}
      <h3 className={s.latestHeading}>{texts.latest}</h3>
      <div>
        {!props.theme && themes.length > 1 && (
          <Chips label={texts.filters.themes} allLabel={texts.filters.all} values={themes} chosen={theme} onChoose={setTheme} labelId={`${scope}-temaer`} />
        )}
        {!props.area && areas.length > 1 && (
          <Chips label={`${texts.filters.areas} (${texts.filters.myArea})`} allLabel={texts.filters.all} values={areas} chosen={area} onChoose={setStoredArea} labelId={`${scope}-omraader`} />
        )}
      </div>
      <p className={s.status} role="status">
        {filtered && shown.length > 0 ? fill(texts.filters.count, shown.length) : ''}
      </p>
      {shown.length === 0 ? (
        <div>
          <p className={styles.empty}>{filtered ? texts.filters.emptyFiltered : strings.stories.empty}</p>
          {filtered && (
            <button type="button" className={s.button} onClick={showAll}>
              {texts.filters.showAll}
            </button>
          )}
        </div>
      ) : (
        <ul className={styles.grid}>
          {shown.map((story) => (
            <li key={story.id}>
              <StoryCard story={story} strings={strings} headingId={`${scope}-${story.id}`} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
