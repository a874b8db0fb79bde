/**
 * *Se alt om mig* (GDPR art. 15, the right of access): everything the product holds about the signed-in person that
 * they may read, as one document they can keep — their privacy choices and every saved version, the name news about
 * them, the portraits of them and the stories they appear in, each item with its stored values as SharePoint holds
 * them — and what they cannot read here, with whom to ask. Pure: the data layer collects, this shapes and writes.
 */
import { csvText } from '../../../shared/domain/csv';
import type { CsvCell } from '../../../shared/domain/csv';
import type { IPersonRef, IsoDate } from '../../../shared/domain/models';
import type { IPrivacyVersion } from './consentHistory';
import type { IPrivacyChoices } from './models';

/** The lists an item about the person can come from. */
export type PersonalSource = 'navnenyt' | 'portraits' | 'stories';

export const PERSONAL_SOURCES: readonly PersonalSource[] = ['navnenyt', 'portraits', 'stories'];

/** A stored value as SharePoint answered it: text, number, yes/no, an instant, or a link. */
export type StoredValue = string | number | boolean | null;

/** One list item about the person: its id, title and every stored column the product reads, by internal name. */
export interface IPersonalRecord {
  readonly id: number;
  readonly title: string;
  readonly values: Readonly<Record<string, StoredValue>>;
}

export interface IPersonalData {
  readonly person: IPersonRef;
  /** The business day the document was made (shown to the person). */
  readonly made: IsoDate;
  readonly choices?: IPrivacyChoices;
  /** Every saved version of the choices item in force, newest first. */
  readonly history: readonly IPrivacyVersion[];
  readonly items: Readonly<Record<PersonalSource, readonly IPersonalRecord[]>>;
}

/** The texts of the document (the person's language): headings and what is not in it. */
export interface IPersonalDataTexts {
  readonly sources: Readonly<Record<PersonalSource | 'choices' | 'history', string>>;
  /** Name news waiting for approval or rejected are not readable by the person: who to ask. */
  readonly notReadable: string;
  /** HR's payroll extract (Medarbejdere): who holds it and how to ask for it. */
  readonly payroll: string;
}

/** The document as JSON: what a person or a data protection officer can read in any editor. */
export function personalDataJson(data: IPersonalData, texts: IPersonalDataTexts): string {
  return JSON.stringify(
    {
      person: data.person,
      made: data.made,
      choices: data.choices ?? null,
      history: data.history,
      navnenyt: data.items.navnenyt,
      portraits: data.items.portraits,
      stories: data.items.stories,
      notIncluded: [texts.notReadable, texts.payroll],
    },
    null,
    2,
  );
}

/**
 * The document as CSV for Danish Excel (`;`, UTF-8 with BOM, CRLF): one row per stored value,
 * `section;id;title;column;value`, so nothing nested is lost.
 */
export function personalDataCsv(data: IPersonalData, texts: IPersonalDataTexts): string {
  const rows: CsvCell[][] = [['section', 'id', 'title', 'column', 'value']];
  const person = data.person;
  rows.push(['person', person.id, person.name, 'email', person.email ?? null], ['person', person.id, person.name, 'made', data.made]);
  if (data.choices) {
    for (const [channel, categories] of Object.entries(data.choices.choices)) {
      for (const [category, allowed] of Object.entries(categories)) rows.push([texts.sources.choices, data.choices.id, '', `${channel}.${category}`, allowed]);
    }
  }
  for (const version of data.history) {
    rows.push([texts.sources.history, version.label, version.savedBy ?? '', 'savedAt', version.savedAt]);
    for (const [channel, categories] of Object.entries(version.choices)) {
      for (const [category, allowed] of Object.entries(categories)) rows.push([texts.sources.history, version.label, version.savedBy ?? '', `${channel}.${category}`, allowed]);
    }
  }
  for (const source of PERSONAL_SOURCES) {
    for (const record of data.items[source]) {
      for (const [column, value] of Object.entries(record.values)) rows.push([texts.sources[source], record.id, record.title, column, value]);
    }
  }
  rows.push(['note', null, null, null, texts.notReadable], ['note', null, null, null, texts.payroll]);
  return csvText(rows);
}
