/**
 * The front page in English (`?lang=en`), the interface's second language: English headings and texts, the page's
 * language set, Danish content (stories, HR's messages, quotes) marked as Danish, and no WCAG 2.1 A/AA violation.
 */
import type { Browser, Page } from 'playwright-core';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { axeViolations, formatViolations, watchErrors } from './support/pageChecks';
import { openFrontPage, screenshot } from './support/frontPage';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(60_000);

let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB', timezoneId: 'Europe/Copenhagen' })).newPage();
  errors = watchErrors(page);
  await openFrontPage(page, server.origin, `?lang=en&today=${copenhagenToday(new Date())}`);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the front page in English', () => {
  it('speaks English and says so', async () => {
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    for (const heading of ['Staff stories', 'Name news', 'Staff portraits', 'My choices', 'Submit name news', 'Approve name news']) {
      expect(await page.getByRole('heading', { level: 2, name: heading, exact: true }).count()).toBe(1);
    }
    expect(await page.locator('[data-webpart="navnenyt"] p', { hasText: /(turns|turned|has a birthday|had a birthday|years of service|We welcome|retire|leaves|left)/ }).count()).toBeGreaterThan(0);
  });

  it('marks the Danish content written by people as Danish', async () => {
    const teasers = page.locator('[data-webpart="medarbejderhistorier"] article p[lang="da"]');
    expect(await teasers.count()).toBeGreaterThan(0);
    expect(await page.locator('[data-webpart="medarbejderportraetter"] blockquote[lang="da"]').count()).toBeGreaterThan(0);
  });

  it('has no axe-core violations for WCAG 2.1 A and AA, and no console errors', async () => {
    const violations = await axeViolations(page);
    await screenshot(page, 'front-page-english');
    if (violations.length > 0) throw new Error(formatViolations(violations));
    expect(errors()).toEqual([]);
  });
});
