import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { NavnenytRoot } from '../../components/navnenyt/NavnenytRoot';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { navnenytPropertyPane } from './propertyPane';
import { typesOf } from './typeSwitches';

export default class NavnenytWebPart extends SimpleWebPart<INavnenytWebPartProps> {
  protected element(): React.ReactElement {
    const p = this.properties;
    return React.createElement(NavnenytRoot, {
      repository: this.env.repositories.navnenyt,
      strings: this.env.strings,
      today: this.env.today(),
      title: p.title,
      daysBack: p.daysBack ?? 30,
      daysAhead: p.daysAhead ?? 14,
      maxItems: p.maxItems ?? 30,
      area: p.area || undefined,
      types: typesOf(p.showTypes),
      senderName: this.context.pageContext.user.displayName,
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return navnenytPropertyPane(this.env.strings);
  }
}
