/** Godkend navnenyt: communications' approval queue and the withdrawal tasks. */
import * as React from 'react';
import { contactOf } from '../../../../shared/domain/contact';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { approveStrings } from '../../loc/approveStrings';
import { approveRepositories } from './repositories';
import { DEFAULT_RETENTION_DAYS, MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, retentionDaysOf } from '../../domain/retention';

/** Who may approve is SharePoint's permission, not a property; the setting only says how others reach communications. */
export interface IGodkendNavnenytWebPartProps {
  /** Communications' e-mail or a page link, shown to those who may not approve. */
  contact: string;
  /** Days name news are kept after they last showed; then communications deletes them (domain/retention.ts). */
  retentionDays: number;
}

const DEFAULTS: IGodkendNavnenytWebPartProps = { contact: '', retentionDays: DEFAULT_RETENTION_DAYS };

/** The queue and its Fluent UI load in their own chunk when the web part first renders (bench/bundles). */
const ApproveNavnenytGate = lazyRoot(() => import(/* webpackChunkName: 'godkend-navnenyt' */ '../../components/approveNavnenyt/ApproveNavnenytGate').then((m) => m.ApproveNavnenytGate));

export const APPROVE = defineWebPart({
  id: 'godkend-navnenyt',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e05',
  alias: 'GodkendNavnenytWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: approveStrings,
  title: (s) => s.approve.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [
    { key: 'contact', kind: 'text', label: (s) => s.access.commsContactLabel },
    { key: 'retentionDays', kind: 'number', min: MIN_RETENTION_DAYS, max: MAX_RETENTION_DAYS, label: (s) => s.retention.daysLabel },
  ],
  repositories: approveRepositories,
  root: (p, repos, host) =>
    React.createElement(ApproveNavnenytGate, {
      permissions: repos.permissions,
      contact: contactOf(p.contact, host.siteUrl),
      repository: repos.editor,
      withdrawals: repos.withdrawals,
      retention: repos.retention,
      retentionDays: retentionDaysOf(p.retentionDays),
      today: host.today,
      strings: host.strings,
    }),
});
