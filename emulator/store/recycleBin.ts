/**
 * The site's (first-stage) recycle bin. `recycle` on a list item, a file or a folder moves everything that makes it up
 * — item rows, attachments, versions, file bytes, sub-folders — into one recycle-bin entry; `restore` puts it back
 * where it was, with the same item ids (SharePoint never reuses an id, so the ids are still free), and `purge` deletes
 * the entry for good. ItemType follows SP.RecycleBinItemType: 1 File, 3 ListItem, 5 Folder.
 */
import { Errors } from '../errors';
import type { IListDef } from '../model';
import { Db, newGuid, quoteIdent } from './db';
import type { Files, IFileRow, IFolderRow } from './files';
import type { Items, Row } from './items';

export const RECYCLE_FILE = 1;
export const RECYCLE_LIST_ITEM = 3;
export const RECYCLE_FOLDER = 5;
/** SP.RecycleBinItemType.Attachment. */
export const RECYCLE_ATTACHMENT = 7;

export interface IRecycleEntry {
  id: string;
  list_id: string;
  item_id: number;
  title: string;
  item_type: number;
  dir_name: string;
  leaf_name: string;
  size: number;
  author_id: number | null;
  deleted: string;
  deleted_by: number;
}

interface IPayload {
  rows: Row[];
  attachments: { item_id: number; name: string; bytes: string; created: string }[];
  versions: { item_id: number; version: number; label: string; data: string; modified: string; editor_id: number }[];
  files: (Omit<IFileRow, 'bytes'> & { bytes: string })[];
  folders: IFolderRow[];
}

const COLUMNS: [string, string][] = [
  ['item_type', 'INTEGER'],
  ['dir_name', 'TEXT'],
  ['leaf_name', 'TEXT'],
  ['size', 'INTEGER'],
  ['author_id', 'INTEGER'],
];

export class RecycleBin {
  public constructor(private readonly db: Db, private readonly items: Items, private readonly files: Files) {
    const have = new Set((db.prepare('PRAGMA table_info(recycle)').all() as { name: string }[]).map((c) => c.name));
    for (const [name, type] of COLUMNS) if (!have.has(name)) db.exec(`ALTER TABLE recycle ADD COLUMN ${name} ${type}`);
  }

  /** Entries, newest first; only those `deletedBy` deleted when given (a user who is no site collection admin). */
  public entries(deletedBy?: number): IRecycleEntry[] {
    const cols = 'id, list_id, item_id, title, item_type, dir_name, leaf_name, size, author_id, deleted, deleted_by';
    if (deletedBy === undefined) return this.db.prepare(`SELECT ${cols} FROM recycle ORDER BY deleted DESC, rowid DESC`).all() as IRecycleEntry[];
    return this.db.prepare(`SELECT ${cols} FROM recycle WHERE deleted_by = ? ORDER BY deleted DESC, rowid DESC`).all(deletedBy) as IRecycleEntry[];
  }

  public entry(id: string): IRecycleEntry | undefined {
    return this.entries().find((e) => e.id.toLowerCase() === id.toLowerCase().replace(/[{}]/g, ''));
  }

  /** A list item (in a library: its file or folder, with everything in it). Returns the recycle-bin id. */
  public recycleItem(list: IListDef, itemId: number, userId: number, now: string, dirName: string): string {
    return this.db.transaction(() => this.takeAnyItem(list, itemId, userId, now, dirName))();
  }

  public recycleFile(lib: IListDef, f: IFileRow, userId: number, now: string): string {
    return this.db.transaction(() => this.takeWholeFile(lib, f, userId, now))();
  }

  /** An item's attachment alone (`attachment.recycleObject()`): the item stays; restore puts the file back on it. */
  public recycleAttachment(list: IListDef, itemId: number, name: string, userId: number, now: string, dirName: string): string {
    return this.db.transaction(() => {
      const a = this.db.prepare('SELECT item_id, name, bytes, created FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').get(list.id, itemId, name) as
        | { item_id: number; name: string; bytes: Buffer | null; created: string }
        | undefined;
      if (!a) throw Errors.itemNotFound();
      const payload = this.emptyPayload();
      const bytes = a.bytes ?? Buffer.alloc(0);
      payload.attachments.push({ item_id: a.item_id, name: a.name, bytes: bytes.toString('base64'), created: a.created });
      this.db.prepare('DELETE FROM attachments WHERE list_id = ? AND item_id = ? AND name = ?').run(list.id, itemId, name);
      const authorId = Number(this.items.get(list, itemId)?.AuthorId) || null;
      return this.store(list, itemId, RECYCLE_ATTACHMENT, a.name, dirName, a.name, bytes.length, authorId, userId, now, payload);
    })();
  }

  public recycleFolder(lib: IListDef, folder: IFolderRow, userId: number, now: string): string {
    return this.db.transaction(() => this.takeWholeFolder(lib, folder, userId, now))();
  }

  private takeAnyItem(list: IListDef, itemId: number, userId: number, now: string, dirName: string): string {
    const file = this.files.fileByItem(list.id, itemId);
    if (file) return this.takeWholeFile(list, file, userId, now);
    const folder = this.files.folderByItem(list.id, itemId);
    if (folder) return this.takeWholeFolder(list, folder, userId, now);
    const row = this.items.get(list, itemId);
    if (!row) throw Errors.itemNotFound();
    const payload = this.emptyPayload();
    this.takeItem(list, itemId, payload);
    const title = typeof row.Title === 'string' ? row.Title : '';
    return this.store(list, itemId, RECYCLE_LIST_ITEM, title, dirName, `${itemId}_.000`, 0, Number(row.AuthorId) || null, userId, now, payload);
  }

  private takeWholeFile(lib: IListDef, f: IFileRow, userId: number, now: string): string {
    const payload = this.emptyPayload();
    this.takeFile(lib, f, payload);
    return this.store(lib, f.item_id, RECYCLE_FILE, f.name, f.folder.replace(/^\//, ''), f.name, f.bytes ? f.bytes.length : 0, f.author_id, userId, now, payload);
  }

  private takeWholeFolder(lib: IListDef, folder: IFolderRow, userId: number, now: string): string {
    const payload = this.emptyPayload();
    const author = this.items.get(lib, folder.item_id)?.AuthorId;
    const size = this.takeFolder(lib, folder, payload);
    return this.store(lib, folder.item_id, RECYCLE_FOLDER, folder.name, folder.parent.replace(/^\//, ''), folder.name, size, Number(author) || null, userId, now, payload);
  }

  /** Puts an entry back; a file or folder whose place is taken again → 400 (the entry stays). */
  public restore(entry: IRecycleEntry, list: IListDef): void {
    const r = this.db.prepare('SELECT data FROM recycle WHERE id = ?').get(entry.id) as { data: string } | undefined;
    if (!r) return;
    const parsed = JSON.parse(r.data) as IPayload | Row;
    // Entries recycled before the recycle bin kept everything hold the item row alone.
    const p: IPayload = Array.isArray(parsed.rows) ? (parsed as IPayload) : { ...this.emptyPayload(), rows: [parsed as Row] };
    for (const f of p.files) if (this.files.file(f.url) || this.files.folder(f.url)) throw Errors.fileExists(f.url);
    for (const f of p.folders) if (this.files.file(f.url) || this.files.folder(f.url)) throw Errors.fileExists(f.url);
    const tx = this.db.transaction(() => {
      const have = new Set((this.db.prepare(`PRAGMA table_info(${quoteIdent(list.table)})`).all() as { name: string }[]).map((c) => c.name));
      for (const row of p.rows) {
        const names = Object.keys(row).filter((k) => have.has(k));
        this.db.prepare(`INSERT INTO ${quoteIdent(list.table)}(${names.map(quoteIdent).join(',')}) VALUES (${names.map(() => '?').join(',')})`).run(...names.map((n) => row[n] as never));
      }
      for (const a of p.attachments) {
        this.db.prepare('INSERT INTO attachments(list_id, item_id, name, bytes, created) VALUES (?,?,?,?,?)').run(list.id, a.item_id, a.name, Buffer.from(a.bytes, 'base64'), a.created);
      }
      for (const v of p.versions) {
        this.db.prepare('INSERT OR REPLACE INTO versions(list_id, item_id, version, label, data, modified, editor_id) VALUES (?,?,?,?,?,?,?)').run(list.id, v.item_id, v.version, v.label, v.data, v.modified, v.editor_id);
      }
      for (const f of p.folders) {
        this.db.prepare('INSERT INTO folders(url, list_id, item_id, parent, name, unique_id, created, modified) VALUES (?,?,?,?,?,?,?,?)').run(f.url, f.list_id, f.item_id, f.parent, f.name, f.unique_id, f.created, f.modified);
      }
      for (const f of p.files) {
        this.db
          .prepare(`INSERT INTO files(url, list_id, item_id, folder, name, bytes, content_type, unique_id, created, modified, version, author_id, editor_id, checked_out_by, checkin_comment)
            VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`)
          .run(f.url, f.list_id, f.item_id, f.folder, f.name, Buffer.from(f.bytes, 'base64'), f.content_type, f.unique_id, f.created, f.modified, f.version, f.author_id, f.editor_id, null, f.checkin_comment);
      }
      this.db.prepare('DELETE FROM recycle WHERE id = ?').run(entry.id);
    });
    tx();
  }

  /** Deletes an entry for good. */
  public purge(id: string): void {
    this.db.prepare('DELETE FROM recycle WHERE id = ?').run(id);
  }

  private emptyPayload(): IPayload {
    return { rows: [], attachments: [], versions: [], files: [], folders: [] };
  }

  private takeItem(list: IListDef, itemId: number, p: IPayload): void {
    const row = this.items.get(list, itemId);
    if (row) p.rows.push(row);
    const atts = this.db.prepare('SELECT item_id, name, bytes, created FROM attachments WHERE list_id = ? AND item_id = ?').all(list.id, itemId) as { item_id: number; name: string; bytes: Buffer | null; created: string }[];
    for (const a of atts) p.attachments.push({ item_id: a.item_id, name: a.name, bytes: (a.bytes ?? Buffer.alloc(0)).toString('base64'), created: a.created });
    p.versions.push(...(this.db.prepare('SELECT item_id, version, label, data, modified, editor_id FROM versions WHERE list_id = ? AND item_id = ?').all(list.id, itemId) as IPayload['versions']));
    this.items.delete(list, itemId);
  }

  private takeFile(lib: IListDef, f: IFileRow, p: IPayload): void {
    p.files.push({ ...f, bytes: (f.bytes ?? Buffer.alloc(0)).toString('base64') });
    this.takeItem(lib, f.item_id, p);
    this.db.prepare('DELETE FROM files WHERE url = ?').run(f.url);
  }

  /** Takes a folder with everything in it; returns the bytes of its files. */
  private takeFolder(lib: IListDef, folder: IFolderRow, p: IPayload): number {
    let size = 0;
    for (const sub of this.files.foldersIn(folder.url)) size += this.takeFolder(lib, sub, p);
    for (const f of this.files.filesIn(folder.url)) {
      size += f.bytes ? f.bytes.length : 0;
      this.takeFile(lib, f, p);
    }
    p.folders.unshift(folder);
    this.takeItem(lib, folder.item_id, p);
    this.db.prepare('DELETE FROM folders WHERE url = ?').run(folder.url);
    return size;
  }

  private store(list: IListDef, itemId: number, type: number, title: string, dir: string, leaf: string, size: number, authorId: number | null, userId: number, now: string, p: IPayload): string {
    const id = newGuid();
    this.db
      .prepare('INSERT INTO recycle(id, list_id, item_id, title, data, deleted, deleted_by, item_type, dir_name, leaf_name, size, author_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)')
      .run(id, list.id, itemId, title, JSON.stringify(p), now, userId, type, dir, leaf, size, authorId);
    return id;
  }
}
