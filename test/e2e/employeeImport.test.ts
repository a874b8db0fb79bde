/**
 * Indlæs medarbejderdata end to end in a real browser on `npm start`'s front page, as HR: a SOFD-style extract
 * (Windows-1252, `;`, CRLF, CPR numbers) → the preview with its row errors (and the error file, without CPR numbers) →
 * Indlæs with the progress bar while the local SharePoint throttles (429 with Retry-After, beyond PnPjs' retries) →
 * the receipt → Indsend navnenyt's suggestions show the new people → the same file again changes nothing. An employee
 * is refused in Danish. No request body holds a CPR number; axe-core finds no WCAG 2.1 A/AA violation.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Page } from 'playwright-core';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { axeViolations, formatViolations } from './support/pageChecks';
import { SCREENSHOTS, screenshot, switchUser, waitForWebParts } from './support/frontPage';
import { demoEmail, startSession, stopSession } from './support/session';
import type { ISession } from './support/session';

jest.setTimeout(180_000);

const TODAY = copenhagenToday(new Date());
const HR = demoEmail('HR officer');
const ROWS = 1000;
const NAME = 'Ingeborg Fyrretyve-Østergaard';
let s: ISession;
let page: Page;
/** Indsend navnenyt's suggestions before the load. */
let suggestionsBefore = 0;
const bodies: string[] = [];

/** Fictional CPR numbers: the date, then a 7th digit giving the century and three made-up digits. */
function cprFor(iso: string, serial: number): string {
  const [y, m, d] = iso.split('-');
  const seventh = Number(y) < 2000 ? serial % 4 : 4;
  return `${d}${m}${y.slice(2)}-${seventh}${String(serial % 1000).padStart(3, '0')}`;
}

const yearsAgo = (n: number): string => `${Number(TODAY.slice(0, 4)) - n}${TODAY.slice(4)}`;
const safeDay = (iso: string): string => (iso.endsWith('02-29') ? `${iso.slice(0, 8)}28` : iso);

/** A SOFD export: 1,000 employees (Ingeborg turns 50 today, by her CPR number), one impossible date, one duplicate. */
function sofdFile(): Buffer {
  const lines = ['MaNr;Navn;Email;CPR;Stillingsbetegnelse;OrganisationNavn;Ansaettelsesdato;Jubilaeumsanciennitetsdato'];
  const cprs: string[] = [];
  for (let i = 0; i < ROWS; i++) {
    const born = i === 0 ? safeDay(yearsAgo(50)) : `19${60 + (i % 35)}-0${1 + (i % 9)}-1${i % 9}`;
    const cpr = cprFor(born, i + 1);
    cprs.push(cpr);
    const name = i === 0 ? NAME : `Testansat ${i} Ærøsen`;
    lines.push(`${8000000 + i};${name};t${i}@norddjurs.dk;${cpr};Pædagog;"Børnehuset Solsikken; Ørsted";01-08-2010;01-08-2010`);
  }
  lines.push('8100001;Dato Forkert;df@norddjurs.dk;;Lærer;Skolen;31-02-1980;');
  lines.push(`8000005;Dobbelt Nummer;dn@norddjurs.dk;;Lærer;Skolen;01-01-2020;`);
  (globalThis as { __cprs?: string[] }).__cprs = cprs;
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\n`, 'latin1');
}

const FILE = sofdFile();
const CPRS = (globalThis as { __cprs?: string[] }).__cprs ?? [];
const part = (p: Page): ReturnType<Page['locator']> => p.locator('[data-webpart="indlaes-medarbejderdata"]');

async function expectAccessible(name: string): Promise<void> {
  const violations = await axeViolations(page);
  await screenshot(page, `employee-import-${name}`);
  await part(page).screenshot({ path: path.join(SCREENSHOTS, `employee-import-${name}-webpart.png`) });
  if (violations.length > 0) throw new Error(`axe found WCAG 2.1 A/AA violations (${name}):\n${formatViolations(violations)}`);
}

async function pick(): Promise<void> {
  await part(page).locator('input[type=file]').setInputFiles({ name: 'sofd-udtraek.csv', mimeType: 'text/csv', buffer: FILE });
  await part(page).getByText(/sofd-udtraek\.csv: 1\.002 rækker · CSV, Windows-1252 \(ANSI\) · adskilt med semikolon/).waitFor();
}

async function count(kind: string): Promise<string> {
  return (await part(page).locator(`[data-count="${kind}"] span`).first().textContent()) ?? '';
}

async function employees(): Promise<string[]> {
  const numbers: string[] = [];
  let url: string | undefined = `${s.server.origin}/sites/intranet/_api/web/lists/getbytitle('Medarbejdere')/items?$select=MnEmployeeNumber&$top=2000`;
  while (url) {
    const res: Response = await fetch(url, { headers: { authorization: `Bearer ${HR}`, accept: 'application/json' } });
    const body = (await res.json()) as { value: { MnEmployeeNumber: string }[]; 'odata.nextLink'?: string };
    numbers.push(...body.value.map((v) => v.MnEmployeeNumber));
    url = body['odata.nextLink'];
  }
  return numbers.filter((n) => /^8[01]\d{5}$/.test(n));
}

beforeAll(async () => {
  s = await startSession();
  page = s.page;
  page.on('request', (r) => {
    const body = r.postData();
    if (body) bodies.push(body);
  });
  await switchUser(page, HR);
  suggestionsBefore = await suggestionCount();
});

/** How many suggestions Indsend navnenyt offers (eight shown, "Og N forslag mere"). */
async function suggestionCount(): Promise<number> {
  const submit = page.locator('[data-webpart="indsend-navnenyt"]').getByRole('region', { name: 'Forslag fra lønudtrækket' });
  const shown = await submit.locator('ul li button').count();
  const more = /Og (\d+) forslag mere/.exec((await submit.textContent()) ?? '');
  return shown + (more ? Number(more[1]) : 0);
}
afterAll(() => stopSession(s));

describe('HR loads the employee extract', () => {
  it('previews the file: columns proposed, counts, row errors with line and Danish reason, an error file without CPR numbers', async () => {
    await pick();
    // A partial file: nobody else is ending.
    await part(page).getByText('Filen er et fuldt udtræk af alle medarbejdere').click();
    await part(page).getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    expect(await count('new')).toBe('999');
    expect(await count('leaving')).toBe('0');
    expect(await count('errors')).toBe('3');
    const errors = part(page).locator('table').last();
    await expect(errors.textContent()).resolves.toMatch(/1002.*31-02-1980 i Ansaettelsesdato er ikke en dato, der findes\./);
    await expect(errors.textContent()).resolves.toMatch(/^Linje.*Årsag7Medarbejdernummeret 8000005 står også i linje 1003\. Ingen af rækkerne bliver indlæst\./);
    // CPR numbers are masked wherever they show.
    await expect(part(page).textContent()).resolves.toMatch(/Eksempel: \d{6}-\*\*\*\*/);
    const [download] = await Promise.all([page.waitForEvent('download'), part(page).getByRole('button', { name: /Hent rækkerne med fejl/ }).click()]);
    const text = await new Promise<string>((resolve, reject) => {
      download.createReadStream().then((st) => {
        const chunks: Buffer[] = [];
        st.on('data', (c: Buffer) => chunks.push(c));
        st.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        st.on('error', reject);
      }, reject);
    });
    expect(text.split('\r\n')[0]).toBe('\uFEFFLinje;Fejl;MaNr;Navn;Email;CPR;Stillingsbetegnelse;OrganisationNavn;Ansaettelsesdato;Jubilaeumsanciennitetsdato;Fødselsdato');
    expect(text).toContain('\r\n1002;');
    expect(text.split('\r\n').filter((l) => l !== '')).toHaveLength(4);
    for (const cpr of CPRS.slice(0, 10)) expect(text).not.toContain(cpr);
    await expectAccessible('preview');
  });

  it('loads with a progress bar while SharePoint throttles, losing and doubling nothing', async () => {
    await part(page).getByRole('button', { name: 'Indlæs 999 ændringer' }).click();
    const bar = part(page).getByRole('progressbar');
    await bar.waitFor();
    await part(page).getByText(/^(99|1\d\d|[2-9]\d\d) af 999 ændringer skrevet/).waitFor();
    await expectAccessible('progress');
    // Four refusals in a row: more than PnPjs' three attempts; the import waits as Retry-After says.
    const fault = await fetch(`${s.server.origin}/_emulator/faults`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ status: 429, count: 4, retryAfter: 1 }) });
    expect(fault.status).toBe(200);
    await part(page).getByText('SharePoint har travlt og bad os vente 1 sekunder. Indlæsningen fortsætter af sig selv …').waitFor();
    await part(page).getByRole('heading', { name: 'Kvittering' }).waitFor({ timeout: 120_000 });
    await expect(part(page).textContent()).resolves.toMatch(/Lars Østergaard indlæste sofd-udtraek\.csv/);
    await expect(part(page).textContent()).resolves.toMatch(/999 nye, 0 ændrede og 0 fratrædende medarbejdere; 3 rækker med fejl/);
    const stored = await employees();
    expect(stored).toHaveLength(999);
    expect(new Set(stored).size).toBe(999);
    await expectAccessible('receipt');
    const sent = bodies.join('\n');
    expect(sent).toContain(NAME);
    for (const cpr of CPRS) {
      expect(sent).not.toContain(cpr);
      expect(sent).not.toContain(cpr.replace('-', ''));
    }
    // Only the injected throttling answered with an error.
    expect(s.errors().filter((e) => !/^HTTP 429 |status of 429 \(Too Many Requests\)/.test(e))).toEqual([]);
  });

  it('shows the new people in Indsend navnenyt at once, and the same file again changes nothing', async () => {
    // Ingeborg turns 50 today (by her CPR number); nobody else of the file has an occasion in the next 30 days. The
    // suggestions beside the import follow without a reload (the import announces the new extract on the page).
    const deadline = Date.now() + 15_000;
    while ((await suggestionCount()) !== suggestionsBefore + 1 && Date.now() < deadline) await page.waitForTimeout(250);
    expect(await suggestionCount()).toBe(suggestionsBefore + 1);
    await page.reload();
    await waitForWebParts(page);
    expect(await suggestionCount()).toBe(suggestionsBefore + 1);
    await pick();
    await part(page).getByText('Filen er et fuldt udtræk af alle medarbejdere').click();
    await part(page).getByText('Der er intet at indlæse: medarbejderlisten svarer allerede til filen.').waitFor();
    expect(await count('new')).toBe('0');
    expect(await count('changed')).toBe('0');
    expect(await count('unchanged')).toBe('999');
    await expect(part(page).getByRole('button', { name: /^Indlæs/ }).count()).resolves.toBe(0);
    await expectAccessible('same-file');
  });

  it.each([
    ['medarbejdere-sofd.csv', 'CSV, Windows-1252 (ANSI) · adskilt med semikolon', 8, 1],
    ['medarbejdere-opus.xml', 'KMD OPUS XML, UTF-8', 2, 0],
    ['medarbejdere-excel.csv', 'CSV, UTF-8 med BOM · adskilt med komma', 4, 0],
  ])('loads the example file docs/%s (%s)', async (name, kind, added, errors) => {
    await part(page).getByRole('button', { name: /^(Indlæs en ny fil|Vælg en anden fil)$/ }).click();
    const buffer = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', name));
    await part(page).locator('input[type=file]').setInputFiles({ name, mimeType: name.endsWith('.xml') ? 'application/xml' : 'text/csv', buffer });
    await part(page).getByText(new RegExp(`^${name.replace('.', '\\.')}: \\d+ rækker · ${kind.replace(/[()]/g, '\\$&')}$`)).waitFor();
    // A partial file on a site with 4,000 employees: nobody else is ending (OPUS deltas are never full extracts).
    if (name.endsWith('.csv')) await part(page).getByText('Filen er et fuldt udtræk af alle medarbejdere').click();
    await part(page).getByRole('heading', { name: 'Forhåndsvisning' }).waitFor();
    expect([await count('new'), await count('leaving'), await count('errors')]).toEqual([String(added), '0', String(errors)]);
    await part(page).getByRole('button', { name: `Indlæs ${added} ændringer` }).click();
    await part(page).getByRole('heading', { name: 'Kvittering' }).waitFor();
    await expect(part(page).textContent()).resolves.toContain(`Lars Østergaard indlæste ${name}`);
    await expectAccessible(`example-${name.replace(/\W+/g, '-')}`);
  });

  it('is refused in Danish to an employee, who never asks for the extract', async () => {
    await switchUser(page, demoEmail('employee'));
    await expect(part(page).textContent()).resolves.toContain('Det er HR, der indlæser medarbejderdata');
    await expect(part(page).locator('input[type=file]').count()).resolves.toBe(0);
    await expectAccessible('refused');
  });
});
