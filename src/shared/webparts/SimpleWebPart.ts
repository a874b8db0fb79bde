import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type * as React from 'react';
import type { IStrings } from '../loc/strings';
import { createEnvironment, stringsFor } from './environment';
import type { IHostContext } from './hostContext';
import { dataSiteOf } from './dataSite';
import { propertyPaneOf } from './propertyPane';
import type { SettingField } from './settingFields';

/**
 * The lifecycle every Medarbejdernyt web part shares: an environment for the site that holds the lists, one React
 * element rendered, unmounted on dispose, and a property pane built from the web part's settings list. A web part
 * says only what it renders and which settings it has.
 */
export abstract class SimpleWebPart<TProps extends object> extends BaseClientSideWebPart<TProps> {
  private environment: { readonly siteUrl: string; readonly host: () => IHostContext } | undefined;

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
    return stringsFor(this.context);
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return propertyPaneOf(this.settings, this.strings, { dataSite: true });
  }

  /** The settings, as on the local front page's "Rediger" panel. */
  protected abstract get settings(): readonly SettingField[];

  protected abstract element(host: IHostContext): React.ReactElement;

  /** The host for the data site now set; the repositories are built again only when that setting changes. */
  private host(): IHostContext {
    const siteUrl = dataSiteOf(this.properties);
    if (this.environment?.siteUrl !== siteUrl) this.environment = { siteUrl, host: createEnvironment(this.context, siteUrl || undefined) };
    return this.environment.host();
  }
}
