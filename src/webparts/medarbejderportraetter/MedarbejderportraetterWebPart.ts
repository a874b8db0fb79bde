import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PortraitsRoot } from '../../components/portraits/PortraitsRoot';
import { PROFESSIONS } from '../../domain/models';
import { createEnvironment } from '../shared/environment';
import type { IWebPartEnvironment } from '../shared/environment';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';
import { portraitsPropertyPane } from './propertyPane';

export default class MedarbejderportraetterWebPart extends BaseClientSideWebPart<IMedarbejderportraetterWebPartProps> {
  private env!: IWebPartEnvironment;

  protected onInit(): Promise<void> {
    return super.onInit().then(() => {
      this.env = createEnvironment(this.context);
    });
  }

  public render(): void {
    const p = this.properties;
    ReactDom.render(
      React.createElement(PortraitsRoot, {
        repository: this.env.repositories.portraits,
        strings: this.env.strings,
        title: p.title,
        maxItems: p.maxItems ?? 6,
        profession: PROFESSIONS.find((x) => x === p.profession),
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
    return portraitsPropertyPane(this.env.strings);
  }
}
