import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { NavnenytRoot } from '../../components/navnenyt/NavnenytRoot';
import { createEnvironment } from '../shared/environment';
import type { IWebPartEnvironment } from '../shared/environment';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { navnenytPropertyPane } from './propertyPane';
import { typesOf } from './typeSwitches';

export default class NavnenytWebPart extends BaseClientSideWebPart<INavnenytWebPartProps> {
  private env!: IWebPartEnvironment;

  protected onInit(): Promise<void> {
    return super.onInit().then(() => {
      this.env = createEnvironment(this.context);
    });
  }

  public render(): void {
    const p = this.properties;
    ReactDom.render(
      React.createElement(NavnenytRoot, {
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
      }),
      this.domElement,
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return navnenytPropertyPane(this.env.strings);
  }
}
