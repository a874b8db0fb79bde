/**
 * What hangs off one item besides its fields: `FieldValuesAsText`, `FieldValuesAsHtml` and `FieldValuesForEdit`
 * (values formatted as a Danish-language site shows them, times in Europe/Copenhagen), the library item's `file` and
 * `folder`, its `contentType`, and its permissions (EffectiveBasePermissions, getUserEffectivePermissions,
 * roleAssignments: inherited from the list).
 */
import { Errors } from '../errors';
import { entityJson, ICtx } from '../http/context';
import type { ISegment } from '../http/segments';
import { columnOf, IFieldDef, IListDef } from '../model';
import type { Json } from '../serialize';
import type { Row } from '../store/items';
import { readValue } from '../store/values';
import type { IEmuResponse } from '../types';
import { handleContentTypes } from './contentTypes';
import { handleItemFile } from './files';
import { handleFolderRef } from './folders';
import { handlePermissionSegment } from './permissions';

type Style = 'text' | 'html' | 'edit';

interface IDateFormats {
  date: Intl.DateTimeFormat;
  time: Intl.DateTimeFormat;
}
const dateFormats = new Map<string, IDateFormats>();

/** Danish date and time formats in the site's regional time zone (as SharePoint formats for the site's settings). */
function formatsFor(timeZone: string): IDateFormats {
  let f = dateFormats.get(timeZone);
  if (!f) {
    f = {
      date: new Intl.DateTimeFormat('da-DK', { timeZone, day: '2-digit', month: '2-digit', year: 'numeric' }),
      time: new Intl.DateTimeFormat('da-DK', { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
    };
    dateFormats.set(timeZone, f);
  }
  return f;
}
const numFmt = new Intl.NumberFormat('da-DK', { maximumFractionDigits: 10 });

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** SharePoint's key for a field in these collections: `_` is written `_x005f_`. */
const keyOf = (f: IFieldDef): string => f.internalName.replace(/_/g, '_x005f_');

function rawValue(list: IListDef, f: IFieldDef, row: Row): unknown {
  switch (f.internalName) {
    case 'ID':
      return row.ID;
    case 'Author':
    case 'Editor':
      return row[`${f.internalName}Id`];
    case '_UIVersionString':
      return list.versioning ? `${String(row._Version)}.0` : '1.0';
    case 'Attachments':
      return Number(row._AttachmentCount) > 0;
    default:
      return readValue(f, row[columnOf(f)]);
  }
}

function format(ctx: ICtx, list: IListDef, f: IFieldDef, row: Row, style: Style): string {
  const v = rawValue(list, f, row);
  if (v === null || v === undefined) return '';
  const user = (id: unknown): string => (typeof id === 'number' ? (ctx.core.principals.user(id)?.title ?? '') : '');
  const esc = (s: string): string => (style === 'html' ? escapeHtml(s) : s);
  switch (f.kind) {
    case 'Boolean':
    case 'Attachments':
      return style === 'edit' ? (v ? '1' : '0') : v ? 'Ja' : 'Nej';
    case 'DateTime': {
      const d = new Date(String(v));
      const { date: dateFmt, time: timeFmt } = formatsFor(ctx.core.zone.iana);
      return f.dateOnly || style === 'edit' ? dateFmt.format(d).replace(/\./g, '-') + (f.dateOnly ? '' : ` ${timeFmt.format(d).replace('.', ':')}`) : `${dateFmt.format(d).replace(/\./g, '-')} ${timeFmt.format(d).replace('.', ':')}`;
    }
    case 'Number':
    case 'Currency':
    case 'Integer':
    case 'Counter':
      return style === 'edit' ? String(v) : numFmt.format(Number(v));
    case 'User':
      return style === 'edit' ? String(v) : esc(user(v));
    case 'UserMulti':
      return style === 'edit' ? (v as number[]).join(';#') : esc((v as number[]).map(user).join('; '));
    case 'MultiChoice':
      return esc((v as string[]).join('; '));
    case 'URL': {
      const u = v as { Url: string; Description: string };
      return style === 'html' ? `<a href="${escapeHtml(u.Url)}">${escapeHtml(u.Description || u.Url)}</a>` : `${u.Url}, ${u.Description}`;
    }
    case 'Note':
      return style === 'html' && !f.richText ? escapeHtml(String(v)).replace(/\r?\n/g, '<br>') : String(v);
    default:
      return esc(String(v));
  }
}

function fieldValues(ctx: ICtx, list: IListDef, row: Row, style: Style): IEmuResponse {
  const out: Json = {};
  for (const f of list.fields) out[keyOf(f)] = format(ctx, list, f, row, style);
  const name = style === 'text' ? 'FieldValuesAsText' : style === 'html' ? 'FieldValuesAsHtml' : 'FieldValuesForEdit';
  const link = `Web/Lists(guid'${list.id}')/Items(${String(row.ID)})/${name}`;
  return entityJson(ctx, { type: 'SP.FieldStringValues', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.FieldStringValues/@Element' }, out);
}

/** Item segments handled here; undefined when the segment is something else. */
export function handleItemExtra(ctx: ICtx, list: IListDef, row: Row, seg: ISegment, rest: ISegment[]): IEmuResponse | undefined {
  const only = (res: () => IEmuResponse): IEmuResponse => {
    if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
    return res();
  };
  switch (seg.name) {
    case 'fieldvaluesastext':
      return only(() => fieldValues(ctx, list, row, 'text'));
    case 'fieldvaluesashtml':
      return only(() => fieldValues(ctx, list, row, 'html'));
    case 'fieldvaluesforedit':
      return only(() => fieldValues(ctx, list, row, 'edit'));
    case 'file':
      return handleItemFile(ctx, list, Number(row.ID), rest);
    case 'folder': {
      const f = ctx.core.files.folderByItem(list.id, Number(row.ID));
      if (!f) throw Errors.folderNotFound();
      return handleFolderRef(ctx, { url: f.url, list, row: f }, rest);
    }
    case 'contenttype': {
      const ct = ctx.core.schema.contentTypes(list.id).find((c) => c.id.toLowerCase() === String(row.ContentTypeId).toLowerCase());
      if (!ct) throw Errors.noResource(seg.rawName);
      return handleContentTypes(ctx, list, { name: 'contenttypes', rawName: 'ContentTypes', args: [{ key: null, value: ct.id }] }, rest);
    }
    default:
      return handlePermissionSegment(ctx, { list, row }, seg, rest);
  }
}
