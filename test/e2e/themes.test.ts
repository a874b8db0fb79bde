/**
 * Theme variants: the front page with every section on SharePoint's neutral, soft and strong backgrounds
 * (`?section=`) and in Teams' dark theme (`?theme=teams-dark`), each web part given its section's theme as SharePoint
 * and Teams hand it. In each: the web parts draw with the theme (a strong section's text is light on the dark primary
 * colour), axe-core finds no WCAG 2.1 A/AA violation (colour contrast included), no console errors, and a screenshot
 * is kept in test-results/screenshots/.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountOf } from '../../workbench/app/accounts';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { axeViolations, formatViolations, watchErrors } from './support/pageChecks';
import { openFrontPage, screenshot, switchUser, WEB_PART_IDS } from './support/frontPage';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const TODAY = `?today=${copenhagenToday(new Date())}`;

interface IVariant {
  readonly name: string;
  readonly query: string;
  /** The sections' background and the web parts' text colour, as computed styles report them. */
  readonly background: string;
  readonly text: string;
}

const VARIANTS: readonly IVariant[] = [
  { name: 'neutral', query: '&section=neutral', background: 'rgb(243, 242, 241)', text: 'rgb(50, 49, 48)' },
  { name: 'soft', query: '&section=soft', background: 'rgb(240, 247, 250)', text: 'rgb(50, 49, 48)' },
  { name: 'strong', query: '&section=strong', background: 'rgb(0, 90, 140)', text: 'rgb(255, 255, 255)' },
  { name: 'teams-dark', query: '&theme=teams-dark', background: 'rgb(31, 31, 31)', text: 'rgb(255, 255, 255)' },
];

let server: IRunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let errors: () => string[];

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  page = await context.newPage();
  errors = watchErrors(page);
  // The site owner sees every web part with its controls: the readers' and the editors' (forms, queues).
  const owner = accountOf('site owner');
  if (!owner) throw new Error('emulator/site.json has no demo account with the role "site owner"');
  await openFrontPage(page, server.origin, TODAY);
  await switchUser(page, owner.email);
}, 180_000);

afterAll(async () => {
  await context?.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe.each(VARIANTS)('the front page, $name', (variant) => {
  beforeAll(async () => {
    await openFrontPage(page, server.origin, TODAY + variant.query);
  }, 90_000);

  it('gives every section its background and every web part the theme’s text colour', async () => {
    const sections = await page.$$eval('[data-section]', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(sections.length).toBeGreaterThanOrEqual(3);
    expect(sections).toEqual(sections.map(() => variant.background));
    const colours = await page.$$eval('[data-webpart] section', (els) => els.map((e) => getComputedStyle(e).color));
    expect(colours.length).toBeGreaterThanOrEqual(WEB_PART_IDS.length);
    expect(colours).toEqual(colours.map(() => variant.text));
  });

  it('has no axe-core violations for WCAG 2.1 A and AA, colour contrast included', async () => {
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe-core found ${violations.length} violation(s) on ${variant.name}:\n\n${formatViolations(violations)}`);
  });

  it('keeps a screenshot', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    expect(await screenshot(page, `front-page-theme-${variant.name}`)).toMatch(/\.png$/);
  });
});

describe('the page', () => {
  it('logs no console errors and no failed requests in any theme', () => {
    expect(errors()).toEqual([]);
  });
});
