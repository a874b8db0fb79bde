import * as React from 'react';
import { StoriesRoot } from '../../components/stories/StoriesRoot';
import { Lists } from '../../data/lists';
import { STORY_THEMES } from '../../domain/models';
import type { IHostContext } from '../shared/hostContext';
import { optional } from '../shared/hostContext';
import { STORIES_DEFAULTS } from './IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';

export function storiesElement(props: Partial<IMedarbejderhistorierWebPartProps>, host: IHostContext): React.ReactElement {
  const p = { ...STORIES_DEFAULTS, ...props };
  const itemUrl = host.itemUrl;
  return React.createElement(StoriesRoot, {
    repository: host.repositories.stories,
    strings: host.strings,
    today: host.today,
    title: p.title,
    maxItems: p.maxItems,
    theme: STORY_THEMES.find((t) => t === p.theme),
    area: optional(p.area),
    storyUrl: itemUrl ? (story) => itemUrl(Lists.Stories.url, story.id) : undefined,
  });
}
