import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { PROFESSIONS } from '../../domain/models';
import type { IStrings } from '../../loc/strings';
import { choiceField, maxItemsField, titleField } from '../shared/propertyPaneFields';

export function portraitsPropertyPane(strings: IStrings): IPropertyPaneConfiguration {
  return {
    pages: [
      {
        header: { description: strings.propertyPane.description },
        groups: [
          {
            groupName: strings.propertyPane.settingsGroup,
            groupFields: [titleField(strings), maxItemsField(strings, 24), choiceField('profession', strings.propertyPane.professionLabel, strings, PROFESSIONS)],
          },
        ],
      },
    ],
  };
}
