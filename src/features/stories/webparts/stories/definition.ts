/** Medarbejderhistorier on the front page: the newest stories, by theme and area. */
import * as React from 'react';
import { readStories, StoriesRoot } from '../../components/stories/StoriesRoot';
import { STORY_THEMES } from '../../domain/models';
import { storiesStrings } from '../../loc/storiesStrings';
import type { IsoDate } from '../../../../shared/domain/models';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { optional } from '../../../../shared/webparts/hostContext';
import { areaSetting, maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import { storiesRepositories } from './repositories';
import type { IStoriesRepositories } from './repositories';

export interface IMedarbejderhistorierWebPartProps {
  title: string;
  maxItems: number;
  theme: string;
  area: string;
}

const DEFAULTS: IMedarbejderhistorierWebPartProps = { title: '', maxItems: 6, theme: '', area: '' };

/** What the root reads with, from the settings: the same for its prefetch. */
function queryOf(p: IMedarbejderhistorierWebPartProps, repos: IStoriesRepositories, today: IsoDate): Parameters<typeof readStories>[0] {
  return { repository: repos.stories, withChoices: repos.withChoices, today, maxItems: p.maxItems, theme: STORY_THEMES.find((t) => t === p.theme), area: optional(p.area) };
}

export const STORIES = defineWebPart({
  id: 'medarbejderhistorier',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e02',
  alias: 'MedarbejderhistorierWebPart',
  bundle: 'medarbejdernyt-readers',
  strings: storiesStrings,
  title: (s) => s.stories.title,
  zone: 'main',
  defaults: DEFAULTS,
  settings: [titleSetting, maxItemsSetting(24), { key: 'theme', kind: 'choice', options: STORY_THEMES, label: (s) => s.stories.propertyPane.themeLabel }, areaSetting],
  repositories: storiesRepositories,
  prefetch: (p, repos, host) => readStories(queryOf(p, repos, host.today)),
  root: (p, repos, host, first) => React.createElement(StoriesRoot, { ...queryOf(p, repos, host.today), strings: host.strings, title: p.title, first }),
});
