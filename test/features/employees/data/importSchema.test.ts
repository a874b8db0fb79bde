/**
 * What the import relies on in the list definitions (sharepoint/assets): the upsert key and the import log's key and
 * status are indexed (their filters stay under the list-view threshold), the log keeps versions and its status
 * choices are the repository's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { IMPORT_STATUS } from '../../../../src/features/employees/data/EmployeeImportRepository';
import { EmployeeFields, ImportLogFields } from '../../../../src/shared/data/lists';

const ASSETS = join(__dirname, '../../../../sharepoint/assets');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Field', 'CHOICE'].includes(name) });

interface IField {
  Name: string;
  Indexed?: string;
  CHOICES?: { CHOICE: string[] };
}

function schema(file: string): { attrs: Record<string, string>; fields: IField[] } {
  const list = parser.parse(readFileSync(join(ASSETS, file), 'utf8')).List;
  return { attrs: list, fields: list.MetaData.Fields.Field as IField[] };
}

describe('list definitions the import relies on', () => {
  it('Medarbejdere indexes the employee number, the upsert key', () => {
    const { fields } = schema('schema-medarbejdere.xml');
    expect(fields.find((f) => f.Name === EmployeeFields.EmployeeNumber.name)?.Indexed).toBe('TRUE');
  });

  it('Medarbejderindlæsninger indexes key and status, keeps versions, and has the repository status choices', () => {
    const { attrs, fields } = schema('schema-medarbejderindlaesninger.xml');
    expect(attrs.VersioningEnabled).toBe('TRUE');
    expect(fields.filter((f) => f.Indexed === 'TRUE').map((f) => f.Name).sort()).toEqual([ImportLogFields.Key.name, ImportLogFields.Status.name].sort());
    expect(fields.find((f) => f.Name === ImportLogFields.Status.name)?.CHOICES?.CHOICE).toEqual([IMPORT_STATUS.running, IMPORT_STATUS.done]);
  });
});
