/** The texts of Indlæs medarbejderdata (HR's import of the employee extract): the type both languages fill. */
import type { DateFormat, EmployeeField, FileEncoding, ImportField, RowErrorCode, Separator } from '../domain/importModels';
import type { MappingProblem } from '../domain/columnMapping';

export interface IImportTexts {
  readonly title: string;
  /** For those who may not load employee data (everyone but HR and the site's owners). */
  readonly refused: string;
  readonly intro: string;
  readonly privacy: string;
  readonly pick: string;
  readonly dropHere: string;
  readonly reading: string;
  /** "{0}: {1} rækker" (file, rows); the kind, encoding and separator follow. */
  readonly fileInfo: string;
  readonly kinds: Readonly<Record<'csv' | 'opus', string>>;
  readonly encodings: Readonly<Record<FileEncoding, string>>;
  readonly separators: Readonly<Record<Separator, string>>;
  readonly fileErrors: Readonly<Record<'empty' | 'notXml' | 'notOpus' | 'noRows' | 'unreadable', string>>;
  readonly otherFile: string;
  readonly mappingTitle: string;
  readonly mappingIntro: string;
  readonly fields: Readonly<Record<ImportField, string>>;
  readonly noColumn: string;
  /** "Eksempel: {0}" */
  readonly sample: string;
  /** "Datoformat: {0}" */
  readonly dateFormat: string;
  readonly dateFormats: Readonly<Record<DateFormat, string>>;
  /** "fødselsdato {0}" (the date a CPR number gives, next to the masked number) */
  readonly cprBirthDate: string;
  readonly mappingProblems: Readonly<Record<MappingProblem, string>>;
  readonly fullExtract: string;
  readonly fullExtractHelp: string;
  readonly previewTitle: string;
  readonly readingList: string;
  readonly counts: Readonly<Record<'new' | 'changed' | 'unchanged' | 'leaving' | 'errors', string>>;
  readonly listFields: Readonly<Record<EmployeeField, string>>;
  readonly changesTitle: string;
  readonly changeKinds: Readonly<Record<'new' | 'changed' | 'leaving', string>>;
  readonly columns: Readonly<Record<'employeeNumber' | 'name' | 'kind' | 'what' | 'line' | 'reason', string>>;
  /** "Viser de første {0} af {1}." */
  readonly firstOf: string;
  /** "{0}: {1} → {2}" */
  readonly fieldChange: string;
  readonly empty: string;
  readonly fromCpr: string;
  readonly leaversSuspended: string;
  readonly errorsTitle: string;
  readonly errorsIntro: string;
  readonly downloadErrors: string;
  readonly errorFile: Readonly<Record<'lineHeader' | 'reasonHeader' | 'birthDateHeader' | 'fileName', string>>;
  /** Each reason; {0} the column's header, {1} the value, {2} the other line. */
  readonly reasons: Readonly<Record<RowErrorCode, string>>;
  /** "Indlæs {0} ændringer" */
  readonly load: string;
  readonly nothingToLoad: string;
  readonly progressLabel: string;
  /** "{0} af {1} ændringer skrevet" */
  readonly progress: string;
  /** "Ca. {0} tilbage" */
  readonly timeLeft: string;
  readonly seconds: string;
  readonly minutes: string;
  /** "SharePoint bad os vente {0} sekunder …" */
  readonly waiting: string;
  /** "Indlæsningen stoppede efter {0} af {1} ændringer. Det skrevne er gemt og skrives ikke igen." */
  readonly interrupted: string;
  readonly resume: string;
  /** "Fortsætter indlæsningen af samme fil, som {0} begyndte {1}." */
  readonly resumed: string;
  readonly receiptTitle: string;
  /** "{0} indlæste {1} den {2}." (by, file, when) */
  readonly receiptBy: string;
  /** "{0} nye, {1} ændrede, {2} fratrædende; {3} rækker med fejl." */
  readonly receiptCounts: string;
  readonly receiptKept: string;
  readonly newFile: string;
  readonly recentTitle: string;
  readonly recentEmpty: string;
  /** "… og {0} flere" */
  readonly andMore: string;
  readonly statusRunning: string;
}
