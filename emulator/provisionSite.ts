/**
 * What a communication site has besides the product's lists, provisioned on every start (idempotent): the site
 * columns and content types of elements.xml (and their group and description on columns that existed before), each
 * list's content types, the front page `SitePages/Home.aspx`, the Site Pages library's page columns and the content
 * types site.json binds to it (`libraries[].contentTypes`: the one-time set-up a real site needs, since an SPFx
 * package cannot bind a content type to Site Pages), and the web's starting property bag.
 */
import type { Core } from './core';
import type { IContentTypeDef } from './provision';
import type { IFieldDef } from './model';
import { isPagesLibrary, provisionPagesLibrary, SITE_PAGE_CONTENT_TYPE, SITE_PAGE_FIELDS } from './store/pages';
import { BUILT_IN_CONTENT_TYPES, WEB_SCOPE } from './store/schema';

const SITE_PAGE_CT = SITE_PAGE_CONTENT_TYPE;

function homePage(title: string): Buffer {
  return Buffer.from(`<%@ Page Inherits="Microsoft.SharePoint.WebPartPages.WebPartPage" %><html><head><title>${title}</title></head><body></body></html>`, 'utf8');
}

/** `emptySite`: the pages library gets only the content types the site already has (the set-up adds the others). */
export function provisionSiteSchema(core: Core, xml: { fields: IFieldDef[]; contentTypes: IContentTypeDef[] }, emptySite = false): void {
  core.db.transaction(() => {
    const site = core.schema.siteFields();
    for (const f of xml.fields) {
      const have = site.find((x) => x.internalName.toLowerCase() === f.internalName.toLowerCase() && !x.builtIn);
      if (!have) core.schema.addSiteField(f);
    }
    const webCts = core.schema.contentTypes(WEB_SCOPE);
    for (const ct of xml.contentTypes) {
      const parent = ct.id.toUpperCase().startsWith(`${SITE_PAGE_CT}00`) ? SITE_PAGE_CT : '0x01';
      if (!webCts.some((x) => x.id.toLowerCase() === ct.id.toLowerCase())) core.schema.putContentType(WEB_SCOPE, ct, parent);
    }
    const allSite = [...BUILT_IN_CONTENT_TYPES, ...xml.contentTypes];
    for (const list of core.catalogue.all()) {
      // Columns provisioned before the group and description were kept get them from the site column.
      for (const f of list.fields) {
        const sc = xml.fields.find((x) => x.internalName === f.internalName);
        if (sc && f.group === undefined) core.catalogue.updateField(list, { ...f, group: sc.group, description: sc.description });
      }
      if (core.schema.contentTypes(list.id).length > 0) continue;
      const base = list.baseType === 1 ? (list.template === 119 ? SITE_PAGE_CT : '0x0101') : '0x01';
      const parentId = list.contentTypeId.slice(0, list.contentTypeId.length - 34);
      const parent = allSite.find((c) => c.id.toLowerCase() === parentId.toLowerCase()) ?? allSite.find((c) => c.id === base);
      if (parent) core.schema.addListContentType(list, { ...parent, fields: parent.fields }, list.contentTypeId);
      if (list.baseType === 1) core.schema.addListContentType(list, BUILT_IN_CONTENT_TYPES[2]);
    }
    bindPageContentTypes(core, emptySite ? { fields: core.schema.siteFields(), contentTypes: core.schema.contentTypes(WEB_SCOPE).filter((c) => !BUILT_IN_CONTENT_TYPES.some((b) => b.id === c.id)) } : xml, emptySite);
    const pages = core.catalogue.byUrl('SitePages', core.sitePath);
    if (pages && !core.files.file(`${core.sitePath}/SitePages/Home.aspx`)) {
      const f = core.files.store(pages, `${core.sitePath}/SitePages`, 'Home.aspx', homePage(core.site.title), 'text/html; charset=utf-8', core.siteOwnerId(), false, core.businessNowIso());
      core.items.update(pages, f.item_id, new Map([['Title', 'Hjem']]), core.siteOwnerId(), core.businessNowIso());
    }
    if (core.meta('allProperties') === undefined) core.setMeta('allProperties', JSON.stringify(core.site.properties ?? {}));
  })();
}

/** The Site Page columns on every pages library, and the content types site.json binds to it with their columns. */
function bindPageContentTypes(core: Core, xml: { fields: IFieldDef[]; contentTypes: IContentTypeDef[] }, emptySite: boolean): void {
  const libraries = core.site.libraries as { url: string; contentTypes?: string[] }[];
  const known = (id: string): boolean => !emptySite || xml.contentTypes.some((c) => c.id.toLowerCase() === id.toLowerCase());
  for (const lib of core.catalogue.all().filter((l) => isPagesLibrary(l))) {
    const bound = (libraries.find((l) => l.url.toLowerCase() === lib.url.toLowerCase())?.contentTypes ?? []).filter(known).map((id) => {
      const ct = xml.contentTypes.find((c) => c.id.toLowerCase() === id.toLowerCase());
      if (!ct) throw new Error(`site.json: library ${lib.url} binds content type ${id}, which elements.xml does not define`);
      return ct;
    });
    const columns = bound.flatMap((ct) => ct.fields.filter((n) => n !== 'Title').map((n) => {
      const f = xml.fields.find((x) => x.internalName === n);
      if (!f) throw new Error(`elements.xml: content type ${ct.name} names the unknown column ${n}`);
      return f;
    }));
    provisionPagesLibrary(core, lib, columns);
    const current = core.catalogue.byId(lib.id) ?? lib;
    const listCts = core.schema.contentTypes(current.id);
    const sitePage = listCts.find((c) => c.id.toUpperCase().startsWith(`${SITE_PAGE_CT}00`) && c.name === BUILT_IN_CONTENT_TYPES[3].name);
    if (sitePage && sitePage.fields.length === 1) {
      core.schema.putContentType(current.id, { ...sitePage, fields: ['Title', ...SITE_PAGE_FIELDS.map((f) => f.internalName)] }, sitePage.parent);
    }
    for (const ct of bound) {
      if (listCts.some((c) => c.id.toUpperCase().startsWith(`${ct.id.toUpperCase()}00`))) continue;
      core.schema.addListContentType(current, { ...ct, fields: ['Title', ...SITE_PAGE_FIELDS.map((f) => f.internalName), ...ct.fields.filter((n) => n !== 'Title')] });
    }
  }
}
