import * as React from 'react';
import { PortraitsRoot } from '../../components/portraits/PortraitsRoot';
import type { IHostContext } from '../../../../shared/webparts/hostContext';
import { PORTRAITS_DEFAULTS } from './IMedarbejderportraetterWebPartProps';
import type { IMedarbejderportraetterWebPartProps } from './IMedarbejderportraetterWebPartProps';
import { PROFESSIONS } from '../../domain/models';
import { portraitsRepositories } from './repositories';

export function portraitsElement(props: Partial<IMedarbejderportraetterWebPartProps>, host: IHostContext): React.ReactElement {
  const p = { ...PORTRAITS_DEFAULTS, ...props };
  return React.createElement(PortraitsRoot, {
    repository: host.connect(portraitsRepositories).portraits,
    strings: host.strings,
    title: p.title,
    maxItems: p.maxItems,
    profession: PROFESSIONS.find((x) => x === p.profession),
  });
}
