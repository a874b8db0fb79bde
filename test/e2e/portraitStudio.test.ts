/**
 * Portrætstudio end to end in a real browser on `npm start`'s front page, as communications and the employee:
 * the employee says yes to LinkedIn and Facebook in Mine valg (and is refused the studio in Danish); communications
 * creates a portrait with a photo (an intranet link refused first, nothing lost), composes both channels, makes the
 * three crops and checks their pixels in the ZIP, marks LinkedIn shared with a post address (another network's address
 * refused first); the employee withdraws LinkedIn in Mine valg and loses *Del på LinkedIn* on the front page; the studio
 * shows *Skal fjernes* at the top and communications marks the post removed. axe-core finds no WCAG 2.1 A/AA
 * violation in any of these states.
 */
import * as fs from 'fs';
import * as path from 'path';
import { unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { axeViolations, formatViolations } from './support/pageChecks';
import { SCREENSHOTS, screenshot, switchUser, waitForWebParts } from './support/frontPage';
import { png } from './support/png';
import { demoEmail, startSession, stopSession } from './support/session';
import type { ISession } from './support/session';

jest.setTimeout(180_000);

const COMMS = demoEmail('communications officer');
const EMPLOYEE = demoEmail('employee');
const EMPLOYEE_NAME = 'Jonas Møller Nielsen';
const ADVERT = 'https://www.norddjurs.dk/job/ledige-stillinger/paedagog-boernehuset-oerum';
const POST = 'https://www.linkedin.com/posts/norddjurs-kommune_paedagog-job-activity-7400000000000000001';

let session: ISession;
let page: Page;

/** A JPEG's width and height from its start-of-frame marker. */
function jpegSize(bytes: Uint8Array): { width: number; height: number } {
  if (bytes[0] !== 0xff || bytes[1] !== 0xd8) throw new Error('not a JPEG');
  let i = 2;
  while (i < bytes.length) {
    if (bytes[i] !== 0xff) throw new Error(`JPEG marker expected at ${i}`);
    const marker = bytes[i + 1];
    const length = (bytes[i + 2] << 8) + bytes[i + 3];
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: (bytes[i + 5] << 8) + bytes[i + 6], width: (bytes[i + 7] << 8) + bytes[i + 8] };
    }
    i += 2 + length;
  }
  throw new Error('no start of frame');
}

async function expectAccessible(name: string): Promise<void> {
  const violations = await axeViolations(page);
  await screenshot(page, `portraetstudio-${name}`);
  if (violations.length > 0) throw new Error(`axe found WCAG 2.1 A/AA violations (${name}):\n${formatViolations(violations)}`);
}

const studio = (): ReturnType<Page['locator']> => page.locator('[data-webpart="portraetstudio"]');
const channel = (c: 'linkedIn' | 'facebook'): ReturnType<Page['locator']> => studio().locator(`[data-channel="${c}"]`);
const myChoices = (): ReturnType<Page['locator']> => page.locator('[data-webpart="mine-valg"]');
const portraitCard = (): ReturnType<Page['locator']> => page.locator('[data-webpart="medarbejderportraetter"]').getByRole('article', { name: EMPLOYEE_NAME });

/** Sets one of the employee's choices in Mine valg (column 1 intranet, 2 LinkedIn, 3 Facebook). */
async function setChoice(category: string, column: 1 | 2 | 3, value: boolean): Promise<void> {
  const box = myChoices().getByRole('checkbox', { name: `${category} – ${['', 'Intranettet', 'LinkedIn', 'Facebook'][column]}` });
  if ((await box.isChecked()) !== value) await box.locator('xpath=ancestor::td[1]//label').click();
  await expect(box.isChecked()).resolves.toBe(value);
}

/** Signs in as another user; says which web part is still loading when the page does not settle. */
async function signIn(email: string): Promise<void> {
  try {
    await switchUser(page, email);
  } catch (e) {
    const loading = await page.$$eval('[data-webpart]', (els) => els.filter((el) => !el.querySelector('section') || el.querySelector('.ms-Spinner')).map((el) => el.getAttribute('data-webpart')));
    await screenshot(page, 'portraetstudio-sign-in-failed');
    throw new Error(`${String(e)}\nStill loading: ${loading.join(', ')}`);
  }
}

async function saveChoices(): Promise<void> {
  await myChoices().getByRole('button', { name: 'Gem mine valg' }).click();
  await myChoices().getByText('Dine valg er gemt.').waitFor();
}

beforeAll(async () => {
  session = await startSession();
  page = session.page;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.server.origin });
});

afterAll(async () => {
  await stopSession(session);
});

describe('Portrætstudio, from a new portrait to a withdrawn post', () => {
  it('the employee says yes to LinkedIn and Facebook in Mine valg, and is refused the studio in Danish', async () => {
    await signIn(EMPLOYEE);
    await expect(studio().textContent()).resolves.toContain('Portrætstudioet er kommunikationsafdelingens værktøj');
    await expect(studio().getByRole('button', { name: 'Nyt portræt' }).count()).resolves.toBe(0);
    for (const column of [2, 3] as const) {
      await setChoice('Et portræt af mig (tekst og citater)', column, true);
      await setChoice('Mit foto', column, true);
    }
    await saveChoices();
    await expectAccessible('employee-consents');
  });

  it('communications creates the portrait: an intranet link is refused with nothing lost, then it is saved with its photo', async () => {
    await signIn(COMMS);
    await studio().getByRole('button', { name: 'Nyt portræt' }).click();
    const form = studio().locator('form');
    await form.getByLabel('Medarbejder').fill('Jonas');
    await form.getByRole('button', { name: `Vælg ${EMPLOYEE_NAME} (${EMPLOYEE})` }).click();
    await form.getByLabel('Fag').selectOption('Pædagog');
    await form.getByLabel('Arbejdssted').fill('Børnehuset Ørum');
    await form.getByLabel('Citat').fill('Jeg får lov at være med, når børnene opdager verden.');
    await form.getByLabel('Fortælling').fill('Jonas har været pædagog i Ørum i ni år.\n\nHan elsker udelivet og de små sejre i hverdagen.');
    await form.getByLabel('Offentligt jobopslag eller karriereside').fill(`${session.server.origin}/sites/intranet/SitePages/job.aspx`);
    await form.locator('[id$="-field-photo"]').setInputFiles({ name: 'jonas.png', mimeType: 'image/png', buffer: png(2400, 1600, true) });
    await form.getByLabel('Alternativ tekst til foto').waitFor();
    await form.getByRole('button', { name: 'Gem portræt' }).click();
    // The summary links to each field with its message.
    await form.getByRole('link', { name: /^Det er en adresse på intranettet \(SharePoint\)/ }).waitFor();
    await form.getByRole('link', { name: 'Alternativ tekst til foto skal udfyldes.' }).waitFor();
    await expect(form.getByRole('link', { name: /skal udfyldes/ }).count()).resolves.toBe(1);
    // Nothing typed is lost.
    await expect(form.getByLabel('Citat').inputValue()).resolves.toBe('Jeg får lov at være med, når børnene opdager verden.');
    await expectAccessible('form-errors');

    await form.getByLabel('Offentligt jobopslag eller karriereside').fill(ADVERT);
    await form.getByLabel('Alternativ tekst til foto').fill('Jonas på legepladsen i Børnehuset Ørum');
    const focus = form.getByRole('group', { name: 'Fokuspunkt' });
    // By pointer: where the photo is clicked; by keyboard: Home centres, arrows move 5 %, Shift 1 %.
    const box = await focus.boundingBox();
    if (!box) throw new Error('the focal point has no box');
    await focus.click({ position: { x: box.width * 0.3, y: box.height * 0.4 } });
    await form.getByText('Fokuspunkt: 30 % fra venstre, 40 % fra toppen').waitFor();
    await page.keyboard.press('Home');
    await form.getByText('Fokuspunkt: 50 % fra venstre, 50 % fra toppen').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowUp');
    await form.getByText('Fokuspunkt: 60 % fra venstre, 49 % fra toppen').waitFor();
    await form.getByRole('button', { name: 'Gem portræt' }).click();
    await studio().getByText(`Portrættet af ${EMPLOYEE_NAME} er gemt.`).waitFor();
    await studio().getByText(/Læst i Privatlivsvalg kl\./).waitFor();
    await expectAccessible('saved');
  });

  it('shows the current consent and composes both channels in their tone, with limits, LIX, hashtags and tracked links', async () => {
    const consent = studio().getByRole('region', { name: 'Samtykke lige nu' });
    await expect(consent.getByRole('row', { name: /^LinkedIn/ }).textContent()).resolves.toBe('LinkedInjaja');
    await expect(consent.getByRole('row', { name: /^Facebook/ }).textContent()).resolves.toBe('Facebookjaja');
    const linkedIn = await channel('linkedIn').getByLabel('Tekst til LinkedIn').inputValue();
    expect(linkedIn.startsWith(`Mød ${EMPLOYEE_NAME}, pædagog i Børnehuset Ørum.`)).toBe(true);
    expect(linkedIn).toMatch(/\?utm_source=linkedin&utm_medium=social&utm_campaign=rekruttering-velfaerd&utm_content=portraet-\d+/);
    expect(linkedIn.split('\n').pop()).toBe('#pædagog #NorddjursKommune #velfærd #job');
    await channel('linkedIn').getByText(`${Array.from(linkedIn).length} af 3.000 tegn`, { exact: false }).waitFor();
    await channel('linkedIn').getByText(/Før »…se mere« viser LinkedIn omtrent/).waitFor();
    const facebook = await channel('facebook').getByLabel('Tekst til Facebook').inputValue();
    expect(facebook.startsWith('Sig hej til Jonas 👋')).toBe(true);
    expect(facebook).toContain('utm_source=facebook&utm_medium=social');
    expect(facebook).not.toContain('de små sejre');
    // Editing shows the figures again; a longer text gets a LIX figure and band.
    await channel('facebook').getByLabel('Tekst til Facebook').fill(`${facebook}\n\n${'Vi leger, lærer og griner sammen hver eneste dag i børnehaven. '.repeat(4)}`);
    await channel('facebook').getByText(/LIX \d+: (meget let|let|middel|svær|meget svær)/).waitFor();
    await channel('linkedIn').getByRole('button', { name: 'Kopiér tekst' }).click();
    await studio().getByText('Teksten til LinkedIn er kopieret.').waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(linkedIn);
    // Åbn LinkedIn / Åbn Facebook: the networks' share dialogs with the tracked public link (answered here, no network).
    await page.context().route(/^https:\/\/www\.(linkedin|facebook)\.com\//, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>ok</title>' }));
    for (const [c, start, source] of [
      ['linkedIn', 'https://www.linkedin.com/sharing/share-offsite/?url=', 'linkedin'],
      ['facebook', 'https://www.facebook.com/sharer/sharer.php?u=', 'facebook'],
    ] as const) {
      const [popup] = await Promise.all([page.waitForEvent('popup'), channel(c).getByRole('button', { name: c === 'linkedIn' ? 'Åbn LinkedIn (åbner i et nyt vindue)' : 'Åbn Facebook (åbner i et nyt vindue)' }).click()]);
      await popup.waitForURL((u) => u.href.startsWith(start));
      const shared = new URL(decodeURIComponent(popup.url().slice(start.length)));
      expect(`${shared.origin}${shared.pathname}`).toBe(ADVERT);
      expect(shared.searchParams.get('utm_source')).toBe(source);
      expect(shared.searchParams.get('utm_medium')).toBe('social');
      await popup.close();
    }
    await expectAccessible('composers');
  });

  it('makes the three crops in the browser and hands them over as one ZIP of JPEGs with the right pixels', async () => {
    await studio().getByRole('button', { name: 'Lav billeder' }).click();
    await studio().locator('[data-crop] img').nth(2).waitFor();
    const previews = await studio().locator('[data-crop] img').evaluateAll((imgs) => Promise.all(imgs.map(async (i) => {
      const img = i as HTMLImageElement;
      await img.decode();
      return `${img.naturalWidth}x${img.naturalHeight}`;
    })));
    expect(previews).toEqual(['1200x627', '1080x1080', '1080x1350']);
    await expect(studio().getByText(/Fotoet er for lille/).count()).resolves.toBe(0);
    const [download] = await Promise.all([page.waitForEvent('download'), studio().getByRole('button', { name: 'Hent alle som ZIP' }).click()]);
    const file = await download.path();
    const zip = unzipSync(new Uint8Array(fs.readFileSync(file)));
    const sizes = Object.entries(zip).map(([name, bytes]) => [name.replace(/^portraet-\d+-/, ''), jpegSize(bytes), bytes.length < 5 * 1024 * 1024] as const);
    expect(sizes).toEqual([
      ['1200x627.jpg', { width: 1200, height: 627 }, true],
      ['1080x1080.jpg', { width: 1080, height: 1080 }, true],
      ['1080x1350.jpg', { width: 1080, height: 1350 }, true],
    ]);
    // Each channel's Hent billeder hands over the same three as one ZIP, after reading the consent again.
    const [fromFacebook] = await Promise.all([page.waitForEvent('download'), channel('facebook').getByRole('button', { name: 'Hent billeder' }).click()]);
    expect(fromFacebook.suggestedFilename()).toMatch(/^portraet-\d+-billeder\.zip$/);
    expect(Object.keys(unzipSync(new Uint8Array(fs.readFileSync(await fromFacebook.path())))).map((n) => n.replace(/^portraet-\d+-/, ''))).toEqual(['1200x627.jpg', '1080x1080.jpg', '1080x1350.jpg']);
    await expectAccessible('crops');
    // The studio alone, for the README (docs/portraetstudio.png is a copy of it).
    await studio().screenshot({ path: path.join(SCREENSHOTS, 'portraetstudio-workflow.png') });
  });

  it('marks LinkedIn ready and then shared, refusing another network\'s address first, and keeps the history', async () => {
    const li = channel('linkedIn');
    await li.getByRole('button', { name: 'Markér klar til deling' }).click();
    await li.getByText('Status på LinkedIn: Klar til deling').waitFor();
    await li.getByLabel('Adresse på opslaget').fill('https://www.facebook.com/NorddjursKommune/posts/pfbid0123');
    await li.getByRole('button', { name: 'Markér som delt' }).click();
    await li.getByText('Adressen er ikke på LinkedIn. Kopiér adressen fra selve opslaget.').waitFor();
    await expectAccessible('post-url-refused');
    await li.getByLabel('Adresse på opslaget').fill(POST);
    await li.getByRole('button', { name: 'Markér som delt' }).click();
    await li.getByText('Status på LinkedIn: Delt').waitFor();
    await expect(li.getByRole('link', { name: 'Opslaget på LinkedIn' }).getAttribute('href')).resolves.toBe(POST);
    const history = studio().getByRole('region', { name: 'Historik' });
    await history.getByText(/LinkedIn Klar til deling → Delt, af Mette Lund Sørensen/).waitFor();
    await history.getByText(/LinkedIn Ikke delt → Klar til deling/).waitFor();
    await expectAccessible('shared');
  });

  it('the employee sees Del på LinkedIn on the front page, withdraws LinkedIn in Mine valg, and it is gone at the next load', async () => {
    await signIn(EMPLOYEE);
    const share = portraitCard().getByRole('link', { name: /^Del på LinkedIn/ });
    const href = new URL((await share.getAttribute('href')) ?? '');
    expect(new URL(href.searchParams.get('url') ?? '').search).toMatch(/^\?utm_source=linkedin&utm_medium=employee&utm_content=portraet-\d+$/);
    await setChoice('Et portræt af mig (tekst og citater)', 2, false);
    await saveChoices();
    await page.reload();
    await waitForWebParts(page);
    await portraitCard().waitFor();
    await expect(portraitCard().getByRole('link', { name: /^Del på LinkedIn/ }).count()).resolves.toBe(0);
    await expectAccessible('employee-withdrew');
  });

  it('the studio shows the post as Skal fjernes at the top, and communications marks it removed', async () => {
    await signIn(COMMS);
    const tasks = studio().getByRole('region', { name: 'Skal fjernes' });
    await tasks.getByText(`${EMPLOYEE_NAME} på LinkedIn: opslaget skal fjernes.`).waitFor();
    await expect(tasks.getByRole('link', { name: `Åbn opslaget om ${EMPLOYEE_NAME} på LinkedIn` }).getAttribute('href')).resolves.toBe(POST);
    const row = studio().locator('table').getByRole('row', { name: new RegExp(`^${EMPLOYEE_NAME}`) });
    await expect(row.textContent()).resolves.toContain('Skal fjernes');
    await expectAccessible('to-remove');
    await tasks.getByRole('button', { name: `Markér ${EMPLOYEE_NAME} som fjernet fra LinkedIn` }).click();
    const li = channel('linkedIn');
    await li.getByText('Status på LinkedIn: Skal fjernes').waitFor();
    await expect(li.getByRole('button', { name: 'Kopiér tekst' }).count()).resolves.toBe(0);
    await studio().getByText(/Jonas Møller Nielsen har ikke sagt ja til portrættekst på LinkedIn/).waitFor();
    await li.getByRole('button', { name: 'Markér som fjernet' }).click();
    await li.getByText('Status på LinkedIn: Fjernet').waitFor();
    const history = studio().getByRole('region', { name: 'Historik' });
    await history.getByText(/LinkedIn Skal fjernes → Fjernet, af Mette Lund Sørensen/).waitFor();
    await history.getByText(/LinkedIn Delt → Skal fjernes, af Mette Lund Sørensen/).waitFor();
    await expectAccessible('removed');
    await studio().getByRole('button', { name: 'Tilbage til listen' }).click();
    await studio().locator('table').waitFor();
    // Read again: the row says Fjernet, and the seed's other withdrawals stay while this one is done.
    await row.getByRole('cell', { name: 'Fjernet', exact: true }).waitFor();
    await expect(row.locator('td').nth(1).textContent()).resolves.toBe('Fjernet');
    await expect(tasks.getByText(`${EMPLOYEE_NAME} på LinkedIn: opslaget skal fjernes.`).count()).resolves.toBe(0);
    expect(session.errors()).toEqual([]);
  });
});
