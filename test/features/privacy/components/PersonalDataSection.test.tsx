/** @jest-environment ./test/support/jsdomWithFetch.ts */
/**
 * *Se alt om mig* in Mine valg, on the real repository against the local SharePoint (in-process): nothing is read
 * until the person asks; then what is stored about them is listed, and the CSV they download holds it.
 */
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import type { IEmulator } from '../../../../emulator';
import { PersonalDataSection } from '../../../../src/features/privacy/components/myChoices/PersonalDataSection';
import { PersonalDataRepository } from '../../../../src/features/privacy/data/PersonalDataRepository';
import { PrivacyRepository } from '../../../../src/features/privacy/data/PrivacyRepository';
import { UserRepository } from '../../../../src/shared/data/users/UserRepository';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { myChoicesStrings } from '../../../../src/features/privacy/loc/myChoicesStrings';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
let emu: IEmulator;
let downloads: { name: string; blob: Blob }[];

function renderAs(email: string, locale: 'da' | 'en' = 'da'): PersonalDataRepository {
  const sp = spAs(emu, email);
  const users = new UserRepository(sp);
  const source = new PersonalDataRepository(sp, users, new PrivacyRepository(sp, users), emu.siteUrl);
  render(<PersonalDataSection source={source} today={TODAY} strings={myChoicesStrings(getCommonStrings(locale))} />);
  return source;
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
  const jonas = emu.admin.userId(USERS.employee) as number;
  emu.admin.addItems('Navnenyt', [{ Title: 'Jonas Møller Nielsen', MnEmployeeId: jonas, MnEventType: 'Jubilæum', MnEventDate: '2026-11-20', MnYears: 25, MnConsentConfirmed: true }], { authorEmail: USERS.hr });
  downloads = [];
  // jsdom has no object URLs: keep what the page hands the browser, as the browser would save it.
  URL.createObjectURL = (blob: Blob): string => {
    downloads.push({ name: '', blob });
    return `blob:${downloads.length}`;
  };
  URL.revokeObjectURL = (): void => undefined;
  jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads[downloads.length - 1].name = this.download;
  });
});
afterEach(async () => {
  jest.restoreAllMocks();
  await emu.close();
});

describe('Se alt om mig', () => {
  it('reads nothing until the person asks, then lists what is stored and downloads it as CSV for Excel', async () => {
    const source = renderAs(USERS.employee);
    const collect = jest.spyOn(source, 'collect');
    expect(screen.getByRole('heading', { name: 'Se alt om mig' })).toBeTruthy();
    expect(collect).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: 'Vis alt om mig' }));
    expect(await screen.findByText('Navnenyt om dig: 1')).toBeTruthy();
    expect(screen.getByText('Portrætter af dig: 0')).toBeTruthy();
    expect(screen.getByText('Du har ikke gemt privatlivsvalg.')).toBeTruthy();
    expect(screen.getByText(/HR har et udtræk fra lønsystemet om dig/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hent som CSV (Excel)' }));
    expect(downloads.map((d) => d.name)).toEqual(['alt-om-mig-2026-11-27.csv']);
    const csv = await downloads[0].blob.text();
    expect(csv).toContain('Navnenyt om dig;1;Jonas Møller Nielsen;MnYears;25');
    fireEvent.click(screen.getByRole('button', { name: 'Hent som JSON' }));
    const json = JSON.parse(await downloads[1].blob.text()) as { person: { email: string } };
    expect(json.person.email).toBe(USERS.employee);
  });

  it('speaks English on an English page', async () => {
    renderAs(USERS.hr, 'en');
    fireEvent.click(screen.getByRole('button', { name: 'Show everything about me' }));
    expect(await screen.findByText('Name news about you: 0')).toBeTruthy();
  });
});
