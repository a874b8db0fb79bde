/**
 * The privacy chores in a real browser on the local front page: communications deletes the name news past their
 * retention period from Godkend navnenyt (Opbevaring) after a confirmation, and a site owner finds them in the recycle
 * bin; an employee collects *Se alt om mig* in Mine valg and downloads it as JSON and CSV, whose content is checked
 * against what the local SharePoint holds about them. axe-core finds no WCAG 2.1 A/AA violation in either.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { Browser, Page } from 'playwright-core';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { axeViolations, formatViolations } from './support/pageChecks';
import { SCREENSHOTS, switchUser } from './support/frontPage';
import { demoEmail, startSession, stopSession } from './support/session';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const TODAY = copenhagenToday(new Date());
let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

const approve = (): ReturnType<Page['locator']> => page.locator('[data-webpart="godkend-navnenyt"]');
const myChoices = (): ReturnType<Page['locator']> => page.locator('[data-webpart="mine-valg"]');

async function rest<T>(email: string, pathAndQuery: string): Promise<T> {
  const res = await fetch(`${server.origin}/sites/intranet/_api/${pathAndQuery}`, { headers: { accept: 'application/json;odata=nometadata', authorization: `Bearer ${email}` } });
  if (!res.ok) throw new Error(`${pathAndQuery}: ${res.status}`);
  return ((await res.json()) as { value: T }).value;
}

beforeAll(async () => {
  ({ server, browser, page, errors } = await startSession(`?today=${TODAY}`));
}, 150_000);

afterAll(() => stopSession({ browser, server }));

describe('Opbevaring in Godkend navnenyt', () => {
  it('communications sees how many name news are past the retention period, and which', async () => {
    await switchUser(page, demoEmail('communications officer'));
    const region = approve().getByRole('region', { name: 'Opbevaring' });
    await region.getByText(/navnenyt har været skjult i mere end 90 dage og skal slettes/).waitFor();
    expect(await region.textContent()).toContain('8 navnenyt har været skjult i mere end 90 dage');
    await region.getByRole('button', { name: 'Vis hvilke' }).click();
    expect(await region.locator('li').count()).toBe(8);
    expect(formatViolations(await axeViolations(page))).toBe('');
  });

  it('deletes them after a confirmation; they are in the recycle bin and no longer in the list', async () => {
    const region = approve().getByRole('region', { name: 'Opbevaring' });
    const before = (await rest<{ Id: number }[]>(demoEmail('site owner'), "web/lists/getbytitle('Navnenyt')/items?$select=Id&$top=5000")).length;
    await region.getByRole('button', { name: 'Slet 8 navnenyt' }).click();
    await region.getByRole('button', { name: 'Ja, slet dem' }).click();
    await region.getByText('8 navnenyt er lagt i papirkurven.').waitFor();
    await region.getByText('Ingen navnenyt er over opbevaringsperioden.').waitFor();
    const after = (await rest<{ Id: number }[]>(demoEmail('site owner'), "web/lists/getbytitle('Navnenyt')/items?$select=Id&$top=5000")).length;
    expect(before - after).toBe(8);
    const bin = await rest<{ DirName: string }[]>(demoEmail('site owner'), 'web/recycleBin');
    expect(bin.filter((e) => /Lists\/Navnenyt/.test(e.DirName)).length).toBeGreaterThanOrEqual(8);
    expect(formatViolations(await axeViolations(page))).toBe('');
  });
});

describe('Se alt om mig in Mine valg', () => {
  it('an employee sees what is stored about them and downloads it as JSON and CSV', async () => {
    const email = demoEmail('employee');
    await switchUser(page, email);
    const section = myChoices().getByRole('region', { name: 'Se alt om mig' });
    await section.getByRole('button', { name: 'Vis alt om mig' }).click();
    await section.getByRole('button', { name: 'Hent som JSON' }).waitFor();
    expect(await section.textContent()).toMatch(/Navnenyt om dig: \d+/);
    expect(await section.textContent()).toContain('HR har et udtræk fra lønsystemet om dig');
    const [jsonDownload] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Hent som JSON' }).click()]);
    expect(jsonDownload.suggestedFilename()).toBe(`alt-om-mig-${TODAY}.json`);
    const doc = JSON.parse(fs.readFileSync((await jsonDownload.path()) as string, 'utf8')) as { person: { email: string; id: number }; navnenyt: { id: number }[]; history: unknown[] };
    expect(doc.person.email).toBe(email);
    // The same name news about them as SharePoint answers them with their own rights.
    const theirs = await rest<{ Id: number }[]>(email, `web/lists/getbytitle('Navnenyt')/items?$select=Id&$filter=MnEmployeeId eq ${doc.person.id}`);
    expect(doc.navnenyt.map((n) => n.id).sort()).toEqual(theirs.map((n) => n.Id).sort());
    const [csvDownload] = await Promise.all([page.waitForEvent('download'), section.getByRole('button', { name: 'Hent som CSV (Excel)' }).click()]);
    const bytes = fs.readFileSync((await csvDownload.path()) as string);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString('utf8').slice(1).split('\r\n');
    expect(lines[0]).toBe('section;id;title;column;value');
    expect(lines).toContain(`person;${doc.person.id};Jonas Møller Nielsen;email;${email}`);
    fs.mkdirSync(SCREENSHOTS, { recursive: true });
    await myChoices().screenshot({ path: path.join(SCREENSHOTS, 'se-alt-om-mig.png') });
    expect(formatViolations(await axeViolations(page))).toBe('');
    expect(errors()).toEqual([]);
  });
});
