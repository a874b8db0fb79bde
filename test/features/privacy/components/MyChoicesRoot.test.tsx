/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { MyChoicesRoot } from '../../../../src/features/privacy/components/myChoices/MyChoicesRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { myChoicesStrings } from '../../../../src/features/privacy/loc/myChoicesStrings';
import { FakePrivacyRepository, matrix } from '../../../support/fakes';

/** Se alt om mig is collected only when the person asks; these tests never ask. */
const NOT_ASKED = { collect: (): never => { throw new Error('Se alt om mig was collected without being asked for'); } };

function renderRoot(repo: FakePrivacyRepository): void {
  render(<MyChoicesRoot repository={repo} personalData={NOT_ASKED} today="2026-11-27" strings={myChoicesStrings(getCommonStrings('da'))} privacyNoticeUrl="https://www.norddjurs.dk/privatliv" />);
}

const box = (name: string): HTMLInputElement => screen.getByRole('checkbox', { name }) as HTMLInputElement;

describe('Mine valg', () => {
  it('starts with nothing ticked, explains what shows until the person chooses, and links to the privacy notice', async () => {
    renderRoot(new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' }));
    expect(await screen.findByText(/Du har ikke gemt nogen valg endnu\. Indtil du gør det/)).toBeTruthy();
    expect(screen.getAllByRole('checkbox').every((c) => !(c as HTMLInputElement).checked)).toBe(true);
    expect(screen.getAllByRole('checkbox')).toHaveLength(21);
    expect(screen.getByRole('checkbox', { name: 'Mit foto – Facebook' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Læs, hvordan kommunen behandler dine oplysninger' }).getAttribute('href')).toBe('https://www.norddjurs.dk/privatliv');
    expect((screen.getByRole('button', { name: 'Gem mine valg' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('saves the choices, announces it, and shows the change in the history', async () => {
    const repo = new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' });
    renderRoot(repo);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Min fødselsdag – Intranettet' }));
    fireEvent.click(box('Mit jubilæum – Intranettet'));
    expect(screen.getByText('Du har ændringer, der ikke er gemt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Gem mine valg' }));
    expect(await screen.findByText('Dine valg er gemt.')).toBeTruthy();
    expect(screen.getAllByRole('status').some((s) => s.textContent?.includes('Dine valg er gemt.'))).toBe(true);
    expect(repo.versions[0].choices.intranet).toMatchObject({ birthday: true, jubilee: true, age: false });
    expect(repo.versions[0].choices.linkedIn.birthday).toBe(false);
    const history = await screen.findByRole('list');
    expect(within(history).getByText(/Min fødselsdag \(Intranettet\) nej → ja; Mit jubilæum \(Intranettet\) nej → ja/)).toBeTruthy();
    expect(box('Min fødselsdag – Intranettet').checked).toBe(true);
  });

  it('withdraws everything with one click and keeps the earlier version in the history', async () => {
    const repo = new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' });
    renderRoot(repo);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Mit foto – LinkedIn' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem mine valg' }));
    await screen.findByText('Dine valg er gemt.');
    fireEvent.click(screen.getByRole('button', { name: 'Træk alle samtykker tilbage' }));
    expect(await screen.findByText(/Alle samtykker er trukket tilbage/)).toBeTruthy();
    expect(repo.versions).toHaveLength(2);
    expect(repo.versions[1].choices.linkedIn.photo).toBe(false);
    expect(await screen.findByText(/Mit foto \(LinkedIn\) ja → nej/)).toBeTruthy();
  });

  it('says in Danish when saving fails and keeps what the person ticked', async () => {
    const repo = new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' });
    repo.failSaves = 'network';
    renderRoot(repo);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Min alder ved runde fødselsdage – Intranettet' }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem mine valg' }));
    expect(await screen.findByText(/Der er ingen forbindelse til SharePoint/)).toBeTruthy();
    expect(box('Min alder ved runde fødselsdage – Intranettet').checked).toBe(true);
    expect(repo.versions).toHaveLength(0);
  });
});

describe('Mine valg when HR changed the choices meanwhile', () => {
  it('explains the conflict, loads HR\'s version into the history, keeps what the person ticked, and saves on the next click', async () => {
    const repo = new FakePrivacyRepository({ id: 5, name: 'Anne Hansen' });
    renderRoot(repo);
    fireEvent.click(await screen.findByRole('checkbox', { name: 'Mit jubilæum – Intranettet' }));
    repo.changeBehindBack(matrix(false, { 'intranet.birthday': true }));
    fireEvent.click(screen.getByRole('button', { name: 'Gem mine valg' }));
    expect(await screen.findByText(/En anden har ændret elementet i mellemtiden/)).toBeTruthy();
    expect(await screen.findByText(/Gemt .* af Lars Østergaard/)).toBeTruthy();
    expect(box('Mit jubilæum – Intranettet').checked).toBe(true);
    fireEvent.click(screen.getByRole('button', { name: 'Gem mine valg' }));
    expect(await screen.findByText('Dine valg er gemt.')).toBeTruthy();
    expect(repo.versions.map((v) => v.savedBy)).toEqual(['Lars Østergaard', 'Anne Hansen']);
    expect(repo.versions[1].choices.intranet.jubilee).toBe(true);
  });
});
