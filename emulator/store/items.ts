/**
 * List items in SQLite: insert (one or many, prepared statements in one transaction), update with a version bump,
 * delete (recycling: store/recycleBin.ts), and the version history of lists with versioning.
 */
import type Database from 'better-sqlite3';
import { Db, newGuid, quoteIdent } from './db';
import type { IListDef } from '../model';
import type { SqlValue } from './values';

export type Row = Record<string, unknown>;

export interface INewItem {
  columns: Map<string, SqlValue>;
  authorId: number;
  moderationStatus: number;
  moderationComments: string | null;
  created: string;
}

export class Items {
  private readonly stmts = new Map<string, Database.Statement<unknown[]>>();

  public constructor(private readonly db: Db) {}

  private stmt(sql: string): Database.Statement<unknown[]> {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.db.prepare<unknown[]>(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  public clearStatements(): void {
    this.stmts.clear();
  }

  public count(list: IListDef): number {
    return (this.stmt(`SELECT COUNT(*) AS n FROM ${quoteIdent(list.table)}`).get() as { n: number }).n;
  }

  public get(list: IListDef, id: number): Row | undefined {
    return this.stmt(`SELECT * FROM ${quoteIdent(list.table)} WHERE ID = ?`).get(id) as Row | undefined;
  }

  /** Inserts items; call inside a transaction for many. Returns the new ids. */
  public insert(list: IListDef, items: INewItem[]): number[] {
    const ids: number[] = [];
    for (const it of items) {
      const cols = new Map<string, SqlValue>(it.columns);
      cols.set('GUID', newGuid());
      if (!cols.has('ContentTypeId')) cols.set('ContentTypeId', list.contentTypeId);
      cols.set('Created', it.created);
      cols.set('Modified', it.created);
      cols.set('AuthorId', it.authorId);
      cols.set('EditorId', it.authorId);
      cols.set('_Version', 1);
      if (list.moderated) {
        cols.set('_ModerationStatus', it.moderationStatus);
        cols.set('_ModerationComments', it.moderationComments);
      }
      const names = [...cols.keys()];
      const sql = `INSERT INTO ${quoteIdent(list.table)}(${names.map(quoteIdent).join(',')}) VALUES (${names.map(() => '?').join(',')})`;
      const r = this.stmt(sql).run(...names.map((n) => cols.get(n) ?? null));
      const id = Number(r.lastInsertRowid);
      ids.push(id);
      if (list.versioning) {
        const row: Row = { ID: id, _AttachmentCount: 0 };
        for (const [k, v] of cols) row[k] = v;
        this.writeVersion(list, id, row);
      }
    }
    return ids;
  }

  /** Updates columns, bumps the version, records Editor/Modified, snapshots a version when versioning is on. */
  public update(list: IListDef, id: number, columns: Map<string, SqlValue>, editorId: number, modified: string): void {
    const cols = new Map<string, SqlValue>(columns);
    cols.set('EditorId', editorId);
    cols.set('Modified', modified);
    const names = [...cols.keys()];
    const sql = `UPDATE ${quoteIdent(list.table)} SET ${names.map((n) => `${quoteIdent(n)} = ?`).join(', ')}, _Version = _Version + 1 WHERE ID = ?`;
    this.stmt(sql).run(...names.map((n) => cols.get(n) ?? null), id);
    if (list.versioning) this.snapshot(list, id);
  }

  /** Bumps the version without touching fields (attachments added, replaced or removed); optionally sets the approval status. */
  public touch(list: IListDef, id: number, attachmentDelta: number, moderationStatus?: number): void {
    this.stmt(`UPDATE ${quoteIdent(list.table)} SET _Version = _Version + 1, _AttachmentCount = MAX(0, _AttachmentCount + ?) WHERE ID = ?`).run(
      attachmentDelta,
      id,
    );
    if (moderationStatus !== undefined) this.stmt(`UPDATE ${quoteIdent(list.table)} SET _ModerationStatus = ? WHERE ID = ?`).run(moderationStatus, id);
  }

  public delete(list: IListDef, id: number): void {
    this.stmt(`DELETE FROM ${quoteIdent(list.table)} WHERE ID = ?`).run(id);
    this.stmt('DELETE FROM attachments WHERE list_id = ? AND item_id = ?').run(list.id, id);
    this.stmt('DELETE FROM versions WHERE list_id = ? AND item_id = ?').run(list.id, id);
  }

  public versions(list: IListDef, id: number): { version: number; label: string; data: Row; modified: string; editorId: number }[] {
    const rows = this.stmt('SELECT version, label, data, modified, editor_id FROM versions WHERE list_id = ? AND item_id = ? ORDER BY version DESC').all(
      list.id,
      id,
    ) as { version: number; label: string; data: string; modified: string; editor_id: number }[];
    return rows.map((r) => ({ version: r.version, label: r.label, data: JSON.parse(r.data) as Row, modified: r.modified, editorId: r.editor_id }));
  }

  private snapshot(list: IListDef, id: number): void {
    const row = this.get(list, id);
    if (row) this.writeVersion(list, id, row);
  }

  private writeVersion(list: IListDef, id: number, row: Row): void {
    const v = Number(row._Version);
    this.stmt('INSERT OR REPLACE INTO versions(list_id, item_id, version, label, data, modified, editor_id) VALUES (?,?,?,?,?,?,?)').run(
      list.id,
      id,
      v,
      `${v}.0`,
      JSON.stringify(row),
      String(row.Modified),
      Number(row.EditorId),
    );
  }
}
