/**
 * THE list of web parts on the local front page. Adding a web part is one entry here: its defaults, its property-pane
 * fields, and the same element builder its SPFx web part calls (src/webparts/<name>/element.ts).
 */
import { approveElement } from '../../../src/webparts/godkendNavnenyt/element';
import { submitElement } from '../../../src/webparts/indsendNavnenyt/element';
import type { IIndsendNavnenytWebPartProps } from '../../../src/webparts/indsendNavnenyt/IIndsendNavnenytWebPartProps';
import { SUBMIT_DEFAULTS, SUBMIT_SETTINGS } from '../../../src/webparts/indsendNavnenyt/settings';
import { storiesElement } from '../../../src/webparts/medarbejderhistorier/element';
import { STORIES_DEFAULTS } from '../../../src/webparts/medarbejderhistorier/IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from '../../../src/webparts/medarbejderhistorier/IMedarbejderhistorierWebPartProps';
import { STORIES_SETTINGS } from '../../../src/webparts/medarbejderhistorier/settings';
import { portraitsElement } from '../../../src/webparts/medarbejderportraetter/element';
import { PORTRAITS_DEFAULTS } from '../../../src/webparts/medarbejderportraetter/IMedarbejderportraetterWebPartProps';
import type { IMedarbejderportraetterWebPartProps } from '../../../src/webparts/medarbejderportraetter/IMedarbejderportraetterWebPartProps';
import { PORTRAITS_SETTINGS } from '../../../src/webparts/medarbejderportraetter/settings';
import { myChoicesElement } from '../../../src/webparts/mineValg/element';
import type { IMineValgWebPartProps } from '../../../src/webparts/mineValg/IMineValgWebPartProps';
import { MY_CHOICES_DEFAULTS, MY_CHOICES_SETTINGS } from '../../../src/webparts/mineValg/settings';
import { navnenytElement } from '../../../src/webparts/navnenyt/element';
import { NAVNENYT_DEFAULTS } from '../../../src/webparts/navnenyt/INavnenytWebPartProps';
import type { INavnenytWebPartProps } from '../../../src/webparts/navnenyt/INavnenytWebPartProps';
import { NAVNENYT_SETTINGS } from '../../../src/webparts/navnenyt/settings';
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
