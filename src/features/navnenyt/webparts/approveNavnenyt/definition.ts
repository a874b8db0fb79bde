/** Godkend navnenyt: communications' approval queue and the withdrawal tasks. */
import * as React from 'react';
import { ApproveNavnenytRoot } from '../../components/approveNavnenyt/ApproveNavnenytRoot';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { approveRepositories } from './repositories';

/** The approval queue has no settings: who may approve is SharePoint's permission, not a property. */
export type IGodkendNavnenytWebPartProps = Record<string, never>;

const DEFAULTS: IGodkendNavnenytWebPartProps = {};

export const APPROVE = defineWebPart({
  id: 'godkend-navnenyt',
  manifestId: '3f6a2d1e-7b4c-4e8a-9d2f-5a1b3c4d6e05',
  alias: 'GodkendNavnenytWebPart',
  bundle: 'medarbejdernyt-editors',
  title: (s) => s.approve.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [],
  repositories: approveRepositories,
  root: (_p, repos, host) => React.createElement(ApproveNavnenytRoot, { repository: repos.editor, withdrawals: repos.withdrawals, strings: host.strings }),
});
