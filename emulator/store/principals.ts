/**
 * Site users, SharePoint groups, role assignments and the permissions they give on the web and on each list.
 */
import type { IAddUser } from '../types';
import type { IListDef } from '../model';
import { Db, newGuid } from './db';
import { bit, builtInRole, BUILT_IN_ROLES, FULL_MASK, IRoleDefinition, maskOf } from './permissionKinds';

export type Perm = 'view' | 'viewVersions' | 'add' | 'edit' | 'delete' | 'approve' | 'manageLists' | 'manageWeb' | 'managePermissions' | 'createGroups';

/** The SharePoint right (SP.PermissionKind name) behind each check the emulator makes. */
const PERM_KIND: Record<Perm, string> = {
  view: 'ViewListItems',
  viewVersions: 'ViewVersions',
  add: 'AddListItems',
  edit: 'EditListItems',
  delete: 'DeleteListItems',
  approve: 'ApproveItems',
  manageLists: 'ManageLists',
  manageWeb: 'ManageWeb',
  managePermissions: 'ManagePermissions',
  createGroups: 'CreateGroups',
};

/** Id of the first permission level a site defines itself (SharePoint numbers them after the built-in ones). */
const FIRST_CUSTOM_ROLE_ID = 1073741930;

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
  /** 1 when only the group's members (and its owners) may see who its members are (OnlyAllowMembersViewMembership). */
  only_members_view: number;
}

export const CLAIMS_PREFIX = 'i:0#.f|membership|';

export function loginOf(email: string): string {
  return `${CLAIMS_PREFIX}${email.toLowerCase()}`;
}

export class Principals {
  private readonly maskCache = new Map<string, { mask: bigint; perms: Set<Perm> }>();
  /** Permission levels the site defines itself (site.json `roleDefinitions`), by lower-case name. */
  private readonly customRoles = new Map<string, IRoleDefinition>();

  public constructor(private readonly db: Db) {
    const have = new Set((db.prepare('PRAGMA table_info(principals)').all() as { name: string }[]).map((c) => c.name));
    if (!have.has('only_members_view')) db.exec('ALTER TABLE principals ADD COLUMN only_members_view INTEGER DEFAULT 0');
  }

  /** Sets who may see the group's members: only members and owners (true) or everyone (false). */
  public setOnlyMembersView(groupId: number, only: boolean): void {
    this.db.prepare("UPDATE principals SET only_members_view = ? WHERE kind = 'group' AND id = ?").run(only ? 1 : 0, groupId);
  }

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
    this.maskCache.clear();
    return id;
  }

  public ensureGroup(title: string, description: string, everyone: boolean, source = 'site'): number {
    const g = this.groupByTitle(title);
    if (g) {
      this.db.prepare('UPDATE principals SET description = ?, everyone = ? WHERE id = ?').run(description, everyone ? 1 : 0, g.id);
      return g.id;
    }
    const r = this.db
      .prepare("INSERT INTO principals(kind, login, title, description, everyone, guid, source) VALUES ('group', ?, ?, ?, ?, ?, ?)")
      .run(title, title, description, everyone ? 1 : 0, newGuid(), source);
    this.maskCache.clear();
    return Number(r.lastInsertRowid);
  }

  public updateGroup(id: number, title: string, description: string): void {
    this.db.prepare("UPDATE principals SET title = ?, login = ?, description = ? WHERE id = ? AND kind = 'group'").run(title, title, description, id);
    this.maskCache.clear();
  }

  public deleteGroup(id: number): void {
    this.db.prepare("DELETE FROM principals WHERE id = ? AND kind = 'group'").run(id);
    this.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(id);
    this.db.prepare('DELETE FROM role_assignments WHERE principal_id = ?').run(id);
    this.maskCache.clear();
  }

  public groupByTitle(title: string): IGroupRow | undefined {
    return this.db.prepare("SELECT id, title, description, everyone, only_members_view FROM principals WHERE kind = 'group' AND login = ?").get(title) as IGroupRow | undefined;
  }

  public group(id: number): IGroupRow | undefined {
    return this.db.prepare("SELECT id, title, description, everyone, only_members_view FROM principals WHERE kind = 'group' AND id = ?").get(id) as IGroupRow | undefined;
  }

  public groups(): IGroupRow[] {
    return this.db.prepare("SELECT id, title, description, everyone, only_members_view FROM principals WHERE kind = 'group' ORDER BY id").all() as IGroupRow[];
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
      .prepare(`SELECT id, title, description, everyone, only_members_view FROM principals WHERE kind = 'group'
        AND (everyone = 1 OR id IN (SELECT group_id FROM group_members WHERE user_id = ?)) ORDER BY id`)
      .all(userId) as IGroupRow[];
  }

  public setMembers(groupId: number, userIds: number[]): void {
    this.db.prepare('DELETE FROM group_members WHERE group_id = ?').run(groupId);
    for (const u of userIds) this.db.prepare('INSERT OR IGNORE INTO group_members(group_id, user_id) VALUES (?, ?)').run(groupId, u);
    this.maskCache.clear();
  }

  /** A permission level of the site's own: a built-in one without some rights (e.g. Read without View Versions). */
  public defineRole(name: string, basedOn: string, without: readonly string[], description = ''): void {
    const base = this.roleDefinition(basedOn);
    const existing = this.customRoles.get(name.toLowerCase());
    const id = existing?.id ?? FIRST_CUSTOM_ROLE_ID + this.customRoles.size;
    this.customRoles.set(name.toLowerCase(), { id, name, description, roleType: 0, order: 200 + this.customRoles.size, hidden: false, mask: base.mask & ~maskOf(without) });
    this.maskCache.clear();
  }

  /** A permission level by name (English or Danish built-in names, or the site's own); throws when unknown. */
  public roleDefinition(role: string): IRoleDefinition {
    const r = this.customRoles.get(role.toLowerCase()) ?? builtInRole(role);
    if (!r) throw new Error(`Unknown permission level '${role}'`);
    return r;
  }

  public roleDefinitions(): IRoleDefinition[] {
    return [...BUILT_IN_ROLES, ...this.customRoles.values()];
  }

  public assign(scope: string, principalId: number, role: string, source: string): void {
    this.roleDefinition(role);
    this.db.prepare('INSERT OR REPLACE INTO role_assignments(scope, principal_id, role, source) VALUES (?, ?, ?, ?)').run(scope, principalId, role, source);
    this.maskCache.clear();
  }

  public unassign(scope: string, principalId: number, role: string): void {
    this.db.prepare('DELETE FROM role_assignments WHERE scope = ? AND principal_id = ? AND role = ?').run(scope, principalId, role);
    this.maskCache.clear();
  }

  public clearAssignments(source: string): void {
    this.db.prepare('DELETE FROM role_assignments WHERE source = ?').run(source);
    this.maskCache.clear();
  }

  public assignments(scope: string): { principal_id: number; role: string }[] {
    return this.db.prepare('SELECT principal_id, role FROM role_assignments WHERE scope = ?').all(scope) as { principal_id: number; role: string }[];
  }

  /** The scope whose role assignments apply to a list: its own (unique permissions) or the web's (inherited). */
  public scopeOf(list?: IListDef): string {
    return list && this.assignments(list.id).length > 0 ? list.id : 'web';
  }

  /** Effective rights of a user on a list or the web, as SharePoint's 64-bit mask (site collection admins: all). */
  public mask(userId: number, list?: IListDef): bigint {
    const key = `${userId}|${list?.id ?? 'web'}`;
    const hit = this.maskCache.get(key);
    if (hit !== undefined) return hit.mask;
    const user = this.user(userId);
    let out = 0n;
    if (user?.is_site_admin) {
      out = FULL_MASK;
    } else if (user) {
      const principalIds = new Set<number>([userId, ...this.groupsOf(userId).map((g) => g.id)]);
      for (const a of this.assignments(this.scopeOf(list))) {
        if (principalIds.has(a.principal_id)) out |= this.roleDefinition(a.role).mask;
      }
    }
    this.maskCache.set(key, { mask: out, perms: new Set((Object.keys(PERM_KIND) as Perm[]).filter((p) => (out & bit(PERM_KIND[p])) !== 0n)) });
    return out;
  }

  /** Effective permissions of a user on a list (unique permissions) or, when it inherits, on the web. */
  public perms(userId: number, list?: IListDef): Set<Perm> {
    this.mask(userId, list);
    return (this.maskCache.get(`${userId}|${list?.id ?? 'web'}`) as { perms: Set<Perm> }).perms;
  }
}
