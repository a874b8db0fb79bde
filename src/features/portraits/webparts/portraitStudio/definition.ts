/** Portrætstudio: communications creates staff portraits and promotes them on LinkedIn and Facebook. */
import * as React from 'react';
import { contactOf } from '../../../../shared/domain/contact';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { studioStrings } from '../../loc/studioStrings';
import { portraitStudioRepositories } from './repositories';

/** Who may use the studio is SharePoint's permission on the portraits list, not a property. */
export interface IPortraetstudioWebPartProps {
  /** utm_campaign of communications' posts. */
  campaign: string;
  /** Communications' own hashtags, separated by spaces or commas. */
  hashtags: string;
  /** The LinkedIn page's admin address: *Åbn LinkedIn* opens it instead of the share dialog when set. */
  linkedInPageUrl: string;
  /** The Facebook page's address: *Åbn Facebook* opens it instead of the sharer when set. */
  facebookPageUrl: string;
  /** The page with Mine valg, linked in the consent e-mail (empty: the site's front page). */
  myChoicesUrl: string;
  /** Communications' e-mail or a page link, shown to those who may not use the studio. */
  contact: string;
}

const DEFAULTS: IPortraetstudioWebPartProps = {
  campaign: 'rekruttering-velfaerd',
  hashtags: '#NorddjursKommune #velfærd #job',
  linkedInPageUrl: '',
  facebookPageUrl: '',
  myChoicesUrl: '',
  contact: '',
};

/** The studio, its crops and its Fluent UI load in their own chunk when the web part first renders (bench/bundles). */
const PortraitStudioGate = lazyRoot(() => import(/* webpackChunkName: 'portraetstudio' */ '../../components/portraitStudio/PortraitStudioGate').then((m) => m.PortraitStudioGate));

export const PORTRAIT_STUDIO = defineWebPart({
  id: 'portraetstudio',
  manifestId: 'de171171-4f52-476e-bf21-e3949a686869',
  alias: 'PortraetstudioWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: studioStrings,
  title: (s) => s.studio.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [
    { key: 'campaign', kind: 'text', label: (s) => s.studio.propertyPane.campaignLabel },
    { key: 'hashtags', kind: 'text', label: (s) => s.studio.propertyPane.hashtagsLabel },
    { key: 'linkedInPageUrl', kind: 'text', label: (s) => s.studio.propertyPane.linkedInPageLabel },
    { key: 'facebookPageUrl', kind: 'text', label: (s) => s.studio.propertyPane.facebookPageLabel },
    { key: 'myChoicesUrl', kind: 'text', label: (s) => s.studio.propertyPane.myChoicesLabel },
    { key: 'contact', kind: 'text', label: (s) => s.access.commsContactLabel },
  ],
  repositories: portraitStudioRepositories,
  root: (p, repos, host) =>
    React.createElement(PortraitStudioGate, {
      permissions: repos.permissions,
      repository: repos.portraits,
      readChoices: repos.choices,
      strings: host.strings,
      contact: contactOf(p.contact, host.siteUrl),
      siteUrl: host.siteUrl,
      today: host.today,
      settings: { campaign: p.campaign, hashtags: p.hashtags, linkedInPageUrl: p.linkedInPageUrl, facebookPageUrl: p.facebookPageUrl, myChoicesUrl: p.myChoicesUrl },
    }),
});
