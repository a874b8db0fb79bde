import * as React from 'react';
import { MyChoicesRoot } from '../../components/myChoices/MyChoicesRoot';
import type { IHostContext } from '../shared/hostContext';
import { optional } from '../shared/hostContext';
import type { IMineValgWebPartProps } from './IMineValgWebPartProps';

export function myChoicesElement(props: Partial<IMineValgWebPartProps>, host: IHostContext): React.ReactElement {
  return React.createElement(MyChoicesRoot, { repository: host.repositories.privacy, strings: host.strings, privacyNoticeUrl: optional(props.privacyNoticeUrl) });
}
