/**
 * Site users, SharePoint groups, role assignments and the permissions they give on the web and on each list.
 */
import type { IAddUser } from '../types';
import type { IListDef } from '../model';
import { Db, newGuid } from './db';

export type Perm = 'view' | 'viewVersions' | 'add' | 'edit' | 'delete' | 'approve' | 'manageLists' | 'manageWeb';

/** SharePoint's names of the rights the emulator models (SP.PermissionKind), for permission levels declared in site.json. */
export const PERMISSION_KINDS: Record<string, Perm> = {
  ViewListItems: 'view',
  ViewVersions: 'viewVersions',
  AddListItems: 'add',
  EditListItems: 'edit',
  DeleteListItems: 'delete',
  ApproveItems: 'approve',
  ManageLists: 'manageLists',
  ManageWeb: 'manageWeb',
};

/** Read, as in SharePoint Online, includes View Versions. */
const READ: Perm[] = ['view', 'viewVersions'];
const CONTRIBUTE: Perm[] = [...READ, 'add', 'edit', 'delete'];
const EDIT: Perm[] = [...CONTRIBUTE, 'manageLists'];
const DESIGN: Perm[] = [...EDIT, 'approve'];
const FULL: Perm[] = [...DESIGN, 'manageWeb'];

/** Role definitions (English and Danish names of SharePoint Online's permission levels). */
export const ROLES: Record<string, Perm[]> = {
  read: READ,
  'læs': READ,
  contribute: CONTRIBUTE,
  bidrag: CONTRIBUTE,
  edit: EDIT,
  rediger: EDIT,
  design: DESIGN,
  approve: [...CONTRIBUTE, 'approve'],
  godkend: [...CONTRIBUTE, 'approve'],
  'full control': FULL,
  'fuld kontrol': FULL,
};

export function rolePerms(role: string): Perm[] {
  const p = ROLES[role.toLowerCase()];
  if (!p) throw new Error(`Unknown permission level '${role}'`);
  return p;
}

export interface IUserRow {
  id: number;
  login: string;
  email: string;
  title: string;
  job_title: string | null;
  department: string | null;
  is_site_admin: number;
  guid: string;
  source: string;
}

export interface IGroupRow {
  id: number;
  title: string;
  description: string | null;
  everyone: number;
}

export const CLAIMS_PREFIX = 'i:0#.f|membership|';

export function loginOf(email: string): string {
  return `${CLAIMS_PREFIX}${email.toLowerCase()}`;
}

export class Principals {
  private readonly permCache = new Map<string, Set<Perm>>();
  /** Permission levels the site defines itself (site.json `roleDefinitions`), by lower-case name. */
  private readonly customRoles = new Map<string, Perm[]>();

  public constructor(private readonly db: Db) {}

  public user(id: number): IUserRow | undefined {
    return this.db.prepare("SELECT * FROM principals WHERE id = ? AND kind = 'user'").get(id) as IUserRow | undefined;
  }

  public userByEmail(email: string): IUserRow | undefined {
    return this.db.prepare("SELECT * FROM principals WHERE email = ? AND kind = 'user'").get(email.trim()) as IUserRow | undefined;
  }

  /** By claims login (`i:0#.f|membership|x@y`), plain login or e-mail. */
  public userByLogin(login: string): IUserRow | undefined {
    const l = login.trim();
    const email = l.includes('|') ? l.slice(l.lastIndexOf('|') + 1) : l;
    return this.userByEmail(email);
  }

  public users(): IUserRow[] {
    return this.db.prepare("SELECT * FROM principals WHERE kind = 'user' ORDER BY id").all() as IUserRow[];
  }

  public userCount(source?: string): number {
    const sql = source ? "SELECT COUNT(*) AS n FROM principals WHERE kind = 'user' AND source = ?" : "SELECT COUNT(*) AS n FROM principals WHERE kind = 'user'";
    const row = (source ? this.db.prepare(sql).get(source) : this.db.prepare(sql).get()) as { n: number };
    return row.n;
  }

  public addUser(u: IAddUser, source: string): number {
    if (!/^[^\s@]+@[^\s@]+$/.test(u.email)) throw new Error(`Not an e-mail address: ${u.email}`);
    const existing = this.userByEmail(u.email);
    let id: number;
    if (existing) {
      this.db
        .prepare('UPDATE principals SET title = ?, job_title = ?, department = ?, is_site_admin = ? WHERE id = ?')
        .run(u.title, u.jobTitle ?? existing.job_title, u.department ?? existing.department, u.isSiteAdmin ? 1 : existing.is_site_admin, existing.id);
      id = existing.id;
    } else {
      const r = this.db
        .prepare(`INSERT INTO principals(kind, login, email, title, job_title, department, is_site_admin, guid, source)
          VALUES ('user', ?, ?, ?, ?, ?, ?, ?, ?)`)
        .run(loginOf(u.email), u.email.toLowerCase(), u.title, u.jobTitle ?? null, u.department ?? null, u.isSiteAdmin ? 1 : 0, newGuid(), source);
      id = Number(r.lastInsertRowid);
    }
    for (const g of u.groups ?? []) {
      const group = this.groupByTitle(g);
      if (!group) throw new Error(`Unknown SharePoint group '${g}' (see emulator/site.json)`);
      this.db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(group.id, id);
    }
    this.permCache.clear();
    return id;
  }

  public ensureGroup(title: string, description: string, everyone: boolean): number {
    const g = this.groupByTitle(title);
    if (g) {
      this.db.prepare('UPDATE principals SET description = ?, everyone = ? WHERE id = ?').run(description, everyone ? 1 : 0, g.id);
      return g.id;
    }
    const r = this.db
      .prepare("INSERT INTO principals(kind, login, title, description, everyone, guid, source) VALUES ('group', ?, ?, ?, ?, ?, 'site')")
      .run(title, title, description, everyone ? 1 : 0, newGuid());
    this.permCache.clear();
    return Number(r.lastInsertRowid);
  }

  public groupByTitle(title: string): IGroupRow | undefined {
    return this.db.prepare("SELECT id, title, description, everyone FROM principals WHERE kind = 'group' AND login = ?").get(title) as IGroupRow | undefined;
  }

  public group(id: number): IGroupRow | undefined {
    return this.db.prepare("SELECT id, title, description, everyone FROM principals WHERE kind = 'group' AND id = ?").get(id) as IGroupRow | undefined;
  }

  public groups(): IGroupRow[] {
    return this.db.prepare("SELECT id, title, description, everyone FROM principals WHERE kind = 'group' ORDER BY id").all() as IGroupRow[];
  }

  public members(groupId: number): IUserRow[] {
    const g = this.group(groupId);
    if (!g) return [];
    if (g.everyone) return this.users();
    return this.db
      .prepare("SELECT p.* FROM principals p JOIN group_members m ON m.user_id = p.id WHERE m.group_id = ? ORDER BY p.id")
      .all(groupId) as IUserRow[];
  }

  public groupsOf(userId: number): IGroupRow[] {
    return this.db
      .prepare(`SELECT id, title, description, everyone FROM principals WHERE kind = 'group'
        AND (everyone = 1 OR id IN (SELECT group_id FROM group_members WHERE user_id = ?)) ORDER BY id`)
      .all(userId) as IGroupRow[];
  }

  public setMembers(groupId: number, userIds: number[]): void {
    this.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(groupId);
    for (const u of userIds) this.db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(groupId, u);
    this.permCache.clear();
  }

  /** A permission level of the site's own: a built-in one without some rights (e.g. Read without View Versions). */
  public defineRole(name: string, basedOn: string, without: readonly string[]): void {
    const removed = without.map((k) => {
      const p = PERMISSION_KINDS[k];
      if (!p) throw new Error(`Unknown right '${k}' in permission level '${name}' (known: ${Object.keys(PERMISSION_KINDS).join(', ')})`);
      return p;
    });
    this.customRoles.set(name.toLowerCase(), rolePerms(basedOn).filter((p) => !removed.includes(p)));
    this.permCache.clear();
  }

  private roleOf(role: string): Perm[] {
    return this.customRoles.get(role.toLowerCase()) ?? rolePerms(role);
  }

  public assign(scope: string, principalId: number, role: string, source: string): void {
    this.roleOf(role);
    this.db.prepare('INSERT OR REPLACE INTO role_assignments(scope, principal_id, role, source) VALUES (?, ?, ?, ?)').run(scope, principalId, role, source);
    this.permCache.clear();
  }

  public clearAssignments(source: string): void {
    this.db.prepare('DELETE FROM role_assignments WHERE source = ?').run(source);
    this.permCache.clear();
  }

  public assignments(scope: string): { principal_id: number; role: string }[] {
    return this.db.prepare('SELECT principal_id, role FROM role_assignments WHERE scope = ?').all(scope) as { principal_id: number; role: string }[];
  }

  /** Effective permissions of a user on a list (unique permissions) or, when it inherits, on the web. */
  public perms(userId: number, list?: IListDef): Set<Perm> {
    const key = `${userId}|${list?.id ?? 'web'}`;
    const hit = this.permCache.get(key);
    if (hit) return hit;
    const user = this.user(userId);
    const out = new Set<Perm>();
    if (user?.is_site_admin) {
      FULL.forEach((p) => out.add(p));
    } else if (user) {
      let scope = 'web';
      if (list && this.assignments(list.id).length > 0) scope = list.id;
      const principalIds = new Set<number>([userId, ...this.groupsOf(userId).map((g) => g.id)]);
      for (const a of this.assignments(scope)) {
        if (principalIds.has(a.principal_id)) this.roleOf(a.role).forEach((p) => out.add(p));
      }
    }
    this.permCache.set(key, out);
    return out;
  }
}
