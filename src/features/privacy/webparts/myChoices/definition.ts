/** Mine valg: each employee's privacy choices, with a link to the municipality's privacy notice. */
import * as React from 'react';
import { MyChoicesRoot } from '../../components/myChoices/MyChoicesRoot';
import { myChoicesStrings } from '../../loc/myChoicesStrings';
import { acceptedUrl } from '../../../../shared/data/urls';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { optional } from '../../../../shared/webparts/hostContext';
import { myChoicesRepositories } from './repositories';

export interface IMineValgWebPartProps {
  /** The municipality's privacy notice (purpose, basis, recipients incl. LinkedIn, retention). */
  privacyNoticeUrl: string;
}

const DEFAULTS: IMineValgWebPartProps = { privacyNoticeUrl: '' };

export const MY_CHOICES = defineWebPart({
  id: 'mine-valg',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e06',
  alias: 'MineValgWebPart',
  bundle: 'medarbejdernyt-readers',
  strings: myChoicesStrings,
  title: (s) => s.myChoices.title,
  zone: 'side',
  defaults: DEFAULTS,
  settings: [{ key: 'privacyNoticeUrl', kind: 'text', label: (s) => s.myChoices.propertyPane.privacyUrlLabel }],
  repositories: myChoicesRepositories,
  prefetch: (_p, repos) => repos.privacy.getMineWithHistory(),
  root: (p, repos, host, first) => {
    // The privacy notice is a setting, not list data, but it is rendered as a link all the same: the one URL rule applies.
    const privacyNoticeUrl = acceptedUrl(optional(p.privacyNoticeUrl), 'link', host.siteUrl, 'indstillingen "Link til privatlivserklæringen"');
    return React.createElement(MyChoicesRoot, { repository: repos.privacy, personalData: repos.personalData, today: host.today, strings: host.strings, privacyNoticeUrl, first });
  },
});
