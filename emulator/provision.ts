/**
 * Reads the product's Feature-Framework files (sharepoint/assets/elements.xml and the schema-*.xml files its
 * ListInstances reference) into list definitions: fields with their types, Indexed flags, Format="DateOnly" and
 * choices, and the list's ModeratedList, VersioningEnabled, ReadSecurity, WriteSecurity, DraftVersionVisibility and
 * list validation (`<MetaData><Validation Message="…">=formula</Validation>`).
 */
import * as fs from 'fs';
import * as path from 'path';
import { child, childrenNamed, IXmlElement, parseXml } from './xml';
import type { FieldKind, IFieldDef, IListSettings, IListValidation } from './model';
import { compileValidation } from './validation';

export interface IProvisionedList extends IListSettings {
  fields: IFieldDef[];
}

const KINDS: Record<string, FieldKind> = {
  Text: 'Text',
  Note: 'Note',
  Number: 'Number',
  Currency: 'Currency',
  Integer: 'Integer',
  Boolean: 'Boolean',
  DateTime: 'DateTime',
  Choice: 'Choice',
  MultiChoice: 'MultiChoice',
  User: 'User',
  UserMulti: 'UserMulti',
  Lookup: 'Lookup',
  URL: 'URL',
};

const truthy = (v: string | undefined): boolean => (v ?? '').toUpperCase() === 'TRUE';

export function fieldFromXml(el: IXmlElement): IFieldDef {
  const name = el.attrs.Name ?? el.attrs.StaticName;
  const type = el.attrs.Type;
  if (!name || !type) throw new Error(`Field without Name or Type: ${JSON.stringify(el.attrs)}`);
  let kind = KINDS[type];
  if (!kind) throw new Error(`Field ${name}: type ${type} is not supported by the emulator`);
  if (type === 'User' && truthy(el.attrs.Mult)) kind = 'UserMulti';
  const choicesEl = child(el, 'CHOICES');
  const def = child(el, 'Default');
  return {
    id: (el.attrs.ID ?? '').replace(/[{}]/g, '').toLowerCase(),
    internalName: name,
    title: el.attrs.DisplayName ?? name,
    kind,
    indexed: truthy(el.attrs.Indexed),
    required: truthy(el.attrs.Required),
    dateOnly: type === 'DateTime' && el.attrs.Format === 'DateOnly',
    choices: choicesEl ? childrenNamed(choicesEl, 'CHOICE').map((c) => c.text.trim()) : [],
    defaultValue: def ? def.text.trim() : null,
    maxLength: el.attrs.MaxLength ? Number(el.attrs.MaxLength) : type === 'Text' ? 255 : null,
    richText: truthy(el.attrs.RichText),
    builtIn: false,
    readOnly: false,
    hidden: truthy(el.attrs.Hidden),
    lookupList: el.attrs.List ?? null,
    description: el.attrs.Description ?? '',
    group: el.attrs.Group ?? 'Custom Columns',
  };
}

/** SharePoint reads DraftVersionVisibility 1 as edit rights, 2 as approval rights and anything else as read rights. */
function draftVisibilityOf(value: string | undefined): number {
  const n = Number(value ?? '0');
  return n === 1 || n === 2 ? n : 0;
}

function validationOf(meta: IXmlElement | undefined): IListValidation | null {
  const el = meta ? child(meta, 'Validation') : undefined;
  const formula = el?.text.trim() ?? '';
  return formula ? { formula, message: el?.attrs.Message ?? '' } : null;
}

export function readAssets(assetsDir: string): IProvisionedList[] {
  const elements = parseXml(fs.readFileSync(path.join(assetsDir, 'elements.xml'), 'utf8'));
  const lists: IProvisionedList[] = [];
  for (const inst of childrenNamed(elements, 'ListInstance')) {
    const schemaFile = inst.attrs.CustomSchema;
    const schema = schemaFile ? parseXml(fs.readFileSync(path.join(assetsDir, schemaFile), 'utf8')) : undefined;
    const meta = schema ? child(schema, 'MetaData') : undefined;
    const fieldsEl = meta ? child(meta, 'Fields') : undefined;
    const ctRefs = meta ? child(meta, 'ContentTypes') : undefined;
    const ctRef = ctRefs ? child(ctRefs, 'ContentTypeRef') : undefined;
    const a = schema?.attrs ?? {};
    const template = Number(inst.attrs.TemplateType ?? '100');
    const fields = fieldsEl ? childrenNamed(fieldsEl, 'Field').map(fieldFromXml) : [];
    const validation = validationOf(meta);
    // A formula the emulator cannot evaluate, or one naming a missing column, stops provisioning with the reason.
    if (validation) compileValidation({ title: inst.attrs.Title, fields }, validation.formula);
    lists.push({
      title: inst.attrs.Title,
      url: inst.attrs.Url,
      description: inst.attrs.Description ?? '',
      template,
      baseType: Number(a.BaseType ?? (template === 101 ? '1' : '0')),
      moderated: truthy(a.ModeratedList),
      versioning: truthy(a.VersioningEnabled),
      readSecurity: Number(a.ReadSecurity ?? '1'),
      writeSecurity: Number(a.WriteSecurity ?? '1'),
      contentTypeId: ctRef?.attrs.ID ?? '0x01',
      draftVisibility: draftVisibilityOf(a.DraftVersionVisibility),
      validation,
      fields,
    });
  }
  return lists;
}

export interface IContentTypeDef {
  id: string;
  name: string;
  group: string;
  description: string;
  /** Internal names of the content type's fields, in order. */
  fields: string[];
}

/** Site columns (`<Field>` directly under `<Elements>`) and content types (`<ContentType>` with `<FieldRefs>`) of elements.xml. */
export function readSiteSchema(assetsDir: string): { fields: IFieldDef[]; contentTypes: IContentTypeDef[] } {
  const elements = parseXml(fs.readFileSync(path.join(assetsDir, 'elements.xml'), 'utf8'));
  const fields = childrenNamed(elements, 'Field').map(fieldFromXml);
  const contentTypes = childrenNamed(elements, 'ContentType').map((ct) => {
    const refs = child(ct, 'FieldRefs');
    return {
      id: ct.attrs.ID,
      name: ct.attrs.Name,
      group: ct.attrs.Group ?? 'Custom Content Types',
      description: ct.attrs.Description ?? '',
      fields: ['Title', ...(refs ? childrenNamed(refs, 'FieldRef').map((r) => r.attrs.Name) : [])],
    };
  });
  return { fields, contentTypes };
}
