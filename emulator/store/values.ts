/**
 * Converts REST (JSON light) item property values to SQLite column values and back, with SharePoint's validation
 * errors for unknown properties, read-only fields and values of the wrong type.
 */
import type { SiteZone } from '../dates';
import { Errors } from '../errors';
import { FORBIDDEN_IN_TEXT, MAX_NOTE_LENGTH, MAX_URL_LENGTH } from '../limits';
import { columnOf, IFieldDef, IListDef, restName } from '../model';

export type SqlValue = string | number | null;

export interface IConvertedWrite {
  /** Column → value for the item table. */
  columns: Map<string, SqlValue>;
  /** Present when the body sets OData__ModerationStatus / OData__ModerationComments. */
  moderationStatus?: number;
  moderationComments?: string | null;
}

const READ_ONLY_PROPS = new Set(
  ['Id', 'ID', 'GUID', 'Created', 'Modified', 'AuthorId', 'EditorId', 'Attachments', 'OData__UIVersionString', 'FileSystemObjectType',
    'ServerRedirectedEmbedUri', 'ServerRedirectedEmbedUrl', 'ComplianceAssetId', 'AuthorStringId', 'EditorStringId'].map((s) => s.toLowerCase()),
);

/** Map of REST property name (lower-case) → field, for one list. */
export function writableProps(list: IListDef): Map<string, IFieldDef> {
  const m = new Map<string, IFieldDef>();
  for (const f of list.fields) {
    if (f.readOnly) continue;
    m.set(restName(f).toLowerCase(), f);
    if (f.kind === 'User' || f.kind === 'Lookup') m.set(`${f.internalName}StringId`.toLowerCase(), f);
  }
  return m;
}

export function convertWrite(
  list: IListDef,
  body: Record<string, unknown>,
  userExists: (id: number) => boolean,
  verbose: boolean,
  zone: SiteZone,
): IConvertedWrite {
  const props = writableProps(list);
  const out: IConvertedWrite = { columns: new Map() };
  for (const [key, raw] of Object.entries(body)) {
    if (key === '__metadata' && verbose) continue;
    const f = props.get(key.toLowerCase());
    if (!f) {
      if (READ_ONLY_PROPS.has(key.toLowerCase())) throw Errors.readOnlyField();
      throw Errors.unknownProperty(key, list.entity);
    }
    if (f.kind === 'ModStat') {
      const n = typeof raw === 'string' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isInteger(n) || n < 0 || n > 4) throw Errors.badValue('Edm.Int32');
      out.moderationStatus = n;
      continue;
    }
    if (f.internalName === '_ModerationComments') {
      if (raw !== null && typeof raw !== 'string') throw Errors.badValue('Edm.String');
      out.moderationComments = raw as string | null;
      continue;
    }
    out.columns.set(columnOf(f), convertValue(f, raw, userExists, verbose, list.entity, zone));
  }
  return out;
}

function convertValue(f: IFieldDef, raw: unknown, userExists: (id: number) => boolean, verbose: boolean, entity: string, zone: SiteZone): SqlValue {
  if (raw === null || raw === undefined) {
    return f.kind === 'UserMulti' || f.kind === 'MultiChoice' ? '[]' : null;
  }
  switch (f.kind) {
    case 'Text':
    case 'Note':
    case 'Choice': {
      if (typeof raw !== 'string') throw Errors.badValue('Edm.String');
      checkText(f, raw);
      if (f.kind === 'Text' && f.maxLength !== null && raw.length > f.maxLength) throw Errors.tooLong(f.internalName, f.maxLength);
      if (f.kind === 'Note' && !f.richText && raw.length > MAX_NOTE_LENGTH) throw Errors.tooLong(f.internalName, MAX_NOTE_LENGTH);
      if (f.kind === 'Choice' && raw !== '' && f.choices.length > 0 && !f.choices.includes(raw)) throw Errors.badChoice(f.internalName);
      return raw.normalize('NFC');
    }
    case 'Number':
    case 'Currency':
    case 'Integer': {
      const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isFinite(n)) throw Errors.badValue('Edm.Double');
      return n;
    }
    case 'Boolean':
      if (typeof raw !== 'boolean') throw Errors.badValue('Edm.Boolean');
      return raw ? 1 : 0;
    case 'DateTime': {
      if (typeof raw !== 'string') throw Errors.badValue('Edm.DateTime');
      if (raw === '') return null;
      const d = zone.parseSpDate(raw, f.dateOnly);
      if (!d) throw Errors.badDate();
      return d;
    }
    case 'User':
    case 'Lookup': {
      const n = typeof raw === 'string' && /^-?\d+$/.test(raw) ? Number(raw) : raw;
      if (typeof n !== 'number' || !Number.isInteger(n)) throw Errors.badValue('Edm.Int32');
      if (n <= 0) return null;
      if (f.kind === 'User' && !userExists(n)) throw Errors.readOnlyField();
      return n;
    }
    case 'UserMulti':
    case 'MultiChoice': {
      let arr: unknown = raw;
      if (verbose && typeof raw === 'object' && raw !== null && 'results' in raw) arr = (raw as { results: unknown }).results;
      if (!Array.isArray(arr)) throw Errors.badValue(f.kind === 'UserMulti' ? 'Collection(Edm.Int32)' : 'Collection(Edm.String)');
      if (f.kind === 'UserMulti') {
        const ids = arr.map((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v));
        for (const v of ids) {
          if (typeof v !== 'number' || !Number.isInteger(v)) throw Errors.badValue('Edm.Int32');
          if (!userExists(v)) throw Errors.readOnlyField();
        }
        return JSON.stringify(ids);
      }
      for (const v of arr) {
        if (typeof v !== 'string') throw Errors.badValue('Edm.String');
        checkText(f, v);
      }
      return JSON.stringify(arr);
    }
    case 'URL': {
      if (typeof raw !== 'object' || Array.isArray(raw)) throw Errors.badValue('SP.FieldUrlValue');
      const o = raw as Record<string, unknown>;
      for (const k of Object.keys(o)) {
        if (k === '__metadata' && verbose) continue;
        if (k !== 'Url' && k !== 'Description') throw Errors.unknownProperty(k, 'SP.FieldUrlValue');
      }
      if (o.Url !== undefined && o.Url !== null && typeof o.Url !== 'string') throw Errors.badValue('Edm.String');
      if (o.Description !== undefined && o.Description !== null && typeof o.Description !== 'string') throw Errors.badValue('Edm.String');
      for (const part of [o.Url, o.Description]) {
        if (typeof part !== 'string') continue;
        checkText(f, part);
        if (part.length > MAX_URL_LENGTH) throw Errors.tooLong(f.internalName, MAX_URL_LENGTH);
      }
      if (!o.Url) return null;
      return JSON.stringify({ Description: (o.Description as string | undefined) ?? (o.Url as string), Url: o.Url });
    }
    default:
      throw Errors.unknownProperty(restName(f), entity);
  }
}

/** Control characters other than tab, CR and LF are refused in every text value (400). */
function checkText(f: IFieldDef, value: string): void {
  if (FORBIDDEN_IN_TEXT.test(value)) throw Errors.invalidCharacters(f.internalName);
}

/** REST value of a field from its stored column value. */
export function readValue(f: IFieldDef, v: unknown): unknown {
  switch (f.kind) {
    case 'Boolean':
      return v === null || v === undefined ? null : v === 1;
    case 'UserMulti':
    case 'MultiChoice':
      return v ? (JSON.parse(String(v)) as unknown[]) : [];
    case 'URL':
      return v ? (JSON.parse(String(v)) as unknown) : null;
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'User':
    case 'Lookup':
      return v === undefined ? null : v;
    default:
      return v === undefined ? null : v;
  }
}

/** Default column values for a new item from the fields' <Default> elements. */
export function defaultColumns(list: IListDef): Map<string, SqlValue> {
  const m = new Map<string, SqlValue>();
  for (const f of list.fields) {
    if (f.builtIn) continue;
    if (f.defaultValue !== null) {
      if (f.kind === 'Boolean') m.set(columnOf(f), f.defaultValue === '1' || f.defaultValue.toUpperCase() === 'TRUE' ? 1 : 0);
      else if (f.kind === 'Number' || f.kind === 'Currency' || f.kind === 'Integer') m.set(columnOf(f), Number(f.defaultValue));
      else if (f.kind === 'Text' || f.kind === 'Choice' || f.kind === 'Note') m.set(columnOf(f), f.defaultValue);
    } else if (f.kind === 'UserMulti' || f.kind === 'MultiChoice') {
      m.set(columnOf(f), '[]');
    }
  }
  return m;
}
