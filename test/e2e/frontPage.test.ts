/**
 * The local intranet front page in a real browser: `npm start`'s server (fresh data folder, free port), Debian's
 * Chromium through playwright-core, the real emulator, real HTTP, real PnPjs. For each demo role: every web part shows
 * seeded data, no console errors, axe-core finds no WCAG 2.1 A/AA violation, every control is reachable by keyboard
 * with a visible focus indicator, and a screenshot is kept. Plus: ?today=, edit mode persistence, 320 px reflow.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { accountOf } from '../../workbench/app/accounts';
import type { IDemoAccount } from '../../workbench/app/accounts';
import { addDays, copenhagenToday, formatLongDate } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { axeViolations, formatViolations, tabThrough, unreachedControls, watchErrors } from './support/pageChecks';
import { openFrontPage, overflowing, restTitles, screenshot, sel, switchUser, texts, waitForWebParts, WEB_PART_IDS } from './support/frontPage';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(60_000);

const TODAY = copenhagenToday(new Date());
const AT_TODAY = `?today=${TODAY}`;
const ROLES = ['employee', 'HR officer', 'communications officer', 'site owner'] as const;

function account(role: string): IDemoAccount {
  const a = accountOf(role);
  if (!a) throw new Error(`emulator/site.json has no demo account with the role "${role}"`);
  return a;
}

let server: IRunningServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

async function newPage(width = 1280, height = 900): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  contexts.push(context);
  return context.newPage();
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
}, 150_000);

afterAll(async () => {
  for (const c of contexts) await c.close().catch(() => undefined);
  await browser?.close();
  await server?.stop();
});

describe.each(ROLES)('the front page as the %s', (role) => {
  const user = account(role);
  let page: Page;
  let errors: () => string[];

  beforeAll(async () => {
    page = await newPage();
    errors = watchErrors(page);
    await openFrontPage(page, server.origin, AT_TODAY);
    await switchUser(page, user.email);
  }, 60_000);

  it('shows who is signed in, through the emulator’s sign-in', async () => {
    await expect(page.textContent(sel.signedIn)).resolves.toContain(user.title);
    expect(await page.$eval(sel.role, (s) => (s as HTMLSelectElement).value)).toBe(user.email);
  });

  it('renders every web part with the seeded data this user may read', async () => {
    const stories = await texts(page, sel.storyTitles);
    const readable = new Set(await restTitles(server.origin, user.email, 'Webstedssider'));
    expect(stories.length).toBeGreaterThanOrEqual(3);
    expect(stories.filter((t) => !readable.has(t))).toEqual([]);
    expect(await page.locator(sel.navnenyt).count()).toBeGreaterThanOrEqual(5);
    expect(await page.locator(sel.portraits).count()).toBeGreaterThanOrEqual(3);
    const portraitNames = await texts(page, `${sel.portraits} h3`);
    expect(portraitNames.every((n) => n.length > 3)).toBe(true);
  });

  it('logs no console errors and no failed requests', () => {
    expect(errors()).toEqual([]);
  });

  it('has no axe-core violations for WCAG 2.1 A and AA', async () => {
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe-core found ${violations.length} violation(s) as the ${role}:\n\n${formatViolations(violations)}`);
  });

  it('reaches every control by keyboard, each with a visible focus indicator', async () => {
    const stops = await tabThrough(page);
    const describe = (s: (typeof stops)[number]): string => `${s.tag}#${s.id}[${s.role}] "${s.name}" ${s.webPart}`;
    expect(stops[0].name).toMatch(/Gå til hovedindhold/);
    expect(stops.some((s) => s.id === 'wb-role')).toBe(true);
    expect(stops.some((s) => s.tag === 'button' && /Skift bruger/.test(s.name))).toBe(true);
    expect(stops.some((s) => s.id === 'wb-edit' && s.role === 'switch')).toBe(true);
    expect(stops.filter((s) => s.tag === 'a' && s.name === 'Navnenyt').length).toBe(1);
    // Every web part with content offers at least one control, and no rendered control is skipped by Tab.
    for (const id of ['medarbejderhistorier', 'navnenyt', 'medarbejderportraetter']) {
      expect({ id, reached: stops.some((s) => s.webPart === id && (s.tag === 'a' || s.tag === 'button' || s.role === 'combobox')) }).toEqual({ id, reached: true });
    }
    expect(await unreachedControls(page)).toEqual([]);
    expect(stops.filter((s) => !s.indicator).map(describe)).toEqual([]);
  });

  it('keeps a screenshot', async () => {
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const file = await screenshot(page, `front-page-${role.replace(/\s+/g, '-').toLowerCase()}`);
    expect(file).toMatch(/\.png$/);
  });
});

describe('the page’s date', () => {
  it('follows ?today= in Navnenyt and moves the local SharePoint’s clock', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    const later = addDays(TODAY, 21);
    await openFrontPage(page, server.origin, AT_TODAY);
    const now = await texts(page, sel.navnenyt);
    await expect(page.textContent('.wb-asof')).resolves.toContain(formatLongDate(TODAY, 'da'));
    await openFrontPage(page, server.origin, `?today=${later}`);
    const then = await texts(page, sel.navnenyt);
    await expect(page.textContent('.wb-asof')).resolves.toContain(formatLongDate(later, 'da'));
    expect(now.length).toBeGreaterThan(0);
    expect(then).not.toEqual(now);
    const status = (await (await fetch(`${server.origin}/_emulator/status`)).json()) as { today: string };
    expect(status.today).toBe(later);
    expect(errors()).toEqual([]);
  });
});

describe('the Navnenyt area filter', () => {
  it('is the browser’s own select: choosing an area by keyboard narrows the list, and the choice survives a reload', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    await openFrontPage(page, server.origin, AT_TODAY);
    const all = await texts(page, sel.navnenyt);
    const filter = page.getByRole('combobox', { name: /Vis navnenyt fra/ });
    const areas = await filter.locator('option').allTextContents();
    expect(areas[0]).toBe('Hele kommunen');
    expect(areas.length).toBeGreaterThan(2);
    const area = areas[areas.length - 1];
    await filter.focus();
    await page.keyboard.press('End');
    await expect(filter.inputValue()).resolves.toBe(area);
    const narrowed = await texts(page, sel.navnenyt);
    expect(narrowed).not.toEqual(all);
    await page.reload();
    await waitForWebParts(page);
    await expect(page.getByRole('combobox', { name: /Vis navnenyt fra/ }).inputValue()).resolves.toBe(area);
    await page.getByRole('combobox', { name: /Vis navnenyt fra/ }).selectOption('');
    await expect(texts(page, sel.navnenyt)).resolves.toEqual(all);
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe-core found violations:\n\n${formatViolations(violations)}`);
    expect(errors()).toEqual([]);
  });
});

describe('readable text', () => {
  it('gives every line of every web part room: no line is drawn over the one before it', async () => {
    const page = await newPage();
    await openFrontPage(page, server.origin, AT_TODAY);
    // A unitless line height given to Fluent UI as a number became "1.5px"; jsdom cannot see that, a browser can.
    const cramped = await page.$$eval('[data-webpart] p, [data-webpart] li, [data-webpart] h3', (els) =>
      els
        .map((el) => {
          const style = getComputedStyle(el);
          const line = style.lineHeight === 'normal' ? Number.POSITIVE_INFINITY : parseFloat(style.lineHeight);
          return { text: (el.textContent ?? '').slice(0, 40), line, font: parseFloat(style.fontSize) };
        })
        .filter((e) => e.text.trim() !== '' && e.line < e.font),
    );
    expect(cramped).toEqual([]);
  });
});

describe('edit mode ("Rediger")', () => {
  it('changes a web part setting by keyboard; the setting persists across a reload', async () => {
    const page = await newPage();
    const errors = watchErrors(page);
    await openFrontPage(page, server.origin, AT_TODAY);
    expect(await page.locator(sel.navnenyt).count()).toBeGreaterThan(3);
    await expect(page.locator('[data-settings-for]').count()).resolves.toBe(0);

    await page.focus(sel.edit);
    await page.keyboard.press('Space');
    await expect(page.getAttribute(sel.edit, 'aria-checked')).resolves.toBe('true');
    // The settings arrive in their own chunk the first time the page is edited.
    await page.waitForFunction((n) => document.querySelectorAll('[data-settings-for]').length === n, WEB_PART_IDS.length);

    const maxItems = page.locator('[data-settings-for="navnenyt"] [data-setting="maxItems"] input');
    await maxItems.focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    await page.keyboard.press('Enter');
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 3, sel.navnenyt);
    await maxItems.focus();
    await page.keyboard.press('ArrowUp');
    await page.waitForFunction((s) => document.querySelectorAll(s).length === 4, sel.navnenyt);
    await expect(page.locator('[role="status"]', { hasText: 'Indstillingerne er gemt' }).count()).resolves.toBeGreaterThan(0);

    await page.reload();
    await waitForWebParts(page);
    expect(await page.locator(sel.navnenyt).count()).toBe(4);
    await expect(maxItems.inputValue()).resolves.toBe('4');

    await page.getByRole('button', { name: 'Nulstil indstillinger' }).nth(1).click();
    await page.waitForFunction((s) => document.querySelectorAll(s).length > 4, sel.navnenyt);
    const violations = await axeViolations(page);
    if (violations.length) throw new Error(`axe-core found violations in edit mode:\n\n${formatViolations(violations)}`);
    await screenshot(page, 'front-page-edit-mode');
    expect(errors()).toEqual([]);
  });
});

describe('the role switcher by keyboard alone', () => {
  it('signs in as another demo user and reloads the page as that user', async () => {
    const page = await newPage();
    const hr = account('HR officer');
    await openFrontPage(page, server.origin, AT_TODAY);
    await page.focus(sel.role);
    const options = await page.$$eval(`${sel.role} option`, (os) => os.map((o) => (o as HTMLOptionElement).value));
    const current = await page.$eval(sel.role, (s) => (s as HTMLSelectElement).value);
    const steps = options.indexOf(hr.email) - options.indexOf(current);
    for (let i = 0; i < Math.abs(steps); i++) await page.keyboard.press(steps > 0 ? 'ArrowDown' : 'ArrowUp');
    expect(await page.$eval(sel.role, (s) => (s as HTMLSelectElement).value)).toBe(hr.email);
    await page.keyboard.press('Tab');
    await Promise.all([page.waitForNavigation(), page.keyboard.press('Enter')]);
    await waitForWebParts(page);
    await expect(page.textContent(sel.signedIn)).resolves.toContain(hr.title);
  });
});

describe('reflow at 320 CSS px', () => {
  it('shows the page, in view and in edit mode, without horizontal scrolling', async () => {
    const page = await newPage(320, 800);
    await openFrontPage(page, server.origin, AT_TODAY);
    expect(await page.locator(sel.stories).count()).toBeGreaterThan(0);
    const width = (): Promise<{ scroll: number; client: number }> =>
      page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(await overflowing(page)).toEqual([]);
    expect((await width()).scroll).toBeLessThanOrEqual(320);
    await screenshot(page, 'front-page-320px');
    await page.click(sel.edit);
    await page.waitForSelector('[data-settings-for="navnenyt"]');
    expect(await overflowing(page)).toEqual([]);
    expect((await width()).scroll).toBeLessThanOrEqual(320);
  });
});
