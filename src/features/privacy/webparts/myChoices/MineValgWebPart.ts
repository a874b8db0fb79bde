import type * as React from 'react';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { SettingField } from '../../../../shared/webparts/settingFields';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { myChoicesElement } from './element';
import type { IMineValgWebPartProps } from './IMineValgWebPartProps';
import { MY_CHOICES_SETTINGS } from './settings';

export default class MineValgWebPart extends SimpleWebPart<IMineValgWebPartProps> {
  protected get settings(): readonly SettingField[] {
    return MY_CHOICES_SETTINGS;
  }

  protected element(host: IHostContext): React.ReactElement {
    return myChoicesElement(this.properties, host);
  }
}
