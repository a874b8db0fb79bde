/** The front page as the browser tests see it: selectors, loading, sign-in through the role switcher, data checks. */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';

export const WEB_PART_IDS = ['medarbejderhistorier', 'navnenyt', 'medarbejderportraetter', 'mine-valg', 'indsend-navnenyt', 'godkend-navnenyt', 'tjek-historier', 'indlaes-medarbejderdata', 'portraetstudio', 'indblik', 'opsaetning'] as const;
/** The web parts of the readers' bundle: the front page's for every employee, and the Teams view's. */
export const READER_IDS = ['medarbejderhistorier', 'navnenyt', 'medarbejderportraetter', 'mine-valg'] as const;
export const SCREENSHOTS = path.resolve(__dirname, '..', '..', '..', 'test-results', 'screenshots');

export const sel = {
  stories: '[data-webpart="medarbejderhistorier"] article',
  storyTitles: '[data-webpart="medarbejderhistorier"] article h4',
  navnenyt: '[data-webpart="navnenyt"] li article',
  portraits: '[data-webpart="medarbejderportraetter"] article',
  signedIn: '[data-testid="signed-in-user"]',
  role: '#wb-role',
  edit: '#wb-edit',
};

/** Loads the page and waits until every web part has rendered content (or its empty/error text). */
export async function openFrontPage(page: Page, origin: string, query = ''): Promise<void> {
  await page.goto(`${origin}/${query}`);
  await waitForWebParts(page);
}

export async function waitForWebParts(page: Page, ids: readonly string[] = WEB_PART_IDS): Promise<void> {
  await page.waitForSelector('main#main');
  for (const id of ids) {
    // A web part is done when its spinner is gone.
    await page.waitForFunction((wp) => {
      const root = document.querySelector(`[data-webpart="${wp}"] section`);
      return !!root && !root.querySelector('.ms-Spinner');
    }, id);
  }
}

/** Signs in through the role switcher (the emulator's sign-in form) and waits for the reloaded page. */
export async function switchUser(page: Page, email: string, ids: readonly string[] = WEB_PART_IDS): Promise<void> {
  await page.selectOption(sel.role, email);
  await Promise.all([page.waitForNavigation(), page.getByRole('button', { name: /Skift bruger|Switch user/ }).click()]);
  await waitForWebParts(page, ids);
}

export async function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').trim()));
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(SCREENSHOTS, { recursive: true });
  const file = path.join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** Items of a list as a user may read them, straight from the local SharePoint's REST API (real HTTP). */
export async function restTitles(origin: string, email: string, listTitle: string): Promise<string[]> {
  const url = `${origin}/sites/intranet/_api/web/lists/getbytitle('${encodeURIComponent(listTitle)}')/items?$select=Title&$top=5000`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${email}`, accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`${listTitle} as ${email}: HTTP ${res.status}`);
  const body = (await res.json()) as { value: { Title: string }[] };
  return body.value.map((v) => v.Title);
}

/** Elements whose box reaches past the viewport's right edge (for a readable failure). */
export async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const out: string[] = [];
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      const r = el.getBoundingClientRect();
      if (r.width > 0 && r.right > width + 1) out.push(`${el.tagName.toLowerCase()}.${String((el as HTMLElement).className).slice(0, 60)} right=${Math.round(r.right)}`);
    }
    return out.slice(0, 15);
  });
}
