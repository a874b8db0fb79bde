/**
 * The Teams view of the local page (`?host=teams`): Medarbejdernyt as a personal app in Teams' light, dark and
 * high-contrast themes. In each: the readers render with data, the page takes Teams' colours, axe-core finds no WCAG
 * 2.1 A/AA violation, nothing scrolls sideways at a phone's 360 px; *Sig tillykke* opens the chat through the host's
 * Teams chat (the SDK's stand-in) with the greeting, and links to pages open in a new window as Teams expects.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { axeViolations, formatViolations, watchErrors } from './support/pageChecks';
import { overflowing, READER_IDS, screenshot, switchUser, waitForWebParts } from './support/frontPage';
import { demoEmail } from './support/session';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const TODAY = copenhagenToday(new Date());
const THEMES = [
  { theme: 'teams', background: 'rgb(255, 255, 255)', text: 'rgb(36, 36, 36)' },
  { theme: 'teams-dark', background: 'rgb(31, 31, 31)', text: 'rgb(255, 255, 255)' },
  { theme: 'teams-contrast', background: 'rgb(0, 0, 0)', text: 'rgb(255, 255, 255)' },
] as const;

let server: IRunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  // A common Android phone: 360×740 CSS px, touch.
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  page = await context.newPage();
  await page.goto(`${server.origin}/?today=${TODAY}&host=teams`);
  await switchUser(page, demoEmail('employee'), READER_IDS);
}, 150_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.stop();
});

describe.each(THEMES)('Medarbejdernyt in Teams, $theme', ({ theme, background, text }) => {
  let errors: () => string[];
  beforeAll(async () => {
    errors = watchErrors(page);
    await page.goto(`${server.origin}/?today=${TODAY}&host=teams&theme=${theme}`);
    await waitForWebParts(page, READER_IDS);
  }, 60_000);

  it('shows the readers in the personal app\'s frame, in Teams\' colours, without SharePoint\'s page around them', async () => {
    await expect(page.getByRole('heading', { level: 1, name: 'Medarbejdernyt' }).count()).resolves.toBe(1);
    for (const id of READER_IDS) expect(await page.locator(`[data-webpart="${id}"]`).count()).toBe(1);
    expect(await page.locator('[data-webpart="godkend-navnenyt"]').count()).toBe(0);
    const colours = await page.$eval('main#main', (m) => ({ background: getComputedStyle(m).backgroundColor, text: getComputedStyle(m).color }));
    expect(colours).toEqual({ background, text });
    expect(await page.locator('[data-webpart="navnenyt"] li article').count()).toBeGreaterThan(0);
  });

  it('has no WCAG 2.1 A/AA violation, nothing scrolls sideways at 360 px, and every control takes a 44×44 tap', async () => {
    expect(formatViolations(await axeViolations(page))).toBe('');
    expect(await overflowing(page)).toEqual([]);
    // What a finger hits: the control itself, or for Fluent UI's checkbox (its input is hidden) the label drawn over it.
    const small = await page.$$eval('[data-webpart] :is(a, button, select, input)', (els) =>
      els
        .map((el) => {
          const target = el instanceof HTMLInputElement && el.type === 'checkbox' ? (document.querySelector(`label[for="${el.id}"]`) ?? el) : el;
          const r = target.getBoundingClientRect();
          return { what: `${el.tagName.toLowerCase()} "${(el.textContent || el.getAttribute('aria-label') || '').trim().slice(0, 40)}"`, w: Math.round(r.width), h: Math.round(r.height) };
        })
        .filter((t) => t.w > 0 && (t.w < 44 || t.h < 44)),
    );
    expect(small).toEqual([]);
    // And on the narrowest phones, 320 px: no sideways scrolling either.
    await page.setViewportSize({ width: 320, height: 640 });
    expect(await overflowing(page)).toEqual([]);
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, `teams-${theme}`);
  });

  it('opens the congratulation chat through Teams, with the greeting ready to send', async () => {
    const button = page.locator('[data-webpart="navnenyt"]').getByRole('button', { name: /^Sig tillykke til .+ i Teams$/ }).first();
    const name = /^Sig tillykke til (.+) i Teams$/.exec((await button.textContent()) ?? '')?.[1] ?? '';
    await button.click();
    const chats = await page.evaluate(() => window.__teamsChats ?? []);
    expect(chats).toHaveLength(1);
    expect(chats[0].email).toMatch(/@norddjurs\.dk$/);
    expect(chats[0].message).toContain(name.split(' ')[0]);
    await expect(page.getByRole('status').filter({ hasText: 'Teams åbner en chat med' }).textContent()).resolves.toContain(chats[0].email);
    expect(errors()).toEqual([]);
  });

  it('opens links to pages in a new window, as Teams expects', async () => {
    const story = page.locator('[data-webpart="medarbejderhistorier"] article h4 a').first();
    expect(await story.getAttribute('target')).toBe('_blank');
  });
});
