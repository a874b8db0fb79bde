/**
 * The emulator's state: database, list catalogue, principals, items, clock, threshold and fault settings. Provisions
 * the lists from the product's XML and the site from site.json on start (idempotent: new fields in the XML are added
 * to existing lists, site.json groups and role assignments are re-applied).
 */
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { businessDateOf, businessInstant, SiteZone, siteZone, toSpIso } from './dates';
import type { IListDef } from './model';
import { readAssets, readSiteSchema } from './provision';
import { provisionSiteSchema } from './provisionSite';
import { Catalogue, Db, openDb } from './store/db';
import { Files } from './store/files';
import { Items } from './store/items';
import { Principals } from './store/principals';
import { RecycleBin } from './store/recycleBin';
import { Schema } from './store/schema';
import { ISpTimeZone, resolveTimeZone } from './timeZones';
import type { IEmulatorOptions, IFaultSpec } from './types';

interface ISiteFile {
  title: string;
  description: string;
  users: { email: string; title: string; jobTitle?: string; department?: string; siteAdmin?: boolean }[];
  /**
   * `onlyAllowMembersViewMembership`: only members and owners see the members. Default false ("Everyone"), as the
   * product's set-up needs for HR; a group made in SharePoint's UI starts with "Group Members" (true).
   */
  groups: { title: string; description: string; everyone?: boolean; onlyAllowMembersViewMembership?: boolean; members: string[] }[];
  web: { group: string; role: string }[];
  libraries: { title: string; url: string; description?: string; template?: number }[];
  /** The web's property bag (allProperties) as the site starts with it. */
  properties?: Record<string, string>;
  lists: Record<string, { group: string; role: string }[]>;
  /** The site's own permission levels: a built-in level without some rights (SharePoint's names, e.g. ViewVersions). */
  roleDefinitions?: { name: string; description?: string; basedOn: string; without: string[] }[];
}

export interface IFaultState extends IFaultSpec {
  remaining: number;
}

export class Core {
  public readonly db: Db;
  public readonly catalogue: Catalogue;
  public readonly principals: Principals;
  public readonly items: Items;
  public readonly schema: Schema;
  public readonly files: Files;
  /** The site's recycle bin (recycled items, files and folders). */
  public readonly recycleBin: RecycleBin;
  public readonly sitePath: string;
  public origin: string;
  /** Origins other web pages may call the REST API from (CORS); none by default. */
  public readonly corsOrigins: readonly string[];
  public listViewThreshold: number;
  public readonly maxBodyBytes: number;
  public fault: IFaultState | null = null;
  public readonly site: ISiteFile;
  public readonly digestSecret: string;
  /** The site's regional time zone (web/regionalSettings/timeZone): date-only storage, date parts, formatted dates. */
  public readonly timeZone: ISpTimeZone;
  /** Local dates of the site's zone. */
  public readonly zone: SiteZone;
  private fixedToday: string | null;
  private readonly realClock: () => Date;

  public constructor(opts: IEmulatorOptions) {
    this.timeZone = resolveTimeZone(opts.timeZone);
    this.zone = siteZone(this.timeZone.iana);
    this.db = openDb(opts.dataDir);
    this.catalogue = new Catalogue(this.db);
    this.principals = new Principals(this.db);
    this.items = new Items(this.db);
    this.schema = new Schema(this.db);
    this.files = new Files(this.db, this.items);
    this.recycleBin = new RecycleBin(this.db, this.items, this.files);
    this.sitePath = opts.sitePath ?? '/sites/intranet';
    this.origin = opts.origin ?? 'http://localhost:4321';
    this.corsOrigins = opts.corsOrigins ?? [];
    this.listViewThreshold = opts.listViewThreshold ?? 5000;
    this.maxBodyBytes = opts.maxBodyBytes ?? 50 * 1024 * 1024;
    this.realClock = opts.realClock ?? (() => new Date());
    this.fixedToday = opts.today ?? null;
    const siteFile = opts.siteFile ?? path.join(__dirname, 'site.json');
    this.site = JSON.parse(fs.readFileSync(siteFile, 'utf8')) as ISiteFile;
    // SharePoint compares text case-insensitively for every letter (Æ = æ), SQLite's LIKE only for ASCII.
    this.db.function('sp_fold', { deterministic: true }, (v: unknown) => (v === null || v === undefined ? null : String(v).normalize('NFC').toLocaleLowerCase('da')));
    this.db.function('sp_datepart', { deterministic: true }, (iso: unknown, part: unknown) => this.zone.datePart(iso, part));
    this.digestSecret = this.meta('digestSecret') ?? this.setMeta('digestSecret', crypto.randomBytes(32).toString('hex'));
    if (!this.meta('siteId')) this.setMeta('siteId', crypto.randomUUID());
    if (!this.meta('webId')) this.setMeta('webId', crypto.randomUUID());
    if (this.fixedToday === null) this.fixedToday = this.meta('today') ?? null;
    this.provision(opts.assetsDir ?? path.resolve(__dirname, '..', 'sharepoint', 'assets'), opts.lists === 'none');
  }

  public siteUrl(): string {
    return `${this.origin}${this.sitePath}`;
  }

  public apiBase(): string {
    return `${this.siteUrl()}/_api/`;
  }

  /**
   * The real clock: for security and transport only (form digests, sign-in). Never moved by a fixed "today".
   */
  public realNow(): Date {
    return this.realClock();
  }

  /**
   * The business instant: what users see (Created, Modified, versions, attachments). The real clock when no day is
   * fixed; otherwise the fixed day with the real time of day in Copenhagen, kept inside that day.
   */
  public businessNow(): Date {
    const real = this.realClock().getTime();
    return new Date(this.fixedToday ? businessInstant(this.fixedToday, real) : real);
  }

  /** The business instant as SharePoint writes it (UTC, no milliseconds). */
  public businessNowIso(): string {
    return toSpIso(this.businessNow().getTime());
  }

  /** The business day ("today", YYYY-MM-DD in Europe/Copenhagen). */
  public today(): string {
    return this.fixedToday ?? businessDateOf(this.realClock().getTime());
  }

  public setToday(iso: string | null): void {
    if (iso !== null && !/^\d{4}-\d{2}-\d{2}$/.test(iso)) throw new Error(`today must be YYYY-MM-DD, got ${iso}`);
    this.fixedToday = iso;
    if (iso) this.setMeta('today', iso);
    else this.db.prepare("DELETE FROM meta WHERE key = 'today'").run();
  }

  public meta(key: string): string | undefined {
    const r = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(key) as { value: string } | undefined;
    return r?.value;
  }

  public setMeta(key: string, value: string): string {
    this.db.prepare('INSERT OR REPLACE INTO meta(key, value) VALUES (?, ?)').run(key, value);
    return value;
  }

  public listOrThrow(title: string): IListDef {
    const l = this.catalogue.byTitle(title);
    if (!l) throw new Error(`No list '${title}'`);
    return l;
  }

  public siteOwnerId(): number {
    const owner = this.site.users.find((u) => u.siteAdmin) ?? this.site.users[0];
    const row = this.principals.userByEmail(owner.email);
    if (!row) throw new Error('site owner missing');
    return row.id;
  }

  private provision(assetsDir: string, emptySite: boolean): void {
    const lists = emptySite ? [] : readAssets(assetsDir);
    const created = this.businessNowIso();
    for (const l of lists) {
      const existing = this.catalogue.byTitle(l.title);
      if (!existing) {
        this.catalogue.create({ ...l, created });
        continue;
      }
      for (const f of l.fields) {
        if (!existing.fields.some((x) => x.internalName.toLowerCase() === f.internalName.toLowerCase())) this.catalogue.addField(existing, f);
      }
      this.catalogue.updateRules(existing, l);
    }
    for (const lib of this.site.libraries) {
      if (this.catalogue.byTitle(lib.title)) continue;
      this.catalogue.create({
        title: lib.title,
        url: lib.url,
        description: lib.description ?? '',
        template: lib.template ?? 101,
        baseType: 1,
        moderated: false,
        versioning: true,
        readSecurity: 1,
        writeSecurity: 1,
        contentTypeId: '0x0101',
        draftVisibility: 0,
        validation: null,
        fields: [],
        created,
      });
    }
    this.applySite(emptySite);
    provisionSiteSchema(this, emptySite ? { fields: [], contentTypes: [] } : readSiteSchema(assetsDir), emptySite);
  }

  /** `emptySite`: role assignments of site.json go only to the lists that exist (the set-up creates them). */
  private applySite(emptySite: boolean): void {
    const tx = this.db.transaction(() => {
      for (const u of this.site.users) {
        this.principals.addUser({ email: u.email, title: u.title, jobTitle: u.jobTitle, department: u.department, isSiteAdmin: u.siteAdmin }, 'site');
      }
      for (const g of this.site.groups) {
        const gid = this.principals.ensureGroup(g.title, g.description, g.everyone === true);
        this.principals.setOnlyMembersView(gid, g.onlyAllowMembersViewMembership === true);
        const ids = g.members.map((m) => {
          const u = this.principals.userByEmail(m);
          if (!u) throw new Error(`site.json: group ${g.title} has unknown member ${m}`);
          return u.id;
        });
        const current = this.principals.members(gid).map((u) => u.id);
        if (!g.everyone) this.principals.setMembers(gid, [...new Set([...current, ...ids])]);
      }
      for (const r of this.site.roleDefinitions ?? []) this.principals.defineRole(r.name, r.basedOn, r.without, r.description);
      this.principals.clearAssignments('site');
      const assign = (scope: string, a: { group: string; role: string }): void => {
        const g = this.principals.groupByTitle(a.group);
        if (!g) throw new Error(`site.json: unknown group ${a.group}`);
        this.principals.assign(scope, g.id, a.role, 'site');
      };
      this.site.web.forEach((a) => assign('web', a));
      for (const [title, assignments] of Object.entries(this.site.lists)) {
        const list = this.catalogue.byTitle(title);
        if (!list && emptySite) continue;
        if (!list) throw new Error(`site.json: unknown list ${title}`);
        assignments.forEach((a) => assign(list.id, a));
      }
    });
    tx();
  }
}
