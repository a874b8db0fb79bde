import { navnenytTypeLabel } from '../../domain/sentences';
import { areaSetting, maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import type { SettingFields } from '../../../../shared/webparts/settingFields';
import type { INavnenytWebPartProps } from './INavnenytWebPartProps';
import { TYPE_SWITCHES } from './typeSwitches';

export const NAVNENYT_SETTINGS: SettingFields<INavnenytWebPartProps> = [
  titleSetting,
  { key: 'daysBack', kind: 'number', min: 0, max: 60, label: (s) => s.propertyPane.daysBackLabel },
  { key: 'daysAhead', kind: 'number', min: 0, max: 90, label: (s) => s.propertyPane.daysAheadLabel },
  maxItemsSetting(100),
  areaSetting,
  {
    key: 'withoutChoices',
    kind: 'choice',
    includeAll: false,
    label: (s) => s.propertyPane.withoutChoicesLabel,
    options: [
      { key: 'confirmedMention', label: (s) => s.propertyPane.withoutChoicesConfirmed },
      { key: 'nothing', label: (s) => s.propertyPane.withoutChoicesNothing },
    ],
  },
  {
    key: 'showTypes',
    kind: 'checks',
    label: (s) => s.propertyPane.typesGroup,
    options: TYPE_SWITCHES.map((t) => ({ key: t.key, label: (s) => navnenytTypeLabel(t.type, s.locale) })),
  },
];
