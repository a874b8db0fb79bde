/**
 * Fields of a list and site columns of the web (`web/fields`, `site/rootWeb/fields`): get (collection, by id,
 * getByInternalNameOrTitle, getByTitle), add (POST with the odata=verbose body PnPjs sends, AddField,
 * createFieldAsXml), update (MERGE: only the properties named change; e.g. Indexed creates the SQLite index),
 * setShowInDisplayForm/EditForm/NewForm, and DELETE (not built-in fields, not a column a list validation names).
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, ICtx, noContent, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import { FIELD_ODATA_TYPE, FIELD_TYPE_KIND, FieldKind, IFieldDef, IListDef, restName } from '../model';
import { fieldFromXml } from '../provision';
import type { IEntityMeta, Json } from '../serialize';
import type { IEmuResponse } from '../types';
import { parseXml } from '../xml';
import { applyJsonFilter } from './jsonFilter';

const KIND_BY_NUMBER: Record<number, FieldKind> = { 2: 'Text', 3: 'Note', 9: 'Number', 10: 'Currency', 1: 'Integer', 8: 'Boolean', 4: 'DateTime', 6: 'Choice', 15: 'MultiChoice', 20: 'User', 7: 'Lookup', 11: 'URL' };

/** Where fields live: a list, or the web (site columns). */
export interface IFieldScope {
  list?: IListDef;
  fields: () => IFieldDef[];
  /** Web-relative link of the field collection, e.g. Web/Lists(guid'…')/Fields or Web/Fields. */
  link: string;
  /** Server-relative URL reported as the field's Scope. */
  scopeUrl: string;
  add: (def: IFieldDef) => void;
  update: (def: IFieldDef) => void;
  remove: (def: IFieldDef) => void;
}

export function listFieldScope(ctx: ICtx, list: IListDef): IFieldScope {
  const fresh = (): IListDef => ctx.core.catalogue.byId(list.id) as IListDef;
  return {
    list,
    fields: () => fresh().fields,
    link: `Web/Lists(guid'${list.id}')/Fields`,
    scopeUrl: `${ctx.core.sitePath}/${list.url}`,
    add: (def) => {
      ctx.core.catalogue.addField(fresh(), def);
      ctx.core.items.clearStatements();
    },
    update: (def) => ctx.core.catalogue.updateField(fresh(), def),
    remove: (def) => {
      ctx.core.catalogue.deleteField(fresh(), def);
      ctx.core.items.clearStatements();
    },
  };
}

export function webFieldScope(ctx: ICtx): IFieldScope {
  return {
    fields: () => ctx.core.schema.siteFields(),
    link: 'Web/Fields',
    scopeUrl: ctx.core.sitePath,
    add: (def) => ctx.core.schema.addSiteField(def),
    update: (def) => ctx.core.schema.updateSiteField(def),
    remove: (def) => ctx.core.schema.deleteSiteField(def.internalName),
  };
}

const xmlAttr = (v: string): string => v.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function schemaXml(f: IFieldDef): string {
  const attrs: [string, string | undefined][] = [
    ['ID', `{${f.id}}`], ['Name', f.internalName], ['StaticName', f.internalName], ['DisplayName', f.title], ['Type', f.kind === 'UserMulti' ? 'UserMulti' : f.kind],
    ['Group', f.group], ['Description', f.description], ['Required', f.required ? 'TRUE' : 'FALSE'], ['Indexed', f.indexed ? 'TRUE' : undefined],
    ['Format', f.kind === 'DateTime' ? (f.dateOnly ? 'DateOnly' : 'DateTime') : undefined], ['MaxLength', f.maxLength !== null ? String(f.maxLength) : undefined],
    ['ShowInDisplayForm', f.showIn?.display === false ? 'FALSE' : undefined], ['ShowInEditForm', f.showIn?.edit === false ? 'FALSE' : undefined],
    ['ShowInNewForm', f.showIn?.new === false ? 'FALSE' : undefined],
  ];
  const choices = f.choices.length ? `<CHOICES>${f.choices.map((c) => `<CHOICE>${xmlAttr(c)}</CHOICE>`).join('')}</CHOICES>` : '';
  return `<Field ${attrs.filter(([, v]) => v !== undefined && v !== '').map(([k, v]) => `${k}="${xmlAttr(v as string)}"`).join(' ')}>${choices}</Field>`;
}

export function fieldProps(scope: IFieldScope, f: IFieldDef): Json {
  const lookupLike = f.kind === 'User' || f.kind === 'Lookup' || f.kind === 'UserMulti';
  const props: Json = {
    CanBeDeleted: !f.builtIn,
    DefaultValue: f.defaultValue,
    Description: f.description ?? '',
    EntityPropertyName: lookupLike ? f.internalName : restName(f),
    FieldTypeKind: FIELD_TYPE_KIND[f.kind],
    Filterable: !['Note', 'URL', 'UserMulti', 'MultiChoice'].includes(f.kind),
    Group: f.group ?? (f.builtIn ? '_Hidden' : 'Custom Columns'),
    Hidden: f.hidden,
    Id: f.id,
    Indexed: f.indexed,
    InternalName: f.internalName,
    ReadOnlyField: f.readOnly,
    Required: f.required,
    SchemaXml: schemaXml(f),
    Scope: scope.scopeUrl,
    Sortable: !['Note', 'URL', 'UserMulti', 'MultiChoice'].includes(f.kind),
    StaticName: f.internalName,
    Title: f.title,
    TypeAsString: f.kind === 'ModStat' ? 'ModStat' : f.kind,
  };
  if (f.kind === 'Choice' || f.kind === 'MultiChoice') props.Choices = f.choices;
  if (f.kind === 'DateTime') props.DisplayFormat = f.dateOnly ? 0 : 1;
  if (f.kind === 'Text') props.MaxLength = f.maxLength ?? 255;
  if (f.kind === 'User' || f.kind === 'UserMulti') props.AllowMultipleValues = f.kind === 'UserMulti';
  return props;
}

function fieldMeta(ctx: ICtx, scope: IFieldScope, f: IFieldDef): IEntityMeta {
  const link = `${scope.link}(guid'${f.id}')`;
  return { type: FIELD_ODATA_TYPE[f.kind] ?? 'SP.Field', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.Fields/@Element' };
}

function findBy(scope: IFieldScope, key: 'internalOrTitle' | 'title' | 'id', v: string | undefined): IFieldDef {
  const s = (v ?? '').toLowerCase().replace(/[{}]/g, '');
  const f = scope.fields().find((x) => {
    if (key === 'id') return x.id === s;
    if (key === 'title') return x.title.toLowerCase() === s;
    return x.internalName.toLowerCase() === s || x.title.toLowerCase() === s;
  });
  if (!f) throw Errors.fieldNotFound(v ?? '', scope.list?.url ?? '');
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

function requireManage(ctx: ICtx, scope: IFieldScope): void {
  requirePerm(ctx, scope.list ? 'manageLists' : 'manageWeb', scope.list);
}

export function handleFields(ctx: ICtx, list: IListDef, seg: ISegment, rest: ISegment[]): IEmuResponse {
  requirePerm(ctx, 'view', list);
  return handleFieldsIn(ctx, listFieldScope(ctx, list), seg, rest);
}

export function handleFieldsIn(ctx: ICtx, scope: IFieldScope, seg: ISegment, rest: ISegment[]): IEmuResponse {
  if (seg.args) return handleField(ctx, scope, findBy(scope, 'id', argString(seg)), rest);
  if (rest.length === 0) {
    if (ctx.method === 'GET') {
      const all = scope.fields();
      const filtered = applyJsonFilter(all.map((f) => fieldProps(scope, f)), ctx.req.url.searchParams.get('$filter'));
      const ids = new Set(filtered.map((v) => v.Id));
      return collectionJson(ctx, 'SP.ApiData.Fields', all.filter((f) => ids.has(f.id)).map((f) => ({ meta: fieldMeta(ctx, scope, f), props: fieldProps(scope, f) })));
    }
    requireMethod(ctx, 'POST');
    return addField(ctx, scope, parseJsonBody(ctx));
  }
  const [op, ...more] = rest;
  switch (op.name) {
    case 'getbyinternalnameortitle':
      return handleField(ctx, scope, findBy(scope, 'internalOrTitle', argString(op)), more);
    case 'getbytitle':
      return handleField(ctx, scope, findBy(scope, 'title', argString(op)), more);
    case 'getbyid':
      return handleField(ctx, scope, findBy(scope, 'id', argString(op)), more);
    case 'addfield': {
      requireMethod(ctx, 'POST');
      const p = parseJsonBody(ctx).parameters;
      if (typeof p !== 'object' || p === null) throw Errors.badJson('parameters expected');
      return addField(ctx, scope, p as Record<string, unknown>);
    }
    case 'createfieldasxml': {
      requireMethod(ctx, 'POST');
      requireManage(ctx, scope);
      const p = parseJsonBody(ctx).parameters as Record<string, unknown> | undefined;
      const xml = typeof p?.SchemaXml === 'string' ? p.SchemaXml : undefined;
      if (!xml) throw Errors.badJson('parameters.SchemaXml expected');
      let def: IFieldDef;
      try {
        def = fieldFromXml(parseXml(xml));
      } catch (e) {
        throw Errors.badQuery(e instanceof Error ? e.message : 'Invalid field schema');
      }
      return created(ctx, scope, def);
    }
    default:
      throw Errors.noResource(op.rawName);
  }
}

function created(ctx: ICtx, scope: IFieldScope, def: IFieldDef): IEmuResponse {
  if (scope.fields().some((f) => f.internalName.toLowerCase() === def.internalName.toLowerCase())) throw Errors.fieldExists(def.title);
  scope.add(def);
  const f = scope.fields().find((x) => x.internalName === def.internalName) as IFieldDef;
  return entityJson(ctx, fieldMeta(ctx, scope, f), fieldProps(scope, f), 201);
}

function addField(ctx: ICtx, scope: IFieldScope, body: Record<string, unknown>): IEmuResponse {
  requireManage(ctx, scope);
  const title = body.Title;
  const kind = KIND_BY_NUMBER[Number(body.FieldTypeKind)];
  if (typeof title !== 'string' || title.trim() === '') throw Errors.badQuery('The field Title is required.');
  if (!kind) throw Errors.badQuery(`The FieldTypeKind '${String(body.FieldTypeKind)}' is not supported by the emulator.`);
  const choices = body.Choices as unknown;
  const choiceList = Array.isArray(choices) ? choices : typeof choices === 'object' && choices !== null && Array.isArray((choices as { results?: unknown }).results) ? (choices as { results: unknown[] }).results : [];
  return created(ctx, scope, {
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
    description: typeof body.Description === 'string' ? body.Description : '',
    group: typeof body.Group === 'string' ? body.Group : 'Custom Columns',
  });
}

/** What MERGE may change; the emulator does not enforce column validation or unique values, so it refuses them. */
const UPDATABLE = new Set(['Indexed', 'Title', 'Required', 'Hidden', 'Description', 'Choices', 'MaxLength', 'DefaultValue', 'Group', 'DisplayFormat']);
const NOT_EMULATED = new Set(['EnforceUniqueValues', 'ValidationFormula', 'ValidationMessage']);

function handleField(ctx: ICtx, scope: IFieldScope, f: IFieldDef, rest: ISegment[]): IEmuResponse {
  if (rest.length > 0) {
    const [seg, ...more] = rest;
    const form = /^setshowin(display|edit|new)form$/.exec(seg.name);
    if (!form || more.length > 0) throw Errors.noResource(seg.rawName);
    requireMethod(ctx, 'POST');
    requireManage(ctx, scope);
    const show = seg.args?.[0]?.value;
    if (typeof show !== 'boolean') throw Errors.badQuery(`The parameter of ${seg.rawName} must be true or false.`);
    scope.update({ ...f, showIn: { ...f.showIn, [form[1]]: show } });
    return noContent();
  }
  if (ctx.method === 'GET') return entityJson(ctx, fieldMeta(ctx, scope, f), fieldProps(scope, f));
  requireManage(ctx, scope);
  if (ctx.method === 'DELETE') {
    if (f.builtIn) throw Errors.badQuery('You cannot delete a built-in field.');
    if (scope.list?.validation && new RegExp(`\\b${f.internalName}\\b`).test(scope.list.validation.formula)) {
      throw Errors.badQuery(`The column '${f.internalName}' is used by the list's validation formula; change the formula first.`);
    }
    scope.remove(f);
    return { status: 200, headers: {}, body: '' };
  }
  requireMethod(ctx, 'MERGE', 'PATCH');
  const next: IFieldDef = { ...f };
  for (const [k, v] of Object.entries(parseJsonBody(ctx))) {
    if (k === '__metadata') continue;
    if (NOT_EMULATED.has(k)) throw Errors.badQuery(`The emulator does not enforce the field property '${k}'; it is refused rather than ignored.`);
    if (!UPDATABLE.has(k)) throw Errors.unknownProperty(k, FIELD_ODATA_TYPE[f.kind] ?? 'SP.Field');
    if (k === 'Indexed') next.indexed = v === true;
    if (k === 'Title' && typeof v === 'string') next.title = v;
    if (k === 'Required') next.required = v === true;
    if (k === 'Hidden') next.hidden = v === true;
    if (k === 'MaxLength') next.maxLength = Number(v);
    if (k === 'Description' && typeof v === 'string') next.description = v;
    if (k === 'Group' && typeof v === 'string') next.group = v;
    if (k === 'DefaultValue') next.defaultValue = typeof v === 'string' ? v : null;
    if (k === 'DisplayFormat' && f.kind === 'DateTime') next.dateOnly = Number(v) === 0;
    if (k === 'Choices') {
      const arr = Array.isArray(v) ? v : (v as { results?: unknown[] } | null)?.results;
      if (Array.isArray(arr)) next.choices = arr.map(String);
    }
  }
  scope.update(next);
  return noContent();
}
