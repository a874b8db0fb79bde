/**
 * The demo seed: a deterministic Norddjurs workforce and its name news, stories, portraits and privacy choices,
 * loaded into the local SharePoint through the emulator's admin API (bulk calls; a few seconds in all).
 * The emulator calls `seedDemo(admin, { today })` on an empty data folder; see CONTRACT.md.
 */
import site from '../site.json';
import type { IEmulatorAdmin } from '../types';
import { DEFAULT_SEED, generateDemoData, IDemoAccount, IDemoData } from './generate';
import { storyPages } from './pages';
import { buildBatches } from './rows';

export { DEFAULT_SEED, DEFAULT_EMPLOYEE_COUNT, generateDemoData } from './generate';
export type { IDemoAccount, IDemoData, IGenerateOptions } from './generate';
export type { IDemoEmployee } from './employees';
export type { IDemoNavnenyt } from './navnenyt';
export type { IDemoStory } from './stories';
export type { IDemoPortrait } from './portraits';
export type { IDemoPrivacy } from './privacy';
export type { ISeedImage } from './images';
export { buildBatches, employeeRows } from './rows';
export { storyPages, storyCanvas, STORY_CONTENT_TYPE } from './pages';

export interface ISeedOptions {
  /** YYYY-MM-DD (Europe/Copenhagen): name news are built around it. */
  readonly today: string;
  readonly seed?: number;
  /** Default 3,000. Tests may use fewer. */
  readonly employeeCount?: number;
}

export interface ISeedSummary {
  readonly users: number;
  readonly images: number;
  readonly items: Readonly<Record<string, number>>;
}

/** The picture library of site.json, as a server-relative URL. */
export const PICTURE_LIBRARY = 'Billeder';

interface ISiteUser {
  readonly email: string;
  readonly title: string;
  readonly jobTitle?: string;
  readonly role?: string;
}

const SITE_USERS: readonly ISiteUser[] = site.users;

function accountOfRole(accounts: readonly IDemoAccount[], role: string): string | undefined {
  return accounts.find((a) => a.role === role)?.email;
}

/** Loads already generated demo data into the emulator. */
export function loadDemoData(admin: IEmulatorAdmin, data: IDemoData): ISeedSummary {
  const userIds = new Map<string, number>();
  const newUsers = data.employees.filter((e) => !data.accountIndexes.has(e.index));
  const ids = admin.addUsers(newUsers.map((e) => ({ email: e.email, title: e.displayName, jobTitle: e.jobTitle, department: e.workplace })));
  newUsers.forEach((e, i) => userIds.set(e.email, ids[i]));
  const userId = (email: string): number => {
    const known = userIds.get(email) ?? admin.userId(email);
    if (known === undefined) throw new Error(`No site user for ${email}`);
    userIds.set(email, known);
    return known;
  };

  const library = `${new URL(admin.siteUrl()).pathname.replace(/\/$/, '')}/${PICTURE_LIBRARY}`;
  const imageUrls = new Map<string, string>();
  for (const image of data.images) {
    imageUrls.set(image.fileName, admin.uploadFile(library, image.fileName, Buffer.from(image.content, 'utf8'), 'image/svg+xml'));
  }
  const imageUrl = (fileName: string): string => {
    const url = imageUrls.get(fileName);
    if (!url) throw new Error(`Image not uploaded: ${fileName}`);
    return url;
  };

  const accounts = data.employees.filter((e) => data.accountIndexes.has(e.index)).map((e) => e.email);
  const roles = SITE_USERS.filter((u) => accounts.includes(u.email.toLowerCase()));
  const authors = {
    hr: accountOfRole(roles, 'HR officer') ?? roles[0]?.email,
    comms: accountOfRole(roles, 'communications officer') ?? roles[0]?.email,
  };
  const items: Record<string, number> = {};
  for (const batch of buildBatches(data, { userId, imageUrl }, { hr: authors.hr ?? '', comms: authors.comms ?? '' })) {
    const options = { ...batch.options };
    if (!options.authorEmail) delete options.authorEmail;
    admin.addItems(batch.listTitle, batch.rows, options);
    items[batch.listTitle] = (items[batch.listTitle] ?? 0) + batch.rows.length;
  }
  // Stories are news pages in Webstedssider, written and published by communications.
  items.Webstedssider = admin.addPages(storyPages(data, { userId, imageUrl }, authors.comms ?? '')).length;
  return { users: newUsers.length, images: data.images.length, items };
}

/** Generates the demo data for `today` and loads it. Deterministic: same seed and today → same data. */
export function seedDemo(admin: IEmulatorAdmin, opts: ISeedOptions): ISeedSummary {
  const accounts = SITE_USERS.filter((u) => admin.userId(u.email) !== undefined).map((u) => ({ ...u, email: u.email.toLowerCase() }));
  const data = generateDemoData({ today: opts.today, seed: opts.seed ?? DEFAULT_SEED, employeeCount: opts.employeeCount, accounts });
  return loadDemoData(admin, data);
}
