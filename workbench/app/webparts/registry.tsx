/**
 * THE list of web parts on the local front page. Adding a web part is one entry here: its defaults, its property-pane
 * fields, and the same element builder its SPFx web part calls (src/features/<feature>/webparts/<name>/element.ts).
 */
import { approveElement } from '../../../src/features/navnenyt/webparts/approveNavnenyt/element';
import { submitElement } from '../../../src/features/navnenyt/webparts/submitNavnenyt/element';
import type { IIndsendNavnenytWebPartProps } from '../../../src/features/navnenyt/webparts/submitNavnenyt/IIndsendNavnenytWebPartProps';
import { SUBMIT_DEFAULTS, SUBMIT_SETTINGS } from '../../../src/features/navnenyt/webparts/submitNavnenyt/settings';
import { storiesElement } from '../../../src/features/stories/webparts/stories/element';
import { STORIES_DEFAULTS } from '../../../src/features/stories/webparts/stories/IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from '../../../src/features/stories/webparts/stories/IMedarbejderhistorierWebPartProps';
import { STORIES_SETTINGS } from '../../../src/features/stories/webparts/stories/settings';
import { portraitsElement } from '../../../src/features/portraits/webparts/portraits/element';
import { PORTRAITS_DEFAULTS } from '../../../src/features/portraits/webparts/portraits/IMedarbejderportraetterWebPartProps';
import type { IMedarbejderportraetterWebPartProps } from '../../../src/features/portraits/webparts/portraits/IMedarbejderportraetterWebPartProps';
import { PORTRAITS_SETTINGS } from '../../../src/features/portraits/webparts/portraits/settings';
import { myChoicesElement } from '../../../src/features/privacy/webparts/myChoices/element';
import type { IMineValgWebPartProps } from '../../../src/features/privacy/webparts/myChoices/IMineValgWebPartProps';
import { MY_CHOICES_DEFAULTS, MY_CHOICES_SETTINGS } from '../../../src/features/privacy/webparts/myChoices/settings';
import { navnenytElement } from '../../../src/features/navnenyt/webparts/navnenyt/element';
import { NAVNENYT_DEFAULTS } from '../../../src/features/navnenyt/webparts/navnenyt/INavnenytWebPartProps';
import type { INavnenytWebPartProps } from '../../../src/features/navnenyt/webparts/navnenyt/INavnenytWebPartProps';
import { NAVNENYT_SETTINGS } from '../../../src/features/navnenyt/webparts/navnenyt/settings';
import { defineWebPart } from './types';
import type { IWebPartDefinition } from './types';

export const WEB_PARTS: readonly IWebPartDefinition[] = [
  defineWebPart<IMedarbejderhistorierWebPartProps>({
    id: 'medarbejderhistorier',
    title: (s) => s.stories.title,
    zone: 'main',
    defaults: STORIES_DEFAULTS,
    fields: STORIES_SETTINGS,
    render: (host, p) => storiesElement(p, host),
  }),
  defineWebPart<INavnenytWebPartProps>({
    id: 'navnenyt',
    title: (s) => s.navnenyt.title,
    zone: 'side',
    defaults: NAVNENYT_DEFAULTS,
    fields: NAVNENYT_SETTINGS,
    render: (host, p) => navnenytElement(p, host),
  }),
  defineWebPart<IMedarbejderportraetterWebPartProps>({
    id: 'medarbejderportraetter',
    title: (s) => s.portraits.title,
    zone: 'full',
    defaults: PORTRAITS_DEFAULTS,
    fields: PORTRAITS_SETTINGS,
    render: (host, p) => portraitsElement(p, host),
  }),
  defineWebPart<IMineValgWebPartProps>({
    id: 'mine-valg',
    title: (s) => s.myChoices.title,
    zone: 'side',
    defaults: MY_CHOICES_DEFAULTS,
    fields: MY_CHOICES_SETTINGS,
    render: (host, p) => myChoicesElement(p, host),
  }),
  defineWebPart<IIndsendNavnenytWebPartProps>({
    id: 'indsend-navnenyt',
    title: (s) => s.submit.title,
    zone: 'work',
    defaults: SUBMIT_DEFAULTS,
    fields: SUBMIT_SETTINGS,
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
