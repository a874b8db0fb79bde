import { PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration, IPropertyPaneField, IPropertyPaneGroup } from '@microsoft/sp-property-pane';
import type { ICommonStrings } from '../loc/strings';
import { DATA_SITE_PROPERTY, dataSiteError } from './dataSite';
import type { SettingField } from './settingFields';

function paneField<S extends ICommonStrings>(field: SettingField<string, S>, strings: S): IPropertyPaneField<unknown> {
  const label = field.label(strings);
  switch (field.kind) {
    case 'text':
      return PropertyPaneTextField(field.key, { label });
    case 'number':
      return PropertyPaneSlider(field.key, { label, min: field.min, max: field.max, step: field.step ?? 1, showValue: true });
    case 'choice': {
      const options = field.options.map((o) => (typeof o === 'string' ? { key: o, text: o } : { key: o.key, text: o.label(strings) }));
      return PropertyPaneDropdown(field.key, { label, options: field.includeAll === false ? options : [{ key: '', text: strings.propertyPane.allOption }, ...options] });
    }
    case 'checks':
      throw new Error('checks fields become their own group');
  }
}

/**
 * The SPFx property pane for a web part's settings: one page, the plain settings first, each checkbox group after,
 * and (in SharePoint) the site that holds the lists.
 */
export function propertyPaneOf<S extends ICommonStrings>(fields: readonly SettingField<string, S>[], strings: S, options: { readonly dataSite?: boolean } = {}): IPropertyPaneConfiguration {
  const plain = fields.filter((f) => f.kind !== 'checks').map((f) => paneField(f, strings));
  const groups: IPropertyPaneGroup[] = fields.flatMap((f) =>
    f.kind === 'checks' ? [{ groupName: f.label(strings), groupFields: f.options.map((o) => PropertyPaneCheckbox(`${f.key}.${o.key}`, { text: o.label(strings) })) }] : [],
  );
  if (options.dataSite) {
    groups.push({
      groupName: strings.propertyPane.dataSiteGroup,
      groupFields: [
        PropertyPaneTextField(DATA_SITE_PROPERTY, {
          label: strings.propertyPane.dataSiteLabel,
          description: strings.propertyPane.dataSiteHint,
          onGetErrorMessage: (value: string) => dataSiteError(value, strings),
        }),
      ],
    });
  }
  const first: IPropertyPaneGroup[] = plain.length > 0 ? [{ groupName: strings.propertyPane.settingsGroup, groupFields: plain }] : [];
  return { pages: [{ header: { description: strings.propertyPane.description }, groups: [...first, ...groups] }] };
}
