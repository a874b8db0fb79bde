/**
 * Opsætning af Medarbejdernyt in a real browser on an empty local SharePoint (`npm start -- --lists none`: no lists,
 * columns or content types of the product, as a site where a tenant-wide deployment skipped the package's feature).
 * An employee is refused politely; the site owner checks the site and creates everything; after a reload the web
 * parts read their lists without an error, and the lists have their own permissions (an employee saves their choices);
 * a second run finds everything and changes nothing. axe-core finds no WCAG 2.1 A/AA violation in any state.
 */
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { openFrontPage, screenshot, switchUser, waitForWebParts, WEB_PART_IDS } from './support/frontPage';
import { axeViolations, formatViolations, watchErrors } from './support/pageChecks';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';
import { demoEmail } from './support/session';

jest.setTimeout(120_000);

let server: IRunningServer;
let browser: Browser;
let page: Page;

const IDS = WEB_PART_IDS;
const setup = (): ReturnType<Page['locator']> => page.locator('[data-webpart="opsaetning"]');

async function listTitles(email: string): Promise<string[]> {
  const res = await fetch(`${server.origin}/sites/intranet/_api/web/lists?$select=Title`, { headers: { accept: 'application/json;odata=nometadata', authorization: `Bearer ${email}` } });
  if (!res.ok) throw new Error(`lists: HTTP ${res.status}`);
  return ((await res.json()) as { value: { Title: string }[] }).value.map((l) => l.Title);
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer(120_000, ['--lists', 'none']);
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  page = await context.newPage();
  await page.goto(`${server.origin}/`);
  await waitForWebParts(page, IDS);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('Opsætning af Medarbejdernyt on an empty site', () => {
  it('starts without the product\'s lists', async () => {
    expect(server.output()).toContain('tomt websted');
    const titles = await listTitles(demoEmail('site owner'));
    expect(titles).not.toContain('Navnenyt');
    expect(titles).not.toContain('Privatlivsvalg');
  });

  it('refuses an employee politely, with no buttons; axe finds no violation', async () => {
    await switchUser(page, demoEmail('employee'), IDS);
    await setup().getByText('Kun webstedets ejere kan oprette Medarbejdernyts lister.', { exact: false }).waitFor();
    expect(await setup().getByRole('button').count()).toBe(0);
    expect(formatViolations(await axeViolations(page))).toBe('');
  });

  it('the site owner checks the site and creates everything it lacks; axe finds no violation in the report', async () => {
    await switchUser(page, demoEmail('site owner'), IDS);
    await setup().getByRole('button', { name: 'Kontrollér webstedet' }).click();
    // Only Billeder's permissions exist already (the site has the library, with its permissions).
    await setup().getByText(/^1 af \d+ findes allerede\. \d+ mangler\.$/).waitFor();
    await setup().getByRole('button', { name: 'Opret det, der mangler' }).click();
    const done = setup().getByText(/^Færdig: \d+ oprettet, \d+ ændret, 1 fandtes i forvejen\./);
    await done.waitFor({ timeout: 90_000 });
    await setup().getByText('Vis de enkelte: Lister').click();
    for (const title of ['Navnenyt', 'Medarbejderportrætter', 'Privatlivsvalg', 'Medarbejdere', 'Medarbejderindlæsninger']) {
      expect(await setup().getByText(new RegExp(`^Listen »${title}« \\(Lists/[A-Za-z]+\\): Oprettet$`)).count()).toBe(1);
    }
    await screenshot(page, 'setup-owner-done');
    expect(formatViolations(await axeViolations(page))).toBe('');
    expect(await listTitles(demoEmail('site owner'))).toEqual(expect.arrayContaining(['Navnenyt', 'Medarbejderportrætter', 'Privatlivsvalg', 'Medarbejdere', 'Medarbejderindlæsninger']));
  });

  it('after a reload the web parts read their lists: no error, no failed request', async () => {
    const errors = watchErrors(page);
    await openFrontPage(page, server.origin);
    await waitForWebParts(page, IDS);
    await page.locator('[data-webpart="navnenyt"]').getByText(/ingen navnenyt/i).first().waitFor();
    expect(await page.locator('[data-webpart="navnenyt"] [role="alert"], [data-webpart="medarbejderportraetter"] [role="alert"]').count()).toBe(0);
    expect(errors()).toEqual([]);
  });

  it('gave the lists their permissions: an employee saves their own choices, and reads that HR submits name news', async () => {
    await switchUser(page, demoEmail('employee'), IDS);
    const errors = watchErrors(page);
    const mine = page.locator('[data-webpart="mine-valg"]');
    await mine.getByText('Mit jubilæum').locator('xpath=..').locator('td').first().locator('label').click();
    await mine.getByRole('button', { name: 'Gem mine valg' }).click();
    await mine.getByText('Dine valg er gemt.').waitFor();
    expect(await page.locator('[data-webpart="indsend-navnenyt"]').textContent()).toContain('Det er HR, der indsender navnenyt');
    expect(errors()).toEqual([]);
    expect(formatViolations(await axeViolations(page))).toBe('');
    await switchUser(page, demoEmail('site owner'), IDS);
  });

  it('a second run finds everything and changes nothing', async () => {
    await setup().getByRole('button', { name: 'Opret det, der mangler' }).click();
    await setup().getByText(/^Færdig: 0 oprettet, 0 ændret, \d+ fandtes i forvejen\./).waitFor({ timeout: 60_000 });
    await setup().getByRole('button', { name: 'Kontrollér webstedet' }).click();
    await setup().getByText(/Alt er på plads: der er intet at oprette\./).waitFor();
  });
});
