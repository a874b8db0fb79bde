/**
 * Files and folders of document libraries in SQLite. Every file and every folder below a library's root is also an
 * item of the library (folders with the Folder content type 0x0120, FileSystemObjectType 1), as in SharePoint. A file
 * keeps its bytes, its version, and who has it checked out.
 */
import * as crypto from 'crypto';
import { Errors } from '../errors';
import type { IListDef } from '../model';
import type { Db } from './db';
import type { Items } from './items';

export interface IFileRow {
  url: string;
  list_id: string;
  item_id: number;
  folder: string;
  name: string;
  bytes: Buffer;
  content_type: string;
  unique_id: string;
  created: string;
  modified: string;
  version: number;
  author_id: number;
  editor_id: number;
  checked_out_by: number | null;
  checkin_comment: string | null;
}

export interface IFolderRow {
  url: string;
  list_id: string;
  item_id: number;
  parent: string;
  name: string;
  unique_id: string;
  created: string;
  modified: string;
}

export const FOLDER_CONTENT_TYPE = '0x0120';

export class Files {
  public constructor(private readonly db: Db, private readonly items: Items) {
    db.exec(`CREATE TABLE IF NOT EXISTS folders(url TEXT PRIMARY KEY COLLATE NOCASE, list_id TEXT NOT NULL, item_id INTEGER,
      parent TEXT NOT NULL COLLATE NOCASE, name TEXT NOT NULL, unique_id TEXT, created TEXT, modified TEXT);
      CREATE INDEX IF NOT EXISTS folders_parent ON folders(parent);`);
    const have = new Set((db.prepare('PRAGMA table_info(files)').all() as { name: string }[]).map((c) => c.name));
    if (!have.has('checked_out_by')) db.exec('ALTER TABLE files ADD COLUMN checked_out_by INTEGER');
    if (!have.has('checkin_comment')) db.exec('ALTER TABLE files ADD COLUMN checkin_comment TEXT');
  }

  public file(url: string): IFileRow | undefined {
    return this.db.prepare('SELECT * FROM files WHERE url = ?').get(url) as IFileRow | undefined;
  }

  public fileByItem(listId: string, itemId: number): IFileRow | undefined {
    return this.db.prepare('SELECT * FROM files WHERE list_id = ? AND item_id = ?').get(listId, itemId) as IFileRow | undefined;
  }

  public filesIn(folder: string): IFileRow[] {
    return this.db.prepare('SELECT * FROM files WHERE folder = ? ORDER BY name').all(folder) as IFileRow[];
  }

  public folder(url: string): IFolderRow | undefined {
    return this.db.prepare('SELECT * FROM folders WHERE url = ?').get(url) as IFolderRow | undefined;
  }

  public folderByItem(listId: string, itemId: number): IFolderRow | undefined {
    return this.db.prepare('SELECT * FROM folders WHERE list_id = ? AND item_id = ?').get(listId, itemId) as IFolderRow | undefined;
  }

  public folderById(uniqueId: string): IFolderRow | undefined {
    return this.db.prepare('SELECT * FROM folders WHERE unique_id = ?').get(uniqueId.toLowerCase().replace(/[{}]/g, '')) as IFolderRow | undefined;
  }

  public foldersIn(parent: string): IFolderRow[] {
    return this.db.prepare('SELECT * FROM folders WHERE parent = ? ORDER BY name').all(parent) as IFolderRow[];
  }

  /** Adds a file or replaces its bytes (a new version); the file's list item is created with it. */
  public store(lib: IListDef, folder: string, name: string, bytes: Buffer, contentType: string, userId: number, overwrite: boolean, now: string): IFileRow {
    const url = `${folder}/${name}`;
    const existing = this.file(url);
    if (existing) {
      if (!overwrite) throw Errors.fileExists(url);
      if (existing.checked_out_by !== null && existing.checked_out_by !== userId) throw Errors.checkedOutByOther(url);
      this.db.prepare('UPDATE files SET bytes = ?, content_type = ?, modified = ?, version = version + 1, editor_id = ? WHERE url = ?').run(bytes, contentType, now, userId, url);
      this.items.update(lib, existing.item_id, new Map(), userId, now);
    } else {
      if (this.folder(url)) throw Errors.fileExists(url);
      const [itemId] = this.items.insert(lib, [{ columns: new Map([['Title', null]]), authorId: userId, moderationStatus: 0, moderationComments: null, created: now }]);
      this.db
        .prepare(`INSERT INTO files(url, list_id, item_id, folder, name, bytes, content_type, unique_id, created, modified, version, author_id, editor_id)
          VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?)`)
        .run(url, lib.id, itemId, folder, name, bytes, contentType, crypto.randomUUID(), now, now, userId, userId);
    }
    return this.file(url) as IFileRow;
  }

  public deleteFile(lib: IListDef, f: IFileRow): void {
    this.db.prepare('DELETE FROM files WHERE url = ?').run(f.url);
    this.items.delete(lib, f.item_id);
  }

  public setCheckout(url: string, userId: number | null, comment: string | null): void {
    this.db.prepare('UPDATE files SET checked_out_by = ?, checkin_comment = COALESCE(?, checkin_comment) WHERE url = ?').run(userId, comment, url);
  }

  /** Adds a folder (and its folder item); an existing folder is returned as it is. */
  public addFolder(lib: IListDef, parent: string, name: string, userId: number, now: string): IFolderRow {
    const url = `${parent}/${name}`;
    const existing = this.folder(url);
    if (existing) return existing;
    if (this.file(url)) throw Errors.fileExists(url);
    const [itemId] = this.items.insert(lib, [{ columns: new Map([['Title', name], ['ContentTypeId', FOLDER_CONTENT_TYPE]]), authorId: userId, moderationStatus: 0, moderationComments: null, created: now }]);
    this.db
      .prepare('INSERT INTO folders(url, list_id, item_id, parent, name, unique_id, created, modified) VALUES (?,?,?,?,?,?,?,?)')
      .run(url, lib.id, itemId, parent, name, crypto.randomUUID(), now, now);
    return this.folder(url) as IFolderRow;
  }

  /** Deletes a folder with everything in it. */
  public deleteFolder(lib: IListDef, f: IFolderRow): void {
    for (const sub of this.foldersIn(f.url)) this.deleteFolder(lib, sub);
    for (const file of this.filesIn(f.url)) this.deleteFile(lib, file);
    this.db.prepare('DELETE FROM folders WHERE url = ?').run(f.url);
    this.items.delete(lib, f.item_id);
  }
}
