import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { ApproveNavnenytRoot } from '../../components/approveNavnenyt/ApproveNavnenytRoot';
import { SimpleWebPart } from '../shared/SimpleWebPart';

export default class GodkendNavnenytWebPart extends SimpleWebPart<Record<string, never>> {
  protected element(): React.ReactElement {
    return React.createElement(ApproveNavnenytRoot, { repository: this.env.repositories.navnenytEditor, strings: this.env.strings });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return { pages: [{ header: { description: this.env.strings.propertyPane.description }, groups: [] }] };
  }
}
