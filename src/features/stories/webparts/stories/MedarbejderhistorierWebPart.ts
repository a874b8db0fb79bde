import type * as React from 'react';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { SettingField } from '../../../../shared/webparts/settingFields';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { storiesElement } from './element';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';
import { STORIES_SETTINGS } from './settings';

export default class MedarbejderhistorierWebPart extends SimpleWebPart<IMedarbejderhistorierWebPartProps> {
  protected get settings(): readonly SettingField[] {
    return STORIES_SETTINGS;
  }

  protected element(host: IHostContext): React.ReactElement {
    return storiesElement(this.properties, host);
  }
}
