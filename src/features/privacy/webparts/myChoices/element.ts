import * as React from 'react';
import { MyChoicesRoot } from '../../components/myChoices/MyChoicesRoot';
import { acceptedUrl } from '../../../../shared/data/urls';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import { optional } from '../../../../shared/webparts/hostContext';
import type { IMineValgWebPartProps } from './IMineValgWebPartProps';
import { myChoicesRepositories } from './repositories';

export function myChoicesElement(props: Partial<IMineValgWebPartProps>, host: IHostContext): React.ReactElement {
  // The privacy notice is a setting, not list data, but it is rendered as a link all the same: the one URL rule applies.
  const privacyNoticeUrl = acceptedUrl(optional(props.privacyNoticeUrl), 'link', host.siteUrl, 'indstillingen "Link til privatlivserklæringen"');
  return React.createElement(MyChoicesRoot, { repository: host.connect(myChoicesRepositories).privacy, strings: host.strings, privacyNoticeUrl });
}
