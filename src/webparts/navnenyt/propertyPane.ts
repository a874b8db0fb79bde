import { PropertyPaneCheckbox, PropertyPaneDropdown, PropertyPaneSlider, PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IStrings } from '../../loc/strings';
import { navnenytTypeLabel } from '../../domain/texts';
import { maxItemsField, settingsPane, titleField } from '../shared/propertyPaneFields';
import { TYPE_SWITCHES } from './typeSwitches';

export function navnenytPropertyPane(strings: IStrings): IPropertyPaneConfiguration {
  return settingsPane(
    strings,
    [
      titleField(strings),
      PropertyPaneSlider('daysBack', { label: strings.propertyPane.daysBackLabel, min: 0, max: 60, showValue: true }),
      PropertyPaneSlider('daysAhead', { label: strings.propertyPane.daysAheadLabel, min: 0, max: 90, showValue: true }),
      maxItemsField(strings, 100),
      PropertyPaneTextField('area', { label: strings.propertyPane.areaLabel }),
      PropertyPaneDropdown('withoutChoices', {
        label: strings.propertyPane.withoutChoicesLabel,
        options: [
          { key: 'confirmedMention', text: strings.propertyPane.withoutChoicesConfirmed },
          { key: 'nothing', text: strings.propertyPane.withoutChoicesNothing },
        ],
      }),
    ],
    [
      {
        groupName: strings.propertyPane.typesGroup,
        groupFields: TYPE_SWITCHES.map((s) => PropertyPaneCheckbox(`showTypes.${s.key}`, { text: navnenytTypeLabel(s.type, strings.locale) })),
      },
    ],
  );
}
