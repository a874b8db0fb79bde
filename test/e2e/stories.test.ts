/**
 * Medarbejderhistorier in the browser: the featured carousel by keyboard and with reduced motion, the filter chips,
 * a story's page on the local front page, and communications' story check; axe finds no WCAG 2.1 AA violation.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountOf } from '../../workbench/app/accounts';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { axeViolations, formatViolations, watchErrors } from './support/pageChecks';
import { openFrontPage, switchUser } from './support/frontPage';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const QUERY = `?today=${copenhagenToday(new Date())}`;
const CAROUSEL = '[data-webpart="medarbejderhistorier"] [aria-roledescription="karrusel"]';
let server: IRunningServer;
let browser: Browser;

async function newPage(reducedMotion: 'reduce' | 'no-preference'): Promise<{ context: BrowserContext; page: Page; errors: () => string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen', reducedMotion });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openFrontPage(page, server.origin, QUERY);
  return { context, page, errors };
}

function visibleSlide(page: Page): Promise<string | null> {
  return page.locator(`${CAROUSEL} [aria-roledescription="dias"]:not([hidden])`).getAttribute('aria-label');
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the featured stories carousel', () => {
  it('starts paused when the user prefers reduced motion, with the start button first', async () => {
    const { context, page } = await newPage('reduce');
    const first = page.locator(`${CAROUSEL} button`).first();
    expect(await first.textContent()).toBe('Start automatisk visning');
    expect(await page.locator(`${CAROUSEL} [aria-live]`).getAttribute('aria-live')).toBe('polite');
    await context.close();
  });

  it('rotates otherwise, stops for good when keyboard focus enters, and moves by keyboard without moving focus', async () => {
    const { context, page, errors } = await newPage('no-preference');
    const first = page.locator(`${CAROUSEL} button`).first();
    expect(await first.textContent()).toBe('Stop automatisk visning');
    expect(await page.locator(`${CAROUSEL} [aria-live]`).getAttribute('aria-live')).toBe('off');
    // Tab into the carousel: the stop/start button is the first stop inside it.
    await page.locator(`${CAROUSEL}`).evaluate((el) => (el.previousElementSibling as HTMLElement | null)?.focus());
    await first.focus();
    expect(await first.textContent()).toBe('Start automatisk visning');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Forrige historie');
    await page.keyboard.press('Tab');
    const before = await visibleSlide(page);
    await page.keyboard.press('Enter');
    const after = await visibleSlide(page);
    expect(after).not.toBe(before);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toContain('Næste historie');
    // Focus leaves: rotation stays stopped.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.waitForTimeout(8000);
    expect(await visibleSlide(page)).toBe(after);
    expect(errors()).toEqual([]);
    await context.close();
  });
});

describe('the latest stories', () => {
  it('filter by theme and area, say so when nothing matches, and show all again', async () => {
    const { context, page } = await newPage('reduce');
    const wp = page.locator('[data-webpart="medarbejderhistorier"]');
    const themeChips = wp.getByRole('group', { name: 'Tema' }).getByRole('button');
    const areaChips = wp.getByRole('group', { name: /Område/ }).getByRole('button');
    expect(await themeChips.count()).toBeGreaterThan(2);
    const theme = (await themeChips.nth(1).textContent()) ?? '';
    await themeChips.nth(1).click();
    expect(await themeChips.nth(1).getAttribute('aria-pressed')).toBe('true');
    const metas = await wp.locator('article p').allTextContents();
    expect(metas.filter((m) => m.includes(' · ')).every((m) => m.startsWith(theme))).toBe(true);
    // Try areas until one has no story with the theme.
    const n = await areaChips.count();
    let emptied = false;
    for (let i = 1; i < n && !emptied; i++) {
      await areaChips.nth(i).click();
      emptied = (await wp.getByText('Der er ingen historier med det valgte tema og område.').count()) > 0;
    }
    if (emptied) {
      await wp.getByRole('button', { name: 'Vis alle historier' }).click();
      expect(await wp.locator('ul article').count()).toBeGreaterThan(0);
    }
    const violations = await axeViolations(page);
    expect(formatViolations(violations)).toBe('');
    await context.close();
  });
});

describe("a story's page on the local front page", () => {
  it('opens from a card with banner, title, byline, date and the text, sanitised, with no axe violation', async () => {
    const { context, page, errors } = await newPage('reduce');
    const link = page.locator('[data-webpart="medarbejderhistorier"] ul article h4 a').first();
    const title = (await link.textContent()) ?? '';
    await Promise.all([page.waitForNavigation(), link.click()]);
    expect(new URL(page.url()).pathname).toMatch(/^\/sites\/intranet\/SitePages\/.+\.aspx$/);
    await page.waitForSelector('main h1');
    expect(await page.locator('main h1').textContent()).toBe(title);
    expect(await page.getByText(/^Af .+ · Udgivet /).count()).toBe(1);
    expect(await page.locator('.mn-story-text p').count()).toBeGreaterThan(0);
    expect(await page.locator('main script, main [onclick], main iframe').count()).toBe(0);
    const violations = await axeViolations(page);
    expect(formatViolations(violations)).toBe('');
    expect(errors()).toEqual([]);
    await context.close();
  });
});

describe("communications' story check", () => {
  it('lists drafts and new stories with LIX and an edit link, with no axe violation', async () => {
    const { context, page, errors } = await newPage('reduce');
    const comms = accountOf('communications officer');
    if (!comms) throw new Error('emulator/site.json has no communications officer');
    await switchUser(page, comms.email);
    const check = page.locator('[data-webpart="tjek-historier"]');
    expect(await check.getByRole('heading', { level: 2, name: 'Tjek historier' }).count()).toBe(1);
    expect(await check.locator('article').count()).toBeGreaterThan(0);
    expect(await check.getByText('Kladde', { exact: true }).count()).toBeGreaterThan(0);
    expect(await check.getByText(/^LIX \d+ \(/).count()).toBeGreaterThan(0);
    const edit = await check.locator('article a').first().getAttribute('href');
    expect(edit).toMatch(/\/SitePages\/.+\.aspx\?Mode=Edit$/);
    const violations = await axeViolations(page);
    expect(formatViolations(violations)).toBe('');
    expect(errors()).toEqual([]);
    await context.close();
  });
});
