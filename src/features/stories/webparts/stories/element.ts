import * as React from 'react';
import { StoriesRoot } from '../../components/stories/StoriesRoot';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import { optional } from '../../../../shared/webparts/hostContext';
import { STORIES_DEFAULTS } from './IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';
import { STORY_THEMES } from '../../domain/models';
import { storiesRepositories } from './repositories';

export function storiesElement(props: Partial<IMedarbejderhistorierWebPartProps>, host: IHostContext): React.ReactElement {
  const p = { ...STORIES_DEFAULTS, ...props };
  return React.createElement(StoriesRoot, {
    repository: host.connect(storiesRepositories).stories,
    strings: host.strings,
    today: host.today,
    title: p.title,
    maxItems: p.maxItems,
    theme: STORY_THEMES.find((t) => t === p.theme),
    area: optional(p.area),
  });
}
