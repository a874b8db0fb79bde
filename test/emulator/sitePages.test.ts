/**
 * News pages in Webstedssider (SitePages) through real PnPjs: the Medarbejderhistorie content type and its columns on
 * the library, creating, saving, loading and publishing with @pnp/sp/clientside-pages, readers seeing published pages
 * only (and their published content), canvas HTML in the item, and the query the front page uses.
 */
import '@pnp/sp/clientside-pages';
import '@pnp/sp/content-types/list';
import { ClientsideText, IClientsidePage } from '@pnp/sp/clientside-pages';
import type { IList } from '@pnp/sp/lists';
import type { IEmulator } from '../../emulator';
import { newEmulator, raw, spAs, spError, USERS } from './helpers';

const STORY_CT = '0x0101009D1CB255DA76424F860D91F20E6C411800F2A3633926104B759D119E193C73E5F5';
const PAGES = '/sites/intranet/SitePages';

let emu: IEmulator;
beforeEach(() => {
  emu = newEmulator();
});
afterEach(() => emu.close());

const pages = (email: string): IList => spAs(emu, email).web.lists.getByTitle('Webstedssider');
/** The page's item id (PnPjs keeps the SitePage JSON in a protected field). */
const idOf = (page: IClientsidePage): number => (page as unknown as { json: { Id: number } }).json.Id;

async function newStory(title: string, text: string, publish: boolean): Promise<IClientsidePage> {
  const page = await spAs(emu, USERS.comms).web.addClientsidePage('Historie om havnen', title, 'Article', 1);
  page.addSection().addControl(new ClientsideText(text));
  page.description = 'Manchet om havnen';
  await page.save(publish);
  return page;
}

describe('Webstedssider carries the story content type', () => {
  it('has Medarbejderhistorie (a child of Site Page) and its columns next to the Site Page columns', async () => {
    const cts = await pages(USERS.owner).contentTypes.select('Name', 'StringId')();
    const story = cts.find((c) => c.Name === 'Medarbejderhistorie');
    expect(story?.StringId.startsWith(`${STORY_CT}00`)).toBe(true);
    const fields = (await pages(USERS.owner).fields.select('InternalName')()).map((f) => f.InternalName);
    for (const name of ['MnTheme', 'MnArea', 'MnPlace', 'MnFeatured', 'MnPeople', 'MnBannerAlt', 'CanvasContent1', 'BannerImageUrl', 'PromotedState', 'FirstPublishedDate', 'Description', '_OriginalSourceUrl']) {
      expect(fields).toContain(name);
    }
  });

  it('no longer has the list Medarbejderhistorier', async () => {
    const titles = (await spAs(emu, USERS.owner).web.lists.select('Title')()).map((l) => l.Title);
    expect(titles).not.toContain('Medarbejderhistorier');
  });
});

describe('pages through @pnp/sp/clientside-pages', () => {
  it('creates a page whose file is named by the page name and whose item holds canvas HTML', async () => {
    const page = await newStory('Havnen får nye kajer', '<p>Kajerne i <strong>Grenaa</strong> bliver fornyet.</p>', false);
    const item = await pages(USERS.comms).items.getById(idOf(page)).select('Title', 'CanvasContent1', 'OData__UIVersionString', 'Description')();
    expect(item.Title).toBe('Havnen får nye kajer');
    expect(item.CanvasContent1).toContain('data-sp-canvascontrol=""');
    expect(item.CanvasContent1).toContain('<div data-sp-rte=""><p>Kajerne i <strong>Grenaa</strong> bliver fornyet.</p></div>');
    expect(item.OData__UIVersionString).toBe('0.1');
    expect(item.Description).toBe('Manchet om havnen');
    const file = await spAs(emu, USERS.comms).web.getFileByServerRelativePath(`${PAGES}/Historie-om-havnen.aspx`).select('Name')();
    expect(file.Name).toBe('Historie-om-havnen.aspx');
  });

  it('loads a page with its text web part, and publishing makes version 1.0 with a first-published date and news promotion', async () => {
    await newStory('Havnen får nye kajer', '<p>Kajerne bliver fornyet.</p>', true);
    const loaded = await spAs(emu, USERS.employee).web.loadClientsidePage(`${PAGES}/Historie-om-havnen.aspx`);
    expect(loaded.title).toBe('Havnen får nye kajer');
    const text = loaded.findControl((c) => c instanceof ClientsideText) as ClientsideText | null;
    expect(text?.text).toBe('<p>Kajerne bliver fornyet.</p>');
    const item = await pages(USERS.employee).items.getById(idOf(loaded)).select('PromotedState', 'FirstPublishedDate', 'OData__UIVersionString')();
    expect(item).toMatchObject({ PromotedState: 2, OData__UIVersionString: '1.0' });
    expect(item.FirstPublishedDate).toMatch(/^2026-11-27T/);
  });

  it('hides drafts from readers and keeps showing the published content while an edit waits', async () => {
    const draft = await newStory('Kladde om stranden', '<p>Ikke klar endnu.</p>', false);
    expect((await spError(pages(USERS.employee).items.getById(idOf(draft))())).status).toBe(404);
    const published = await spAs(emu, USERS.comms).web.loadClientsidePage(`${PAGES}/Historie-om-havnen.aspx`);
    published.title = 'Stranden er klar';
    await published.save(true);
    published.title = 'Stranden er klar – opdateret';
    await published.save(false);
    const seen = await pages(USERS.employee).items.select('Title').filter('PromotedState eq 2')();
    expect(seen.map((i) => i.Title)).toEqual(['Stranden er klar']);
    const editor = await spAs(emu, USERS.comms).web.loadClientsidePage(`${PAGES}/Historie-om-havnen.aspx`);
    expect(editor.title).toBe('Stranden er klar – opdateret');
  });

  it('lets only those who can edit the library create pages', async () => {
    const err = await spError(spAs(emu, USERS.employee).web.addClientsidePage('Min side', 'Min side'));
    expect(err.status).toBe(403);
  });

  it('refuses to save a page someone else has checked out', async () => {
    const page = await newStory('Havnen', '<p>Tekst.</p>', false);
    const checkout = await raw(emu, USERS.comms, `sitepages/pages(${String(idOf(page))})/checkoutpage`, { method: 'POST' });
    expect(checkout.status).toBe(200);
    const other = await spAs(emu, USERS.owner).web.loadClientsidePage(`${PAGES}/Historie-om-havnen.aspx`);
    expect((await spError(other.save(false))).status).toBe(423);
  });
});

describe('reading stories as list items', () => {
  it('filters on PromotedState, orders by first-published date and expands the people featured', async () => {
    const first = await newStory('Første historie', '<p>Et.</p>', true);
    emu.admin.setToday('2026-11-30');
    const page2 = await spAs(emu, USERS.comms).web.addClientsidePage('Anden', 'Anden historie', 'Article', 1);
    await page2.save(true);
    const jonas = emu.admin.userId(USERS.employee) as number;
    await pages(USERS.comms).items.getById(idOf(first)).update({ MnTheme: 'Klima og miljø', MnArea: 'Teknik og Miljø', MnFeatured: true, MnPeopleId: [jonas], MnBannerAlt: 'Kajen i morgenlys' });
    const stories = await pages(USERS.employee)
      .items.select('Title', 'Description', 'BannerImageUrl', 'FirstPublishedDate', 'MnTheme', 'MnArea', 'MnFeatured', 'MnBannerAlt', 'MnPeople/Title', 'MnPeople/EMail', 'FileRef', 'FileLeafRef')
      .expand('MnPeople')
      .filter('PromotedState eq 2')
      .orderBy('FirstPublishedDate', false)();
    expect(stories.map((s) => s.Title)).toEqual(['Anden historie', 'Første historie']);
    expect(stories.map((s) => [s.FileRef, s.FileLeafRef])).toEqual([[`${PAGES}/Anden.aspx`, 'Anden.aspx'], [`${PAGES}/Historie-om-havnen.aspx`, 'Historie-om-havnen.aspx']]);
    expect(stories[1]).toMatchObject({ MnTheme: 'Klima og miljø', MnFeatured: true, MnBannerAlt: 'Kajen i morgenlys', MnPeople: [{ Title: 'Jonas Møller Nielsen', EMail: USERS.employee }] });
  });
});

describe('the sitepages endpoint', () => {
  it('answers a page with its controls as JSON', async () => {
    const page = await newStory('Havnen', '<p>Tekst.</p>', true);
    const res = await raw(emu, USERS.employee, `sitepages/pages(${String(idOf(page))})`);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body['odata.type']).toBe('SP.Publishing.SitePage');
    const controls = JSON.parse(String(body.CanvasContent1)) as { controlType: number; innerHTML?: string }[];
    expect(controls.find((c) => c.controlType === 4)?.innerHTML).toBe('<p>Tekst.</p>');
    expect(body).toMatchObject({ FileName: 'Historie-om-havnen.aspx', PromotedState: 2, Version: '1.0', Description: 'Manchet om havnen' });
  });
});

describe('a browser opening a page', () => {
  it('gets the page for a signed-in user, a sign-in redirect without one, and 404 for a reader of a draft', async () => {
    await newStory('Havnen', '<p>Tekst.</p>', true);
    await spAs(emu, USERS.comms).web.addClientsidePage('Kladde', 'Kladde', 'Article', 1);
    const ok = await raw(emu, USERS.employee, `${emu.siteUrl}/SitePages/Historie-om-havnen.aspx`, { headers: { accept: 'text/html' } });
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await ok.text()).toContain('/sites/intranet/_api/sitepages/pages(');
    const anonymous = await emu.fetch(new Request(`${emu.siteUrl}/SitePages/Historie-om-havnen.aspx`));
    expect(anonymous.status).toBe(302);
    expect(anonymous.headers.get('location')).toBe(`/_login?returnUrl=${encodeURIComponent(`${PAGES}/Historie-om-havnen.aspx`)}`);
    const draft = await raw(emu, USERS.employee, `${emu.siteUrl}/SitePages/Kladde.aspx`, { headers: { accept: 'text/html' } });
    expect(draft.status).toBe(404);
  });
});
