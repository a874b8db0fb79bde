/** Medarbejderportrætter: the staff portraits communications promotes, by profession. */
import * as React from 'react';
import { PortraitsRoot, readPortraits } from '../../components/portraits/PortraitsRoot';
import { PROFESSIONS } from '../../domain/models';
import type { Profession } from '../../domain/models';
import { portraitsStrings } from '../../loc/portraitsStrings';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { maxItemsSetting, titleSetting } from '../../../../shared/webparts/settingFields';
import { portraitsRepositories } from './repositories';

export interface IMedarbejderportraetterWebPartProps {
  title: string;
  maxItems: number;
  profession: string;
}

const DEFAULTS: IMedarbejderportraetterWebPartProps = { title: '', maxItems: 6, profession: '' };

/** The profession chosen, when it is one of the known (empty: every profession). */
const professionOf = (p: IMedarbejderportraetterWebPartProps): Profession | undefined => PROFESSIONS.find((x) => x === p.profession);

export const PORTRAITS = defineWebPart({
  id: 'medarbejderportraetter',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e03',
  alias: 'MedarbejderportraetterWebPart',
  bundle: 'medarbejdernyt-readers',
  strings: portraitsStrings,
  title: (s) => s.portraits.title,
  zone: 'full',
  defaults: DEFAULTS,
  settings: [titleSetting, maxItemsSetting(24), { key: 'profession', kind: 'choice', options: PROFESSIONS, label: (s) => s.portraits.propertyPane.professionLabel }],
  repositories: portraitsRepositories,
  prefetch: (p, repos) => readPortraits(repos.portraits, p.maxItems, professionOf(p)),
  root: (p, repos, host, first) =>
    React.createElement(PortraitsRoot, {
      repository: repos.portraits,
      strings: host.strings,
      title: p.title,
      maxItems: p.maxItems,
      profession: professionOf(p),
      first,
    }),
});
