/**
 * `?today=` far in the past moves only the business day: saving still works, because the form digest and the sign-in
 * are judged by the real clock. HR submits, communications approves and the employee saves Mine valg on a day years
 * before the real one (this failed with "The security validation for this page is invalid" when the two clocks were
 * mixed).
 */
import type { Browser, Page } from 'playwright-core';
import { formatLongDateWithoutYear, formatNumericDate } from '../../src/shared/domain/dates';
import { switchUser, waitForWebParts } from './support/frontPage';
import { demoEmail, startSession, stopSession } from './support/session';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

/** A Monday years before any real date this suite runs on. */
const PAST_DAY = '2019-03-04';
const email = demoEmail;
const EMPLOYEE_NAME = 'Jonas Møller Nielsen';

let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

beforeAll(async () => {
  ({ server, browser, page, errors } = await startSession(`?today=${PAST_DAY}`));
}, 150_000);

afterAll(() => stopSession({ browser, server }));

describe(`the local front page as of ${PAST_DAY}`, () => {
  it('shows the page as of that day', async () => {
    await page.getByText(`4. marts 2019`, { exact: false }).first().waitFor();
  });

  it('HR can send name news for approval', async () => {
    await switchUser(page, email('HR officer'));
    const form = page.locator('[data-webpart="indsend-navnenyt"]');
    await form.getByRole('textbox', { name: /Medarbejder/ }).fill('Jonas Møller');
    await form.getByRole('button', { name: new RegExp(`^Vælg ${EMPLOYEE_NAME}`) }).click();
    await form.locator('[id$="-field-type"]').click();
    await page.getByRole('option', { name: 'Jubilæum' }).click();
    await form.locator('[id$="-field-eventDate"]').fill(formatNumericDate(PAST_DAY));
    await form.locator('[id$="-field-years"]').fill('25');
    await form.getByText(/Medarbejderen har sagt ja/).click();
    await form.getByRole('button', { name: 'Send til godkendelse' }).click();
    await form.getByText(`Tak. Navnenyt om ${EMPLOYEE_NAME} venter nu på godkendelse hos kommunikation.`).waitFor();
  });

  it('communications can approve it', async () => {
    await switchUser(page, email('communications officer'));
    const card = page.locator('[data-webpart="godkend-navnenyt"]').getByRole('article', { name: `Jubilæum: ${EMPLOYEE_NAME}` });
    await card.getByRole('button', { name: 'Godkend' }).click();
    await page.getByText(`Navnenyt om ${EMPLOYEE_NAME} er godkendt og vises nu på forsiden.`).waitFor();
  });

  it('the employee can save Mine valg and then sees the jubilee of that day', async () => {
    await switchUser(page, email('employee'));
    const choices = page.locator('[data-webpart="mine-valg"]');
    const jubilee = choices.getByRole('checkbox', { name: 'Mit jubilæum – Intranettet' });
    const toggleAndSave = async (): Promise<void> => {
      await choices.getByText('Mit jubilæum').locator('xpath=..').locator('td').first().locator('label').click();
      await choices.getByRole('button', { name: 'Gem mine valg' }).click();
      await choices.getByText('Dine valg er gemt.').waitFor();
    };
    // Saved at least once, ending with a yes to jubilee mentions on the intranet.
    if (await jubilee.isChecked()) await toggleAndSave();
    await toggleAndSave();
    expect(await jubilee.isChecked()).toBe(true);
    await page.reload();
    await waitForWebParts(page);
    expect(await jubilee.isChecked()).toBe(true);
    const entry = page.locator('[data-webpart="navnenyt"]').getByRole('article', { name: EMPLOYEE_NAME });
    expect(await entry.first().textContent()).toContain(`har 25 års jubilæum ${formatLongDateWithoutYear(PAST_DAY)}.`);
  });

  it('logged no console errors and no failed requests', () => {
    expect(errors()).toEqual([]);
  });
});
