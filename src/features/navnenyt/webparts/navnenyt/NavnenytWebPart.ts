import type * as React from 'react';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { SettingField } from '../../../../shared/webparts/settingFields';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { navnenytElement } from './element';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { NAVNENYT_SETTINGS } from './settings';

export default class NavnenytWebPart extends SimpleWebPart<INavnenytWebPartProps> {
  protected get settings(): readonly SettingField[] {
    return NAVNENYT_SETTINGS;
  }

  protected element(host: IHostContext): React.ReactElement {
    return navnenytElement(this.properties, host);
  }
}
