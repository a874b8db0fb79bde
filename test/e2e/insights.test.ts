/**
 * Indblik in the browser on the local front page with the demo data: communications sees the real figures (checked
 * against the local SharePoint's own answers), every chart's data table opens by keyboard, the CSV downloads for
 * Danish Excel with the same figures; an employee is refused in Danish and no figure is shown; axe-core finds no
 * WCAG 2.1 A/AA violation.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Locator, Page } from 'playwright-core';
import { defaultPeriod } from '../../src/features/insights/domain/period';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { axeViolations, formatViolations } from './support/pageChecks';
import { SCREENSHOTS, switchUser } from './support/frontPage';
import { demoEmail, startSession, stopSession } from './support/session';
import type { IRunningServer } from './support/server';

jest.setTimeout(120_000);

const TODAY = copenhagenToday(new Date());
const PERIOD = defaultPeriod(TODAY);
let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

const insights = (): Locator => page.locator('[data-webpart="indblik"]');
const figure = (id: string): Locator => insights().locator(`[data-figure="${id}"]`);

/** The local SharePoint's own answer, as communications, over real HTTP. */
async function rest<T>(path: string): Promise<T[]> {
  const res = await fetch(`${server.origin}/sites/intranet/_api/${path}`, { headers: { authorization: `Bearer ${demoEmail('communications officer')}`, accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
  return ((await res.json()) as { value: T[] }).value;
}

async function waitForFigures(): Promise<void> {
  await insights().getByRole('heading', { name: 'Historier pr. tema mod målet' }).waitFor({ timeout: 60_000 });
}

beforeAll(async () => {
  ({ server, browser, page, errors } = await startSession(`?today=${TODAY}`));
  await switchUser(page, demoEmail('communications officer'));
  await waitForFigures();
}, 180_000);

afterAll(() => stopSession({ browser, server }));

describe('Indblik for communications', () => {
  it('shows the stories of the last twelve months, as many as SharePoint has published in the period', async () => {
    const pages = await rest<{ FirstPublishedDate: string | null; PromotedState: number }>("web/getList('/sites/intranet/SitePages')/items?$select=FirstPublishedDate,PromotedState&$top=5000");
    const inPeriod = pages.filter((p) => p.PromotedState === 2 && p.FirstPublishedDate && copenhagenToday(new Date(p.FirstPublishedDate)) >= PERIOD.from && copenhagenToday(new Date(p.FirstPublishedDate)) <= TODAY);
    expect(inPeriod.length).toBeGreaterThan(0);
    await expect(figure('themes').locator('p').first().textContent()).resolves.toContain(`${inPeriod.length} historier udgivet i perioden.`);
    // Every theme is listed, with its count against the target.
    expect(await figure('themes').locator('li').count()).toBe(9);
    expect(await figure('themes').getByText(/^\d+ af \d+$/).count()).toBeGreaterThan(0);
  });

  it('names the areas and towns, and says which never appear', async () => {
    expect(await figure('areas').locator('li').count()).toBeGreaterThanOrEqual(6);
    expect(await figure('towns').locator('li').count()).toBeGreaterThanOrEqual(11);
    expect(await figure('towns').locator('p').first().textContent()).toMatch(/^\d+ af 11 har mindst én historie\. (Aldrig med: .+\.|Alle er med\.)$/);
  });

  it('counts the portraits per profession and per status on each channel, as the list holds them', async () => {
    const portraits = await rest<{ MnLinkedInStatus: string | null }>('web/lists/getbytitle(\'Medarbejderportrætter\')/items?$select=MnLinkedInStatus&$top=5000');
    expect(portraits.length).toBeGreaterThan(0);
    expect(await figure('professions').locator('p').first().textContent()).toContain(`${portraits.length} portrætter i alt`);
    const shared = portraits.filter((p) => p.MnLinkedInStatus === 'Delt').length;
    expect(await figure('funnel-linkedIn').locator('p').first().textContent()).toContain(`${shared} delt`);
    expect(await figure('professions').getByText('Social- og sundhedsassistent (prioriteret fag)').count()).toBe(1);
  });

  it('shows name news per month and the time to approval in words, and consent only in aggregate', async () => {
    expect(await figure('months').locator('ol > li').count()).toBe(12);
    expect(await figure('months').locator('p').first().textContent()).toMatch(/^\d+ navnenyt offentliggjort med begivenhed i perioden\./);
    expect(await figure('approval').locator('p').first().textContent()).toMatch(/^(Ingen indsendelser fra HR er godkendt i perioden|Medianen er .+)\. Af navnenyt med begivenhed i perioden venter \d+ på godkendelse, og \d+ er afvist\.$/);
    expect(await figure('saved').locator('p').first().textContent()).toMatch(/^(\d+(,\d)? %|under 5) af medarbejderne har gemt deres valg\. Antal medarbejdere: \d+/);
    expect(await insights().getByText(/intet tal om færre end 5 personer/).count()).toBe(1);
    expect(await insights().getByText(/Indblik viser ingen sidevisninger/).count()).toBe(1);
  });

  it('opens each chart’s data table by keyboard', async () => {
    const button = figure('themes').getByRole('button', { name: /Vis tabellen/ });
    await button.focus();
    await page.keyboard.press('Enter');
    const table = figure('themes').getByRole('table', { name: 'Historier pr. tema mod målet' });
    await table.waitFor();
    expect(await table.locator('tbody tr').count()).toBe(9);
    expect(await table.locator('thead th').allTextContents()).toEqual(['Tema', 'Historier', 'Mål for perioden']);
    expect(await figure('themes').getByRole('button', { name: /Skjul tabellen/ }).getAttribute('aria-expanded')).toBe('true');
    await figure('consent-intranet').getByRole('button', { name: /Vis tabellen/ }).click();
    expect(await figure('consent-intranet').locator('tbody tr').count()).toBe(7);
  });

  it('downloads the whole view as CSV for Danish Excel, with the figures on the page', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), insights().getByRole('button', { name: 'Hent alle tal som CSV (Excel)' }).click()]);
    expect(download.suggestedFilename()).toBe(`indblik-${PERIOD.from}-${TODAY}.csv`);
    const bytes = fs.readFileSync((await download.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    const at = lines.indexOf('Historier pr. tema mod målet');
    expect(lines[at + 1]).toBe('Tema;Historier;Mål for perioden');
    const themeRows = lines.slice(at + 2, at + 11).map((l) => l.split(';'));
    expect(themeRows.map((r) => r[0])).toContain('Fastholdelse, uddannelse og rekruttering');
    const pageTotal = Number(/^(\d+) historier/.exec((await figure('themes').locator('p').first().textContent()) ?? '')?.[1]);
    expect(themeRows.reduce((n, r) => n + Number(r[1]), 0)).toBe(pageTotal);
    expect(lines).toContain('Andel ja pr. kategori: intranettet');
    expect(lines.some((l) => /^Fødselsdag;(\d+(,\d)?|under 5)$/.test(l))).toBe(true);
  });

  it('has no WCAG 2.1 A/AA violation, tables open, and no console errors', async () => {
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await insights().screenshot({ path: path.join(SCREENSHOTS, 'indblik-communications.png') });
    expect(formatViolations(await axeViolations(page))).toBe('');
    // Indlæs medarbejderdata, another web part on the page, asks about HR's list, which answers 404 to communications.
    expect(errors().filter((e) => !/Medarbejdere|status of 404/.test(e))).toEqual([]);
  });
});

describe('Indblik for everyone else', () => {
  it('refuses an employee in Danish and shows no figure', async () => {
    await switchUser(page, demoEmail('employee'));
    await insights().getByText(/Indblik er for kommunikation/).waitFor();
    expect(await insights().getByRole('heading', { name: 'Indblik' }).count()).toBe(1);
    expect(await insights().locator('[data-figure]').count()).toBe(0);
    expect(await insights().getByRole('button', { name: /CSV/ }).count()).toBe(0);
    expect(formatViolations(await axeViolations(page))).toBe('');
  });
});
