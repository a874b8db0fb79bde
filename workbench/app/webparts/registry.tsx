/**
 * THE list of web parts on the local front page. Adding a web part is one entry here: its defaults, its property-pane
 * fields, and the same element builder its SPFx web part calls (src/webparts/<name>/element.ts).
 */
import { PROFESSIONS, STORY_THEMES } from '../../../src/domain/models';
import { navnenytTypeLabel } from '../../../src/domain/texts';
import { approveElement } from '../../../src/webparts/godkendNavnenyt/element';
import { submitElement } from '../../../src/webparts/indsendNavnenyt/element';
import type { IIndsendNavnenytWebPartProps } from '../../../src/webparts/indsendNavnenyt/IIndsendNavnenytWebPartProps';
import { storiesElement } from '../../../src/webparts/medarbejderhistorier/element';
import { STORIES_DEFAULTS } from '../../../src/webparts/medarbejderhistorier/IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from '../../../src/webparts/medarbejderhistorier/IMedarbejderhistorierWebPartProps';
import { portraitsElement } from '../../../src/webparts/medarbejderportraetter/element';
import { PORTRAITS_DEFAULTS } from '../../../src/webparts/medarbejderportraetter/IMedarbejderportraetterWebPartProps';
import type { IMedarbejderportraetterWebPartProps } from '../../../src/webparts/medarbejderportraetter/IMedarbejderportraetterWebPartProps';
import { myChoicesElement } from '../../../src/webparts/mineValg/element';
import type { IMineValgWebPartProps } from '../../../src/webparts/mineValg/IMineValgWebPartProps';
import { navnenytElement } from '../../../src/webparts/navnenyt/element';
import { NAVNENYT_DEFAULTS } from '../../../src/webparts/navnenyt/INavnenytWebPartProps';
import type { INavnenytWebPartProps } from '../../../src/webparts/navnenyt/INavnenytWebPartProps';
import { TYPE_SWITCHES } from '../../../src/webparts/navnenyt/typeSwitches';
import { defineWebPart } from './types';
import type { IWebPartDefinition } from './types';

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
    render: (host, p) => storiesElement(p, host),
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
        key: 'withoutChoices',
        kind: 'choice',
        includeAll: false,
        label: (s) => s.propertyPane.withoutChoicesLabel,
        options: [
          { key: 'confirmedMention', label: (s) => s.propertyPane.withoutChoicesConfirmed },
          { key: 'nothing', label: (s) => s.propertyPane.withoutChoicesNothing },
        ],
      },
      {
        key: 'showTypes',
        kind: 'checks',
        label: (s) => s.propertyPane.typesGroup,
        options: TYPE_SWITCHES.map((t) => ({ key: t.key, label: (s) => navnenytTypeLabel(t.type, s.locale) })),
      },
    ],
    render: (host, p) => navnenytElement(p, host),
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
    render: (host, p) => portraitsElement(p, host),
  }),
  defineWebPart<IMineValgWebPartProps>({
    id: 'mine-valg',
    title: (s) => s.myChoices.title,
    zone: 'side',
    defaults: { privacyNoticeUrl: '' },
    fields: [{ key: 'privacyNoticeUrl', kind: 'text', label: (s) => s.propertyPane.privacyUrlLabel }],
    render: (host, p) => myChoicesElement(p, host),
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
    render: (host, p) => submitElement(p, host),
  }),
  defineWebPart<Record<string, never>>({
    id: 'godkend-navnenyt',
    title: (s) => s.approve.title,
    zone: 'work',
    defaults: {},
    fields: [],
    render: (host) => approveElement(host),
  }),
];
