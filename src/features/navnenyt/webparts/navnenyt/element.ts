import * as React from 'react';
import { NavnenytRoot } from '../../components/navnenyt/NavnenytRoot';
import { navnenytSettings } from '../../domain/navnenytSettings';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import { optional } from '../../../../shared/webparts/hostContext';
import { NAVNENYT_DEFAULTS } from './INavnenytWebPartProps';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { typesOf } from './typeSwitches';
import { navnenytReaderRepositories } from './repositories';

export function navnenytElement(props: Partial<INavnenytWebPartProps>, host: IHostContext): React.ReactElement {
  const p = { ...NAVNENYT_DEFAULTS, ...props };
  return React.createElement(NavnenytRoot, {
    repository: host.connect(navnenytReaderRepositories).navnenyt,
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
  });
}
