import { PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration, IPropertyPaneField, IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import type { IStrings } from '../../loc/strings';

/** Property-pane fields several web parts share, labelled in the interface language. */
export function titleField(strings: IStrings): IPropertyPaneField<unknown> {
  return PropertyPaneTextField('title', { label: strings.propertyPane.titleLabel });
}

export function maxItemsField(strings: IStrings, max: number): IPropertyPaneField<unknown> {
  return PropertyPaneSlider('maxItems', { label: strings.propertyPane.maxItemsLabel, min: 1, max, step: 1, showValue: true });
}

export function choiceField(property: string, label: string, strings: IStrings, options: readonly string[]): IPropertyPaneField<unknown> {
  return PropertyPaneDropdown(property, {
    label,
    options: [{ key: '', text: strings.propertyPane.allOption }, ...options.map((o) => ({ key: o, text: o }))],
  });
}

/** A property pane of one page: the display settings, then any further groups. */
export function settingsPane(strings: IStrings, fields: IPropertyPaneField<unknown>[], more: IPropertyPaneGroup[] = []): IPropertyPaneConfiguration {
  return {
    pages: [{ header: { description: strings.propertyPane.description }, groups: [{ groupName: strings.propertyPane.settingsGroup, groupFields: fields }, ...more] }],
  };
}
