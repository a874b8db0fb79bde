/** Medarbejderhistorier on the front page: the newest stories, by theme and area. */
import * as React from 'react';
import { StoriesRoot } from '../../components/stories/StoriesRoot';
import { STORY_THEMES } from '../../domain/models';
import { storiesStrings } from '../../loc/storiesStrings';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { optional } from '../../../../shared/webparts/hostContext';
import { areaSetting, maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import { storiesRepositories } from './repositories';

export interface IMedarbejderhistorierWebPartProps {
  title: string;
  maxItems: number;
  theme: string;
  area: string;
}

const DEFAULTS: IMedarbejderhistorierWebPartProps = { title: '', maxItems: 6, theme: '', area: '' };

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
  root: (p, repos, host) =>
    React.createElement(StoriesRoot, {
      repository: repos.stories,
      withChoices: repos.withChoices,
      strings: host.strings,
      today: host.today,
      title: p.title,
      maxItems: p.maxItems,
      theme: STORY_THEMES.find((t) => t === p.theme),
      area: optional(p.area),
    }),
});
