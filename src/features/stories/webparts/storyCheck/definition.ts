/** Tjek historier: communications' check of draft and recently published stories before they reach the front page. */
import * as React from 'react';
import { DEFAULT_JARGON, parseJargon } from '../../domain/jargon';
import { DEFAULT_LIX_WARNING } from '../../domain/readability';
import { storiesStrings } from '../../loc/storiesStrings';
import { storyCheckTexts } from '../../loc/storyCheckTexts';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { storyCheckRepositories } from './repositories';

export interface ITjekHistorierWebPartProps {
  /** Warn when a story's LIX is above this ("let og uformel": 40). */
  lixWarning: number;
  /** Insider jargon to warn about, separated by commas or lines. */
  jargon: string;
  /** Published stories first published this many days back are checked too. */
  publishedDays: number;
}

const DEFAULTS: ITjekHistorierWebPartProps = { lixWarning: DEFAULT_LIX_WARNING, jargon: DEFAULT_JARGON.join(', '), publishedDays: 30 };

/** The check and its Fluent UI load in their own chunk when the web part first renders (bench/bundles). */
const StoryCheckRoot = lazyRoot(() => import(/* webpackChunkName: 'tjek-historier' */ '../../components/storyCheck/StoryCheckRoot').then((m) => m.StoryCheckRoot));

export const STORY_CHECK = defineWebPart({
  id: 'tjek-historier',
  manifestId: 'c0576355-5402-4192-a655-272fa2ba1523',
  alias: 'TjekHistorierWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: storiesStrings,
  title: (s) => storyCheckTexts(s.locale).check.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [
    { key: 'lixWarning', kind: 'number', min: 20, max: 60, label: (s) => storyCheckTexts(s.locale).check.lixWarningLabel },
    { key: 'jargon', kind: 'text', label: (s) => storyCheckTexts(s.locale).check.jargonLabel },
    { key: 'publishedDays', kind: 'number', min: 1, max: 365, label: (s) => storyCheckTexts(s.locale).check.publishedDaysLabel },
  ],
  repositories: storyCheckRepositories,
  root: (p, repos, host) =>
    React.createElement(StoryCheckRoot, {
      repository: repos.pages,
      withChoices: repos.withChoices,
      strings: host.strings,
      today: host.today,
      settings: { lixWarning: p.lixWarning, jargon: parseJargon(p.jargon) },
      publishedDays: p.publishedDays,
    }),
});
