/** @jest-environment ./test/support/jsdomWithFetch.ts */
/**
 * *Opbevaring* in Godkend navnenyt, on the real repository against the local SharePoint (in-process): communications
 * sees how many name news are past the retention period and which, and deletes them after a confirmation.
 */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { IEmulator } from '../../../../emulator';
import { RetentionCleanup } from '../../../../src/features/navnenyt/components/approveNavnenyt/RetentionCleanup';
import { RetentionRepository } from '../../../../src/features/navnenyt/data/RetentionRepository';
import { approveStrings } from '../../../../src/features/navnenyt/loc/approveStrings';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { newEmulator, spAs, USERS } from '../../../emulator/helpers';

const TODAY = '2026-11-27';
let emu: IEmulator;

function add(title: string, eventDate: string): number {
  const [id] = emu.admin.addItems('Navnenyt', [{ Title: title, MnEventType: 'Jubilæum', MnEventDate: eventDate, MnYears: 25, MnConsentConfirmed: true }], { authorEmail: USERS.hr });
  return id;
}

function renderAs(email: string, locale: 'da' | 'en' = 'da'): void {
  render(<RetentionCleanup repository={new RetentionRepository(spAs(emu, email), emu.siteUrl)} strings={approveStrings(getCommonStrings(locale))} today={TODAY} retentionDays={90} />);
}

beforeEach(() => {
  emu = newEmulator({ today: TODAY });
});
afterEach(() => emu.close());

describe('Opbevaring: deleting name news past the retention period', () => {
  it('says how many and which, asks first, then puts them in the recycle bin', async () => {
    add('Anne Hansen', '2026-03-02');
    add('Bo Berg', '2026-05-10');
    add('Carla Dam', '2026-11-20');
    renderAs(USERS.comms);
    expect(await screen.findByText('2 navnenyt har været skjult i mere end 90 dage og skal slettes.')).toBeTruthy();
    const list = screen.getByRole('list', { hidden: true });
    expect(list.hidden).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Vis hvilke' }));
    expect(list.hidden).toBe(false);
    expect(within(list).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Jubilæum: Anne Hansen (skulle opbevares til søndag den 7. juni 2026)',
      'Jubilæum: Bo Berg (skulle opbevares til lørdag den 15. august 2026)',
    ]);
    fireEvent.click(screen.getByRole('button', { name: 'Slet 2 navnenyt' }));
    expect(emu.admin.itemCount('Navnenyt')).toBe(3);
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slet dem' }));
    expect(await screen.findByText('2 navnenyt er lagt i papirkurven.')).toBeTruthy();
    expect(screen.getByText('Ingen navnenyt er over opbevaringsperioden.')).toBeTruthy();
    expect(emu.admin.itemCount('Navnenyt')).toBe(1);
  });

  it('changes nothing when communications regrets', async () => {
    add('Anne Hansen', '2026-03-02');
    renderAs(USERS.comms);
    fireEvent.click(await screen.findByRole('button', { name: 'Slet 1 navnenyt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Annuller' }));
    expect(screen.getByRole('button', { name: 'Slet 1 navnenyt' })).toBeTruthy();
    expect(emu.admin.itemCount('Navnenyt')).toBe(1);
  });

  it('says in Danish what was deleted and why the rest was not, and keeps those in the list', async () => {
    add('Anne Hansen', '2026-03-02');
    renderAs(USERS.employee);
    fireEvent.click(await screen.findByRole('button', { name: 'Slet 1 navnenyt' }));
    fireEvent.click(screen.getByRole('button', { name: 'Ja, slet dem' }));
    const alert = await screen.findByText(/0 navnenyt er lagt i papirkurven; 1 kunne ikke slettes\./);
    expect(alert.textContent).toContain('Du har ikke adgang til listen');
    expect(screen.getByText('1 navnenyt har været skjult i mere end 90 dage og skal slettes.')).toBeTruthy();
    expect(emu.admin.itemCount('Navnenyt')).toBe(1);
  });

  it('says when nothing is due, in English on an English page', async () => {
    add('Carla Dam', '2026-11-20');
    renderAs(USERS.comms, 'en');
    expect(await screen.findByText('No name news is past the retention period.')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Retention' })).toBeTruthy();
  });
});
