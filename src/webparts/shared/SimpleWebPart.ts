import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type * as React from 'react';
import type { IStrings } from '../../loc/strings';
import { createEnvironment } from './environment';
import type { IHostContext } from './hostContext';
import { propertyPaneOf } from './propertyPane';
import type { SettingField } from './settingFields';

/**
 * The lifecycle every Medarbejdernyt web part shares: build the environment once in onInit, render one React
 * element, unmount on dispose, and a property pane built from the web part's settings list. A web part says only
 * what it renders and which settings it has.
 */
export abstract class SimpleWebPart<TProps extends object> extends BaseClientSideWebPart<TProps> {
  private host!: () => IHostContext;

  protected onInit(): Promise<void> {
    return super.onInit().then(() => {
      this.host = createEnvironment(this.context);
    });
  }

  public render(): void {
    ReactDom.render(this.element(this.host()), this.domElement);
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected get strings(): IStrings {
    return this.host().strings;
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return propertyPaneOf(this.settings, this.strings);
  }

  /** The settings, as on the local front page's "Rediger" panel. */
  protected abstract get settings(): readonly SettingField[];

  protected abstract element(host: IHostContext): React.ReactElement;
}
