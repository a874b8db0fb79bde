import { BuiltIn, IListDef, Lists } from '../../src/shared/data/lists';
import type { IAddItemsOptions, IAddUser, IEmulatorAdmin } from '../../emulator/types';
import { generateDemoData } from '../../emulator/seed/generate';
import { loadDemoData } from '../../emulator/seed/index';
import { buildBatches } from '../../emulator/seed/rows';
import { storyPages } from '../../emulator/seed/pages';
import site from '../../emulator/site.json';

const TODAY = '2026-11-27';
const accounts = site.users.map((u) => ({ ...u, email: u.email.toLowerCase() }));
const data = generateDemoData({ today: TODAY, accounts, employeeCount: 400 });
const userIds = new Map(data.employees.map((e) => [e.email, 1000 + e.index]));
const resolvers = {
  userId: (email: string): number => userIds.get(email) ?? -1,
  imageUrl: (fileName: string): string => `/sites/intranet/Billeder/${fileName}`,
};
const batches = buildBatches(data, resolvers, { hr: 'lars.ostergaard@norddjurs.dk', comms: 'mette.sorensen@norddjurs.dk' });

const listByTitle = new Map<string, IListDef>(Object.values(Lists).map((l) => [l.title, l]));

describe('REST-shaped rows', () => {
  it('use only the fields of each list, in their REST value shapes', () => {
    const problems: string[] = [];
    for (const batch of batches) {
      const list = listByTitle.get(batch.listTitle);
      if (!list) throw new Error(`unknown list ${batch.listTitle}`);
      const fields = new Map(Object.values(list.fields).map((f) => [f.name, f.type]));
      for (const row of batch.rows) {
        for (const [key, value] of Object.entries(row)) {
          const name = key === BuiltIn.Title.name ? key : key.replace(/Id$/, '');
          const type = key === BuiltIn.Title.name ? 'Text' : fields.get(name);
          const ok =
            type === 'Text' || type === 'Note' ? typeof value === 'string'
            : type === 'Boolean' ? typeof value === 'boolean'
            : type === 'Number' ? typeof value === 'number'
            : type === 'DateOnly' ? typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)
            : type === 'DateTime' ? typeof value === 'string' && !Number.isNaN(Date.parse(value))
            : type === 'Choice' ? typeof value === 'string'
            : type === 'User' ? key.endsWith('Id') && typeof value === 'number' && value > 0
            : type === 'UserMulti' ? key.endsWith('Id') && Array.isArray(value) && value.every((v) => typeof v === 'number' && v > 0)
            : type === 'URL' ? typeof value === 'object' && value !== null && 'Url' in value && 'Description' in value
            : false;
          if (!ok) problems.push(`${batch.listTitle}.${key} = ${JSON.stringify(value)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('writes one payroll row per employee, by HR', () => {
    const payroll = batches.filter((b) => b.listTitle === 'Medarbejdere');
    expect(payroll).toHaveLength(1);
    expect(payroll[0].rows).toHaveLength(data.employees.length);
    expect(payroll[0].options.authorEmail).toBe('lars.ostergaard@norddjurs.dk');
  });

  it('makes each employee the author of their own privacy item, and HR the author of what HR registered', () => {
    const privacy = batches.filter((b) => b.listTitle === 'Privatlivsvalg');
    expect(privacy).toHaveLength(data.privacy.length);
    for (const b of privacy) {
      const byHr = b.rows[0].MnRegisteredBy === 'HR' && b.options.authorEmail !== 'lars.ostergaard@norddjurs.dk' ? 'wrong author' : 'ok';
      expect(byHr).toBe('ok');
      if (b.rows[0].MnRegisteredBy !== 'HR') expect(resolvers.userId(b.options.authorEmail ?? '')).toBe(b.rows[0].MnEmployeeId);
    }
    expect(privacy.some((b) => b.rows[0].MnRegisteredBy === 'HR')).toBe(true);
  });

  it('writes no payroll employee number into the lists every employee reads', () => {
    const everyone = batches.filter((b) => b.listTitle === 'Navnenyt' || b.listTitle === 'Privatlivsvalg');
    expect(everyone.flatMap((b) => b.rows).filter((r) => 'MnEmployeeNumber' in r)).toEqual([]);
  });

  it('groups name news by approval state and keeps the rejection comment', () => {
    const navnenyt = batches.filter((b) => b.listTitle === 'Navnenyt');
    const states = navnenyt.map((b) => b.options.approval);
    expect(states).toEqual(expect.arrayContaining(['approved', 'pending', 'rejected']));
    const rejected = navnenyt.find((b) => b.options.approval === 'rejected');
    expect(rejected?.options.approvalComment).toBeTruthy();
    expect(navnenyt.reduce((n, b) => n + b.rows.length, 0)).toBe(data.navnenyt.length);
  });

  it('writes no story rows: stories are news pages', () => {
    expect(batches.some((b) => b.listTitle === 'Medarbejderhistorier')).toBe(false);
  });
});

describe('story pages', () => {
  const pages = storyPages(data, resolvers, 'mette.sorensen@norddjurs.dk');

  it('makes one page per story with its banner, description, columns and people, written by communications', () => {
    expect(pages).toHaveLength(data.stories.length);
    pages.forEach((p, i) => {
      const s = data.stories[i];
      expect(p).toMatchObject({ name: s.fileName, title: s.title, description: s.teaser, contentType: 'Medarbejderhistorie', authorEmail: 'mette.sorensen@norddjurs.dk' });
      expect(p.bannerImageUrl).toMatch(/^\/sites\/intranet\/Billeder\/historie-/);
      expect(p.fields).toMatchObject({ MnTheme: s.theme, MnArea: s.area, MnPlace: s.place, MnFeatured: s.featured, MnBannerAlt: s.hero.alt });
      expect(p.fields?.MnPeopleId).toEqual(s.peopleIndexes.map((x) => userIds.get(data.employees[x].email)));
      expect(p.published === undefined).toBe(!s.published);
      expect(p.promotedState).toBe(s.published ? 2 : 1);
      expect((p.created ?? '') < (p.published ?? '9')).toBe(true);
    });
  });

  it('lays out text and image web parts with headings, and some pages with lists and links', () => {
    for (const p of pages) {
      expect(p.canvas.filter((c) => c.controlType === 4)).toHaveLength(2);
      const image = p.canvas.find((c) => c.controlType === 3) as { webPartData: { properties: { altText: string } } };
      expect(image.webPartData.properties.altText).toMatch(/^Tegnet illustration: /);
      const html = p.canvas.map((c) => String(c.innerHTML ?? '')).join('');
      expect(html).toMatch(/<h2>[^<]+<\/h2>/);
      expect(html).not.toMatch(/[{}]|<script|javascript:/i);
    }
    const all = pages.map((p) => p.canvas.map((c) => String(c.innerHTML ?? '')).join('')).join('');
    expect(all).toContain('<ul><li>');
    expect(all).toContain('<a href="https://www.norddjurs.dk">');
  });
});

describe('loadDemoData', () => {
  it('adds users, uploads images and adds items through the admin API', () => {
    const calls: { list: string; rows: number; opts?: IAddItemsOptions }[] = [];
    const uploads: string[] = [];
    const users: IAddUser[] = [];
    const known = new Map(accounts.map((a, i) => [a.email, i + 1]));
    const admin = {
      siteUrl: () => 'http://localhost:4321/sites/intranet',
      addUsers: (u: IAddUser[]) => {
        users.push(...u);
        return u.map((_, i) => 100 + i);
      },
      userId: (email: string) => known.get(email),
      uploadFile: (library: string, name: string) => {
        uploads.push(`${library}/${name}`);
        return `${library}/${name}`;
      },
      addItems: (list: string, rows: Record<string, unknown>[], opts?: IAddItemsOptions) => {
        calls.push({ list, rows: rows.length, opts });
        return rows.map((_, i) => i + 1);
      },
      addPages: (pages: unknown[]) => pages.map((_, i) => i + 1),
    } as unknown as IEmulatorAdmin;
    const summary = loadDemoData(admin, data);
    expect(users).toHaveLength(400);
    expect(users.some((u) => known.has(u.email))).toBe(false);
    expect(uploads).toHaveLength(data.images.length);
    expect(uploads.every((u) => u.startsWith('/sites/intranet/Billeder/'))).toBe(true);
    expect(summary.items.Medarbejdere).toBe(data.employees.length);
    expect(summary.items.Navnenyt).toBe(data.navnenyt.length);
    expect(summary.items.Webstedssider).toBe(data.stories.length);
    expect(calls.find((c) => c.list === 'Navnenyt')?.opts?.authorEmail).toBe('lars.ostergaard@norddjurs.dk');
    expect(calls.find((c) => c.list === 'Medarbejderportrætter')?.opts?.authorEmail).toBe('mette.sorensen@norddjurs.dk');
  });
});
