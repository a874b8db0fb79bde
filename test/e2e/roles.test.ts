/**
 * The web parts that write follow what SharePoint lets each person do on Navnenyt, in a real browser on the local front
 * page: an employee sees who submits and who approves name news and how to reach them, never HR's form or an empty
 * queue; HR sees the form but not the queue (HR cannot approve); communications sees the queue. axe-core finds no
 * WCAG 2.1 A/AA violation in the explanation.
 */
import type { Browser, Page } from 'playwright-core';
import { copenhagenToday } from '../../src/shared/domain/dates';
import { axeViolations, formatViolations } from './support/pageChecks';
import { switchUser } from './support/frontPage';
import { demoEmail, startSession, stopSession } from './support/session';
import type { IRunningServer } from './support/server';

jest.setTimeout(90_000);

const email = demoEmail;

let server: IRunningServer;
let browser: Browser;
let page: Page;
let errors: () => string[];

const submit = (): ReturnType<Page['locator']> => page.locator('[data-webpart="indsend-navnenyt"]');
const approve = (): ReturnType<Page['locator']> => page.locator('[data-webpart="godkend-navnenyt"]');

beforeAll(async () => {
  ({ server, browser, page, errors } = await startSession(`?today=${copenhagenToday(new Date())}`));
  await switchUser(page, email('employee'));
}, 150_000);

afterAll(() => stopSession({ browser, server }));

describe('what each person sees of the web parts that write', () => {
  it('an employee reads that HR submits name news, with the contact the web part names, and gets no form', async () => {
    await page.click('#wb-edit');
    await page.locator('[data-settings-for="indsend-navnenyt"]').getByLabel(/Kontakt til HR/).fill('hr@norddjurs.dk');
    await page.click('#wb-edit');
    await submit().getByText(/Det er HR, der indsender navnenyt/).waitFor();
    expect(await submit().getByRole('heading', { name: 'Indsend navnenyt' }).count()).toBe(1);
    expect(await submit().getByRole('link', { name: 'hr@norddjurs.dk' }).getAttribute('href')).toBe('mailto:hr@norddjurs.dk');
    expect(await submit().locator('form, input, textarea').count()).toBe(0);
    expect(await submit().getByRole('button', { name: 'Send til godkendelse' }).count()).toBe(0);
  });

  it('an employee reads that communications approves, and sees no queue', async () => {
    await approve().getByText(/Det er kommunikation, der godkender navnenyt/).waitFor();
    expect(await approve().getByText('Der er ingen navnenyt, der venter på godkendelse.').count()).toBe(0);
    expect(await approve().getByRole('region', { name: 'Samtykke trukket tilbage' }).count()).toBe(0);
  });

  it('axe finds no WCAG 2.1 A/AA violation in the explanations', async () => {
    expect(formatViolations(await axeViolations(page))).toBe('');
  });

  it('HR gets the form but not the approval queue', async () => {
    await switchUser(page, email('HR officer'));
    await submit().getByRole('button', { name: 'Send til godkendelse' }).waitFor();
    await approve().getByText(/Det er kommunikation, der godkender navnenyt/).waitFor();
  });

  it('communications gets the approval queue', async () => {
    await switchUser(page, email('communications officer'));
    await approve().getByRole('region', { name: 'Samtykke trukket tilbage' }).waitFor();
    expect(await approve().getByText(/Det er kommunikation, der godkender/).count()).toBe(0);
  });

  it('logs no console errors and no failed requests', () => {
    expect(errors()).toEqual([]);
  });
});
