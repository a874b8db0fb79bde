/**
 * The emulator's model of lists and fields, and how each SharePoint field type maps to SQLite columns and REST
 * property names.
 */

export type FieldKind =
  | 'Counter'
  | 'Text'
  | 'Note'
  | 'Number'
  | 'Currency'
  | 'Integer'
  | 'Boolean'
  | 'DateTime'
  | 'Choice'
  | 'MultiChoice'
  | 'User'
  | 'UserMulti'
  | 'Lookup'
  | 'URL'
  | 'Guid'
  | 'ContentTypeId'
  | 'ModStat'
  | 'Attachments'
  | 'Computed';

export interface IFieldDef {
  id: string;
  internalName: string;
  title: string;
  kind: FieldKind;
  indexed: boolean;
  required: boolean;
  dateOnly: boolean;
  choices: string[];
  defaultValue: string | null;
  maxLength: number | null;
  richText: boolean;
  builtIn: boolean;
  readOnly: boolean;
  hidden: boolean;
  /** Lookup target list title (Lookup fields created through REST); user fields point to the user info list. */
  lookupList: string | null;
  /** Description shown under the column in forms. */
  description?: string;
  /** Site column group, e.g. "Medarbejdernyt" (SharePoint puts REST-added columns in "Custom Columns"). */
  group?: string;
  /** setShowInDisplayForm/EditForm/NewForm; shown when absent. */
  showIn?: { display?: boolean; edit?: boolean; new?: boolean };
}

/** A list's settings, as the XML declares them and the database keeps them. */
export interface IListSettings {
  title: string;
  /** Web-relative URL, e.g. Lists/Navnenyt or Billeder. */
  url: string;
  description: string;
  template: number;
  baseType: number;
  moderated: boolean;
  versioning: boolean;
  readSecurity: number;
  writeSecurity: number;
  contentTypeId: string;
  /**
   * Draft item security on lists with content approval (SharePoint's DraftVersionVisibility): who sees pending and
   * rejected items and versions. 0 every reader (SharePoint's default), 1 those who can edit items, 2 those who can
   * approve items and each item's author.
   */
  draftVisibility: number;
  /** List validation: a formula every saved item must satisfy, and the message when it does not. */
  validation: IListValidation | null;
}

export interface IListValidation {
  formula: string;
  message: string;
}

export interface IListDef extends IListSettings {
  id: string;
  /** SP.Data.NavnenytListItem */
  entity: string;
  /** SQLite table holding the items. */
  table: string;
  created: string;
  fields: IFieldDef[];
}

/** SharePoint FieldTypeKind numbers (SP.FieldType). */
export const FIELD_TYPE_KIND: Record<FieldKind, number> = {
  Counter: 5,
  Text: 2,
  Note: 3,
  Number: 9,
  Currency: 10,
  Integer: 1,
  Boolean: 8,
  DateTime: 4,
  Choice: 6,
  MultiChoice: 15,
  User: 20,
  UserMulti: 20,
  Lookup: 7,
  URL: 11,
  Guid: 14,
  ContentTypeId: 25,
  ModStat: 16,
  Attachments: 19,
  Computed: 12,
};

export const FIELD_ODATA_TYPE: Partial<Record<FieldKind, string>> = {
  Text: 'SP.FieldText',
  Note: 'SP.FieldMultiLineText',
  Number: 'SP.FieldNumber',
  Currency: 'SP.FieldCurrency',
  Boolean: 'SP.Field',
  DateTime: 'SP.FieldDateTime',
  Choice: 'SP.FieldChoice',
  MultiChoice: 'SP.FieldMultiChoice',
  User: 'SP.FieldUser',
  UserMulti: 'SP.FieldUser',
  Lookup: 'SP.FieldLookup',
  URL: 'SP.FieldUrl',
  Counter: 'SP.Field',
  Integer: 'SP.Field',
};

/** Field kinds whose REST property is `<Name>Id`. */
export function isLookupLike(f: IFieldDef): boolean {
  return f.kind === 'User' || f.kind === 'UserMulti' || f.kind === 'Lookup';
}

export function isMulti(f: IFieldDef): boolean {
  return f.kind === 'UserMulti' || f.kind === 'MultiChoice';
}

/** The REST (entity) property name of a field's value. */
export function restName(f: IFieldDef): string {
  if (isLookupLike(f)) return `${f.internalName}Id`;
  if (f.internalName.startsWith('_')) return `OData_${f.internalName}`;
  return f.internalName;
}

/** The SQLite column holding a field's value. */
export function columnOf(f: IFieldDef): string {
  if (isLookupLike(f) && f.kind !== 'UserMulti') return `${f.internalName}Id`;
  return f.internalName;
}

export function sqlType(f: IFieldDef): string {
  switch (f.kind) {
    case 'Number':
    case 'Currency':
      return 'REAL';
    case 'Integer':
    case 'Counter':
    case 'Boolean':
    case 'User':
    case 'Lookup':
    case 'ModStat':
    case 'Attachments':
      return 'INTEGER';
    case 'Text':
    case 'Note':
    case 'Choice':
      return 'TEXT COLLATE NOCASE';
    default:
      return 'TEXT';
  }
}

/** Entity type name rules: SP.Data.<UrlName>ListItem for lists, SP.Data.<UrlName>Item for libraries. */
export function entityName(url: string, baseType: number): string {
  const last = url.split('/').filter((s) => s !== '').pop() ?? 'List';
  const enc = last.replace(/_/g, '_x005f_').replace(/ /g, '_x0020_');
  const name = enc.charAt(0).toUpperCase() + enc.slice(1);
  return baseType === 1 ? `SP.Data.${name}Item` : `SP.Data.${name}ListItem`;
}

/** A field definition with SharePoint's defaults for a new column; `extra` sets what differs. */
export function fieldDef(internalName: string, title: string, kind: FieldKind, extra: Partial<IFieldDef> = {}): IFieldDef {
  return {
    id: '',
    internalName,
    title,
    kind,
    indexed: false,
    required: false,
    dateOnly: false,
    choices: [],
    defaultValue: null,
    maxLength: null,
    richText: false,
    builtIn: false,
    readOnly: false,
    hidden: false,
    lookupList: null,
    ...extra,
  };
}

function builtIn(internalName: string, title: string, kind: FieldKind, extra: Partial<IFieldDef> = {}): IFieldDef {
  return fieldDef(internalName, title, kind, { builtIn: true, readOnly: true, ...extra });
}

/** Fields every list has. `ID` is stored in the item table's primary key. */
export function builtInFields(moderated: boolean): IFieldDef[] {
  const fields = [
    builtIn('ID', 'ID', 'Counter', { id: '1d22ea11-1e32-424e-89ab-9fedbadb6ce1', indexed: true }),
    builtIn('ContentTypeId', 'Indholdstype-id', 'ContentTypeId', { id: '03e45e84-1992-4d42-9116-26f756012634', hidden: true }),
    builtIn('Title', 'Titel', 'Text', { id: 'fa564e0f-0c70-4ab9-b863-0177e6ddd247', readOnly: false, maxLength: 255 }),
    builtIn('Modified', 'Ændret', 'DateTime', { id: '28cf69c5-fa48-462a-b5cd-27b6f9d2bd5f' }),
    builtIn('Created', 'Oprettet', 'DateTime', { id: '8c06beca-0777-48f7-91c7-6da68bc07b69' }),
    builtIn('Author', 'Oprettet af', 'User', { id: '1df5e554-ec7e-46a6-901d-d85a3881cb18', lookupList: 'UserInfo' }),
    builtIn('Editor', 'Ændret af', 'User', { id: 'd31655d1-1d5b-4511-95a1-7a09e9b75bf2', lookupList: 'UserInfo' }),
    builtIn('_UIVersionString', 'Version', 'Text', { id: 'dce8262a-3ae9-45aa-aab4-83bd75fb738a' }),
    builtIn('Attachments', 'Vedhæftede filer', 'Attachments', { id: '67df98f4-9dec-48ff-a553-29bece9c5bf4' }),
    builtIn('GUID', 'GUID', 'Guid', { id: 'ae069f25-3ac2-4256-b9c3-15dbc15da0e0', hidden: true }),
  ];
  if (moderated) {
    fields.push(
      builtIn('_ModerationStatus', 'Godkendelsesstatus', 'ModStat', { id: 'fdc3b2ed-5bf2-4835-a4bc-b885f3396a61', readOnly: false }),
      builtIn('_ModerationComments', 'Godkenderens kommentarer', 'Note', { id: '34ad21eb-75bd-4544-8c73-0e08330291fe', readOnly: false }),
    );
  }
  return fields;
}

/** Columns of the item table that are not field columns. */
export const SYSTEM_COLUMNS = ['_Version', '_AttachmentCount'];
