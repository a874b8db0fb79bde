import { STORY_THEMES } from '../../domain/models';
import { areaSetting, maxItemsSetting, titleSetting } from '../shared/settingFields';
import type { SettingFields } from '../shared/settingFields';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';

export const STORIES_SETTINGS: SettingFields<IMedarbejderhistorierWebPartProps> = [
  titleSetting,
  maxItemsSetting(24),
  { key: 'theme', kind: 'choice', options: STORY_THEMES, label: (s) => s.propertyPane.themeLabel },
  areaSetting,
];
