import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { NavnenytRoot } from '../../components/navnenyt/NavnenytRoot';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { NAVNENYT_DEFAULTS } from './INavnenytWebPartProps';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { navnenytPropertyPane } from './propertyPane';
import { typesOf } from './typeSwitches';

export default class NavnenytWebPart extends SimpleWebPart<INavnenytWebPartProps> {
  protected element(): React.ReactElement {
    const p = { ...NAVNENYT_DEFAULTS, ...this.properties };
    return React.createElement(NavnenytRoot, {
      repository: this.env.repositories.navnenyt,
      strings: this.env.strings,
      today: this.env.today(),
      title: p.title,
      daysBack: p.daysBack,
      daysAhead: p.daysAhead,
      maxItems: p.maxItems,
      area: p.area || undefined,
      types: typesOf(p.showTypes),
      senderName: this.context.pageContext.user.displayName,
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return navnenytPropertyPane(this.env.strings);
  }
}
