import type * as React from 'react';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { SettingField } from '../../../../shared/webparts/settingFields';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { portraitsElement } from './element';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';
import { PORTRAITS_SETTINGS } from './settings';

export default class MedarbejderportraetterWebPart extends SimpleWebPart<IMedarbejderportraetterWebPartProps> {
  protected get settings(): readonly SettingField[] {
    return PORTRAITS_SETTINGS;
  }

  protected element(host: IHostContext): React.ReactElement {
    return portraitsElement(this.properties, host);
  }
}
