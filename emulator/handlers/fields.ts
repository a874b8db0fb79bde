/**
 * A list's fields: get (collection, by id, getByInternalNameOrTitle, getByTitle), add (POST with the odata=verbose
 * body PnPjs sends, AddField, createFieldAsXml), update (MERGE, e.g. Indexed to index a column) and delete.
 */
import { Errors } from '../errors';
import { ICtx, json, noContent, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import { FIELD_ODATA_TYPE, FIELD_TYPE_KIND, FieldKind, IFieldDef, IListDef, restName } from '../model';
import { fieldFromXml } from '../provision';
import { collectionDoc, entityProps, Json } from '../serialize';
import type { IEmuResponse } from '../types';
import { parseXml } from '../xml';
import { applyJsonFilter } from './jsonFilter';

const KIND_BY_NUMBER: Record<number, FieldKind> = { 2: 'Text', 3: 'Note', 9: 'Number', 10: 'Currency', 1: 'Integer', 8: 'Boolean', 4: 'DateTime', 6: 'Choice', 15: 'MultiChoice', 20: 'User', 7: 'Lookup', 11: 'URL' };

function fieldProps(list: IListDef, f: IFieldDef): Json {
  const props: Json = {
    CanBeDeleted: !f.builtIn,
    Description: '',
    EntityPropertyName: restName(f).replace(/Id$/, f.kind === 'User' || f.kind === 'Lookup' || f.kind === 'UserMulti' ? '' : 'Id'),
    FieldTypeKind: FIELD_TYPE_KIND[f.kind],
    Filterable: !['Note', 'URL', 'UserMulti', 'MultiChoice'].includes(f.kind),
    Group: f.builtIn ? '_Hidden' : 'Medarbejdernyt',
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    Scope: `/sites/intranet/${list.url}`,
    Sortable: !['Note', 'URL', 'UserMulti', 'MultiChoice'].includes(f.kind),
    StaticName: f.internalName,
    Title: f.title,
    TypeAsString: f.kind === 'ModStat' ? 'ModStat' : f.kind,
    DefaultValue: f.defaultValue,
  };
  if (props.EntityPropertyName === '') props.EntityPropertyName = f.internalName;
  if (f.kind === 'Choice' || f.kind === 'MultiChoice') props.Choices = f.choices;
  if (f.kind === 'DateTime') props.DisplayFormat = f.dateOnly ? 0 : 1;
  if (f.kind === 'Text') props.MaxLength = f.maxLength ?? 255;
  if (f.kind === 'User' || f.kind === 'UserMulti') props.AllowMultipleValues = f.kind === 'UserMulti';
  return props;
}

function fieldEntity(ctx: ICtx, list: IListDef, f: IFieldDef): Json {
  const link = `Web/Lists(guid'${list.id}')/Fields(guid'${f.id}')`;
  return entityProps(ctx.core, ctx.mode, { type: FIELD_ODATA_TYPE[f.kind] ?? 'SP.Field', id: `${ctx.core.apiBase()}${link}`, editLink: link }, fieldProps(list, f));
}

function findBy(list: IListDef, key: 'internalOrTitle' | 'title' | 'id', v: string | undefined): IFieldDef {
  const s = (v ?? '').toLowerCase().replace(/[{}]/g, '');
  const f = list.fields.find((x) => {
    if (key === 'id') return x.id === s;
    if (key === 'title') return x.title.toLowerCase() === s;
    return x.internalName.toLowerCase() === s || x.title.toLowerCase() === s;
  });
  if (!f) throw Errors.fieldNotFound(v ?? '', list.url);
  return f;
}

/** SharePoint's internal name for a new field title: spaces and other characters as _xHHHH_, at most 32 chars. */
export function internalNameFor(title: string): string {
  let out = '';
  for (const ch of title) {
    if (/[A-Za-z0-9]/.test(ch)) out += ch;
    else out += `_x${ch.codePointAt(0)?.toString(16).padStart(4, '0')}_`;
  }
  return out.slice(0, 32);
}

export function handleFields(ctx: ICtx, list: IListDef, seg: ISegment, rest: ISegment[]): IEmuResponse {
  requirePerm(ctx, 'view', list);
  if (seg.args) return handleField(ctx, list, findBy(list, 'id', argString(seg)), rest);
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      const values = list.fields.map((f) => fieldProps(list, f));
      const filtered = applyJsonFilter(values, ctx.req.url.searchParams.get('$filter'));
      return json(ctx, collectionDoc(ctx.core, ctx.mode, 'SP.Field', filtered.map((v) => entityProps(ctx.core, ctx.mode, { type: FIELD_ODATA_TYPE[list.fields.find((f) => f.id === v.Id)?.kind ?? 'Text'] ?? 'SP.Field', id: String(v.Id) }, v))));
    }
    requireMethod(ctx, 'POST');
    return addField(ctx, list, parseJsonBody(ctx));
  }
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyinternalnameortitle':
      return handleField(ctx, list, findBy(list, 'internalOrTitle', argString(op)), more);
    case 'getbytitle':
      return handleField(ctx, list, findBy(list, 'title', argString(op)), more);
    case 'getbyid':
      return handleField(ctx, list, findBy(list, 'id', argString(op)), more);
    case 'addfield': {
      requireMethod(ctx, 'POST');
      const p = parseJsonBody(ctx).parameters;
      if (typeof p !== 'object' || p === null) throw Errors.badJson('parameters expected');
      return addField(ctx, list, p as Record<string, unknown>);
    }
    case 'createfieldasxml': {
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'manageLists', list);
      const p = parseJsonBody(ctx).parameters as Record<string, unknown> | undefined;
      const xml = typeof p?.SchemaXml === 'string' ? p.SchemaXml : undefined;
      if (!xml) throw Errors.badJson('parameters.SchemaXml expected');
      let def: IFieldDef;
      try {
        def = fieldFromXml(parseXml(xml));
      } catch (e) {
        throw Errors.badQuery(e instanceof Error ? e.message : 'Invalid field schema');
      }
      return created(ctx, list, def);
    }
    default:
      throw Errors.noResource(op.rawName);
  }
}

function created(ctx: ICtx, list: IListDef, def: IFieldDef): IEmuResponse {
  if (list.fields.some((f) => f.internalName.toLowerCase() === def.internalName.toLowerCase())) throw Errors.fieldExists(def.title);
  ctx.core.catalogue.addField(list, def);
  ctx.core.items.clearStatements();
  const fresh = ctx.core.catalogue.byId(list.id) as IListDef;
  const f = fresh.fields.find((x) => x.internalName === def.internalName) as IFieldDef;
  const e = fieldEntity(ctx, fresh, f);
  return json(ctx, ctx.mode === 'verbose' ? { d: e } : ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#SP.ApiData.Fields/@Element`, ...e } : e, 201);
}

function addField(ctx: ICtx, list: IListDef, body: Record<string, unknown>): IEmuResponse {
  requirePerm(ctx, 'manageLists', list);
  const title = body.Title;
  const kindNo = Number(body.FieldTypeKind);
  const kind = KIND_BY_NUMBER[kindNo];
  if (typeof title !== 'string' || title.trim() === '') throw Errors.badQuery('The field Title is required.');
  if (!kind) throw Errors.badQuery(`The FieldTypeKind '${String(body.FieldTypeKind)}' is not supported by the emulator.`);
  const choices = body.Choices as unknown;
  const choiceList = Array.isArray(choices) ? choices : typeof choices === 'object' && choices !== null && Array.isArray((choices as { results?: unknown }).results) ? (choices as { results: unknown[] }).results : [];
  const def: IFieldDef = {
    id: '',
    internalName: internalNameFor(typeof body.StaticName === 'string' ? body.StaticName : title),
    title,
    kind: kind === 'User' && body.AllowMultipleValues === true ? 'UserMulti' : kind,
    indexed: body.Indexed === true,
    required: body.Required === true,
    dateOnly: kind === 'DateTime' && Number(body.DisplayFormat ?? 1) === 0,
    choices: choiceList.map(String),
    defaultValue: typeof body.DefaultValue === 'string' ? body.DefaultValue : null,
    maxLength: kind === 'Text' ? Number(body.MaxLength ?? 255) : null,
    richText: body.RichText === true,
    builtIn: false,
    readOnly: false,
    hidden: body.Hidden === true,
    lookupList: typeof body.LookupList === 'string' ? body.LookupList : null,
  };
  return created(ctx, list, def);
}

const UPDATABLE = new Set(['Indexed', 'Title', 'Required', 'Hidden', 'Description', 'Choices', 'MaxLength', 'DefaultValue', 'Group', 'EnforceUniqueValues', 'DisplayFormat', 'ValidationFormula', 'ValidationMessage']);

function handleField(ctx: ICtx, list: IListDef, f: IFieldDef, rest: ISegment[]): IEmuResponse {
  if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
  if (ctx.method === 'GET') {
    const e = fieldEntity(ctx, list, f);
    return json(ctx, ctx.mode === 'verbose' ? { d: e } : ctx.mode === 'minimal' ? { 'odata.metadata': `${ctx.core.apiBase()}$metadata#SP.ApiData.Fields/@Element`, ...e } : e);
  }
  requirePerm(ctx, 'manageLists', list);
  if (ctx.method === 'DELETE') {
    if (f.builtIn) throw Errors.badQuery('You cannot delete a built-in field.');
    throw Errors.badQuery('Deleting fields is not supported by the emulator; change sharepoint/assets instead.');
  }
  requireMethod(ctx, 'MERGE', 'PATCH');
  const body = parseJsonBody(ctx);
  const next: IFieldDef = { ...f };
  for (const [k, v] of Object.entries(body)) {
    if (k === '__metadata') continue;
    if (!UPDATABLE.has(k)) throw Errors.unknownProperty(k, FIELD_ODATA_TYPE[f.kind] ?? 'SP.Field');
    if (k === 'Indexed') next.indexed = v === true;
    if (k === 'Title' && typeof v === 'string') next.title = v;
    if (k === 'Required') next.required = v === true;
    if (k === 'Hidden') next.hidden = v === true;
    if (k === 'MaxLength') next.maxLength = Number(v);
    if (k === 'DisplayFormat' && f.kind === 'DateTime') next.dateOnly = Number(v) === 0;
    if (k === 'Choices') {
      const arr = Array.isArray(v) ? v : (v as { results?: unknown[] } | null)?.results;
      if (Array.isArray(arr)) next.choices = arr.map(String);
    }
  }
  ctx.core.catalogue.updateField(list, next);
  return noContent();
}
