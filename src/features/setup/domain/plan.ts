/**
 * The set-up's plan, read from the package's own Feature-Framework files (assets.generated.ts, generated from
 * sharepoint/assets/): the site columns (each with its `<Field>` element as written), the content types with their
 * columns, and the lists with their settings (versioning, content approval, draft visibility, item-level security,
 * validation), content types, columns and indexes. Stories' content type (a child of Site Page) also goes on the
 * site's pages library, the one step the package itself cannot take.
 */
import { LIST_PERMISSIONS } from './permissions';
import type { IListPermissionsPlan } from './permissions';
import { childNamed, childrenNamed, IXmlNode, parseXml } from './xml';

/** SharePoint's Site Page content type: its children belong on the pages library (Webstedssider). */
export const SITE_PAGE_CONTENT_TYPE = '0x0101009D1CB255DA76424F860D91F20E6C4118';

export interface IColumnPlan {
  /** The field's ID, lower case, without braces. */
  readonly id: string;
  readonly name: string;
  readonly title: string;
  /** The `<Field>` element exactly as the XML file writes it. */
  readonly schemaXml: string;
}

export interface IListColumnPlan extends IColumnPlan {
  readonly indexed: boolean;
}

export interface IContentTypePlan {
  readonly id: string;
  readonly name: string;
  readonly group: string;
  readonly description: string;
  /** Internal names of its columns (FieldRefs), in order. */
  readonly fields: readonly string[];
}

/** The list properties the set-up sets, by SharePoint's REST names. */
export interface IListSettings {
  readonly Title: string;
  readonly EnableVersioning: boolean;
  readonly EnableModeration: boolean;
  readonly DraftVersionVisibility: number;
  readonly ReadSecurity: number;
  readonly WriteSecurity: number;
  readonly ValidationFormula: string;
  readonly ValidationMessage: string;
}

export interface IListPlan {
  readonly title: string;
  /** Web-relative URL, e.g. Lists/Navnenyt. */
  readonly url: string;
  readonly description: string;
  readonly template: number;
  readonly settings: IListSettings;
  readonly contentTypes: readonly string[];
  readonly fields: readonly IListColumnPlan[];
}

export interface ISetupPlan {
  readonly siteColumns: readonly IColumnPlan[];
  readonly contentTypes: readonly IContentTypePlan[];
  readonly lists: readonly IListPlan[];
  /** Content types for the pages library (children of Site Page). */
  readonly pageContentTypes: readonly string[];
  /** The lists' own permissions (not in the XML: the README's deployment step, set by the set-up too). */
  readonly permissions: readonly IListPermissionsPlan[];
}

const truthy = (v: string | undefined): boolean => (v ?? '').toUpperCase() === 'TRUE';

function column(el: IXmlNode): IColumnPlan {
  const name = el.attrs.Name ?? el.attrs.StaticName;
  if (!name || !el.attrs.ID || !el.attrs.Type) throw new Error(`A <Field> without ID, Name or Type: ${el.source.slice(0, 120)}`);
  return { id: el.attrs.ID.replace(/[{}]/g, '').toLowerCase(), name, title: el.attrs.DisplayName ?? name, schemaXml: el.source };
}

/** SharePoint reads DraftVersionVisibility 1 as edit rights, 2 as approval rights, anything else as read rights. */
function draftVisibility(v: string | undefined): number {
  const n = Number(v ?? '0');
  return n === 1 || n === 2 ? n : 0;
}

function listOf(inst: IXmlNode, files: Readonly<Record<string, string>>): IListPlan {
  const schemaFile = inst.attrs.CustomSchema;
  const schemaText = schemaFile ? files[schemaFile] : undefined;
  if (schemaFile && schemaText === undefined) throw new Error(`elements.xml names ${schemaFile}, which is missing`);
  const schema = schemaText ? parseXml(schemaText) : undefined;
  const meta = schema ? childNamed(schema, 'MetaData') : undefined;
  const fieldsEl = meta ? childNamed(meta, 'Fields') : undefined;
  const ctsEl = meta ? childNamed(meta, 'ContentTypes') : undefined;
  const validation = meta ? childNamed(meta, 'Validation') : undefined;
  const a = schema?.attrs ?? {};
  const title = inst.attrs.Title;
  const url = inst.attrs.Url;
  if (!title || !url) throw new Error('A <ListInstance> without Title or Url');
  return {
    title,
    url,
    description: inst.attrs.Description ?? '',
    template: Number(inst.attrs.TemplateType ?? '100'),
    settings: {
      Title: title,
      EnableVersioning: truthy(a.VersioningEnabled),
      EnableModeration: truthy(a.ModeratedList),
      DraftVersionVisibility: draftVisibility(a.DraftVersionVisibility),
      ReadSecurity: Number(a.ReadSecurity ?? '1'),
      WriteSecurity: Number(a.WriteSecurity ?? '1'),
      ValidationFormula: validation?.text.trim() ?? '',
      ValidationMessage: validation?.attrs.Message ?? '',
    },
    contentTypes: ctsEl ? childrenNamed(ctsEl, 'ContentTypeRef').map((r) => r.attrs.ID) : [],
    fields: fieldsEl ? childrenNamed(fieldsEl, 'Field').map((f) => ({ ...column(f), indexed: truthy(f.attrs.Indexed) })) : [],
  };
}

/** The plan from the files (`elements.xml` and the schema files it names). Throws on a malformed or incomplete file. */
export function planFromAssets(files: Readonly<Record<string, string>>): ISetupPlan {
  const elementsText = files['elements.xml'];
  if (elementsText === undefined) throw new Error('elements.xml is missing');
  const elements = parseXml(elementsText);
  const siteColumns = childrenNamed(elements, 'Field').map(column);
  const contentTypes = childrenNamed(elements, 'ContentType').map((ct) => {
    const refs = childNamed(ct, 'FieldRefs');
    return {
      id: ct.attrs.ID,
      name: ct.attrs.Name,
      group: ct.attrs.Group ?? 'Custom Content Types',
      description: ct.attrs.Description ?? '',
      fields: refs ? childrenNamed(refs, 'FieldRef').map((r) => r.attrs.Name) : [],
    };
  });
  for (const ct of contentTypes) {
    for (const f of ct.fields) {
      if (!siteColumns.some((c) => c.name === f)) throw new Error(`Content type ${ct.name} names the column ${f}, which elements.xml does not define`);
    }
  }
  const lists = childrenNamed(elements, 'ListInstance').map((inst) => listOf(inst, files));
  for (const l of lists) {
    for (const id of l.contentTypes) {
      if (!contentTypes.some((c) => c.id.toLowerCase() === id.toLowerCase())) throw new Error(`List ${l.title} names the content type ${id}, which elements.xml does not define`);
    }
  }
  const pageContentTypes = contentTypes.filter((c) => c.id.toUpperCase().startsWith(`${SITE_PAGE_CONTENT_TYPE.toUpperCase()}00`)).map((c) => c.id);
  return { siteColumns, contentTypes, lists, pageContentTypes, permissions: LIST_PERMISSIONS };
}
