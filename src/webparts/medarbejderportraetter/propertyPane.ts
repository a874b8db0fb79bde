import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PROFESSIONS } from '../../domain/models';
import type { IStrings } from '../../loc/strings';
import { choiceField, maxItemsField, settingsPane, titleField } from '../shared/propertyPaneFields';

export function portraitsPropertyPane(strings: IStrings): IPropertyPaneConfiguration {
  return settingsPane(strings, [titleField(strings), maxItemsField(strings, 24), choiceField('profession', strings.propertyPane.professionLabel, strings, PROFESSIONS)]);
}
