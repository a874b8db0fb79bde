/**
 * Navnenyt end to end in a real browser, as three people on `npm start`'s front page:
 * HR submits a jubilee (with a photo), communications approves it, the employee sees it on the front page;
 * then the employee withdraws consent and it is gone at the next load; communications finds it under
 * *Samtykke trukket tilbage* and deletes it with its photo, after which no colleague can read either over REST.
 * axe-core finds no WCAG 2.1 A/AA violation in any of these states.
 */
import type { Browser, Page } from 'playwright-core';
import { addDays, copenhagenToday, formatLongDateWithoutYear, formatNumericDate } from '../../src/shared/domain/dates';
import { axeViolations, formatViolations } from './support/pageChecks';
import { screenshot, switchUser, waitForWebParts } from './support/frontPage';
import { png } from './support/png';
import { demoEmail, startSession, stopSession } from './support/session';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const TODAY = copenhagenToday(new Date());
const email = demoEmail;
const HR = email('HR officer');
const COMMS = email('communications officer');
const EMPLOYEE = email('employee');
const EMPLOYEE_NAME = 'Jonas Møller Nielsen';

let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

async function expectAccessible(name: string): Promise<void> {
  const violations = await axeViolations(page);
  await screenshot(page, `navnenyt-flow-${name}`);
  if (violations.length > 0) throw new Error(`axe found WCAG 2.1 A/AA violations (${name}):\n${formatViolations(violations)}`);
}

const navnenyt = (p: Page): ReturnType<Page['locator']> => p.locator('[data-webpart="navnenyt"]');

/** The employee's name news as any colleague reads them straight from the list over REST (not through the reader). */
async function restItems(): Promise<{ Id: number; MnEventType: string; MnPhoto: { Url: string } | null }[]> {
  const filter = encodeURIComponent(`Title eq '${EMPLOYEE_NAME}'`);
  const url = `${server.origin}/sites/intranet/_api/web/lists/getbytitle('Navnenyt')/items?$select=Id,MnEventType,MnPhoto&$filter=${filter}`;
  const res = await fetch(url, { headers: { authorization: `Bearer ${HR}`, accept: 'application/json;odata=nometadata' } });
  if (!res.ok) throw new Error(`Navnenyt over REST: HTTP ${res.status}`);
  return ((await res.json()) as { value: { Id: number; MnEventType: string; MnPhoto: { Url: string } | null }[] }).value;
}

async function photoStatus(url: string): Promise<number> {
  return (await fetch(new URL(url, server.origin), { headers: { authorization: `Bearer ${HR}` } })).status;
}

let withdrawnPhoto = '';
const jubileeSentence = `${EMPLOYEE_NAME}, pædagog`;

beforeAll(async () => {
  ({ server, browser, page, errors } = await startSession(`?today=${TODAY}`));
}, 150_000);

afterAll(() => stopSession({ browser, server }));

describe('navnenyt from HR to the front page and back out again', () => {
  it('HR finds the employee in the payroll extract and sends a jubilee with a photo for approval', async () => {
    await switchUser(page, HR);
    const form = page.locator('[data-webpart="indsend-navnenyt"]');
    await form.getByRole('textbox', { name: /Medarbejder/ }).fill('Jonas Møller');
    await form.getByRole('button', { name: new RegExp(`^Vælg ${EMPLOYEE_NAME}`) }).click();
    await form.locator('[id$="-field-type"]').click();
    await page.getByRole('option', { name: 'Jubilæum' }).click();
    await form.locator('[id$="-field-eventDate"]').fill(formatNumericDate(TODAY));
    await form.locator('[id$="-field-years"]').fill('25');
    expect(await form.locator('[id$="-field-showFrom"]').inputValue()).toBe(formatNumericDate(addDays(TODAY, -14)));
    await form.getByRole('textbox', { name: /Besked/ }).fill('Kom og fejr Jonas i Børnehuset kl. 14.');
    await form.locator('[id$="-field-photo"]').setInputFiles({ name: 'jonas.png', mimeType: 'image/png', buffer: png(600, 400) });
    await form.getByRole('textbox', { name: /Beskriv fotoet/ }).fill('Jonas på legepladsen');
    await form.getByText(/Medarbejderen har sagt ja/).click();
    await expectAccessible('hr-filled-in');
    await form.getByRole('button', { name: 'Send til godkendelse' }).click();
    await form.getByText(`Tak. Navnenyt om ${EMPLOYEE_NAME} venter nu på godkendelse hos kommunikation.`).waitFor();
    await expectAccessible('hr-sent');
  });

  it('the employee does not see it while it waits for approval', async () => {
    await switchUser(page, EMPLOYEE);
    expect(await navnenyt(page).getByText(jubileeSentence).count()).toBe(0);
  });

  it('communications sees it in the queue, with the photo, and approves it', async () => {
    await switchUser(page, COMMS);
    const card = page.locator('[data-webpart="godkend-navnenyt"]').getByRole('article', { name: `Jubilæum: ${EMPLOYEE_NAME}` });
    await card.waitFor();
    expect(await card.locator('img').getAttribute('alt')).toBe('Jonas på legepladsen');
    const photoSize = await card.locator('img').evaluate((img: HTMLImageElement) => (img.complete ? img.naturalWidth : -1));
    expect(photoSize).toBeGreaterThan(0);
    await expectAccessible('comms-queue');
    await card.getByRole('button', { name: 'Godkend' }).click();
    await page.getByText(`Navnenyt om ${EMPLOYEE_NAME} er godkendt og vises nu på forsiden.`).waitFor();
    await expectAccessible('comms-approved');
  });

  it('the employee, having said yes to jubilee mentions, sees the Danish sentence on the front page', async () => {
    await switchUser(page, EMPLOYEE);
    const choices = page.locator('[data-webpart="mine-valg"]');
    const jubilee = choices.getByRole('checkbox', { name: 'Mit jubilæum – Intranettet' });
    if (!(await jubilee.isChecked())) {
      await choices.getByText('Mit jubilæum').locator('xpath=..').locator('td').first().locator('label').click();
      await choices.getByRole('button', { name: 'Gem mine valg' }).click();
      await choices.getByText('Dine valg er gemt.').waitFor();
    }
    await page.reload();
    await waitForWebParts(page);
    const entry = navnenyt(page).getByRole('article', { name: EMPLOYEE_NAME });
    await expect(entry.getByText(`${jubileeSentence}`, { exact: false }).first().textContent()).resolves.toContain(`har 25 års jubilæum ${formatLongDateWithoutYear(TODAY)}.`);
    await expectAccessible('employee-sees-it');
  });

  it('after "Træk alle samtykker tilbage" the item is gone at the next load', async () => {
    const choices = page.locator('[data-webpart="mine-valg"]');
    await choices.getByRole('button', { name: 'Træk alle samtykker tilbage' }).click();
    await choices.getByText(/Alle samtykker er trukket tilbage/).waitFor();
    await page.reload();
    await waitForWebParts(page);
    expect(await navnenyt(page).getByRole('article', { name: EMPLOYEE_NAME }).count()).toBe(0);
    await expectAccessible('employee-withdrew');
    // Hidden on the front page, but still in the list every employee can read: that is communications' task now.
    const [jubilee] = (await restItems()).filter((i) => i.MnEventType === 'Jubilæum');
    withdrawnPhoto = jubilee?.MnPhoto?.Url ?? '';
    expect(withdrawnPhoto).toMatch(/\/Attachments\/\d+\/[^/]+\.(jpe?g|png)$/);
    expect(await photoStatus(withdrawnPhoto)).toBe(200);
  });

  it('communications finds it under "Samtykke trukket tilbage" and deletes it with its photo in one action', async () => {
    await switchUser(page, COMMS);
    const tasks = page.locator('[data-webpart="godkend-navnenyt"]').getByRole('region', { name: 'Samtykke trukket tilbage' });
    const card = tasks.getByRole('article', { name: `Jubilæum: ${EMPLOYEE_NAME}` });
    await card.waitFor();
    await card.getByText('Medarbejderen har trukket samtykket til at vise denne begivenhed tilbage.').waitFor();
    await expectAccessible('comms-withdrawal-task');
    const remove = card.getByRole('button', { name: 'Slet navnenyt og foto' });
    await remove.focus();
    await page.keyboard.press('Enter');
    await page.getByText(`Navnenyt om ${EMPLOYEE_NAME} er slettet og ligger i papirkurven.`).waitFor();
    expect(await card.count()).toBe(0);
    await expectAccessible('comms-withdrawal-done');
  });

  it('afterwards no colleague can read the item or its photo', async () => {
    expect((await restItems()).filter((i) => i.MnEventType === 'Jubilæum')).toEqual([]);
    expect(await photoStatus(withdrawnPhoto)).toBe(404);
  });

  it('logged no console errors and no failed requests along the way', () => {
    expect(errors()).toEqual([]);
  });
});
