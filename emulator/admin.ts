/**
 * The admin API (IEmulatorAdmin) used by the demo seed, the workbench and tests: users, bulk items in one
 * transaction with prepared statements, files, attachments, clock, faults and threshold.
 */
import type { Core } from './core';
import { setFaults } from './faults';
import { mimeOf } from './handlers/attachments';
import { FORBIDDEN_IN_CLASSIC_NAME, FORBIDDEN_IN_NAME } from './limits';
import type { SpError } from './errors';
import { convertWrite, defaultColumns } from './store/values';
import type { INewItem } from './store/items';
import { addPages } from './store/pageSeed';
import type { ApprovalState, IAddItemsOptions, IAddPage, IAddUser, IEmulatorAdmin, IFaultSpec } from './types';

const APPROVAL: Record<ApprovalState, number> = { approved: 0, rejected: 1, pending: 2, draft: 3 };

function describe(e: unknown): string {
  return e instanceof Error ? `${(e as SpError).code ? `${(e as SpError).code}: ` : ''}${e.message}` : String(e);
}

export class Admin implements IEmulatorAdmin {
  /** Site user ids, read once and kept until a user is added (a seed calls addItems thousands of times). */
  private knownUserIds: Set<number> | undefined;

  public constructor(private readonly core: Core) {}

  public addUser(user: IAddUser): number {
    this.knownUserIds = undefined;
    return this.core.principals.addUser(user, 'admin');
  }

  public addUsers(users: IAddUser[]): number[] {
    this.knownUserIds = undefined;
    return this.core.db.transaction(() => users.map((u) => this.core.principals.addUser(u, 'admin')))();
  }

  public userId(email: string): number | undefined {
    return this.core.principals.userByEmail(email)?.id;
  }

  public addItems(listTitle: string, rows: Record<string, unknown>[], opts: IAddItemsOptions = {}): number[] {
    const list = this.core.catalogue.byTitle(listTitle);
    if (!list) throw new Error(`addItems: no list '${listTitle}'`);
    let authorId = this.core.siteOwnerId();
    if (opts.authorEmail) {
      const u = this.core.principals.userByEmail(opts.authorEmail);
      if (!u) throw new Error(`addItems: unknown author ${opts.authorEmail}`);
      authorId = u.id;
    }
    const status = APPROVAL[opts.approval ?? 'approved'];
    if (status === undefined) throw new Error(`addItems: unknown approval state ${String(opts.approval)}`);
    const created = opts.created ?? this.core.businessNowIso();
    const defaults = defaultColumns(list);
    this.knownUserIds ??= new Set(this.core.principals.users().map((u) => u.id));
    const userIds = this.knownUserIds;
    const items: INewItem[] = rows.map((row, i) => {
      let w;
      try {
        w = convertWrite(list, row, (id) => userIds.has(id), false, this.core.zone);
      } catch (e) {
        throw new Error(`addItems(${listTitle}) row ${i}: ${describe(e)}`);
      }
      const columns = new Map(defaults);
      for (const [k, v] of w.columns) columns.set(k, v);
      return {
        columns,
        authorId,
        moderationStatus: w.moderationStatus ?? status,
        moderationComments: w.moderationComments ?? opts.approvalComment ?? null,
        created,
      };
    });
    return this.core.db.transaction(() => this.core.items.insert(list, items))();
  }

  public addPages(pages: IAddPage[]): number[] {
    return this.core.db.transaction(() => addPages(this.core, pages))();
  }

  public uploadFile(libraryServerRelativeUrl: string, name: string, bytes: Uint8Array, contentType?: string): string {
    const folder = libraryServerRelativeUrl.replace(/\/+$/, '');
    const lib = this.core.catalogue.all().find((l) => l.baseType === 1 && folder.toLowerCase().startsWith(`${this.core.sitePath}/${l.url}`.toLowerCase()));
    if (!lib) throw new Error(`uploadFile: no document library at ${libraryServerRelativeUrl}`);
    if (FORBIDDEN_IN_NAME.test(name)) throw new Error(`uploadFile: invalid file name ${JSON.stringify(name)}`);
    const f = this.core.files.store(lib, folder, name, Buffer.from(bytes), contentType ?? mimeOf(name), this.core.siteOwnerId(), true, this.core.businessNowIso());
    return f.url;
  }

  public addAttachment(listTitle: string, itemId: number, name: string, bytes: Uint8Array): string {
    const list = this.core.catalogue.byTitle(listTitle);
    if (!list) throw new Error(`addAttachment: no list '${listTitle}'`);
    if (!this.core.items.get(list, itemId)) throw new Error(`addAttachment: no item ${itemId} in ${listTitle}`);
    if (FORBIDDEN_IN_CLASSIC_NAME.test(name)) throw new Error(`addAttachment: invalid file name ${JSON.stringify(name)}`);
    this.core.db.transaction(() => {
      this.core.db
        .prepare('INSERT OR REPLACE INTO attachments(list_id, item_id, name, bytes, created) VALUES (?,?,?,?,?)')
        .run(list.id, itemId, name, Buffer.from(bytes), this.core.businessNowIso());
      this.core.items.touch(list, itemId, 1);
    })();
    return `${this.core.sitePath}/${list.url}/Attachments/${itemId}/${name}`;
  }

  public setToday(isoDate: string | null): void {
    this.core.setToday(isoDate);
  }

  public today(): string {
    return this.core.today();
  }

  public timeZone(): { id: number; description: string; iana: string } {
    const z = this.core.timeZone;
    return { id: z.id, description: z.description, iana: z.iana };
  }

  public injectFaults(spec: IFaultSpec): void {
    setFaults(this.core, spec);
  }

  public clearFaults(): void {
    this.core.fault = null;
  }

  public setListViewThreshold(n: number): void {
    if (!Number.isInteger(n) || n < 1) throw new Error('threshold must be a positive integer');
    this.core.listViewThreshold = n;
  }

  public isEmpty(): boolean {
    return !this.hasData();
  }

  public hasData(): boolean {
    if (this.core.principals.userCount('admin') > 0) return true;
    // The site's own front page (SitePages/Home.aspx, made when the site is provisioned) is not data.
    const homePage = this.core.files.file(`${this.core.sitePath}/SitePages/Home.aspx`) ? 1 : 0;
    const items = this.core.catalogue.all().reduce((n, l) => n + this.core.items.count(l), 0);
    return items > homePage;
  }

  public itemCount(listTitle: string): number {
    const list = this.core.catalogue.byTitle(listTitle);
    if (!list) throw new Error(`itemCount: no list '${listTitle}'`);
    return this.core.items.count(list);
  }

  public siteUrl(): string {
    return this.core.siteUrl();
  }
}
