import { PropertyPaneTextField } from '@microsoft/sp-property-pane';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { STORY_THEMES } from '../../domain/models';
import type { IStrings } from '../../loc/strings';
import { choiceField, maxItemsField, settingsPane, titleField } from '../shared/propertyPaneFields';

export function storiesPropertyPane(strings: IStrings): IPropertyPaneConfiguration {
  return settingsPane(strings, [
    titleField(strings),
    maxItemsField(strings, 24),
    choiceField('theme', strings.propertyPane.themeLabel, strings, STORY_THEMES),
    PropertyPaneTextField('area', { label: strings.propertyPane.areaLabel }),
  ]);
}
