/**
 * `addPages` of the admin API: modern pages written straight into Webstedssider (seed, workbench, tests), with the
 * same columns and version state the sitepages endpoints give them.
 */
import type { Core } from '../core';
import { columnOf, IFieldDef, IListDef } from '../model';
import type { IAddPage } from '../types';
import { quoteIdent } from './db';
import { createPage, isPagesLibrary, SITE_PAGE_FIELDS } from './pages';
import type { SqlValue } from './values';

function customValue(f: IFieldDef, v: unknown, userExists: (id: number) => boolean, where: string): SqlValue {
  const fail = (why: string): never => {
    throw new Error(`${where}: ${f.internalName} ${why}: ${JSON.stringify(v)}`);
  };
  if (v === null || v === undefined) return f.kind === 'UserMulti' ? '[]' : null;
  switch (f.kind) {
    case 'Text':
    case 'Note':
      return typeof v === 'string' ? v : fail('must be text');
    case 'Choice':
      return typeof v === 'string' && f.choices.includes(v) ? v : fail('must be one of its choices');
    case 'Boolean':
      return typeof v === 'boolean' ? (v ? 1 : 0) : fail('must be true or false');
    case 'Number':
      return typeof v === 'number' ? v : fail('must be a number');
    case 'User':
      return typeof v === 'number' && userExists(v) ? v : fail('must be a site user id');
    case 'UserMulti':
      return Array.isArray(v) && v.every((id) => typeof id === 'number' && userExists(id)) ? JSON.stringify(v) : fail('must be site user ids');
    default:
      return fail(`(${f.kind}) cannot be set by addPages`);
  }
}

export function addPages(core: Core, pages: IAddPage[]): number[] {
  const lib = core.catalogue.all().find((l) => isPagesLibrary(l)) as IListDef | undefined;
  if (!lib) throw new Error('addPages: no Site Pages library');
  const pageFields = new Set(SITE_PAGE_FIELDS.map((f) => f.internalName.toLowerCase()));
  const userExists = (id: number): boolean => core.principals.user(id) !== undefined;
  const cts = core.schema.contentTypes(lib.id);
  return pages.map((p) => {
    const where = `addPages(${p.name})`;
    const author = p.authorEmail ? core.principals.userByEmail(p.authorEmail) : core.principals.user(core.siteOwnerId());
    if (!author) throw new Error(`${where}: unknown author ${String(p.authorEmail)}`);
    const ct = p.contentType ? cts.find((c) => c.name === p.contentType) : undefined;
    if (p.contentType && !ct) throw new Error(`${where}: Webstedssider has no content type ${p.contentType}`);
    const columns = new Map<string, SqlValue>();
    for (const [key, value] of Object.entries(p.fields ?? {})) {
      const f = lib.fields.find((x) => !x.builtIn && !pageFields.has(x.internalName.toLowerCase()) && (x.internalName === key || `${x.internalName}Id` === key));
      if (!f) throw new Error(`${where}: Webstedssider has no column ${key}`);
      columns.set(columnOf(f), customValue(f, value, userExists, where));
    }
    const created = p.created ?? p.published ?? core.businessNowIso();
    const page = createPage(core, lib, {
      name: p.name,
      title: p.title,
      layout: 'Article',
      promotedState: p.promotedState ?? (p.published ? 2 : 1),
      authorId: author.id,
      columns,
      description: p.description,
      bannerImageUrl: p.bannerImageUrl,
      canvas: p.canvas,
      contentTypeId: ct?.id,
      created,
    });
    const state: Record<string, SqlValue> = p.published
      ? { FirstPublishedDate: p.published, Modified: p.published, _PageMajor: 1, _PageMinor: 0, _PagePublished: p.published, _PagePublishedBy: author.id }
      : { _PageMajor: 0, _PageMinor: 1, Modified: created };
    const names = Object.keys(state);
    core.db.prepare(`UPDATE ${quoteIdent(lib.table)} SET ${names.map((n) => `${quoteIdent(n)} = ?`).join(', ')} WHERE ID = ?`).run(...names.map((n) => state[n]), page.id);
    core.files.setCheckout(page.url, null, '');
    return page.id;
  });
}
