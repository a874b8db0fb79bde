import { maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import type { SettingFields } from '../../../../shared/webparts/settingFields';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';
import { PROFESSIONS } from '../../domain/models';

export const PORTRAITS_SETTINGS: SettingFields<IMedarbejderportraetterWebPartProps> = [
  titleSetting,
  maxItemsSetting(24),
  { key: 'profession', kind: 'choice', options: PROFESSIONS, label: (s) => s.propertyPane.professionLabel },
];
