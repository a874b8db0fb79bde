/**
 * THE list of web parts on the local front page. Adding a web part is one entry here: its root component, how its
 * props are built (as in its src/webparts/<name>/<Name>WebPart.ts, with the same props interface), its defaults and
 * its property-pane fields.
 */
import * as React from 'react';
import { ApproveNavnenytRoot } from '../../../src/components/approveNavnenyt/ApproveNavnenytRoot';
import { MyChoicesRoot } from '../../../src/components/myChoices/MyChoicesRoot';
import { NavnenytRoot } from '../../../src/components/navnenyt/NavnenytRoot';
import { SubmitNavnenytRoot } from '../../../src/components/submitNavnenyt/SubmitNavnenytRoot';
import { PortraitsRoot } from '../../../src/components/portraits/PortraitsRoot';
import { StoriesRoot } from '../../../src/components/stories/StoriesRoot';
import { PROFESSIONS, STORY_THEMES } from '../../../src/domain/models';
import { navnenytTypeLabel } from '../../../src/domain/texts';
import { STORIES_DEFAULTS } from '../../../src/webparts/medarbejderhistorier/IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from '../../../src/webparts/medarbejderhistorier/IMedarbejderhistorierWebPartProps';
import type { IIndsendNavnenytWebPartProps } from '../../../src/webparts/indsendNavnenyt/IIndsendNavnenytWebPartProps';
import { PORTRAITS_DEFAULTS } from '../../../src/webparts/medarbejderportraetter/IMedarbejderportraetterWebPartProps';
import type { IMedarbejderportraetterWebPartProps } from '../../../src/webparts/medarbejderportraetter/IMedarbejderportraetterWebPartProps';
import type { IMineValgWebPartProps } from '../../../src/webparts/mineValg/IMineValgWebPartProps';
import { NAVNENYT_DEFAULTS } from '../../../src/webparts/navnenyt/INavnenytWebPartProps';
import type { INavnenytWebPartProps } from '../../../src/webparts/navnenyt/INavnenytWebPartProps';
import { TYPE_SWITCHES, typesOf } from '../../../src/webparts/navnenyt/typeSwitches';
import { defineWebPart } from './types';
import type { IWebPartDefinition } from './types';

const optional = (value: string): string | undefined => value.trim() || undefined;

export const WEB_PARTS: readonly IWebPartDefinition[] = [
  defineWebPart<IMedarbejderhistorierWebPartProps>({
    id: 'medarbejderhistorier',
    title: (s) => s.stories.title,
    zone: 'main',
    defaults: STORIES_DEFAULTS,
    fields: [
      { key: 'title', kind: 'text', label: (s) => s.propertyPane.titleLabel },
      { key: 'maxItems', kind: 'number', min: 1, max: 24, label: (s) => s.propertyPane.maxItemsLabel },
      { key: 'theme', kind: 'choice', options: STORY_THEMES, label: (s) => s.propertyPane.themeLabel },
      { key: 'area', kind: 'text', label: (s) => s.propertyPane.areaLabel },
    ],
    render: (host, p) => (
      <StoriesRoot
        repository={host.repositories.stories}
        strings={host.strings}
        today={host.today}
        title={p.title}
        maxItems={p.maxItems}
        theme={STORY_THEMES.find((t) => t === p.theme)}
        area={optional(p.area)}
      />
    ),
  }),
  defineWebPart<INavnenytWebPartProps>({
    id: 'navnenyt',
    title: (s) => s.navnenyt.title,
    zone: 'side',
    defaults: NAVNENYT_DEFAULTS,
    fields: [
      { key: 'title', kind: 'text', label: (s) => s.propertyPane.titleLabel },
      { key: 'daysBack', kind: 'number', min: 0, max: 60, label: (s) => s.propertyPane.daysBackLabel },
      { key: 'daysAhead', kind: 'number', min: 0, max: 90, label: (s) => s.propertyPane.daysAheadLabel },
      { key: 'maxItems', kind: 'number', min: 1, max: 100, label: (s) => s.propertyPane.maxItemsLabel },
      { key: 'area', kind: 'text', label: (s) => s.propertyPane.areaLabel },
      {
        key: 'showTypes',
        kind: 'checks',
        label: (s) => s.propertyPane.typesGroup,
        options: TYPE_SWITCHES.map((t) => ({ key: t.key, label: (s) => navnenytTypeLabel(t.type, s.locale) })),
      },
    ],
    render: (host, p) => (
      <NavnenytRoot
        repository={host.repositories.navnenyt}
        strings={host.strings}
        today={host.today}
        title={p.title}
        daysBack={p.daysBack}
        daysAhead={p.daysAhead}
        maxItems={p.maxItems}
        area={optional(p.area)}
        types={typesOf(p.showTypes)}
        senderName={host.userDisplayName}
      />
    ),
  }),
  defineWebPart<IMedarbejderportraetterWebPartProps>({
    id: 'medarbejderportraetter',
    title: (s) => s.portraits.title,
    zone: 'full',
    defaults: PORTRAITS_DEFAULTS,
    fields: [
      { key: 'title', kind: 'text', label: (s) => s.propertyPane.titleLabel },
      { key: 'maxItems', kind: 'number', min: 1, max: 24, label: (s) => s.propertyPane.maxItemsLabel },
      { key: 'profession', kind: 'choice', options: PROFESSIONS, label: (s) => s.propertyPane.professionLabel },
    ],
    render: (host, p) => (
      <PortraitsRoot
        repository={host.repositories.portraits}
        strings={host.strings}
        title={p.title}
        maxItems={p.maxItems}
        profession={PROFESSIONS.find((x) => x === p.profession)}
      />
    ),
  }),
  defineWebPart<IMineValgWebPartProps>({
    id: 'mine-valg',
    title: (s) => s.myChoices.title,
    zone: 'side',
    defaults: { privacyNoticeUrl: '' },
    fields: [{ key: 'privacyNoticeUrl', kind: 'text', label: (s) => s.propertyPane.privacyUrlLabel }],
    render: (host, p) => <MyChoicesRoot repository={host.repositories.privacy} strings={host.strings} privacyNoticeUrl={optional(p.privacyNoticeUrl)} />,
  }),
  defineWebPart<IIndsendNavnenytWebPartProps>({
    id: 'indsend-navnenyt',
    title: (s) => s.submit.title,
    zone: 'work',
    defaults: { role: 'hr' },
    fields: [
      {
        key: 'role',
        kind: 'choice',
        includeAll: false,
        label: (s) => s.propertyPane.roleLabel,
        options: [
          { key: 'hr', label: (s) => s.propertyPane.roleHr },
          { key: 'editor', label: (s) => s.propertyPane.roleEditor },
        ],
      },
    ],
    render: (host, p) => (
      <SubmitNavnenytRoot
        repository={host.repositories.navnenytEditor}
        navnenyt={host.repositories.navnenyt}
        directory={host.repositories.employees}
        strings={host.strings}
        today={host.today}
        role={p.role === 'editor' ? 'editor' : 'hr'}
      />
    ),
  }),
  defineWebPart<Record<string, never>>({
    id: 'godkend-navnenyt',
    title: (s) => s.approve.title,
    zone: 'work',
    defaults: {},
    fields: [],
    render: (host) => <ApproveNavnenytRoot repository={host.repositories.navnenytEditor} strings={host.strings} />,
  }),
];
