import type * as React from 'react';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import type { SettingField } from '../../../../shared/webparts/settingFields';
import { SimpleWebPart } from '../../../../shared/webparts/SimpleWebPart';
import { approveElement } from './element';

/** The approval queue has no settings: who may approve is SharePoint's permission, not a property. */
export default class GodkendNavnenytWebPart extends SimpleWebPart<Record<string, never>> {
  protected get settings(): readonly SettingField[] {
    return [];
  }

  protected element(host: IHostContext): React.ReactElement {
    return approveElement(host);
  }
}
