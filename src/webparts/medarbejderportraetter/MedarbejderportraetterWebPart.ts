import type * as React from 'react';
import type { IHostContext } from '../shared/hostContext';
import type { SettingField } from '../shared/settingFields';
import { SimpleWebPart } from '../shared/SimpleWebPart';
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
