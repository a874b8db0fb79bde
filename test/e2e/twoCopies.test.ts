/**
 * Two copies of every web part on one page (`?copies=2`), as an editor may put two Navnenyt web parts on one page:
 * no element id is used twice (axe and the DOM), and each copy keeps its own settings and its own state.
 */
import type { Browser, Page } from 'playwright-core';
import { accountOf } from '../../workbench/app/accounts';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { launchBrowser } from './support/browser';
import { axeViolations, formatViolations, watchErrors } from './support/pageChecks';
import { openFrontPage, switchUser, WEB_PART_IDS } from './support/frontPage';
import { startServer } from './support/server';
import type { IRunningServer } from './support/server';

jest.setTimeout(60_000);

const QUERY = `?today=${copenhagenToday(new Date())}&copies=2`;
let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

/** Waits until every copy of every web part has rendered (no spinner left). */
async function waitForCopies(p: Page): Promise<void> {
  await p.waitForFunction((ids) => ids.every((id) => {
    const frames = Array.from(document.querySelectorAll(`[data-webpart="${id}"]`));
    return frames.length === 2 && frames.every((f) => !!f.querySelector('section') && !f.querySelector('.ms-Spinner'));
  }), WEB_PART_IDS as readonly string[]);
}

function duplicateIds(p: Page): Promise<string[]> {
  return p.evaluate(() => {
    const seen = new Map<string, number>();
    for (const el of Array.from(document.querySelectorAll('[id]'))) seen.set(el.id, (seen.get(el.id) ?? 0) + 1);
    return Array.from(seen.entries()).filter(([, n]) => n > 1).map(([id, n]) => `${id} ×${n}`);
  });
}

beforeAll(async () => {
  browser = await launchBrowser();
  server = await startServer();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  page = await context.newPage();
  errors = watchErrors(page);
  await openFrontPage(page, server.origin, QUERY);
  const hr = accountOf('HR officer');
  if (!hr) throw new Error('emulator/site.json has no HR officer');
  await switchUser(page, hr.email);
  await waitForCopies(page);
}, 150_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('two copies of every web part on one page', () => {
  it('shows each web part twice, each copy its own instance', async () => {
    for (const id of WEB_PART_IDS) {
      const instances = await page.$$eval(`[data-webpart="${id}"]`, (els) => els.map((e) => e.getAttribute('data-instance')));
      expect(instances).toEqual([id, `${id}-2`]);
    }
  });

  it('uses no element id twice, and axe finds no WCAG 2.1 A/AA violation', async () => {
    expect(await duplicateIds(page)).toEqual([]);
    const violations = await axeViolations(page);
    expect(formatViolations(violations)).toBe('');
  });

  it('keeps each copy\'s settings apart, also after a reload', async () => {
    await page.click('#wb-edit');
    const second = page.locator('[data-settings-for="navnenyt-2"]');
    await second.getByLabel(/Overskrift|Title/).fill('Navnenyt fra Sundhed');
    await page.click('#wb-edit');
    const headings = (): Promise<string[]> => page.$$eval('[data-webpart="navnenyt"] section h2', (els) => els.map((e) => (e.textContent ?? '').trim()));
    expect(await headings()).toEqual(['Navnenyt', 'Navnenyt fra Sundhed']);
    await page.reload();
    await waitForCopies(page);
    expect(await headings()).toEqual(['Navnenyt', 'Navnenyt fra Sundhed']);
    expect(await duplicateIds(page)).toEqual([]);
  });

  it('keeps each copy\'s state apart: what HR types in one form\'s search is not in the other\'s', async () => {
    const forms = page.locator('[data-webpart="indsend-navnenyt"]');
    await forms.nth(0).locator('input[id$="-field-employee"]').fill('Jonas');
    expect(await forms.nth(1).locator('input[id$="-field-employee"]').inputValue()).toBe('');
    expect(await forms.nth(0).locator('input[id$="-field-employee"]').inputValue()).toBe('Jonas');
  });

  it('logs no console errors and no failed requests', () => {
    expect(errors()).toEqual([]);
  });
});
