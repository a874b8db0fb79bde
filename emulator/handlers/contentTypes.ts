/**
 * Site columns, content types and views: `web/fields` (and `site/rootWeb/fields`), `web/contentTypes` and
 * `list/contentTypes` (GET, by id, a content type's `fields` and `fieldLinks`, `addAvailableContentType` on a list,
 * which adds the content type's site columns the list lacks), `list/views` and `list/defaultView` (read; one
 * "Alle elementer"/"Alle dokumenter" view per list, as a new list has).
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, ICtx, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argString, ISegment } from '../http/segments';
import type { IFieldDef, IListDef } from '../model';
import type { IContentTypeDef } from '../provision';
import type { IEntityMeta, Json } from '../serialize';
import { WEB_SCOPE } from '../store/schema';
import type { IEmuResponse } from '../types';
import { fieldProps, handleFieldsIn, IFieldScope, listFieldScope, webFieldScope } from './fields';

export function handleWebFields(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse {
  return handleFieldsIn(ctx, webFieldScope(ctx), seg, rest);
}

function ctLink(list: IListDef | undefined, id: string): string {
  return `${list ? `Web/Lists(guid'${list.id}')` : 'Web'}/ContentTypes('${id}')`;
}

function ctMeta(ctx: ICtx, list: IListDef | undefined, ct: IContentTypeDef): IEntityMeta {
  const link = ctLink(list, ct.id);
  return { type: 'SP.ContentType', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.ContentTypes/@Element' };
}

function ctProps(ctx: ICtx, list: IListDef | undefined, ct: IContentTypeDef & { parent?: string | null }): Json {
  return {
    Description: ct.description,
    Group: ct.group,
    Hidden: false,
    Id: { StringValue: ct.id },
    JSLink: '',
    Name: ct.name,
    ReadOnly: false,
    SchemaXml: `<ContentType ID="${ct.id}" Name="${ct.name}" Group="${ct.group}"/>`,
    Scope: list ? `${ctx.core.sitePath}/${list.url}` : ctx.core.sitePath,
    Sealed: false,
    StringId: ct.id,
  };
}

function scopeOf(list: IListDef | undefined): string {
  return list ? list.id : WEB_SCOPE;
}

export function handleContentTypes(ctx: ICtx, list: IListDef | undefined, seg: ISegment, rest: ISegment[]): IEmuResponse {
  if (list) requirePerm(ctx, 'view', list);
  const all = ctx.core.schema.contentTypes(scopeOf(list));
  const find = (id: string | undefined): IContentTypeDef => {
    const ct = all.find((c) => c.id.toLowerCase() === (id ?? '').toLowerCase());
    if (!ct) throw Errors.noResource(id ?? seg.rawName);
    return ct;
  };
  if (seg.args) return handleContentType(ctx, list, find(argString(seg)), rest);
  if (rest.length === 0) {
    if (ctx.method === 'POST' && !list) return addContentType(ctx, all);
    requireMethod(ctx, 'GET');
    return collectionJson(ctx, 'SP.ApiData.ContentTypes', all.map((c) => ({ meta: ctMeta(ctx, list, c), props: ctProps(ctx, list, c) })));
  }
  const [op, ...more] = rest;
  if (op.name === 'getbyid') return handleContentType(ctx, list, find(argString(op)), more);
  if (op.name === 'addavailablecontenttype' && list) {
    requireMethod(ctx, 'POST');
    requirePerm(ctx, 'manageLists', list);
    const id = parseJsonBody(ctx).contentTypeId;
    const site = ctx.core.schema.contentTypes(WEB_SCOPE).find((c) => c.id.toLowerCase() === String(id ?? '').toLowerCase());
    if (!site) throw Errors.badQuery(`The content type '${String(id)}' does not exist on the site.`);
    const existing = all.find((c) => c.id.toLowerCase().startsWith(`${site.id.toLowerCase()}00`));
    if (existing) throw Errors.badQuery(`A duplicate content type "${site.name}" was found.`);
    const scope = listFieldScope(ctx, list);
    const siteFields = webFieldScope(ctx).fields();
    for (const name of site.fields) {
      const sf = siteFields.find((f) => f.internalName === name);
      if (sf && !scope.fields().some((f) => f.internalName.toLowerCase() === name.toLowerCase())) scope.add({ ...sf, indexed: false });
    }
    const ct = ctx.core.schema.addListContentType(ctx.core.catalogue.byId(list.id) as IListDef, site);
    return entityJson(ctx, ctMeta(ctx, list, ct), ctProps(ctx, list, ct));
  }
  throw Errors.noResource(op.rawName);
}

/** The parent of a content type id: without its last two hex digits, or without "00" and the GUID that follow it. */
export function parentContentTypeId(id: string): string | null {
  if (/^0x[0-9a-f]*00[0-9a-f]{32}$/i.test(id) && id.length > 36) return id.slice(0, -34);
  return id.length > 4 ? id.slice(0, -2) : null;
}

/** POST web/contentTypes: SP.ContentTypeCreationInformation with the id (`Id.StringValue`), as PnPjs's add sends it. */
function addContentType(ctx: ICtx, all: (IContentTypeDef & { parent: string | null })[]): IEmuResponse {
  requirePerm(ctx, 'manageWeb');
  const body = parseJsonBody(ctx);
  const id = typeof (body.Id as { StringValue?: unknown } | undefined)?.StringValue === 'string' ? String((body.Id as { StringValue: string }).StringValue) : '';
  const name = typeof body.Name === 'string' ? body.Name.trim() : '';
  if (!/^0x[0-9a-f]+$/i.test(id)) throw Errors.badQuery('The content type id is not valid.');
  if (!name) throw Errors.badQuery('The content type Name is required.');
  if (all.some((c) => c.id.toLowerCase() === id.toLowerCase() || c.name.toLowerCase() === name.toLowerCase())) {
    throw Errors.badQuery(`A duplicate content type "${name}" was found.`);
  }
  const parentId = parentContentTypeId(id);
  const parent = all.find((c) => c.id.toLowerCase() === (parentId ?? '').toLowerCase());
  if (!parent) throw Errors.badQuery(`The parent content type '${String(parentId)}' does not exist on the site.`);
  const ct: IContentTypeDef = { id, name, group: typeof body.Group === 'string' ? body.Group : 'Custom Content Types', description: typeof body.Description === 'string' ? body.Description : '', fields: [...parent.fields] };
  ctx.core.schema.putContentType(WEB_SCOPE, ct, parent.id);
  return entityJson(ctx, ctMeta(ctx, undefined, ct), ctProps(ctx, undefined, ct), 201);
}

/**
 * POST contentTypes('…')/fieldLinks: an SP.FieldLink naming the column by `FieldInternalName` (there is no "add" on
 * the URL). On a site content type the column must be a site column, on a list's one a column of the list.
 */
function addFieldLink(ctx: ICtx, list: IListDef | undefined, ct: IContentTypeDef & { parent?: string | null }, scope: IFieldScope): IEmuResponse {
  if (list) requirePerm(ctx, 'manageLists', list);
  else requirePerm(ctx, 'manageWeb');
  const name = parseJsonBody(ctx).FieldInternalName;
  const field = scope.fields().find((f) => f.internalName.toLowerCase() === String(name ?? '').toLowerCase());
  if (!field) throw Errors.badQuery(`Column '${String(name)}' does not exist. It may have been deleted by another user.`);
  if (ct.fields.some((n) => n.toLowerCase() === field.internalName.toLowerCase())) throw Errors.badQuery(`A duplicate field name "${field.internalName}" was found.`);
  ctx.core.schema.putContentType(list ? list.id : WEB_SCOPE, { ...ct, fields: [...ct.fields, field.internalName] }, ct.parent ?? null);
  const link = `${ctLink(list, ct.id)}/FieldLinks(guid'${field.id}')`;
  return entityJson(ctx, { type: 'SP.FieldLink', id: `${ctx.core.apiBase()}${link}`, editLink: link }, { Hidden: false, Id: field.id, Name: field.internalName, Required: field.required }, 201);
}

function handleContentType(ctx: ICtx, list: IListDef | undefined, ct: IContentTypeDef, rest: ISegment[]): IEmuResponse {
  const scope: IFieldScope = list ? listFieldScope(ctx, list) : webFieldScope(ctx);
  if (ctx.method === 'POST' && rest.length === 1 && rest[0].name === 'fieldlinks' && !rest[0].args) return addFieldLink(ctx, list, ct, scope);
  requireMethod(ctx, 'GET');
  if (rest.length === 0) return entityJson(ctx, ctMeta(ctx, list, ct), ctProps(ctx, list, ct));
  const [seg, ...more] = rest;
  if (more.length > 0) throw Errors.noResource(more[0].rawName);
  const fields = ct.fields.map((n) => scope.fields().find((f) => f.internalName === n)).filter((f): f is IFieldDef => f !== undefined);
  if (seg.name === 'fields') {
    return collectionJson(ctx, 'SP.ApiData.Fields', fields.map((f) => ({ meta: { type: 'SP.Field', id: `${ctx.core.apiBase()}${ctLink(list, ct.id)}/Fields(guid'${f.id}')` }, props: fieldProps(scope, f) })));
  }
  if (seg.name === 'fieldlinks') {
    return collectionJson(ctx, 'SP.ApiData.FieldLinks', fields.map((f) => ({ meta: { type: 'SP.FieldLink', id: `${ctx.core.apiBase()}${ctLink(list, ct.id)}/FieldLinks(guid'${f.id}')` }, props: { Hidden: false, Id: f.id, Name: f.internalName, Required: f.required } })));
  }
  throw Errors.noResource(seg.rawName);
}

function viewProps(ctx: ICtx, list: IListDef): Json {
  const id = `${list.id.slice(0, 24)}${'0'.repeat(12)}`;
  const page = list.baseType === 1 ? `${ctx.core.sitePath}/${list.url}/Forms/AllItems.aspx` : `${ctx.core.sitePath}/${list.url}/AllItems.aspx`;
  return {
    DefaultView: true,
    Hidden: false,
    Id: id,
    MobileDefaultView: true,
    Paged: true,
    PersonalView: false,
    RowLimit: 30,
    ServerRelativeUrl: page,
    Title: list.baseType === 1 ? 'Alle dokumenter' : 'Alle elementer',
    ViewQuery: '<OrderBy><FieldRef Name="ID" /></OrderBy>',
    ViewType: 'HTML',
  };
}

/** list/views and list/defaultView: read only. */
export function handleViews(ctx: ICtx, list: IListDef, seg: ISegment, rest: ISegment[]): IEmuResponse {
  requireMethod(ctx, 'GET');
  const props = viewProps(ctx, list);
  const link = `Web/Lists(guid'${list.id}')/Views(guid'${String(props.Id)}')`;
  const meta: IEntityMeta = { type: 'SP.View', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SP.ApiData.Views/@Element' };
  let more = rest;
  if (seg.name === 'views' && !seg.args) {
    if (rest.length === 0) return collectionJson(ctx, 'SP.ApiData.Views', [{ meta, props }]);
    const [op, ...tail] = rest;
    const arg = (argString(op) ?? '').toLowerCase();
    if (!((op.name === 'getbyid' && arg === String(props.Id)) || (op.name === 'getbytitle' && arg === String(props.Title).toLowerCase()))) throw Errors.noResource(op.rawName);
    more = tail;
  } else if (seg.name === 'views' && (argString(seg) ?? '').toLowerCase() !== String(props.Id)) {
    throw Errors.noResource(seg.rawName);
  }
  if (more.length === 0) return entityJson(ctx, meta, props);
  if (more[0].name === 'viewfields' && more.length === 1) {
    const names = ['LinkTitle', ...list.fields.filter((f) => !f.builtIn && !f.hidden).map((f) => f.internalName)];
    return entityJson(ctx, { type: 'SP.ViewFieldCollection', id: `${meta.id}/ViewFields` }, { Items: names, SchemaXml: names.map((n) => `<FieldRef Name="${n}" />`).join('') });
  }
  throw Errors.noResource(more[0].rawName);
}
