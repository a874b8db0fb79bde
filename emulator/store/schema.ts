/**
 * Site columns and content types in SQLite: the web's fields (kept in the `fields` table under the scope '__web__'),
 * and content types of the web and of each list (`content_types`). Built-in content types carry the Danish names a
 * Danish-language site shows (Element, Dokument, Mappe, Webstedsside).
 */
import type { IFieldDef, IListDef } from '../model';
import { builtInFields } from '../model';
import type { IContentTypeDef } from '../provision';
import { Db, newGuid } from './db';

export const WEB_SCOPE = '__web__';

/** SharePoint's built-in content types used by a communication site's lists and libraries. */
export const BUILT_IN_CONTENT_TYPES: IContentTypeDef[] = [
  { id: '0x01', name: 'Element', group: 'Listeindholdstyper', description: 'Opret et nyt listeelement.', fields: ['Title'] },
  { id: '0x0101', name: 'Dokument', group: 'Dokumentindholdstyper', description: 'Opret et nyt dokument.', fields: ['Title'] },
  { id: '0x0120', name: 'Mappe', group: 'Mappeindholdstyper', description: 'Opret en ny mappe.', fields: ['Title'] },
  { id: '0x0101009D1CB255DA76424F860D91F20E6C4118', name: 'Webstedsside', group: 'Dokumentindholdstyper', description: 'Opret en ny webstedsside.', fields: ['Title'] },
];

export class Schema {
  public constructor(private readonly db: Db) {
    db.exec(`CREATE TABLE IF NOT EXISTS content_types(scope TEXT NOT NULL, id TEXT NOT NULL COLLATE NOCASE, name TEXT NOT NULL,
      grp TEXT, description TEXT, fields TEXT NOT NULL, parent TEXT, PRIMARY KEY(scope, id))`);
  }

  /** The web's site columns: the built-in ones every list has, then the product's and those added over REST. */
  public siteFields(): IFieldDef[] {
    const rows = this.db.prepare('SELECT def FROM fields WHERE list_id = ? ORDER BY seq').all(WEB_SCOPE) as { def: string }[];
    const own = rows.map((r) => JSON.parse(r.def) as IFieldDef);
    const builtIn = builtInFields(true).filter((b) => !own.some((o) => o.internalName.toLowerCase() === b.internalName.toLowerCase()));
    return [...builtIn, ...own];
  }

  public addSiteField(f: IFieldDef): IFieldDef {
    const def: IFieldDef = { ...f, id: f.id || newGuid() };
    const seq = (this.db.prepare('SELECT COUNT(*) AS n FROM fields WHERE list_id = ?').get(WEB_SCOPE) as { n: number }).n;
    this.db.prepare('INSERT INTO fields(list_id, seq, def, internal) VALUES (?,?,?,?)').run(WEB_SCOPE, seq, JSON.stringify(def), def.internalName);
    return def;
  }

  public updateSiteField(f: IFieldDef): void {
    this.db.prepare('UPDATE fields SET def = ? WHERE list_id = ? AND internal = ?').run(JSON.stringify(f), WEB_SCOPE, f.internalName);
  }

  public deleteSiteField(internalName: string): void {
    this.db.prepare('DELETE FROM fields WHERE list_id = ? AND internal = ?').run(WEB_SCOPE, internalName);
  }

  /** Content types of the web (scope WEB_SCOPE) or of a list (scope = list id). */
  public contentTypes(scope: string): (IContentTypeDef & { parent: string | null })[] {
    const rows = this.db.prepare('SELECT * FROM content_types WHERE scope = ? ORDER BY rowid').all(scope) as Record<string, string | null>[];
    const own = rows.map((r) => ({ id: String(r.id), name: String(r.name), group: String(r.grp ?? ''), description: String(r.description ?? ''), fields: JSON.parse(String(r.fields)) as string[], parent: r.parent }));
    if (scope !== WEB_SCOPE) return own;
    return [...BUILT_IN_CONTENT_TYPES.filter((b) => !own.some((o) => o.id.toLowerCase() === b.id.toLowerCase())).map((b) => ({ ...b, parent: null })), ...own];
  }

  public putContentType(scope: string, ct: IContentTypeDef, parent: string | null): void {
    this.db
      .prepare('INSERT OR REPLACE INTO content_types(scope, id, name, grp, description, fields, parent) VALUES (?,?,?,?,?,?,?)')
      .run(scope, ct.id, ct.name, ct.group, ct.description, JSON.stringify(ct.fields), parent);
  }

  /** A list's content type made from a site content type: its id is the parent's id + "00" + a GUID, as in SharePoint. */
  public addListContentType(list: IListDef, site: IContentTypeDef, listCtId?: string): IContentTypeDef {
    const id = listCtId ?? `${site.id}00${newGuid().replace(/-/g, '').toUpperCase()}`;
    const ct = { ...site, id, fields: site.fields.filter((n) => list.fields.some((f) => f.internalName.toLowerCase() === n.toLowerCase())) };
    this.putContentType(list.id, ct, site.id);
    return ct;
  }
}
