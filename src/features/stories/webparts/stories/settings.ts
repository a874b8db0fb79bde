import { areaSetting, maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import type { SettingFields } from '../../../../shared/webparts/settingFields';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';
import { STORY_THEMES } from '../../domain/models';

export const STORIES_SETTINGS: SettingFields<IMedarbejderhistorierWebPartProps> = [
  titleSetting,
  maxItemsSetting(24),
  { key: 'theme', kind: 'choice', options: STORY_THEMES, label: (s) => s.propertyPane.themeLabel },
  areaSetting,
];
