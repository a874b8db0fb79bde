/**
 * The SQLite database: catalogue tables (lists, fields, principals, role assignments, versions, attachments, files,
 * recycle bin) and one table per list holding its items in typed columns, with an SQLite index per indexed field.
 */
import Database from 'better-sqlite3';
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { builtInFields, columnOf, entityName, IFieldDef, IListDef, IListSettings, IListValidation, sqlType } from '../model';

export type Db = Database.Database;

const CATALOGUE = `
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS lists(id TEXT PRIMARY KEY, title TEXT NOT NULL UNIQUE COLLATE NOCASE, url TEXT NOT NULL,
  description TEXT, template INTEGER, base_type INTEGER, moderated INTEGER, versioning INTEGER, read_security INTEGER,
  write_security INTEGER, content_type_id TEXT, entity TEXT, tbl TEXT, created TEXT, unique_perms INTEGER DEFAULT 0,
  draft_visibility INTEGER DEFAULT 0, validation_formula TEXT, validation_message TEXT);
CREATE TABLE IF NOT EXISTS fields(list_id TEXT NOT NULL, seq INTEGER, def TEXT NOT NULL, internal TEXT NOT NULL COLLATE NOCASE,
  PRIMARY KEY(list_id, internal));
CREATE TABLE IF NOT EXISTS principals(id INTEGER PRIMARY KEY, kind TEXT NOT NULL, login TEXT NOT NULL UNIQUE COLLATE NOCASE,
  email TEXT COLLATE NOCASE, title TEXT, job_title TEXT, department TEXT, is_site_admin INTEGER DEFAULT 0,
  everyone INTEGER DEFAULT 0, description TEXT, guid TEXT, source TEXT);
CREATE INDEX IF NOT EXISTS principals_email ON principals(email);
CREATE TABLE IF NOT EXISTS group_members(group_id INTEGER NOT NULL, user_id INTEGER NOT NULL, PRIMARY KEY(group_id, user_id));
CREATE TABLE IF NOT EXISTS role_assignments(scope TEXT NOT NULL, principal_id INTEGER NOT NULL, role TEXT NOT NULL,
  source TEXT, PRIMARY KEY(scope, principal_id, role));
CREATE TABLE IF NOT EXISTS versions(list_id TEXT NOT NULL, item_id INTEGER NOT NULL, version INTEGER NOT NULL, label TEXT,
  data TEXT, modified TEXT, editor_id INTEGER, PRIMARY KEY(list_id, item_id, version));
CREATE TABLE IF NOT EXISTS attachments(list_id TEXT NOT NULL, item_id INTEGER NOT NULL, name TEXT NOT NULL COLLATE NOCASE,
  bytes BLOB, created TEXT, PRIMARY KEY(list_id, item_id, name));
CREATE TABLE IF NOT EXISTS files(url TEXT PRIMARY KEY COLLATE NOCASE, list_id TEXT NOT NULL, item_id INTEGER, folder TEXT NOT NULL COLLATE NOCASE,
  name TEXT NOT NULL, bytes BLOB, content_type TEXT, unique_id TEXT, created TEXT, modified TEXT, version INTEGER,
  author_id INTEGER, editor_id INTEGER);
CREATE INDEX IF NOT EXISTS files_folder ON files(folder);
CREATE TABLE IF NOT EXISTS recycle(id TEXT PRIMARY KEY, list_id TEXT, item_id INTEGER, title TEXT, data TEXT, deleted TEXT,
  deleted_by INTEGER);
`;

export function openDb(dataDir: string | undefined): Db {
  let db: Db;
  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    db = new Database(path.join(dataDir, 'sharepoint.sqlite'));
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
  } else {
    db = new Database(':memory:');
  }
  db.pragma('foreign_keys = OFF');
  db.pragma('busy_timeout = 5000');
  db.exec(CATALOGUE);
  addMissingColumns(db);
  return db;
}

/** A data folder made before a list setting existed gets its column (the XML then fills it in on start). */
function addMissingColumns(db: Db): void {
  const have = new Set((db.prepare('PRAGMA table_info(lists)').all() as { name: string }[]).map((c) => c.name));
  const wanted: [string, string][] = [
    ['draft_visibility', 'INTEGER DEFAULT 0'],
    ['validation_formula', 'TEXT'],
    ['validation_message', 'TEXT'],
  ];
  for (const [name, type] of wanted) if (!have.has(name)) db.exec(`ALTER TABLE lists ADD COLUMN ${name} ${type}`);
}

export function newGuid(): string {
  return crypto.randomUUID();
}

export function quoteIdent(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Unsafe identifier ${name}`);
  return `"${name}"`;
}

export interface INewList extends IListSettings {
  fields: IFieldDef[];
  created: string;
  id?: string;
}

/** The list catalogue with an in-memory cache (invalidated on every schema change). */
export class Catalogue {
  private cache: IListDef[] | undefined;

  public constructor(private readonly db: Db) {}

  public all(): IListDef[] {
    if (!this.cache) this.cache = this.load();
    return this.cache;
  }

  public byTitle(title: string): IListDef | undefined {
    const t = title.toLowerCase();
    return this.all().find((l) => l.title.toLowerCase() === t);
  }

  public byId(id: string): IListDef | undefined {
    const g = id.toLowerCase().replace(/[{}]/g, '');
    return this.all().find((l) => l.id === g);
  }

  /** By web-relative or server-relative URL of the list root (case-insensitive). */
  public byUrl(url: string, sitePath: string): IListDef | undefined {
    let u = url.replace(/\/+$/, '').toLowerCase();
    const sp = sitePath.toLowerCase() + '/';
    if (u.startsWith(sp)) u = u.slice(sp.length);
    return this.all().find((l) => l.url.toLowerCase() === u);
  }

  public invalidate(): void {
    this.cache = undefined;
  }

  public create(nl: INewList): IListDef {
    const id = nl.id ?? newGuid();
    const n = (this.db.prepare('SELECT COUNT(*) AS n FROM lists').get() as { n: number }).n + 1;
    const table = `items_${n}_${crypto.randomBytes(3).toString('hex')}`;
    const all = [...builtInFields(nl.moderated), ...nl.fields.filter((f) => f.internalName !== 'Title')];
    const listCt = `${nl.contentTypeId}00${crypto.createHash('md5').update(id).digest('hex').toUpperCase()}`;
    const cols = all
      .filter((f) => !['ID', 'Author', 'Editor', '_UIVersionString', 'Attachments'].includes(f.internalName))
      .map((f) => `${quoteIdent(columnOf(f))} ${sqlType(f)}`);
    const tx = this.db.transaction(() => {
      this.db.exec(`CREATE TABLE ${quoteIdent(table)}(ID INTEGER PRIMARY KEY AUTOINCREMENT, AuthorId INTEGER, EditorId INTEGER,
        _Version INTEGER NOT NULL DEFAULT 1, _AttachmentCount INTEGER NOT NULL DEFAULT 0${cols.length ? ', ' + cols.join(', ') : ''})`);
      this.db.exec(`CREATE INDEX ${quoteIdent(table + '_author')} ON ${quoteIdent(table)}(AuthorId)`);
      this.db
        .prepare(`INSERT INTO lists(id, title, url, description, template, base_type, moderated, versioning, read_security,
          write_security, content_type_id, entity, tbl, created, draft_visibility, validation_formula, validation_message)
          VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
        .run(id, nl.title, nl.url, nl.description, nl.template, nl.baseType, nl.moderated ? 1 : 0, nl.versioning ? 1 : 0,
          nl.readSecurity, nl.writeSecurity, listCt, entityName(nl.url, nl.baseType), table, nl.created, nl.draftVisibility,
          nl.validation?.formula ?? null, nl.validation?.message ?? null);
      all.forEach((f, i) => this.insertField(id, table, f, i));
    });
    tx();
    this.invalidate();
    const list = this.byId(id);
    if (!list) throw new Error('list vanished');
    return list;
  }

  /** Adds a field to an existing list (column + index). */
  public addField(list: IListDef, f: IFieldDef): void {
    const tx = this.db.transaction(() => {
      this.db.exec(`ALTER TABLE ${quoteIdent(list.table)} ADD COLUMN ${quoteIdent(columnOf(f))} ${sqlType(f)}`);
      this.insertField(list.id, list.table, f, list.fields.length);
    });
    tx();
    this.invalidate();
  }

  public updateField(list: IListDef, f: IFieldDef): void {
    this.db.prepare('UPDATE fields SET def = ? WHERE list_id = ? AND internal = ?').run(JSON.stringify(f), list.id, f.internalName);
    this.syncIndex(list.table, f);
    this.invalidate();
  }

  /** Removes a field, its column and its index. */
  public deleteField(list: IListDef, f: IFieldDef): void {
    const tx = this.db.transaction(() => {
      this.db.exec(`DROP INDEX IF EXISTS ${quoteIdent(`${list.table}_ix_${columnOf(f)}`)}`);
      this.db.exec(`ALTER TABLE ${quoteIdent(list.table)} DROP COLUMN ${quoteIdent(columnOf(f))}`);
      this.db.prepare('DELETE FROM fields WHERE list_id = ? AND internal = ?').run(list.id, f.internalName);
    });
    tx();
    this.invalidate();
  }

  /** Draft item security and list validation, as the XML declares them now (re-applied on every start). */
  public updateRules(list: IListDef, rules: Pick<IListSettings, 'draftVisibility' | 'validation'>): void {
    this.db
      .prepare('UPDATE lists SET draft_visibility = ?, validation_formula = ?, validation_message = ? WHERE id = ?')
      .run(rules.draftVisibility, rules.validation?.formula ?? null, rules.validation?.message ?? null, list.id);
    this.invalidate();
  }

  /** Versioning, item-level security, draft visibility and list validation of an existing list (REST MERGE). */
  public updateSettings(list: IListDef, s: { versioning?: boolean; readSecurity?: number; writeSecurity?: number; draftVisibility?: number; validation?: IListValidation | null }): void {
    if (s.versioning !== undefined) this.db.prepare('UPDATE lists SET versioning = ? WHERE id = ?').run(s.versioning ? 1 : 0, list.id);
    if (s.readSecurity !== undefined) this.db.prepare('UPDATE lists SET read_security = ? WHERE id = ?').run(s.readSecurity, list.id);
    if (s.writeSecurity !== undefined) this.db.prepare('UPDATE lists SET write_security = ? WHERE id = ?').run(s.writeSecurity, list.id);
    if (s.draftVisibility !== undefined) this.db.prepare('UPDATE lists SET draft_visibility = ? WHERE id = ?').run(s.draftVisibility, list.id);
    if (s.validation !== undefined) {
      this.db.prepare('UPDATE lists SET validation_formula = ?, validation_message = ? WHERE id = ?').run(s.validation?.formula ?? null, s.validation?.message ?? null, list.id);
    }
    this.invalidate();
  }

  public updateList(list: IListDef, props: { title?: string; description?: string }): void {
    if (props.title !== undefined) this.db.prepare('UPDATE lists SET title = ? WHERE id = ?').run(props.title, list.id);
    if (props.description !== undefined) this.db.prepare('UPDATE lists SET description = ? WHERE id = ?').run(props.description, list.id);
    this.invalidate();
  }

  private insertField(listId: string, table: string, f: IFieldDef, seq: number): void {
    const def: IFieldDef = { ...f, id: f.id || newGuid() };
    this.db.prepare('INSERT INTO fields(list_id, seq, def, internal) VALUES (?,?,?,?)').run(listId, seq, JSON.stringify(def), f.internalName);
    this.syncIndex(table, def);
  }

  private syncIndex(table: string, f: IFieldDef): void {
    if (f.internalName === 'ID' || f.kind === 'UserMulti' || f.kind === 'MultiChoice' || f.kind === 'Note' || f.kind === 'URL') return;
    if (['Author', 'Editor', '_UIVersionString', 'Attachments'].includes(f.internalName)) return;
    const ix = quoteIdent(`${table}_ix_${columnOf(f)}`);
    if (f.indexed) this.db.exec(`CREATE INDEX IF NOT EXISTS ${ix} ON ${quoteIdent(table)}(${quoteIdent(columnOf(f))}, ID)`);
    else this.db.exec(`DROP INDEX IF EXISTS ${ix}`);
  }

  private load(): IListDef[] {
    const rows = this.db.prepare('SELECT * FROM lists ORDER BY created, title').all() as Record<string, unknown>[];
    const fieldRows = this.db.prepare('SELECT list_id, def FROM fields ORDER BY list_id, seq').all() as { list_id: string; def: string }[];
    return rows.map((r) => ({
      id: String(r.id),
      title: String(r.title),
      url: String(r.url),
      description: String(r.description ?? ''),
      template: Number(r.template),
      baseType: Number(r.base_type),
      moderated: r.moderated === 1,
      versioning: r.versioning === 1,
      readSecurity: Number(r.read_security),
      writeSecurity: Number(r.write_security),
      draftVisibility: Number(r.draft_visibility ?? 0),
      validation: typeof r.validation_formula === 'string' && r.validation_formula !== '' ? { formula: r.validation_formula, message: String(r.validation_message ?? '') } : null,
      contentTypeId: String(r.content_type_id),
      entity: String(r.entity),
      table: String(r.tbl),
      created: String(r.created),
      fields: fieldRows.filter((f) => f.list_id === r.id).map((f) => JSON.parse(f.def) as IFieldDef),
    }));
  }
}
