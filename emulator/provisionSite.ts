/**
 * What a communication site has besides the product's lists, provisioned on every start (idempotent): the site
 * columns and content types of elements.xml (and their group and description on columns that existed before), each
 * list's content types, the front page `SitePages/Home.aspx`, and the web's starting property bag.
 */
import type { Core } from './core';
import type { IContentTypeDef } from './provision';
import type { IFieldDef } from './model';
import { BUILT_IN_CONTENT_TYPES, WEB_SCOPE } from './store/schema';

const SITE_PAGE_CT = '0x0101009D1CB255DA76424F860D91F20E6C4118';

function homePage(title: string): Buffer {
  return Buffer.from(`<%@ Page Inherits="Microsoft.SharePoint.WebPartPages.WebPartPage" %><html><head><title>${title}</title></head><body></body></html>`, 'utf8');
}

export function provisionSiteSchema(core: Core, xml: { fields: IFieldDef[]; contentTypes: IContentTypeDef[] }): void {
  core.db.transaction(() => {
    const site = core.schema.siteFields();
    for (const f of xml.fields) {
      const have = site.find((x) => x.internalName.toLowerCase() === f.internalName.toLowerCase() && !x.builtIn);
      if (!have) core.schema.addSiteField(f);
    }
    const webCts = core.schema.contentTypes(WEB_SCOPE);
    for (const ct of xml.contentTypes) {
      if (!webCts.some((x) => x.id.toLowerCase() === ct.id.toLowerCase())) core.schema.putContentType(WEB_SCOPE, ct, '0x01');
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
    const pages = core.catalogue.byUrl('SitePages', core.sitePath);
    if (pages && !core.files.file(`${core.sitePath}/SitePages/Home.aspx`)) {
      const f = core.files.store(pages, `${core.sitePath}/SitePages`, 'Home.aspx', homePage(core.site.title), 'text/html; charset=utf-8', core.siteOwnerId(), false, core.businessNowIso());
      core.items.update(pages, f.item_id, new Map([['Title', 'Hjem']]), core.siteOwnerId(), core.businessNowIso());
    }
    if (core.meta('allProperties') === undefined) core.setMeta('allProperties', JSON.stringify(core.site.properties ?? {}));
  })();
}
