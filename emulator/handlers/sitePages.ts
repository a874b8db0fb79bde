/**
 * Modern pages through `/_api/sitepages/pages` as PnPjs's clientside-pages module calls it: POST to create (a page
 * checked out to its author), `pages(id)` GET (SP.Publishing.SitePage, CanvasContent1 as the JSON of its controls),
 * `checkoutpage`, `savepage` (content kept, still checked out), `savepageasdraft` (checked in as a minor version),
 * `publish` (the next major version), `discardpage` and `promotetonews`; plus `lists/EnsureClientRenderedSitePagesLibrary`
 * and a plain browser GET of `/sites/intranet/SitePages/<name>.aspx`.
 */
import { identify } from '../auth';
import type { Core } from '../core';
import { Errors } from '../errors';
import { hasPerm, ICtx, json, parseJsonBody, requireMethod, requirePerm } from '../http/context';
import { argNumber, ISegment } from '../http/segments';
import type { IListDef } from '../model';
import { entityDoc, Json, primitiveDoc } from '../serialize';
import { canvasToHtml, CanvasControl, htmlToCanvas } from '../store/canvas';
import {
  checkInDraft,
  createPage,
  discardDraft,
  isPagesLibrary,
  isPublished,
  pageNameFromTitle,
  pageState,
  publishPage,
  renamePage,
  requirePage,
  savePageColumns,
  withDraft,
} from '../store/pages';
import type { Row } from '../store/items';
import type { SqlValue } from '../store/values';
import type { IEmuRequest, IEmuResponse } from '../types';

const NEVER = '0001-01-01T08:00:00Z';
const NEW_PAGE_NAME = /^Untitled_\d+\.aspx$/i;

export function pagesLibrary(core: Core): IListDef {
  const lib = core.catalogue.all().find((l) => isPagesLibrary(l));
  if (!lib) throw Errors.listIdNotFound();
  return lib;
}

/** Whether the user sees a pages library's drafts: those who can edit its items (SharePoint's default for Site Pages). */
export function seesPageDrafts(ctx: ICtx, lib: IListDef): boolean {
  return hasPerm(ctx, 'edit', lib);
}

function parseJsonString(text: unknown): unknown {
  if (typeof text !== 'string' || text === '') return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw Errors.badJson('CanvasContent1 is not JSON.');
  }
}

function sitePageProps(ctx: ICtx, lib: IListDef, stored: Row): Json {
  const id = Number(stored.ID);
  const file = ctx.core.files.fileByItem(lib.id, id);
  if (!file) throw Errors.itemNotFound();
  const editor = seesPageDrafts(ctx, lib);
  const row = editor ? withDraft(ctx.core, lib, stored) : stored;
  const s = pageState(row);
  const banner = typeof row.BannerImageUrl === 'string' ? (JSON.parse(row.BannerImageUrl) as { Url?: string }).Url ?? '' : '';
  const publisher = s.publishedBy !== null ? ctx.core.principals.user(s.publishedBy) : undefined;
  return {
    AbsoluteUrl: `${ctx.core.origin}${file.url}`,
    AuthorByline: [],
    BannerImageUrl: banner,
    CanvasContent1: JSON.stringify(htmlToCanvas(typeof row.CanvasContent1 === 'string' ? row.CanvasContent1 : '')),
    ContentTypeId: row.ContentTypeId,
    Description: row.Description ?? null,
    DoesUserHaveEditPermission: editor,
    FileName: file.name,
    FirstPublished: row.FirstPublishedDate ?? NEVER,
    Id: id,
    IsPageCheckedOutToCurrentUser: file.checked_out_by === ctx.user.id,
    IsWebWelcomePage: file.name.toLowerCase() === 'home.aspx',
    LayoutWebpartsContent: typeof row.LayoutWebpartsContent === 'string' ? row.LayoutWebpartsContent : '[]',
    Modified: row.Modified,
    PageLayoutType: row.PageLayoutType ?? 'Article',
    Path: { DecodedUrl: file.url.slice(ctx.core.sitePath.length + 1) },
    PromotedState: Number(row.PromotedState ?? 0),
    Title: row.Title ?? null,
    TopicHeader: row._TopicHeader ?? '',
    UniqueId: file.unique_id,
    Url: file.url.slice(ctx.core.sitePath.length + 1),
    Version: editor ? `${s.major}.${s.minor}` : `${s.major}.0`,
    VersionInfo: { LastVersionCreated: s.published ?? NEVER, LastVersionCreatedBy: publisher ? publisher.login : '' },
  };
}

export function sitePageJson(ctx: ICtx, lib: IListDef, row: Row, status = 200): IEmuResponse {
  const id = Number(row.ID);
  const link = `SitePages/Pages(${id})`;
  return json(ctx, entityDoc(ctx.core, ctx.mode, { type: 'SP.Publishing.SitePage', id: `${ctx.core.apiBase()}${link}`, editLink: link, metadata: 'SitePages.Pages/@Element' }, sitePageProps(ctx, lib, row)), status);
}

/** A page the user may see: readers only published pages. */
function visiblePage(ctx: ICtx, lib: IListDef, id: number | undefined): Row {
  requirePerm(ctx, 'view', lib);
  if (id === undefined) throw Errors.badQuery('The page id is not valid.');
  const row = requirePage(ctx.core, lib, id);
  if (!isPublished(row) && !seesPageDrafts(ctx, lib)) throw Errors.itemNotFound();
  return row;
}

function requireCheckedOutToMe(ctx: ICtx, lib: IListDef, row: Row): string {
  const f = ctx.core.files.fileByItem(lib.id, Number(row.ID));
  if (!f) throw Errors.itemNotFound();
  if (f.checked_out_by === null || f.checked_out_by === undefined) throw Errors.notCheckedOut(f.url);
  if (f.checked_out_by !== ctx.user.id) throw Errors.checkedOutByOther(f.url);
  return f.url;
}

/** The columns a SavePage body sets (SP.Publishing.SitePage properties → Site Page columns). */
function saveColumns(body: Record<string, unknown>): Map<string, SqlValue> {
  const cols = new Map<string, SqlValue>();
  if (typeof body.Title === 'string') cols.set('Title', body.Title);
  if (typeof body.Description === 'string' || body.Description === null) {
    if (typeof body.Description === 'string' && body.Description.length > 255) throw Errors.tooLong('Description', 255);
    cols.set('Description', body.Description as string | null);
  }
  if (typeof body.TopicHeader === 'string') cols.set('_TopicHeader', body.TopicHeader);
  if (typeof body.BannerImageUrl === 'string') cols.set('BannerImageUrl', body.BannerImageUrl ? JSON.stringify({ Description: body.BannerImageUrl, Url: body.BannerImageUrl }) : null);
  if (body.CanvasContent1 !== undefined) {
    const controls = parseJsonString(body.CanvasContent1);
    cols.set('CanvasContent1', canvasToHtml(Array.isArray(controls) ? (controls as CanvasControl[]) : []));
  }
  if (typeof body.LayoutWebpartsContent === 'string') cols.set('LayoutWebpartsContent', body.LayoutWebpartsContent);
  return cols;
}

function savePage(ctx: ICtx, lib: IListDef, row: Row, asDraft: boolean): IEmuResponse {
  requireMethod(ctx, 'POST');
  requirePerm(ctx, 'edit', lib);
  let url = requireCheckedOutToMe(ctx, lib, row);
  const cols = saveColumns(parseJsonBody(ctx));
  // A new page takes its file name from the title of its first save (PnPjs saves the page name as the title first).
  const name = url.slice(url.lastIndexOf('/') + 1);
  const title = cols.get('Title');
  if (NEW_PAGE_NAME.test(name) && !isPublished(row) && typeof title === 'string' && title.trim() !== '') url = renamePage(ctx.core, url, pageNameFromTitle(title));
  savePageColumns(ctx.core, lib, row, cols, ctx.user.id);
  if (asDraft) {
    checkInDraft(ctx.core, lib, requirePage(ctx.core, lib, Number(row.ID)));
    ctx.core.files.setCheckout(url, null, '');
  }
  return json(ctx, primitiveDoc(ctx.core, ctx.mode, asDraft ? 'SavePageAsDraft' : 'SavePage', 'Edm.Boolean', true));
}

function pageOps(ctx: ICtx, lib: IListDef, id: number | undefined, rest: ISegment[]): IEmuResponse {
  const row = visiblePage(ctx, lib, id);
  if (rest.length === 0) {
    requireMethod(ctx, 'GET');
    return sitePageJson(ctx, lib, row);
  }
  const [op] = rest;
  const reload = (): Row => requirePage(ctx.core, lib, Number(row.ID));
  switch (op.name) {
    case 'checkoutpage': {
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'edit', lib);
      const f = ctx.core.files.fileByItem(lib.id, Number(row.ID));
      if (!f) throw Errors.itemNotFound();
      if (f.checked_out_by !== null && f.checked_out_by !== undefined && f.checked_out_by !== ctx.user.id) throw Errors.checkedOutByOther(f.url);
      ctx.core.files.setCheckout(f.url, ctx.user.id, null);
      return sitePageJson(ctx, lib, reload());
    }
    case 'savepage':
      return savePage(ctx, lib, row, false);
    case 'savepageasdraft':
      return savePage(ctx, lib, row, true);
    case 'publish': {
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'edit', lib);
      const f = ctx.core.files.fileByItem(lib.id, Number(row.ID));
      if (!f) throw Errors.itemNotFound();
      if (f.checked_out_by !== null && f.checked_out_by !== undefined && f.checked_out_by !== ctx.user.id) throw Errors.checkedOutByOther(f.url);
      publishPage(ctx.core, lib, row, ctx.user.id);
      ctx.core.files.setCheckout(f.url, null, '');
      return json(ctx, primitiveDoc(ctx.core, ctx.mode, 'Publish', 'Edm.Boolean', true));
    }
    case 'discardpage': {
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'edit', lib);
      const url = requireCheckedOutToMe(ctx, lib, row);
      discardDraft(ctx.core, lib, Number(row.ID));
      ctx.core.files.setCheckout(url, null, null);
      return sitePageJson(ctx, lib, reload());
    }
    case 'promotetonews': {
      requireMethod(ctx, 'POST');
      requirePerm(ctx, 'edit', lib);
      savePageColumns(ctx.core, lib, row, new Map([['PromotedState', isPublished(row) ? 2 : 1]]), ctx.user.id);
      if (isPublished(row)) publishPage(ctx.core, lib, reload(), ctx.user.id);
      return json(ctx, primitiveDoc(ctx.core, ctx.mode, 'PromoteToNews', 'Edm.Boolean', true));
    }
    default:
      throw Errors.noResource(op.rawName);
  }
}

function nextUntitled(core: Core, lib: IListDef): string {
  const folder = `${core.sitePath}/${lib.url}`;
  let n = 1;
  while (core.files.file(`${folder}/Untitled_${n}.aspx`)) n++;
  return `Untitled_${n}.aspx`;
}

/** `/_api/sitepages/...` */
export function handleSitePages(ctx: ICtx, rest: ISegment[]): IEmuResponse {
  const [seg, ...more] = rest;
  if (!seg || seg.name !== 'pages') throw Errors.noResource(seg?.rawName ?? 'sitepages');
  const lib = pagesLibrary(ctx.core);
  if (seg.args) return pageOps(ctx, lib, argNumber(seg), more);
  if (more.length > 0) {
    if (more[0].name === 'getbyid' && more[0].args) return pageOps(ctx, lib, argNumber(more[0]), more.slice(1));
    throw Errors.noResource(more[0].rawName);
  }
  requireMethod(ctx, 'POST');
  requirePerm(ctx, 'add', lib);
  const body = parseJsonBody(ctx);
  const page = createPage(ctx.core, lib, {
    name: nextUntitled(ctx.core, lib),
    title: '',
    layout: typeof body.PageLayoutType === 'string' ? body.PageLayoutType : 'Article',
    promotedState: [0, 1, 2].includes(Number(body.PromotedState)) ? Number(body.PromotedState) : 0,
    authorId: ctx.user.id,
  });
  return sitePageJson(ctx, lib, requirePage(ctx.core, lib, page.id), 201);
}

/**
 * A browser's GET of `/sites/intranet/SitePages/<name>.aspx`: signed-in users who may see the page get a small HTML
 * document naming the page and the REST address of its data (the local front page renders stories itself); others a
 * redirect to sign in, and a page they may not see answers 404.
 */
export function servePage(core: Core, req: IEmuRequest): IEmuResponse | undefined {
  const lib = core.catalogue.all().find((l) => isPagesLibrary(l));
  if (!lib) return undefined;
  let url: string;
  try {
    url = decodeURIComponent(req.url.pathname);
  } catch {
    return undefined;
  }
  const prefix = `${core.sitePath}/${lib.url}/`.toLowerCase();
  if (!url.toLowerCase().startsWith(prefix) || !/\.aspx$/i.test(url)) return undefined;
  const file = core.files.file(url);
  if (!file) return undefined;
  if (!req.headers.get('authorization') && !req.headers.get('cookie')) {
    return { status: 302, headers: { location: `/_login?returnUrl=${encodeURIComponent(url)}` }, body: '' };
  }
  const id = identify(core, req);
  const ctx: ICtx = { core, req, user: id.user, mode: 'minimal', method: 'GET', inBatch: false };
  const row = visiblePage(ctx, lib, file.item_id);
  const title = String(row.Title ?? file.name).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const api = `${core.sitePath}/_api/sitepages/pages(${file.item_id})`;
  const html = `<!doctype html><html lang="da"><head><meta charset="utf-8"><title>${title}</title><meta name="sp-page-api" content="${api}"></head><body><h1>${title}</h1><p>Sidens indhold: <a href="${api}">${api}</a></p></body></html>`;
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'x-content-type-options': 'nosniff', 'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'", 'x-sp-page-id': String(file.item_id) },
    body: html,
  };
}

/** `lists/EnsureClientRenderedSitePagesLibrary`: the pages library (PnPjs reads its odata.id). */
export function ensureSitePagesLibrary(ctx: ICtx): IListDef {
  requireMethod(ctx, 'POST');
  return pagesLibrary(ctx.core);
}
