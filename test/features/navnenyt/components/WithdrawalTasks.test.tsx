/** @jest-environment jsdom */
import * as React from 'react';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { ApproveNavnenytRoot } from '../../../../src/features/navnenyt/components/approveNavnenyt/ApproveNavnenytRoot';
import { DataError } from '../../../../src/shared/data/errors';
import type { IWithdrawalTask } from '../../../../src/features/navnenyt/domain/consentStorage';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { approveStrings } from '../../../../src/features/navnenyt/loc/approveStrings';
import { FakeNavnenytEditorRepository } from '../../../support/fakes';
import { FakeWithdrawalRepository, NoRetentionRepository } from '../../../support/withdrawalFakes';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';

function published(id: number, name: string, extra: Partial<INavnenytItem> = {}): INavnenytItem {
  return { id, name, type: 'jubilee', employee: { id: id + 100, name }, eventDate: '2026-12-01', years: 25, workplace: 'Vej og Park', consentConfirmed: true, approval: 'approved', ...extra };
}

const photo = { url: '/sites/intranet/Lists/Navnenyt/Attachments/1/foto.jpg', alt: 'Portræt' };

function renderRoot(withdrawals: FakeWithdrawalRepository, locale: 'da' | 'en' = 'da'): void {
  render(<ApproveNavnenytRoot repository={new FakeNavnenytEditorRepository([])} withdrawals={withdrawals} retention={new NoRetentionRepository()} retentionDays={90} today="2026-11-27" strings={approveStrings(getCommonStrings(locale))} />);
}

describe('Godkend navnenyt: Samtykke trukket tilbage', () => {
  it('lists each published item whose consent was withdrawn, says why, and deletes it with its photo in one action', async () => {
    const tasks: IWithdrawalTask[] = [
      { item: published(1, 'Søren Ørsted', { photo }), notAllowed: ['mention', 'photo'] },
      { item: published(2, 'Karen Aagaard', { type: 'birthday', years: 60, eventDate: '2026-12-10' }), notAllowed: ['age'] },
    ];
    const repo = new FakeWithdrawalRepository(tasks);
    renderRoot(repo);
    const section = await screen.findByRole('region', { name: 'Samtykke trukket tilbage' });
    const card = await within(section).findByRole('article', { name: 'Jubilæum: Søren Ørsted' });
    expect(within(card).getByText('Medarbejderen har trukket samtykket til at vise denne begivenhed tilbage.')).toBeTruthy();
    expect(within(card).getByText('Medarbejderen har ikke sagt ja til at vise sit foto.')).toBeTruthy();
    expect(within(card).queryByRole('img')).toBeNull();
    const other = within(section).getByRole('article', { name: 'Fødselsdag: Karen Aagaard' });
    expect(within(other).getByText('Medarbejderen har ikke sagt ja til at vise sin alder.')).toBeTruthy();
    expect(within(other).queryByText(/60/)).toBeNull();
    expect(within(other).getByRole('button', { name: 'Slet navnenyt' })).toBeTruthy();

    fireEvent.click(within(card).getByRole('button', { name: 'Slet navnenyt og foto' }));
    expect(await screen.findByText('Navnenyt om Søren Ørsted er slettet og ligger i papirkurven.')).toBeTruthy();
    expect(repo.removed).toEqual([1]);
    expect(within(section).queryByRole('article', { name: 'Jubilæum: Søren Ørsted' })).toBeNull();
    expect(within(section).getByRole('article', { name: 'Fødselsdag: Karen Aagaard' })).toBeTruthy();
  });

  it('says when there is nothing to delete, next to the approval queue', async () => {
    renderRoot(new FakeWithdrawalRepository([]));
    expect(await screen.findByText('Ingen offentliggjorte navnenyt skal slettes.')).toBeTruthy();
    expect(screen.getByText('Der er ingen navnenyt, der venter på godkendelse.')).toBeTruthy();
  });

  it('explains a failed deletion in Danish and keeps the task', async () => {
    const repo = new FakeWithdrawalRepository([{ item: published(1, 'Søren Ørsted'), notAllowed: ['mention'] }]);
    repo.failRemoves = ['forbidden'];
    renderRoot(repo);
    fireEvent.click(await screen.findByRole('button', { name: 'Slet navnenyt' }));
    expect(await screen.findByText(/Du har ikke adgang til listen/)).toBeTruthy();
    expect(screen.getByRole('article', { name: 'Jubilæum: Søren Ørsted' })).toBeTruthy();
  });

  it('speaks English on an English page', async () => {
    renderRoot(new FakeWithdrawalRepository([{ item: published(1, 'Søren Ørsted', { photo }), notAllowed: ['photo'] }]), 'en');
    expect(await screen.findByRole('region', { name: 'Consent withdrawn' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Delete the name news and photo' })).toBeTruthy();
  });
});

describe('Godkend navnenyt when the person said no before approval', () => {
  it('explains that the approval was refused because of the person\'s choices', async () => {
    const item: INavnenytItem = { ...published(5, 'Bo Ørum'), approval: 'pending' };
    const editor = new FakeNavnenytEditorRepository([item]);
    editor.decide = async (): Promise<void> => {
      throw new DataError('declined', 'fake');
    };
    render(<ApproveNavnenytRoot repository={editor} withdrawals={new FakeWithdrawalRepository()} retention={new NoRetentionRepository()} retentionDays={90} today="2026-11-27" strings={approveStrings(getCommonStrings('da'))} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Godkend' }));
    expect(await screen.findByText(/Medarbejderen har i Mine valg sagt nej/)).toBeTruthy();
  });
});
