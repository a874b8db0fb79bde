/**
 * Public types of the local SharePoint emulator: its options, its admin API (used by the demo seed, the workbench and
 * tests) and the plain request/response objects the request handler works on.
 */

export type ApprovalState = 'approved' | 'pending' | 'rejected' | 'draft';

export interface IAddUser {
  /** E-mail, also the user's login (claims login `i:0#.f|membership|<email>`). Case-insensitive. */
  email: string;
  /** Display name, e.g. "Mette Hansen". */
  title: string;
  /** SharePoint group titles from emulator/site.json, e.g. ['HR']. Every user can read through the visitors group. */
  groups?: string[];
  jobTitle?: string;
  department?: string;
  isSiteAdmin?: boolean;
}

export interface IAddItemsOptions {
  /** Author (and editor) of the rows; default: the site owner from site.json. Unknown e-mails throw. */
  authorEmail?: string;
  /** Content-approval state on moderated lists; default 'approved'. Ignored on lists without content approval. */
  approval?: ApprovalState;
  /** Comment stored in OData__ModerationComments. */
  approvalComment?: string;
  /** Created/Modified timestamp (ISO); default: the emulator's clock. */
  created?: string;
}

export type FaultStatus = 429 | 503;

export interface IFaultSpec {
  status: FaultStatus;
  /** Answer the next `count` requests with the fault. */
  count?: number;
  /** Or answer this share (0..1) of requests with the fault, until cleared. */
  share?: number;
  /** Retry-After header value in seconds (default 1). */
  retryAfter?: number;
}

export interface IEmulatorAdmin {
  /** Adds (or updates, matched by e-mail) a site user; returns its user id (the value for `<PersonField>Id`). */
  addUser(user: IAddUser): number;
  /** Adds many users in one transaction; returns their ids in order. */
  addUsers(users: IAddUser[]): number[];
  /** Id of the user with this e-mail, or undefined. */
  userId(email: string): number | undefined;
  /**
   * Adds rows to a list in one transaction. Values are REST-shaped, as PnPjs would send them: `Title`,
   * `MnEmployeeId: 12`, `MnPeopleId: [1, 2]`, `MnEventDate: '2026-11-27'` (date-only) or an ISO string,
   * `MnPhoto: { Url, Description }`, booleans. Unknown fields throw. Returns the new item ids.
   */
  addItems(listTitle: string, rows: Record<string, unknown>[], opts?: IAddItemsOptions): number[];
  /**
   * Adds modern pages to Webstedssider (SitePages) in one transaction: `SitePages/<name>`, the Site Page columns and
   * REST-shaped custom columns (`MnTheme`, `MnPeopleId: [3]`, `MnFeatured: true`, …; unknown names throw). Published
   * pages are version 1.0 with FirstPublishedDate = `published`; drafts are 0.1. Returns the item ids.
   */
  addPages(pages: IAddPage[]): number[];
  /** Uploads a file to a document library folder, e.g. '/sites/intranet/Billeder'; returns its server-relative URL. */
  uploadFile(libraryServerRelativeUrl: string, name: string, bytes: Uint8Array, contentType?: string): string;
  /** Adds an attachment to a list item; returns its server-relative URL. */
  addAttachment(listTitle: string, itemId: number, name: string, bytes: Uint8Array): string;
  /** Fixes "today" (YYYY-MM-DD, Europe/Copenhagen) for the emulator's clock; null returns to the real clock. */
  setToday(isoDate: string | null): void;
  /** The emulator's current "today" as YYYY-MM-DD (Europe/Copenhagen). */
  today(): string;
  /** The site's regional time zone: SharePoint's Id and Description and the IANA zone computed with. */
  timeZone(): { id: number; description: string; iana: string };
  /** Answers the next N requests (or a share of them) with 429/503 and Retry-After. */
  injectFaults(spec: IFaultSpec): void;
  clearFaults(): void;
  /** Sets the list-view threshold (default 5000). */
  setListViewThreshold(n: number): void;
  /** True when no list holds any item and no users were added beyond site.json: seed only then. */
  isEmpty(): boolean;
  hasData(): boolean;
  /** Number of items in a list (all states, ignoring permissions). */
  itemCount(listTitle: string): number;
  /** Site URL, e.g. http://localhost:4321/sites/intranet */
  siteUrl(): string;
}

export interface IEmulatorOptions {
  /** Folder for the SQLite database (created if missing). Omit for an in-memory emulator (tests). */
  dataDir?: string;
  /**
   * Origin used in absolute URLs (odata.nextLink, odata.metadata) when a request names none; over HTTP the origin the
   * client called (its Host header) is used. Default http://localhost:4321.
   */
  origin?: string;
  /** Origins whose web pages may call the REST API (CORS, with credentials), e.g. ['http://localhost:3000']. Default none. */
  corsOrigins?: readonly string[];
  /** Server-relative site path. Default /sites/intranet. */
  sitePath?: string;
  /** Default 5000. */
  listViewThreshold?: number;
  /**
   * The real clock: security and transport (form digests, sign-in) and, when no day is fixed, the business day.
   * Default `new Date()`; tests inject one.
   */
  realClock?: () => Date;
  /** Fixed business day ("today" in Europe/Copenhagen), YYYY-MM-DD: what users see. Never used for security. */
  today?: string;
  /**
   * The site's regional time zone: an IANA name SharePoint offers a zone for (`Europe/Copenhagen`, `UTC`,
   * `America/Los_Angeles`, … — emulator/timeZones.ts) or SharePoint's zone Id (`13`). Date-only columns are stored as
   * local midnight in it; web/regionalSettings/timeZone answers it. Default Europe/Copenhagen. The business day
   * (`today`) stays Europe/Copenhagen.
   */
  timeZone?: string;
  /** Maximum request body in bytes (413 above). Default 50 MiB. */
  maxBodyBytes?: number;
  /** Folder holding elements.xml and the schema files. Default: the product's sharepoint/assets. */
  assetsDir?: string;
  /**
   * `none`: an empty site, as a new communication site before the product's set-up (a tenant-wide deployment does not
   * run the package's feature): the libraries, users, groups and permission levels of site.json, but none of the
   * product's lists, site columns or content types. Lists created later over REST get site.json's role assignments on
   * the next start. Default `xml`: everything sharepoint/assets defines, as the package's feature creates it.
   */
  lists?: 'xml' | 'none';
  /** Site file (users, groups, role assignments, libraries). Default: emulator/site.json. */
  siteFile?: string;
}

/** A request as the handler sees it. Header names are lower-case. */
export interface IEmuRequest {
  method: string;
  url: URL;
  headers: Map<string, string>;
  body: Buffer;
}

export interface IEmuResponse {
  status: number;
  headers: Record<string, string>;
  body: Buffer | string | null;
}

/** A modern page for `addPages`. */
export interface IAddPage {
  /** File name, e.g. `naar-frosten-kommer.aspx`. */
  name: string;
  title: string;
  description?: string;
  /** Server-relative URL of the banner image. */
  bannerImageUrl?: string;
  /** The page's controls as the sitepages API exchanges them (controlType 4 text, 3 web part); stored as canvas HTML. */
  canvas: Record<string, unknown>[];
  /** Content type name in the library, e.g. `Medarbejderhistorie` (default: the library's first). */
  contentType?: string;
  /** REST-shaped values of the content type's own columns. */
  fields?: Record<string, unknown>;
  /** 0 page, 1 news on publish, 2 news (default 2 when published). */
  promotedState?: number;
  /** ISO timestamp of the first publishing; omitted: a draft that was never published. */
  published?: string;
  /** ISO timestamp the page was made (default: `published` or now). */
  created?: string;
  /** Author and publisher (default: the site owner). */
  authorEmail?: string;
}
