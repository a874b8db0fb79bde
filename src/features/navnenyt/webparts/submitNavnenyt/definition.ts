/** Indsend navnenyt: HR's form (and communications' own page, where memorials are also written). */
import * as React from 'react';
import { contactOf } from '../../../../shared/domain/contact';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { submitStrings } from '../../loc/submitStrings';
import { submitRepositories } from './repositories';

export interface IIndsendNavnenytWebPartProps {
  /** 'editor' lets the form also create memorials (communications' own page). */
  role: 'hr' | 'editor';
  /** HR's e-mail or a page link, shown to those who may not submit. */
  contact: string;
}

const DEFAULTS: IIndsendNavnenytWebPartProps = { role: 'hr', contact: '' };

/** The form and its Fluent UI load in their own chunk when the web part first renders (bench/bundles). */
const SubmitNavnenytGate = lazyRoot(() => import(/* webpackChunkName: 'indsend-navnenyt' */ '../../components/submitNavnenyt/SubmitNavnenytGate').then((m) => m.SubmitNavnenytGate));

export const SUBMIT = defineWebPart({
  id: 'indsend-navnenyt',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e04',
  alias: 'IndsendNavnenytWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: submitStrings,
  title: (s) => s.submit.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [
    {
      key: 'role',
      kind: 'choice',
      includeAll: false,
      label: (s) => s.submit.propertyPane.roleLabel,
      options: [
        { key: 'hr', label: (s) => s.submit.propertyPane.roleHr },
        { key: 'editor', label: (s) => s.submit.propertyPane.roleEditor },
      ],
    },
    { key: 'contact', kind: 'text', label: (s) => s.access.hrContactLabel },
  ],
  repositories: submitRepositories,
  root: (p, repos, host) =>
    React.createElement(SubmitNavnenytGate, {
      permissions: repos.permissions,
      contact: contactOf(p.contact, host.siteUrl),
      repository: repos.editor,
      navnenyt: repos.navnenyt,
      directory: repos.employees,
      users: repos.users,
      rejected: repos.rejected,
      strings: host.strings,
      today: host.today,
      role: p.role === 'editor' ? 'editor' : 'hr',
    }),
});
