/** Indblik: communications' figures on whether the content follows the strategy (editors bundle; charts load lazily). */
import * as React from 'react';
import { contactOf } from '../../../../shared/domain/contact';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { DEFAULT_AREAS, DEFAULT_TARGETS, DEFAULT_TOWNS, formatNames, formatTargets, parseNames, parseTargets } from '../../domain/settings';
import { insightsStrings } from '../../loc/insightsStrings';
import { insightsRepositories } from './repositories';

export interface IIndblikWebPartProps {
  /** Stories a year per theme: `Tema: antal; …`. */
  targets: string;
  /** The municipality's areas (direktørområder), separated by semicolons. */
  areas: string;
  /** The municipality's towns, separated by semicolons. */
  towns: string;
  /** How many employees there are (HR's figure); 0: the people of the site. */
  employees: number;
  /** Communications' e-mail or a page link, shown to those who may not see Indblik. */
  contact: string;
}

const DEFAULTS: IIndblikWebPartProps = { targets: formatTargets(DEFAULT_TARGETS), areas: formatNames(DEFAULT_AREAS), towns: formatNames(DEFAULT_TOWNS), employees: 0, contact: '' };

/** The view, its charts and the Fluent UI they use load in their own chunk when the web part first renders (bench/bundles). */
const InsightsGate = lazyRoot(() => import(/* webpackChunkName: 'indblik' */ '../../components/insights/InsightsGate').then((m) => m.InsightsGate));

export const INSIGHTS = defineWebPart({
  id: 'indblik',
  manifestId: 'd642dcda-9e96-4022-aaf2-075ef96dfd5c',
  alias: 'IndblikWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: insightsStrings,
  title: (s) => s.insights.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [
    { key: 'targets', kind: 'text', label: (s) => s.insights.propertyPane.targets },
    { key: 'areas', kind: 'text', label: (s) => s.insights.propertyPane.areas },
    { key: 'towns', kind: 'text', label: (s) => s.insights.propertyPane.towns },
    { key: 'employees', kind: 'number', min: 0, max: 100000, label: (s) => s.insights.propertyPane.employees },
    { key: 'contact', kind: 'text', label: (s) => s.access.commsContactLabel },
  ],
  repositories: insightsRepositories,
  root: (p, repos, host) =>
    React.createElement(InsightsGate, {
      permissions: repos.permissions,
      contact: contactOf(p.contact, host.siteUrl),
      repository: repos.insights,
      strings: host.strings,
      today: host.today,
      settings: { targets: parseTargets(p.targets), areas: parseNames(p.areas), towns: parseNames(p.towns), employees: p.employees },
    }),
});
