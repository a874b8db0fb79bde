import type { SettingFields } from '../../../../shared/webparts/settingFields';
import type { IMineValgWebPartProps } from './IMineValgWebPartProps';

export const MY_CHOICES_SETTINGS: SettingFields<IMineValgWebPartProps> = [{ key: 'privacyNoticeUrl', kind: 'text', label: (s) => s.propertyPane.privacyUrlLabel }];

export const MY_CHOICES_DEFAULTS: IMineValgWebPartProps = { privacyNoticeUrl: '' };
