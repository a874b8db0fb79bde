/** Navnenyt on the front page: the name news in a window around today, filtered by area and type. */
import * as React from 'react';
import { NavnenytRoot, readFeed } from '../../components/navnenyt/NavnenytRoot';
import { navnenytSettings } from '../../domain/navnenytSettings';
import { navnenytTexts } from '../../loc';
import { navnenytStrings } from '../../loc/navnenytStrings';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { optional } from '../../../../shared/webparts/hostContext';
import { areaSetting, maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import { TYPE_SWITCHES, typesOf } from './typeSwitches';
import type { TypeSwitches } from './typeSwitches';
import { navnenytReaderRepositories } from './repositories';

export interface INavnenytWebPartProps {
  title: string;
  daysBack: number;
  daysAhead: number;
  maxItems: number;
  area: string;
  showTypes: TypeSwitches;
  /** What shows about a person who has saved no privacy choices: what HR confirmed they agreed to, or nothing. */
  withoutChoices: 'confirmedMention' | 'nothing';
}

const DEFAULTS: INavnenytWebPartProps = {
  title: '',
  daysBack: 30,
  daysAhead: 14,
  maxItems: 12,
  area: '',
  showTypes: { birthday: true, jubilee: true, newColleague: true, retirement: true, farewell: true, memorial: true },
  withoutChoices: 'confirmedMention',
};

export const NAVNENYT = defineWebPart({
  id: 'navnenyt',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e01',
  alias: 'NavnenytWebPart',
  bundle: 'medarbejdernyt-readers',
  strings: navnenytStrings,
  title: (s) => s.navnenyt.title,
  zone: 'side',
  defaults: DEFAULTS,
  settings: [
    titleSetting,
    { key: 'daysBack', kind: 'number', min: 0, max: 60, label: (s) => s.navnenyt.propertyPane.daysBackLabel },
    { key: 'daysAhead', kind: 'number', min: 0, max: 90, label: (s) => s.navnenyt.propertyPane.daysAheadLabel },
    maxItemsSetting(100),
    areaSetting,
    {
      key: 'withoutChoices',
      kind: 'choice',
      includeAll: false,
      label: (s) => s.navnenyt.propertyPane.withoutChoicesLabel,
      options: [
        { key: 'confirmedMention', label: (s) => s.navnenyt.propertyPane.withoutChoicesConfirmed },
        { key: 'nothing', label: (s) => s.navnenyt.propertyPane.withoutChoicesNothing },
      ],
    },
    {
      key: 'showTypes',
      kind: 'checks',
      label: (s) => s.navnenyt.propertyPane.typesGroup,
      options: TYPE_SWITCHES.map((t) => ({ key: t.key, label: (s) => navnenytTexts(s.locale).types[t.type] })),
    },
  ],
  repositories: navnenytReaderRepositories,
  prefetch: (p, repos, host) => readFeed(repos.navnenyt, host.today, p.daysBack, p.daysAhead),
  root: (p, repos, host, first) =>
    React.createElement(NavnenytRoot, {
      first,
      repository: repos.navnenyt,
      strings: host.strings,
      today: host.today,
      title: p.title,
      daysBack: p.daysBack,
      daysAhead: p.daysAhead,
      maxItems: p.maxItems,
      area: optional(p.area),
      types: typesOf(p.showTypes),
      settings: navnenytSettings({ intranetDefault: p.withoutChoices === 'nothing' ? 'nothing' : 'confirmedMention' }),
      senderName: host.userDisplayName,
    }),
});
