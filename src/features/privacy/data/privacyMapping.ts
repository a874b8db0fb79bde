import type { IPrivacyItem } from '../domain/consentOwnership';
import type { IPrivacyVersion } from '../domain/consentHistory';
import { BuiltIn, PrivacyFields } from '../../../shared/data/lists';
import { bool, etagOf, num, person, personSelect, text } from '../../../shared/data/rows';
import type { Row } from '../../../shared/data/rows';
import { CONSENT_CATEGORIES, CONSENT_CHANNELS } from '../domain/models';
import type { ConsentCategory, ConsentChannel, ConsentMatrix } from '../domain/models';

const CATEGORY_KEY: Readonly<Record<ConsentCategory, string>> = {
  birthday: 'Birthday',
  age: 'Age',
  jubilee: 'Jubilee',
  newColleague: 'NewColleague',
  retirement: 'Retirement',
  photo: 'Photo',
  portraitText: 'PortraitText',
};
const CHANNEL_KEY: Readonly<Record<ConsentChannel, string>> = { intranet: 'Intranet', linkedIn: 'LinkedIn', facebook: 'Facebook' };

/** The internal name of the yes/no field for one category on one channel. */
export function consentFieldName(channel: ConsentChannel, category: ConsentCategory): string {
  const key = `${CHANNEL_KEY[channel]}${CATEGORY_KEY[category]}` as keyof typeof PrivacyFields;
  return PrivacyFields[key].name;
}

/** The person fields to expand: whom the item names, and who created it (the only thing the rule trusts). */
export const PRIVACY_EXPAND: readonly string[] = [PrivacyFields.Employee.name, BuiltIn.Author.name];

export const PRIVACY_SELECT: readonly string[] = [
  BuiltIn.Id.name,
  BuiltIn.Title.name,
  BuiltIn.Modified.name,
  ...personSelect(PrivacyFields.Employee.name),
  `${BuiltIn.Author.name}/Id`,
  `${BuiltIn.Author.name}/Title`,
  ...CONSENT_CHANNELS.flatMap((ch) => CONSENT_CATEGORIES.map((c) => consentFieldName(ch, c))),
  PrivacyFields.ConsentTextVersion.name,
];

function matrixOf(row: Row): ConsentMatrix {
  const matrix = {} as Record<ConsentChannel, Record<ConsentCategory, boolean>>;
  for (const ch of CONSENT_CHANNELS) {
    matrix[ch] = {} as Record<ConsentCategory, boolean>;
    for (const c of CONSENT_CATEGORIES) matrix[ch][c] = bool(row, consentFieldName(ch, c));
  }
  return matrix;
}

/** One entry of `items(n)/versions`: version label, when, by whom (`Editor` as a lookup value), and the choices. */
export function toPrivacyVersion(row: Row): IPrivacyVersion | undefined {
  const label = text(row, 'VersionLabel');
  const savedAt = text(row, 'Created');
  if (!label || !savedAt) return undefined;
  const editor = row.Editor as { LookupValue?: unknown } | undefined;
  return { label, savedAt, savedBy: typeof editor?.LookupValue === 'string' ? editor.LookupValue : undefined, choices: matrixOf(row) };
}

/** An item as stored, before the rule decides whether it counts; undefined without a person or an author. */
export function toPrivacyItem(row: Row): IPrivacyItem | undefined {
  const id = num(row, BuiltIn.Id.name);
  const employee = person(row, PrivacyFields.Employee.name);
  const author = person(row, BuiltIn.Author.name);
  if (id === undefined || !employee || !author) return undefined;
  return {
    id,
    employee: { ...employee, name: employee.name || (text(row, BuiltIn.Title.name) ?? '') },
    author,
    modified: text(row, BuiltIn.Modified.name) ?? '',
    choices: matrixOf(row),
    consentTextVersion: text(row, PrivacyFields.ConsentTextVersion.name),
    etag: etagOf(row),
  };
}

/** The REST body that stores a consent matrix. */
export function consentBody(choices: ConsentMatrix): Record<string, boolean> {
  const body: Record<string, boolean> = {};
  for (const ch of CONSENT_CHANNELS) for (const c of CONSENT_CATEGORIES) body[consentFieldName(ch, c)] = choices[ch][c];
  return body;
}
