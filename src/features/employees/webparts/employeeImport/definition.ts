/** Indlæs medarbejderdata: HR loads the employee extract (SOFD/payroll CSV, Excel, KMD OPUS XML) into Medarbejdere. */
import * as React from 'react';
import { contactOf } from '../../../../shared/domain/contact';
import { defineWebPart } from '../../../../shared/webparts/definition';
import { lazyRoot } from '../../../../shared/webparts/lazyRoot';
import { importStrings } from '../../loc/importStrings';
import { employeeImportRepositories } from './repositories';

export interface IIndlaesMedarbejderdataWebPartProps {
  /** HR's e-mail or a page link, shown to those who may not load employee data. */
  contact: string;
}

const DEFAULTS: IIndlaesMedarbejderdataWebPartProps = { contact: '' };

/** The import, Papa Parse and the Fluent UI they use load in their own chunk when the web part first renders. */
const EmployeeImportGate = lazyRoot(() => import(/* webpackChunkName: 'indlaes-medarbejderdata' */ '../../components/employeeImport/EmployeeImportGate').then((m) => m.EmployeeImportGate));

export const EMPLOYEE_IMPORT = defineWebPart({
  id: 'indlaes-medarbejderdata',
  manifestId: '914141de-097f-4c1e-8461-d7cb70e52904',
  alias: 'IndlaesMedarbejderdataWebPart',
  bundle: 'medarbejdernyt-editors',
  strings: importStrings,
  title: (s) => s.employeeImport.title,
  zone: 'work',
  defaults: DEFAULTS,
  settings: [{ key: 'contact', kind: 'text', label: (s) => s.access.hrContactLabel }],
  repositories: employeeImportRepositories,
  root: (p, repos, host) =>
    React.createElement(EmployeeImportGate, {
      permissions: repos.permissions,
      contact: contactOf(p.contact, host.siteUrl),
      repository: repos.importer,
      strings: host.strings,
      today: host.today,
      siteUrl: host.siteUrl,
    }),
});
