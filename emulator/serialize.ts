/**
 * JSON shapes: minimal metadata (JSON light, the default for `application/json`), `odata=nometadata` and
 * `odata=verbose`, for entities and collections, and the item projection ($select/$expand) with SharePoint's
 * property names and value formats.
 */
import type { Core } from './core';
import { Errors, MetadataMode } from './errors';
import { IFieldDef, IListDef, restName } from './model';
import type { IProjection, SelectEntry } from './odata/query';
import { USER_FIELDS_OUT } from './odata/query';
import type { Row } from './store/items';
import type { IUserRow } from './store/principals';
import { readValue } from './store/values';

export type Json = Record<string, unknown>;

export interface IEntityMeta {
  type: string;
  /** odata.id (minimal) */
  id: string;
  /** web-relative edit link, e.g. Web/Lists(guid'…')/Items(3) */
  editLink?: string;
  etag?: string;
  /** odata.metadata fragment after `$metadata#` for single entities. */
  metadata?: string;
}

export function metadataMode(accept: string | undefined): MetadataMode {
  const a = (accept ?? '').toLowerCase();
  if (a.includes('odata=verbose')) return 'verbose';
  if (a.includes('odata=nometadata')) return 'nometadata';
  return 'minimal';
}

export function contentTypeFor(mode: MetadataMode): string {
  const m = mode === 'verbose' ? 'verbose' : mode === 'nometadata' ? 'nometadata' : 'minimalmetadata';
  return `application/json;odata=${m};streaming=true;charset=utf-8`;
}

/** Entity inside a collection or expansion (no odata.metadata). */
export function entityProps(core: Core, mode: MetadataMode, meta: IEntityMeta, props: Json): Json {
  if (mode === 'nometadata') return props;
  if (mode === 'verbose') {
    const uri = meta.editLink ? `${core.apiBase()}${meta.editLink}` : meta.id;
    const m: Json = { id: meta.id.startsWith('http') ? meta.id : uri, uri, type: meta.type };
    if (meta.etag) m.etag = meta.etag;
    return { __metadata: m, ...props };
  }
  const out: Json = { 'odata.type': meta.type, 'odata.id': meta.id };
  if (meta.etag) out['odata.etag'] = meta.etag;
  if (meta.editLink) out['odata.editLink'] = meta.editLink;
  return { ...out, ...props };
}

/** A top-level single entity. */
export function entityDoc(core: Core, mode: MetadataMode, meta: IEntityMeta, props: Json): Json {
  const e = entityProps(core, mode, meta, props);
  if (mode === 'verbose') return { d: e };
  if (mode === 'nometadata') return e;
  return { 'odata.metadata': `${core.apiBase()}$metadata#${meta.metadata ?? meta.type + '/@Element'}`, ...e };
}

export function collectionDoc(core: Core, mode: MetadataMode, metadata: string, values: Json[], nextLink?: string): Json {
  if (mode === 'verbose') {
    const d: Json = { results: values };
    if (nextLink) d.__next = nextLink;
    return { d };
  }
  const out: Json = mode === 'minimal' ? { 'odata.metadata': `${core.apiBase()}$metadata#${metadata}` } : {};
  out.value = values;
  if (nextLink) out['odata.nextLink'] = nextLink;
  return out;
}

/**
 * `$select` on a plain object (web, list, user, group, field, file, folder…): the metadata keys and the named
 * properties, matched case-insensitively; an unknown name → 400 "The field or property 'X' does not exist.".
 */
export function selectProps(obj: Json, select: string | null): Json {
  if (!select || select.trim() === '' || select.trim() === '*') return obj;
  const keys = select.split(',').map((s) => s.trim()).filter((s) => s !== '');
  const out: Json = {};
  for (const [k, v] of Object.entries(obj)) if (k.startsWith('odata.') || k === '__metadata') out[k] = v;
  for (const k of keys) {
    if (k === '*') return obj;
    const hit = Object.keys(obj).find((x) => x.toLowerCase() === k.toLowerCase());
    if (hit === undefined) throw Errors.fieldOrPropertyMissing(k);
    out[hit] = obj[hit];
  }
  return out;
}

/** A primitive result such as the recycle-bin id: `{"value": …}`, verbose `{"d": {"Name": …}}`. */
export function primitiveDoc(core: Core, mode: MetadataMode, name: string, edmType: string, value: unknown): Json {
  if (mode === 'verbose') return { d: { [name]: value } };
  if (mode === 'nometadata') return { value };
  return { 'odata.metadata': `${core.apiBase()}$metadata#${edmType}`, value };
}

export function itemEditLink(list: IListDef, id: number): string {
  return `Web/Lists(guid'${list.id}')/Items(${id})`;
}

export function itemETag(row: Row): string {
  return `"${String(row._Version)}"`;
}

/** The ETag response header: SharePoint's `"<item guid>,<version>"` form. */
export function itemETagHeader(row: Row): string {
  return `"${String(row.GUID)},${String(row._Version)}"`;
}

export function userInfo(u: IUserRow | undefined, subs: string[] | null): Json | null {
  if (!u) return null;
  const [first, ...rest] = u.title.split(' ');
  const all: Json = {
    Id: u.id,
    ID: u.id,
    Title: u.title,
    Name: u.login,
    EMail: u.email,
    UserName: u.email,
    JobTitle: u.job_title,
    Department: u.department,
    FirstName: first,
    LastName: rest.join(' '),
    SipAddress: u.email,
    Picture: null,
  };
  const keys = subs ?? USER_FIELDS_OUT;
  const out: Json = {};
  for (const k of keys) out[k] = all[k];
  return out;
}

export interface IAttachmentRef {
  name: string;
}

export class ItemSerializer {
  private readonly userCache = new Map<number, IUserRow | undefined>();

  public constructor(
    private readonly core: Core,
    private readonly list: IListDef,
    private readonly mode: MetadataMode,
    private readonly projection: IProjection,
    private readonly attachmentsOf: (itemId: number) => string[],
    /** The current user's rights on an item, for `$select=EffectiveBasePermissions`. */
    private readonly permissionsOf?: (row: Row) => bigint,
  ) {}

  public item(row: Row): Json {
    const id = Number(row.ID);
    const props = this.projection.entries ? this.selected(row, this.projection.entries) : this.defaults(row);
    if (this.projection.entries === null) {
      for (const f of this.projection.defaultExpands) this.putExpanded(props, row, f, null);
      if (this.projection.attachmentFilesExpanded) props.AttachmentFiles = this.attachmentFiles(id);
      for (const p of this.projection.permissions ?? []) props[p] = this.permissions(row);
    }
    return entityProps(this.core, this.mode, { type: this.list.entity, id: String(row.GUID), etag: itemETag(row), editLink: itemEditLink(this.list, id) }, props);
  }

  private user(id: number): IUserRow | undefined {
    if (!this.userCache.has(id)) this.userCache.set(id, this.core.principals.user(id));
    return this.userCache.get(id);
  }

  private value(f: IFieldDef, row: Row): unknown {
    switch (f.internalName) {
      case 'ID':
        return row.ID;
      case 'Author':
        return row.AuthorId;
      case 'Editor':
        return row.EditorId;
      case '_UIVersionString':
        // Pages have major and minor versions (0.1 a new draft, 1.0 published); other items major versions only.
        if (row._PageMajor !== undefined && row._PageMajor !== null) return `${String(row._PageMajor)}.${String(row._PageMinor ?? 0)}`;
        return this.list.versioning ? `${String(row._Version)}.0` : '1.0';
      case 'Attachments':
        return Number(row._AttachmentCount) > 0;
      default:
        return readValue(f, row[f.kind === 'User' || f.kind === 'Lookup' ? `${f.internalName}Id` : f.internalName]);
    }
  }

  private defaults(row: Row): Json {
    const out: Json = {
      FileSystemObjectType: String(row.ContentTypeId).startsWith('0x0120') ? 1 : 0,
      Id: row.ID,
      ServerRedirectedEmbedUri: null,
      ServerRedirectedEmbedUrl: '',
    };
    const tail = ['ID', 'Modified', 'Created', 'Author', 'Editor', '_UIVersionString', 'Attachments', 'GUID'];
    for (const f of this.list.fields) {
      if (tail.includes(f.internalName)) continue;
      this.putField(out, f, row);
    }
    for (const name of tail) {
      const f = this.list.fields.find((x) => x.internalName === name);
      if (f) this.putField(out, f, row);
    }
    out.ComplianceAssetId = null;
    return out;
  }

  private putField(out: Json, f: IFieldDef, row: Row): void {
    const v = this.value(f, row);
    out[restName(f)] = v;
    if (f.kind === 'User' || f.kind === 'Lookup') out[`${f.internalName}StringId`] = v === null || v === undefined ? null : String(v);
    if (f.kind === 'UserMulti') out[`${f.internalName}StringId`] = (v as number[]).map(String);
  }

  private selected(row: Row, entries: SelectEntry[]): Json {
    const out: Json = {};
    for (const e of entries) {
      switch (e.kind) {
        case 'field':
          out[e.prop] = this.value(e.field, row);
          break;
        case 'stringId': {
          const v = this.value(e.field, row);
          out[e.prop] = Array.isArray(v) ? v.map(String) : v === null ? null : String(v);
          break;
        }
        case 'expand':
          this.putExpanded(out, row, e.field, e.subs);
          break;
        case 'attachmentFiles':
          out.AttachmentFiles = this.attachmentFiles(Number(row.ID));
          break;
        case 'permissions':
          out[e.prop] = this.permissions(row);
          break;
        case 'meta':
          if (e.prop === 'FileRef' || e.prop === 'FileLeafRef') {
            // A library item's file (pages, pictures): its server-relative URL and its name; null for list items.
            const file = this.list.baseType === 1 ? this.core.files.fileByItem(this.list.id, Number(row.ID)) : undefined;
            out[e.prop] = file ? (e.prop === 'FileRef' ? file.url : file.name) : null;
            break;
          }
          out[e.prop] =
            e.prop === 'FileSystemObjectType' ? (String(row.ContentTypeId).startsWith('0x0120') ? 1 : 0) : e.prop === 'ServerRedirectedEmbedUrl' ? '' : e.prop === 'CommentsDisabled' ? false : null;
          break;
      }
    }
    return out;
  }

  /** SP.BasePermissions of the item for the current user: {High, Low} as Int64 strings. */
  private permissions(row: Row): Json {
    const mask = this.permissionsOf ? this.permissionsOf(row) : 0n;
    const v = { High: String(mask >> 32n), Low: String(mask & 0xffffffffn) };
    return this.mode === 'verbose' ? { __metadata: { type: 'SP.BasePermissions' }, ...v } : v;
  }

  private putExpanded(out: Json, row: Row, f: IFieldDef, subs: string[] | null): void {
    const link = `${itemEditLink(this.list, Number(row.ID))}/${f.internalName}`;
    const wrap = (u: IUserRow | undefined): Json | null => {
      const info = userInfo(u, subs);
      if (!info || !u) return null;
      return entityProps(this.core, this.mode, { type: 'SP.Data.UserInfoItem', id: u.guid, editLink: `Web/SiteUserInfoList/Items(${u.id})` }, info);
    };
    if (this.mode === 'minimal') out[`${f.internalName}@odata.navigationLinkUrl`] = link;
    const v = this.value(f, row);
    if (f.kind === 'UserMulti') {
      const arr = (v as number[]).map((id) => wrap(this.user(id))).filter((x) => x !== null);
      out[f.internalName] = this.mode === 'verbose' ? { results: arr } : arr;
    } else {
      out[f.internalName] = typeof v === 'number' ? wrap(this.user(v)) : null;
    }
  }

  private attachmentFiles(itemId: number): unknown {
    const files = this.attachmentsOf(itemId).map((name) => {
      const url = `${this.core.sitePath}/${this.list.url}/Attachments/${itemId}/${name}`;
      return entityProps(this.core, this.mode, { type: 'SP.Attachment', id: `${this.core.apiBase()}Web/Lists(guid'${this.list.id}')/Items(${itemId})/AttachmentFiles('${name}')`, editLink: `Web/Lists(guid'${this.list.id}')/Items(${itemId})/AttachmentFiles('${name}')` }, {
        FileName: name,
        FileNameAsPath: { DecodedUrl: name },
        ServerRelativePath: { DecodedUrl: url },
        ServerRelativeUrl: url,
      });
    });
    return this.mode === 'verbose' ? { results: files } : files;
  }
}
