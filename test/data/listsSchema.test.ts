/**
 * The XML in sharepoint/assets is the data model's source of truth; src/shared/data/lists.ts must name exactly what it
 * declares. These tests fail when code uses a field the XML lacks, types it differently, or filters on a column
 * the XML does not index.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { Lists } from '../../src/shared/data/lists';
import type { FieldType } from '../../src/shared/data/lists';
import { eventTypeChoice } from '../../src/features/navnenyt/data/navnenytMapping';
import { NAVNENYT_TYPES } from '../../src/features/navnenyt/domain/models';
import { linkedInStatusChoice, linkedInStatusFromChoice } from '../../src/features/portraits/data/portraitMapping';
import { LINKEDIN_STATUSES } from '../../src/features/portraits/domain/models';

const ASSETS = join(__dirname, '..', '..', 'sharepoint', 'assets');
const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['Field', 'ContentType', 'ListInstance', 'FieldRef', 'CHOICE'].includes(name) });

interface IXmlField {
  ID: string;
  Name: string;
  Type: string;
  Format?: string;
  Indexed?: string;
  CHOICES?: { CHOICE: string[] };
}

const elements = parser.parse(readFileSync(join(ASSETS, 'elements.xml'), 'utf8')).Elements as {
  Field: IXmlField[];
  ContentType: { ID: string; Name: string; FieldRefs: { FieldRef: { ID: string; Name: string }[] } }[];
  ListInstance: { Title: string; Url: string; CustomSchema: string; TemplateType: string }[];
};

function schemaOf(title: string): { attrs: Record<string, string>; fields: IXmlField[]; ctRef: string } {
  const instance = elements.ListInstance.find((l) => l.Title === title);
  if (!instance) throw new Error(`No ListInstance titled ${title}`);
  const list = parser.parse(readFileSync(join(ASSETS, instance.CustomSchema), 'utf8')).List;
  return { attrs: list, fields: list.MetaData.Fields.Field as IXmlField[], ctRef: list.MetaData.ContentTypes.ContentTypeRef.ID };
}

function codeTypeOf(f: IXmlField): FieldType {
  if (f.Type === 'DateTime') return f.Format === 'DateOnly' ? 'DateOnly' : 'DateTime';
  return f.Type as FieldType;
}

describe('list definitions in sharepoint/assets and src/shared/data/lists.ts agree', () => {
  const listKeys = Object.keys(Lists) as (keyof typeof Lists)[];

  it('declares exactly the four lists the code names, with ASCII URLs', () => {
    expect(elements.ListInstance.map((l) => l.Title).sort()).toEqual(listKeys.map((k) => Lists[k].title).sort());
    for (const key of listKeys) {
      const instance = elements.ListInstance.find((l) => l.Title === Lists[key].title);
      expect(instance?.Url).toBe(Lists[key].url);
      expect(instance?.Url).toMatch(/^[A-Za-z/]+$/);
      expect(instance?.TemplateType).toBe('100');
    }
  });

  it.each(listKeys)('every field %s uses exists in its schema with the same type', (key) => {
    const { fields } = schemaOf(Lists[key].title);
    for (const def of Object.values(Lists[key].fields)) {
      const xml = fields.find((f) => f.Name === def.name);
      expect({ field: def.name, inSchema: xml !== undefined }).toEqual({ field: def.name, inSchema: true });
      expect({ field: def.name, type: xml && codeTypeOf(xml) }).toEqual({ field: def.name, type: def.type });
    }
  });

  it.each(listKeys)('the schema of %s has no field the code does not name', (key) => {
    const named = new Set(Object.values(Lists[key].fields).map((f) => f.name));
    expect(schemaOf(Lists[key].title).fields.map((f) => f.Name).filter((n) => !named.has(n))).toEqual([]);
  });

  it('each list field repeats its site column exactly (same ID, type and format) and internal names are ASCII', () => {
    for (const key of listKeys) {
      for (const f of schemaOf(Lists[key].title).fields) {
        const site = elements.Field.find((s) => s.Name === f.Name);
        expect(site).toBeDefined();
        expect([f.Name, f.ID, f.Type, f.Format]).toEqual([f.Name, site?.ID, site?.Type, site?.Format]);
        expect(f.Name).toMatch(/^[A-Za-z0-9]+$/);
      }
    }
  });

  it("each list's content type references exactly the list's fields", () => {
    for (const key of listKeys) {
      const { fields, ctRef } = schemaOf(Lists[key].title);
      const ct = elements.ContentType.find((c) => c.ID === ctRef);
      expect(ct?.FieldRefs.FieldRef.map((r) => r.Name).sort()).toEqual(fields.map((f) => f.Name).sort());
    }
  });

  it('Navnenyt has content approval, and the columns the front page filters and sorts by are indexed', () => {
    const { attrs, fields } = schemaOf(Lists.Navnenyt.title);
    expect(attrs.ModeratedList).toBe('TRUE');
    const indexed = fields.filter((f) => f.Indexed === 'TRUE').map((f) => f.Name);
    expect(indexed).toEqual(expect.arrayContaining(['MnEventDate', 'MnEventType', 'MnArea', 'MnEmployee']));
    expect(indexed.length).toBeLessThanOrEqual(20);
  });

  it('Privatlivsvalg keeps versions (the audit trail) and lets people change only their own item', () => {
    const { attrs } = schemaOf(Lists.Privacy.title);
    expect(attrs.VersioningEnabled).toBe('TRUE');
    expect(attrs.WriteSecurity).toBe('2');
    expect(attrs.ReadSecurity).toBe('1');
  });

  it('the choices in the XML are the ones the domain knows', () => {
    const choices = (name: string): string[] => elements.Field.find((f) => f.Name === name)?.CHOICES?.CHOICE ?? [];
    expect(choices('MnEventType')).toEqual(['Fødselsdag', 'Jubilæum', 'Ny medarbejder', 'Pension', 'Fratrædelse', 'Mindeord']);
    expect(choices('MnTheme')).toHaveLength(9);
    expect(choices('MnLinkedInStatus')).toEqual(['Ikke delt', 'Klar til deling', 'Delt', 'Skal fjernes', 'Fjernet']);
    expect(choices('MnFacebookStatus')).toEqual(choices('MnLinkedInStatus'));
  });

  it('the data layer maps every key of the code to exactly the XML\'s choices, in order', () => {
    const choices = (name: string): string[] => elements.Field.find((f) => f.Name === name)?.CHOICES?.CHOICE ?? [];
    expect(NAVNENYT_TYPES.map(eventTypeChoice)).toEqual(choices('MnEventType'));
    expect(LINKEDIN_STATUSES.map(linkedInStatusChoice)).toEqual(choices('MnLinkedInStatus'));
    for (const choice of choices('MnLinkedInStatus')) expect(linkedInStatusChoice(linkedInStatusFromChoice(choice))).toBe(choice);
  });
});

describe('the story page content type', () => {
  const SITE_PAGE = '0x0101009D1CB255DA76424F860D91F20E6C4118';
  const ct = elements.ContentType.find((c) => c.Name === 'Medarbejderhistorie');

  it('inherits Site Page and adds theme, area, place, featured, people featured and banner alt text', () => {
    expect(ct?.ID.startsWith(`${SITE_PAGE}00`)).toBe(true);
    expect(ct?.ID).toHaveLength(SITE_PAGE.length + 34);
    expect(ct?.FieldRefs.FieldRef.map((r) => r.Name)).toEqual(['MnTheme', 'MnArea', 'MnPlace', 'MnFeatured', 'MnPeople', 'MnBannerAlt']);
    for (const ref of ct?.FieldRefs.FieldRef ?? []) expect(elements.Field.find((f) => f.Name === ref.Name)?.ID).toBe(ref.ID);
    const type = (name: string): string | undefined => elements.Field.find((f) => f.Name === name)?.Type;
    expect([type('MnTheme'), type('MnFeatured'), type('MnPeople'), type('MnBannerAlt')]).toEqual(['Choice', 'Boolean', 'UserMulti', 'Text']);
  });

  it('is no list: there is no Medarbejderhistorier list instance', () => {
    expect(elements.ListInstance.some((l) => l.Title === 'Medarbejderhistorier')).toBe(false);
  });
});
