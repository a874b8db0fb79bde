import type { SettingFields } from '../../../../shared/webparts/settingFields';
import type { IIndsendNavnenytWebPartProps } from './IIndsendNavnenytWebPartProps';

export const SUBMIT_SETTINGS: SettingFields<IIndsendNavnenytWebPartProps> = [
  {
    key: 'role',
    kind: 'choice',
    includeAll: false,
    label: (s) => s.propertyPane.roleLabel,
    options: [
      { key: 'hr', label: (s) => s.propertyPane.roleHr },
      { key: 'editor', label: (s) => s.propertyPane.roleEditor },
    ],
  },
];

export const SUBMIT_DEFAULTS: IIndsendNavnenytWebPartProps = { role: 'hr' };
