/**
 * Opsætning af Medarbejdernyt: the site owner's one-time set-up of the lists, columns, content types and indexes that
 * sharepoint/assets defines, for a tenant-wide deployment (which skips the package's feature). No settings: it works
 * on the web part's data site (empty: the page's own site).
 */
import * as React from 'react';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { setupStrings } from '../../loc/setupTexts';
import { setupRepositories } from './repositories';

// eslint-disable-next-line @typescript-eslint/no-empty-interface
export interface IOpsaetningWebPartProps {}

/** The set-up, its plan (the package's XML) and its Fluent UI load in their own chunk when the web part first renders. */
const SetupRoot = lazyRoot(() => import(/* webpackChunkName: 'opsaetning' */ '../../components/SetupRoot').then((m) => m.SetupRoot));

export const SETUP = defineWebPart({
  id: 'opsaetning',
  manifestId: '7e0d52c4-3b8a-4f6e-a1d9-2c5b8e4f7a31',
  alias: 'OpsaetningWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: setupStrings,
  title: (s) => s.setup.title,
  zone: 'work',
  defaults: {} as IOpsaetningWebPartProps,
  settings: [],
  repositories: setupRepositories,
  root: (_p, repos, host) => React.createElement(SetupRoot, { repository: repos.setup, strings: host.strings }),
});
