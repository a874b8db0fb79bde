import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PortraitsRoot } from '../../components/portraits/PortraitsRoot';
import { PROFESSIONS } from '../../domain/models';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { PORTRAITS_DEFAULTS } from './IMedarbejderportraetterWebPartProps';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';
import { portraitsPropertyPane } from './propertyPane';

export default class MedarbejderportraetterWebPart extends SimpleWebPart<IMedarbejderportraetterWebPartProps> {
  protected element(): React.ReactElement {
    const p = { ...PORTRAITS_DEFAULTS, ...this.properties };
    return React.createElement(PortraitsRoot, {
      repository: this.env.repositories.portraits,
      strings: this.env.strings,
      title: p.title,
      maxItems: p.maxItems,
      profession: PROFESSIONS.find((x) => x === p.profession),
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return portraitsPropertyPane(this.env.strings);
  }
}
