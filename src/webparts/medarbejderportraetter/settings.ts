import { PROFESSIONS } from '../../domain/models';
import { maxItemsSetting, titleSetting } from '../shared/settingFields';
import type { SettingFields } from '../shared/settingFields';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';

export const PORTRAITS_SETTINGS: SettingFields<IMedarbejderportraetterWebPartProps> = [
  titleSetting,
  maxItemsSetting(24),
  { key: 'profession', kind: 'choice', options: PROFESSIONS, label: (s) => s.propertyPane.professionLabel },
];
