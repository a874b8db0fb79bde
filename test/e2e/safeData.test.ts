/**
 * What the browser keeps and runs, on `npm start`'s front page:
 * - a portrait whose job advert is `javascript:…` and whose photo points at another host shows no link and loads no
 *   image from there (the list data is rewritten on its way to the page, as if the list held it);
 * - HR's failed submission is kept for HR only, without the payroll row or the photo, and is gone when someone else
 *   signs in on the same browser.
 */
import type { Browser, Page, Route } from 'playwright-core';
import { accountOf } from '../../workbench/app/accounts';
import { copenhagenToday, formatNumericDate } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { openFrontPage, switchUser, waitForWebParts } from './support/frontPage';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const TODAY = copenhagenToday(new Date());
const email = (role: string): string => {
  const a = accountOf(role);
  if (!a) throw new Error(`no demo account ${role}`);
  return a.email;
};
const HR = email('HR officer');
const COMMS = email('communications officer');
const EMPLOYEE = email('employee');
const EMPLOYEE_NAME = 'Jonas Møller Nielsen';
const DRAFT_PREFIX = 'medarbejdernyt:navnenyt:kladde';
/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

let server: IRunningServer;
let browser: Browser;
let page: Page;
const warnings: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'warning') warnings.push(m.text());
  });
  await openFrontPage(page, server.origin, `?today=${TODAY}`);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const isPortraitItems = (url: URL): boolean => url.pathname.includes('/_api/') && decodeURIComponent(url.pathname).includes('Medarbejderportrætter') && url.pathname.endsWith('/items');

describe('links and images from list data', () => {
  it('renders a javascript: job advert as no link at all, loads no photo from another host, and reports both', async () => {
    await switchUser(page, EMPLOYEE);
    let trackerRequests = 0;
    await page.route('https://tracker.example/**', (route) => {
      trackerRequests++;
      return route.abort();
    });
    const poison = async (route: Route): Promise<void> => {
      const response = await route.fetch();
      const body = (await response.json()) as { value?: Record<string, unknown>[] };
      for (const row of body.value ?? []) {
        row.MnJobAdvertUrl = { Url: 'javascript:window.__medarbejdernytRan=true', Description: 'Se jobopslaget' };
        row.MnPhoto = { Url: 'https://tracker.example/pixel.gif?hvem=alle', Description: 'Foto' };
      }
      await route.fulfill({ response, json: body });
    };
    await page.route(isPortraitItems, poison);
    await page.reload();
    await waitForWebParts(page);

    const portraits = page.locator('[data-webpart="medarbejderportraetter"]');
    expect(await portraits.locator('article').count()).toBeGreaterThan(0);
    expect(await page.locator('a[href^="javascript" i], a[href*="script:" i]').count()).toBe(0);
    expect(await page.locator('img[src*="tracker.example"]').count()).toBe(0);
    expect(trackerRequests).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __medarbejdernytRan?: boolean }).__medarbejdernytRan)).toBeUndefined();
    expect(warnings.join('\n')).toMatch(/datafejl i MnJobAdvertUrl .*kun https:/);
    expect(warnings.join('\n')).toMatch(/datafejl i MnPhoto .*billeder skal ligge på webstedet selv/);
    await page.unroute(isPortraitItems, poison);
    await page.unroute('https://tracker.example/**');
  });
});

const isNavnenytAdd = (url: URL): boolean => decodeURIComponent(url.pathname).includes("getByTitle('Navnenyt')/items") && url.pathname.endsWith('/items');

async function draftsInBrowser(): Promise<Record<string, string>> {
  return page.evaluate((prefix) => {
    const out: Record<string, string> = {};
    for (const key of Object.keys(window.localStorage)) if (key.startsWith(prefix)) out[key] = window.localStorage.getItem(key) ?? '';
    return out;
  }, DRAFT_PREFIX);
}

describe('HR’s unsent draft in a shared browser', () => {
  it('keeps only what HR typed, under HR’s own key, when saving fails', async () => {
    await switchUser(page, HR);
    const form = page.locator('[data-webpart="indsend-navnenyt"]');
    await form.getByRole('textbox', { name: /Medarbejder/ }).fill('Jonas Møller');
    await form.getByRole('button', { name: new RegExp(`^Vælg ${EMPLOYEE_NAME}`) }).click();
    await form.locator('[id$="-field-type"]').click();
    await page.getByRole('option', { name: 'Jubilæum' }).click();
    await form.locator('[id$="-field-eventDate"]').fill(formatNumericDate(TODAY));
    await form.locator('[id$="-field-years"]').fill('25');
    await form.getByRole('textbox', { name: /Besked/ }).fill('Kom og fejr Jonas i Børnehuset kl. 14.');
    await form.locator('[id$="-field-photo"]').setInputFiles({ name: 'jonas.png', mimeType: 'image/png', buffer: PNG });
    await form.getByRole('textbox', { name: /Beskriv fotoet/ }).fill('Jonas på legepladsen');
    await form.getByText(/Medarbejderen har sagt ja/).click();
    const fail = (route: Route): Promise<void> =>
      route.request().method() === 'POST'
        ? route.fulfill({ status: 500, contentType: 'application/json', body: JSON.stringify({ 'odata.error': { code: '-1, System.Exception', message: { lang: 'en-US', value: 'Nede' } } }) })
        : route.fallback();
    await page.route(isNavnenytAdd, fail);
    await form.getByRole('button', { name: 'Send til godkendelse' }).click();
    await form.getByText(/din kladde er gemt i browseren i et døgn/).waitFor();
    await page.unroute(isNavnenytAdd, fail);

    const drafts = await draftsInBrowser();
    expect(Object.keys(drafts)).toEqual([`${DRAFT_PREFIX}:${HR}`]);
    const text = Object.values(drafts)[0];
    expect(text).toContain('Kom og fejr Jonas i Børnehuset kl. 14.');
    for (const kept of ['birthDate', 'seniorityDate', 'startDate', 'employeeNumber', 'data:image', 'jonas.png']) expect(text).not.toContain(kept);
  });

  it('offers it to HR again, saying in Danish that the photo must be chosen again', async () => {
    await page.reload();
    await waitForWebParts(page);
    const form = page.locator('[data-webpart="indsend-navnenyt"]');
    await form.getByText(`Du har en kladde om ${EMPLOYEE_NAME}, som ikke blev sendt.`, { exact: false }).waitFor();
    expect(await form.getByText(/Billedet gemmes ikke i kladden: vælg billedet igen/).count()).toBe(1);
  });

  it('is gone when someone else signs in on the same browser, and stays gone for HR', async () => {
    await switchUser(page, COMMS);
    expect(await draftsInBrowser()).toEqual({});
    expect(await page.getByText(/Du har en kladde/).count()).toBe(0);
    await switchUser(page, HR);
    expect(await page.getByText(/Du har en kladde/).count()).toBe(0);
  });
});
