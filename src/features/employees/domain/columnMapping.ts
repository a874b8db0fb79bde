/**
 * The column mapping HR's file gets proposed: each field from the header names SOFD (`etl.Medarbejder`), KMD OPUS and
 * common Danish hand-made files use. HR can correct it; the web part remembers it for files with the same headers.
 */
import type { ColumnMapping, ImportField } from './importModels';
import { IMPORT_FIELDS } from './importModels';
import { foldToAscii } from '../../../shared/domain/texts';

/** A header as compared: lower case, æ/ø/å spelled out, accents, spaces and punctuation dropped. */
export function normalizeHeader(header: string): string {
  return foldToAscii(header).replace(/[^a-z0-9]/g, '');
}

/** Known names per field, normalized (SOFD first, then OPUS, then common Danish headers). */
const ALIASES: Readonly<Record<ImportField, readonly string[]>> = {
  employeeNumber: ['manr', 'id', 'medarbejdernr', 'medarbejdernummer', 'medarbnr', 'lonnr', 'loennr', 'loennummer', 'lonnummer', 'tjenestenr', 'tjenestenummer', 'tjnr', 'ansatnr', 'ansattelsesnr', 'personalenr', 'personalenummer', 'employeenumber', 'employeeid'],
  name: ['navn', 'fuldtnavn', 'fuldenavn', 'medarbejdernavn', 'name', 'fullname', 'displayname'],
  preferredName: ['kaldenavn', 'visningsnavn', 'preferredname'],
  firstName: ['fornavn', 'fornavne', 'firstname', 'givenname'],
  lastName: ['efternavn', 'lastname', 'surname'],
  email: ['email', 'emailadresse', 'mail', 'mailadresse', 'epost', 'emailaddress'],
  birthDate: ['foedselsdato', 'fodselsdato', 'foedselsdag', 'foedt', 'birthdate', 'dateofbirth'],
  cpr: ['cpr', 'cprnr', 'cprnummer', 'personnummer', 'personnr'],
  seniorityDate: ['jubilaeumsanciennitetsdato', 'jubilaeumsdato', 'jubilaeumsanciennitet', 'anciennitetsdato', 'jubilaeumsanc', 'anniversarydate', 'senioritydate'],
  startDate: ['ansaettelsesdato', 'ansatfra', 'ansatdato', 'startdato', 'tiltraedelsesdato', 'tiltraedelse', 'entrydate', 'startdate', 'employmentdate'],
  firstStartDate: ['foersteansaettelsesdato', 'forsteansaettelsesdato', 'foersteansaettelse'],
  endDate: ['ophoersdato', 'ophorsdato', 'fratraedelsesdato', 'fratraeder', 'fratraedelse', 'slutdato', 'ansattil', 'leavedate', 'enddate'],
  jobTitle: ['stillingsbetegnelse', 'stilling', 'jobtitel', 'position', 'jobtitle', 'titel'],
  workplace: ['organisationnavn', 'organisation', 'arbejdssted', 'afdeling', 'enhed', 'orgunit', 'organisationsenhed', 'workplace', 'department'],
  area: ['omraade', 'direktoeromraade', 'forvaltning', 'sektor', 'area'],
  action: ['action', 'handling'],
};

/** The mapping proposed for these headers: each field gets the first header known for it, no header twice. */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const byNorm = new Map<string, string>();
  for (const h of headers) {
    const n = normalizeHeader(h);
    if (n && !byNorm.has(n)) byNorm.set(n, h);
  }
  const used = new Set<string>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS) {
    const header = ALIASES[field].map((a) => byNorm.get(a)).find((h) => h !== undefined && !used.has(h));
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

/**
 * A remembered mapping applied to a file: the fields whose header the file still has keep it; the rest are
 * proposed from the header names.
 */
export function mergeMapping(headers: readonly string[], remembered: ColumnMapping | undefined): ColumnMapping {
  const proposed = proposeMapping(headers);
  if (!remembered) return proposed;
  const present = new Set(headers);
  const merged: ColumnMapping = {};
  const used = new Set<string>();
  for (const field of IMPORT_FIELDS) {
    const h = remembered[field];
    // '' is HR's explicit "no column" for the field: kept, not proposed again.
    if (h === '' || (h !== undefined && present.has(h))) {
      merged[field] = h;
      if (h) used.add(h);
    }
  }
  for (const field of IMPORT_FIELDS) {
    const h = proposed[field];
    if (merged[field] === undefined && h !== undefined && !used.has(h)) {
      merged[field] = h;
      used.add(h);
    }
  }
  return merged;
}

/** A key for "files with these headers": the normalized headers, sorted. */
export function headerSignature(headers: readonly string[]): string {
  return headers
    .map(normalizeHeader)
    .filter((h) => h !== '')
    .sort()
    .join('|');
}

/** `cprElsewhere`: a column of CPR numbers is mapped to another field, which would send them to SharePoint. */
export type MappingProblem = 'noEmployeeNumber' | 'noName' | 'cprElsewhere';

/**
 * What the mapping lacks before a preview makes sense: the key and a name; and no column of CPR numbers (`cprHeaders`,
 * errorFile's cprColumns) may feed anything but the birth date.
 */
export function mappingProblems(mapping: ColumnMapping, cprHeaders: ReadonlySet<string> = new Set()): readonly MappingProblem[] {
  const problems: MappingProblem[] = [];
  if ((Object.entries(mapping) as [ImportField, string | undefined][]).some(([field, header]) => field !== 'cpr' && !!header && cprHeaders.has(header))) problems.push('cprElsewhere');
  if (!mapping.employeeNumber) problems.push('noEmployeeNumber');
  if (!mapping.name && !mapping.preferredName && !(mapping.firstName && mapping.lastName)) problems.push('noName');
  return problems;
}
