import type * as React from 'react';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { SettingField } from '../../../../shared/webparts/settingFields';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { submitElement } from './element';
import type { IIndsendNavnenytWebPartProps } from './IIndsendNavnenytWebPartProps';
import { SUBMIT_SETTINGS } from './settings';

export default class IndsendNavnenytWebPart extends SimpleWebPart<IIndsendNavnenytWebPartProps> {
  protected get settings(): readonly SettingField[] {
    return SUBMIT_SETTINGS;
  }

  protected element(host: IHostContext): React.ReactElement {
    return submitElement(this.properties, host);
  }
}
