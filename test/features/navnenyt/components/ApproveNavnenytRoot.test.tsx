/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ApproveNavnenytRoot } from '../../../../src/features/navnenyt/components/approveNavnenyt/ApproveNavnenytRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { approveStrings } from '../../../../src/features/navnenyt/loc/approveStrings';
import { FakeNavnenytEditorRepository } from '../../../support/fakes';
import { FakeWithdrawalRepository, NoRetentionRepository } from '../../../support/withdrawalFakes';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';

function pending(id: number, name: string, extra: Partial<INavnenytItem> = {}): INavnenytItem {
  return {
    id,
    name,
    type: 'birthday',
    eventDate: '2026-12-02',
    years: 60,
    workplace: 'Vej og Park',
    message: 'Kom og få kage i frokoststuen.',
    showFrom: '2026-11-25',
    showUntil: '2026-12-05',
    consentConfirmed: true,
    approval: 'pending',
    ...extra,
  };
}

function renderRoot(repo: FakeNavnenytEditorRepository): void {
  render(<ApproveNavnenytRoot repository={repo} withdrawals={new FakeWithdrawalRepository()} retention={new NoRetentionRepository()} retentionDays={90} today="2026-11-27" strings={approveStrings(getCommonStrings('da'))} />);
}

describe('Godkend navnenyt', () => {
  it('lists what waits, with the full sentence, message and window, and approves one', async () => {
    const repo = new FakeNavnenytEditorRepository([pending(1, 'Søren Ørsted'), pending(2, 'Karen Aagaard', { type: 'retirement', years: undefined })]);
    renderRoot(repo);
    const card = await screen.findByRole('article', { name: 'Fødselsdag: Søren Ørsted' });
    expect(within(card).getByText('Søren Ørsted, Vej og Park, fylder 60 år onsdag den 2. december 2026.')).toBeTruthy();
    expect(within(card).getByText('Vises 25.11.2026 – 05.12.2026')).toBeTruthy();
    fireEvent.click(within(card).getByRole('button', { name: 'Godkend' }));
    expect(await screen.findByText('Navnenyt om Søren Ørsted er godkendt og vises nu på forsiden.')).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Fødselsdag: Søren Ørsted' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Pension: Karen Aagaard' })).toBeTruthy();
    expect(repo.decisions).toEqual([{ id: 1, decision: 'approved', comment: '' }]);
  });

  it('requires a reason to reject, then rejects with it', async () => {
    const repo = new FakeNavnenytEditorRepository([pending(1, 'Søren Ørsted')]);
    renderRoot(repo);
    fireEvent.click(await screen.findByRole('button', { name: 'Afvis' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afvis navnenyt' }));
    expect(await screen.findByText('Skriv en begrundelse, så HR ved, hvad der skal rettes.')).toBeTruthy();
    expect(repo.decisions).toEqual([]);
    fireEvent.change(screen.getByRole('textbox', { name: /Begrundelse til HR/ }), { target: { value: 'Datoen er forkert' } });
    fireEvent.click(screen.getByRole('button', { name: 'Afvis navnenyt' }));
    expect(await screen.findByText('Navnenyt om Søren Ørsted er afvist. HR kan se begrundelsen.')).toBeTruthy();
    expect(repo.decisions).toEqual([{ id: 1, decision: 'rejected', comment: 'Datoen er forkert' }]);
    expect(screen.getByText('Der er ingen navnenyt, der venter på godkendelse.')).toBeTruthy();
  });

  it('on a stale version (412) reloads the item, says what changed, and approves the new version on the next click', async () => {
    const repo = new FakeNavnenytEditorRepository([pending(1, 'Søren Ørsted')]);
    renderRoot(repo);
    const button = await screen.findByRole('button', { name: 'Godkend' });
    repo.editBehindBack(1, { eventDate: '2026-12-03', message: 'Kage kl. 14' });
    fireEvent.click(button);
    expect(await screen.findByText(/En anden har ændret navnenyt om Søren Ørsted.*Ændret: dato, besked/)).toBeTruthy();
    expect(screen.getByText('Søren Ørsted, Vej og Park, fylder 60 år torsdag den 3. december 2026.')).toBeTruthy();
    expect(repo.decisions).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Godkend' }));
    expect(await screen.findByText(/er godkendt/)).toBeTruthy();
    expect(repo.decisions).toEqual([{ id: 1, decision: 'approved', comment: '' }]);
  });

  it('will not approve what HR has not confirmed the employee agreed to', async () => {
    renderRoot(new FakeNavnenytEditorRepository([pending(1, 'Søren Ørsted', { consentConfirmed: false })]));
    expect(await screen.findByText(/HR har ikke bekræftet/)).toBeTruthy();
    expect((screen.getByRole('button', { name: 'Godkend' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('says when nothing waits', async () => {
    renderRoot(new FakeNavnenytEditorRepository([]));
    expect(await screen.findByText('Der er ingen navnenyt, der venter på godkendelse.')).toBeTruthy();
  });
});
