/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MyChoicesRoot } from '../../../../src/features/privacy/components/myChoices/MyChoicesRoot';
import { emptyConsentMatrix } from '../../../../src/features/privacy/domain/consent';
import type { IPrivacyItem } from '../../../../src/features/privacy/domain/consentOwnership';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { myChoicesStrings } from '../../../../src/features/privacy/loc/myChoicesStrings';
import { FakePrivacyRepository, matrix } from '../../../support/fakes';

/** Se alt om mig is collected only when the person asks; these tests never ask. */
const NOT_ASKED = { collect: (): never => { throw new Error('Se alt om mig was collected without being asked for'); } };

function renderRoot(repo: FakePrivacyRepository, locale: 'da' | 'en' = 'da'): void {
  render(<MyChoicesRoot repository={repo} personalData={NOT_ASKED} today="2026-11-27" strings={myChoicesStrings(getCommonStrings(locale))} />);
}

const box = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name }) as HTMLInputElement;

function forged(id: number, employee: string, author: string): IPrivacyItem {
  return { id, employee: { id: id + 100, name: employee }, author: { id: id + 200, name: author }, modified: '2026-11-20T09:15:00Z', choices: emptyConsentMatrix() };
}

describe('Mine valg when HR registered the choices', () => {
  it('says HR registered them, and the person\'s withdrawal saves choices of their own', async () => {
    const repo = new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' });
    repo.registeredByHr(matrix(true));
    renderRoot(repo);
    expect(await screen.findByText(/HR har registreret valgene herunder for dig/)).toBeTruthy();
    expect(box('Min fødselsdag – Intranettet').checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Træk alle samtykker tilbage' }));
    expect(await screen.findByText(/Alle samtykker er trukket tilbage/)).toBeTruthy();
    expect((await repo.getMine())?.registeredBy).toBe('Selvbetjening');
    expect(screen.queryByText(/HR har registreret valgene/)).toBeNull();
    expect(box('Min fødselsdag – Intranettet').checked).toBe(false);
  });
});

describe('Mine valg for HR: privacy choices created by others', () => {
  it('lists the forged items with whom they name and who created them, and puts one in the recycle bin', async () => {
    const repo = new FakePrivacyRepository({ id: 3, name: 'Lars Østergaard' });
    repo.impostors = [forged(1, 'Sofie Andersen', 'Jonas Møller Nielsen'), forged(2, 'Bo Ørum', 'Sofie Andersen')];
    renderRoot(repo);
    const section = await screen.findByRole('region', { name: 'Privatlivsvalg oprettet af andre (kun HR)' });
    const items = within(section).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      expect.stringMatching(/^Valg for Sofie Andersen, oprettet af Jonas Møller Nielsen 20\.11\.2026, 10\.15Læg i papirkurven/),
      expect.stringMatching(/^Valg for Bo Ørum, oprettet af Sofie Andersen/),
    ]);
    fireEvent.click(within(items[0]).getByRole('button', { name: 'Læg i papirkurven' }));
    expect(await screen.findByText('Elementet om Sofie Andersen er lagt i papirkurven.')).toBeTruthy();
    expect(within(section).getAllByRole('listitem')).toHaveLength(1);
    expect(repo.impostors.map((i) => i.id)).toEqual([2]);
  });

  it('tells HR when there are none', async () => {
    const repo = new FakePrivacyRepository({ id: 3, name: 'Lars Østergaard' });
    repo.impostors = [];
    renderRoot(repo, 'en');
    expect(await screen.findByText('There are no privacy choices created by others.')).toBeTruthy();
  });

  it('shows nothing of it to anyone outside HR', async () => {
    renderRoot(new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' }));
    await screen.findByText(/Du har ikke gemt nogen valg endnu\. Indtil du gør det/);
    expect(screen.queryByText(/oprettet af andre/)).toBeNull();
  });
});
