/**
 * Modern pages in the Site Pages library (Webstedssider, template 119), as SharePoint keeps them: each page is a file
 * `SitePages/<name>.aspx` whose list item carries the Site Page columns (Title, Description, BannerImageUrl,
 * CanvasContent1 as canvas HTML, LayoutWebpartsContent, PromotedState, FirstPublishedDate, PageLayoutType,
 * _OriginalSourceUrl, _TopicHeader) and the columns of the content types bound to the library (site.json
 * `contentTypes`, the one-time set-up a real site needs). Versions are major and minor: a new page is 0.1 and checked
 * out to its author, a draft check-in adds a minor version, publishing makes the next major version. Who cannot edit
 * the library (readers) sees published pages only, with their published content: the edits of a page that is already
 * published wait in `page_drafts` until the page is published again.
 */
import type { Core } from '../core';
import { Errors } from '../errors';
import { fieldDef } from '../model';
import type { IFieldDef, IListDef } from '../model';
import { canvasToHtml, CanvasControl } from './canvas';
import { quoteIdent } from './db';
import type { Row } from './items';
import type { SqlValue } from './values';

export const SITE_PAGE_CONTENT_TYPE = '0x0101009D1CB255DA76424F860D91F20E6C4118';

function field(internalName: string, title: string, kind: IFieldDef['kind'], extra: Partial<IFieldDef> = {}): IFieldDef {
  return fieldDef(internalName, title, kind, { maxLength: kind === 'Text' ? 255 : null, group: 'Kolonner til webstedsside', ...extra });
}

/** The Site Page content type's own columns (Danish display names as on a Danish site; ids generated). */
export const SITE_PAGE_FIELDS: readonly IFieldDef[] = [
  field('Description', 'Beskrivelse', 'Note'),
  field('BannerImageUrl', 'Bannerbillede-URL', 'URL'),
  field('CanvasContent1', 'Forfatterlærredsindhold', 'Note', { richText: true, hidden: true }),
  field('LayoutWebpartsContent', 'Webdelsindhold i sidelayout', 'Note', { hidden: true }),
  field('PromotedState', 'Forfremmet tilstand', 'Number', { indexed: true, defaultValue: '0' }),
  field('FirstPublishedDate', 'Første publiceringsdato', 'DateTime', { indexed: true }),
  field('PageLayoutType', 'Sidelayouttype', 'Text'),
  field('_OriginalSourceUrl', 'Oprindelig kilde-URL', 'Text'),
  field('_TopicHeader', 'Emneoverskrift', 'Text'),
];

/** Columns of the library's table that hold page state, not fields. */
const STATE_COLUMNS: [string, string][] = [
  ['_PageMajor', 'INTEGER'],
  ['_PageMinor', 'INTEGER'],
  ['_PagePublished', 'TEXT'],
  ['_PagePublishedBy', 'INTEGER'],
];

export function isPagesLibrary(list: IListDef | undefined): boolean {
  return list !== undefined && list.template === 119;
}

/** A page's state as the sitepages API reports it. */
export interface IPageState {
  major: number;
  minor: number;
  published: string | null;
  publishedBy: number | null;
}

export function pageState(row: Row): IPageState {
  // Files that were not made as pages (Home.aspx, uploads) count as published major versions.
  const major = row._PageMajor === null || row._PageMajor === undefined ? 1 : Number(row._PageMajor);
  return {
    major,
    minor: row._PageMinor === null || row._PageMinor === undefined ? 0 : Number(row._PageMinor),
    published: typeof row._PagePublished === 'string' ? row._PagePublished : null,
    publishedBy: typeof row._PagePublishedBy === 'number' ? row._PagePublishedBy : null,
  };
}

/** The version label of a page's item, e.g. 0.1, 1.0, 2.3. */
export function pageVersionLabel(row: Row): string {
  const s = pageState(row);
  return `${s.major}.${s.minor}`;
}

/** SQL (on the library's table) for the rows a reader of a pages library may see: pages with a published version. */
export const PUBLISHED_PAGES_SQL = 'COALESCE(_PageMajor, 1) > 0';

export function isPublished(row: Row): boolean {
  return pageState(row).major > 0;
}

/** Adds the Site Page columns, the bound content types' columns and the page-state columns to the library. */
export function provisionPagesLibrary(core: Core, lib: IListDef, extraFields: readonly IFieldDef[]): void {
  for (const f of [...SITE_PAGE_FIELDS, ...extraFields]) {
    const current = core.catalogue.byId(lib.id) ?? lib;
    if (!current.fields.some((x) => x.internalName.toLowerCase() === f.internalName.toLowerCase())) core.catalogue.addField(current, f);
  }
  const have = new Set((core.db.prepare(`PRAGMA table_info(${quoteIdent(lib.table)})`).all() as { name: string }[]).map((c) => c.name));
  for (const [name, type] of STATE_COLUMNS) if (!have.has(name)) core.db.exec(`ALTER TABLE ${quoteIdent(lib.table)} ADD COLUMN ${name} ${type}`);
  core.db.exec('CREATE TABLE IF NOT EXISTS page_drafts(list_id TEXT NOT NULL, item_id INTEGER NOT NULL, data TEXT NOT NULL, PRIMARY KEY(list_id, item_id))');
  core.items.clearStatements();
}

/** The page's pending edits (column → value) since it was last published, or undefined. */
export function pageDraft(core: Core, lib: IListDef, id: number): Record<string, SqlValue> | undefined {
  const r = core.db.prepare('SELECT data FROM page_drafts WHERE list_id = ? AND item_id = ?').get(lib.id, id) as { data: string } | undefined;
  return r ? (JSON.parse(r.data) as Record<string, SqlValue>) : undefined;
}

/** The row as an editor sees it: the published row with the pending edits over it. */
export function withDraft(core: Core, lib: IListDef, row: Row): Row {
  const d = pageDraft(core, lib, Number(row.ID));
  return d ? { ...row, ...d } : row;
}

function setState(core: Core, lib: IListDef, id: number, s: Partial<Record<string, SqlValue>>): void {
  const names = Object.keys(s);
  core.db.prepare(`UPDATE ${quoteIdent(lib.table)} SET ${names.map((n) => `${quoteIdent(n)} = ?`).join(', ')} WHERE ID = ?`).run(...names.map((n) => s[n] ?? null), id);
}

/** Saves page content: into the item while the page was never published, else as pending edits. */
export function savePageColumns(core: Core, lib: IListDef, row: Row, columns: Map<string, SqlValue>, userId: number): void {
  const id = Number(row.ID);
  if (!isPublished(row)) {
    core.items.update(lib, id, columns, userId, core.businessNowIso());
    return;
  }
  const draft = { ...(pageDraft(core, lib, id) ?? {}), ...Object.fromEntries(columns) };
  core.db.prepare('INSERT OR REPLACE INTO page_drafts(list_id, item_id, data) VALUES (?,?,?)').run(lib.id, id, JSON.stringify(draft));
}

/** Checks a draft in: the next minor version. */
export function checkInDraft(core: Core, lib: IListDef, row: Row): void {
  const s = pageState(row);
  setState(core, lib, Number(row.ID), { _PageMajor: s.major, _PageMinor: s.minor + 1 });
}

/** Publishes: pending edits go into the item, the next major version, FirstPublishedDate on the first publish, news promoted. */
export function publishPage(core: Core, lib: IListDef, row: Row, userId: number): void {
  const id = Number(row.ID);
  const now = core.businessNowIso();
  const columns = new Map<string, SqlValue>(Object.entries(pageDraft(core, lib, id) ?? {}));
  if (!row.FirstPublishedDate) columns.set('FirstPublishedDate', now);
  const promoted = columns.has('PromotedState') ? Number(columns.get('PromotedState')) : Number(row.PromotedState ?? 0);
  if (promoted === 1) columns.set('PromotedState', 2);
  core.items.update(lib, id, columns, userId, now);
  core.db.prepare('DELETE FROM page_drafts WHERE list_id = ? AND item_id = ?').run(lib.id, id);
  setState(core, lib, id, { _PageMajor: pageState(row).major + 1, _PageMinor: 0, _PagePublished: now, _PagePublishedBy: userId });
}

export function discardDraft(core: Core, lib: IListDef, id: number): void {
  core.db.prepare('DELETE FROM page_drafts WHERE list_id = ? AND item_id = ?').run(lib.id, id);
}

const PAGE_STUB = '<%@ Page Inherits="Microsoft.SharePoint.WebPartPages.WebPartPage" %><html><head></head><body></body></html>';

export interface INewPage {
  name: string;
  title: string;
  layout: string;
  promotedState: number;
  authorId: number;
  /** Column values besides the Site Page ones (custom columns, by column name). */
  columns?: Map<string, SqlValue>;
  description?: string;
  bannerImageUrl?: string;
  canvas?: readonly CanvasControl[];
  contentTypeId?: string;
  created?: string;
}

/** Makes a new page: version 0.1, checked out to its author. Returns the item id and the file URL. */
export function createPage(core: Core, lib: IListDef, p: INewPage): { id: number; url: string } {
  const folder = `${core.sitePath}/${lib.url}`;
  const now = p.created ?? core.businessNowIso();
  const f = core.files.store(lib, folder, p.name, Buffer.from(PAGE_STUB, 'utf8'), 'text/html; charset=utf-8', p.authorId, false, now);
  const columns = new Map<string, SqlValue>(p.columns ?? []);
  columns.set('Title', p.title);
  columns.set('PageLayoutType', p.layout);
  columns.set('PromotedState', p.promotedState);
  columns.set('CanvasContent1', canvasToHtml(p.canvas ?? []));
  columns.set('LayoutWebpartsContent', null);
  if (p.description !== undefined) columns.set('Description', p.description);
  if (p.bannerImageUrl) columns.set('BannerImageUrl', JSON.stringify({ Description: p.bannerImageUrl, Url: p.bannerImageUrl }));
  if (p.contentTypeId) columns.set('ContentTypeId', p.contentTypeId);
  core.items.update(lib, f.item_id, columns, p.authorId, now);
  setState(core, lib, f.item_id, { _PageMajor: 0, _PageMinor: 1 });
  core.files.setCheckout(f.url, p.authorId, null);
  return { id: f.item_id, url: f.url };
}

/** A page file's name from its title on the first save, as SharePoint derives it (spaces and unsafe characters → "-"). */
export function pageNameFromTitle(title: string): string {
  const base = title
    .normalize('NFC')
    .replace(/["*:<>?/\\|#%{}~&]/g, '')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/\.+$/, '')
    .slice(0, 120);
  return `${base || 'Side'}.aspx`;
}

/** Renames a page's file (first save of a new page), keeping the name unique in the folder. */
export function renamePage(core: Core, fileUrl: string, wanted: string): string {
  const folder = fileUrl.slice(0, fileUrl.lastIndexOf('/'));
  const stem = wanted.replace(/\.aspx$/i, '');
  let name = wanted;
  for (let n = 1; core.files.file(`${folder}/${name}`) && `${folder}/${name}`.toLowerCase() !== fileUrl.toLowerCase(); n++) name = `${stem}(${n}).aspx`;
  const url = `${folder}/${name}`;
  core.db.prepare('UPDATE files SET url = ?, name = ? WHERE url = ?').run(url, name, fileUrl);
  return url;
}

export function requirePage(core: Core, lib: IListDef, id: number): Row {
  const row = core.items.get(lib, id);
  if (!row || !core.files.fileByItem(lib.id, id)) throw Errors.itemNotFound();
  return row;
}
