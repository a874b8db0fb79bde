/** @jest-environment jsdom */
/**
 * HR's unsent draft stays HR's: kept per signed-in user, without the payroll row or the photo, for one day by the
 * real clock, and gone at sign-out.
 */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SubmitNavnenytRoot } from '../../../../src/features/navnenyt/components/submitNavnenyt/SubmitNavnenytRoot';
import { forgetAllDrafts } from '../../../../src/features/navnenyt/components/submitNavnenyt/drafts';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { submitStrings } from '../../../../src/features/navnenyt/loc/submitStrings';
import { FakeEmployeeDirectory, FakeNavnenytEditorRepository, FakeNavnenytRepository } from '../../../support/fakes';
import { FakeUserRepository } from '../../../support/fakeUsers';
import { FakeRejectedSubmissions } from '../../../support/fakeRejected';
import type { IPayrollEmployee } from '../../../../src/features/employees/domain/models';

const anne: IPayrollEmployee = {
  employeeNumber: '1001',
  name: 'Anne Hansen',
  email: 'anne.hansen@norddjurs.dk',
  jobTitle: 'Social- og sundhedsassistent',
  workplace: 'Hjemmeplejen Syd',
  area: 'Social, Sundhed og Omsorg',
  birthDate: '1966-12-10',
  seniorityDate: '2001-12-01',
  startDate: '2001-12-01',
};
const LARS = { id: 7, name: 'Lars Østergaard', email: 'lars.ostergaard@norddjurs.dk' };
const METTE = { id: 8, name: 'Mette Lund Sørensen', email: 'mette.sorensen@norddjurs.dk' };
const START = Date.parse('2026-11-27T09:00:00Z');
let now = START;

function renderForm(repo: FakeNavnenytEditorRepository, me = LARS): ReturnType<typeof render> {
  return render(
    <SubmitNavnenytRoot
      repository={repo}
      navnenyt={new FakeNavnenytRepository([])}
      directory={new FakeEmployeeDirectory([anne])}
      users={new FakeUserRepository(me)}
      rejected={new FakeRejectedSubmissions()}
      strings={submitStrings(getCommonStrings('da'))}
      today="2026-11-27"
    />,
  );
}

/** Lars picks Anne, types a birthday with a message and a photo, and the save fails. */
async function failedSubmission(withPhoto: boolean): Promise<FakeNavnenytEditorRepository> {
  const repo = new FakeNavnenytEditorRepository();
  repo.failSubmits = ['network'];
  const view = renderForm(repo);
  jest.useFakeTimers();
  fireEvent.change(screen.getByRole('textbox', { name: /Medarbejder/ }), { target: { value: 'hans' } });
  await act(async () => {
    jest.advanceTimersByTime(300);
  });
  jest.useRealTimers();
  fireEvent.click(await screen.findByRole('button', { name: /^Vælg Anne Hansen/ }));
  fireEvent.click(screen.getByRole('combobox', { name: /Begivenhed/ }));
  fireEvent.click(await screen.findByRole('option', { name: 'Fødselsdag' }));
  fireEvent.change(screen.getByRole('textbox', { name: /Besked/ }), { target: { value: 'Kage i kantinen kl. 14.' } });
  if (withPhoto) {
    const file = new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 1, 2, 3])], 'anne.png', { type: 'image/png' });
    fireEvent.change(document.querySelector('[id$="-field-photo"]') as HTMLInputElement, { target: { files: [file] } });
    await screen.findByRole('img', { name: 'anne.png' });
  }
  fireEvent.click(screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }));
  fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
  await screen.findByText(/din kladde er gemt i browseren i et døgn/);
  view.unmount();
  return repo;
}

const stored = (): string[] => Object.keys(window.localStorage).filter((k) => k.startsWith('medarbejdernyt:navnenyt:kladde'));

beforeEach(() => {
  window.localStorage.clear();
  now = START;
  jest.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

describe('HR’s unsent draft', () => {
  it('is kept under the signed-in user’s key with only what HR typed: no birth date, seniority, employee number or photo', async () => {
    await failedSubmission(true);
    expect(stored()).toEqual(['medarbejdernyt:navnenyt:kladde:lars.ostergaard@norddjurs.dk']);
    const text = window.localStorage.getItem(stored()[0]) ?? '';
    expect(text).toContain('Kage i kantinen kl. 14.');
    expect(text).toContain('Anne Hansen');
    for (const secret of ['1966-12-10', '2001-12-01', '1001', 'birthDate', 'seniorityDate', 'data:image', 'anne.png']) expect(text).not.toContain(secret);
  });

  it('is offered to the same user, says in Danish that the photo must be chosen again, and restores what was typed', async () => {
    const repo = await failedSubmission(true);
    renderForm(repo);
    expect(await screen.findByText(/Du har en kladde om Anne Hansen, som ikke blev sendt\. Billedet gemmes ikke i kladden: vælg billedet igen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hent kladden' }));
    expect(screen.getByText('Valgt: Anne Hansen, Social- og sundhedsassistent, Hjemmeplejen Syd')).toBeTruthy();
    expect((screen.getByRole('textbox', { name: /Besked/ }) as HTMLTextAreaElement).value).toBe('Kage i kantinen kl. 14.');
    expect((screen.getByLabelText(/^Dato/) as HTMLInputElement).value).toBe('10.12.2026');
    expect(screen.queryByRole('img', { name: 'anne.png' })).toBeNull();
  });

  it('is never offered to the next user of the browser', async () => {
    const repo = await failedSubmission(false);
    renderForm(repo, METTE);
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(screen.queryByText(/Du har en kladde/)).toBeNull();
  });

  it('expires after a day by the real clock, and the expired draft is deleted', async () => {
    const repo = await failedSubmission(false);
    now = START + 24 * 60 * 60 * 1000 - 60_000;
    const first = renderForm(repo);
    expect(await screen.findByText(/Du har en kladde om Anne Hansen/)).toBeTruthy();
    first.unmount();
    now = START + 24 * 60 * 60 * 1000;
    renderForm(repo);
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(screen.queryByText(/Du har en kladde/)).toBeNull();
    expect(stored()).toEqual([]);
  });

  it('deletes the shared draft of old (the whole payroll row and the photo) without offering it', async () => {
    window.localStorage.setItem('medarbejdernyt:navnenyt:kladde', JSON.stringify({ employee: anne, eventDate: '10.12.2026', message: 'gammel' }));
    renderForm(new FakeNavnenytEditorRepository());
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(screen.queryByText(/Du har en kladde/)).toBeNull();
    expect(stored()).toEqual([]);
  });

  it('is gone, for every user, after a sign-out', async () => {
    await failedSubmission(false);
    window.localStorage.setItem('medarbejdernyt:navnenyt:kladde:mette.sorensen@norddjurs.dk', JSON.stringify({ savedAt: now, form: {}, hadPhoto: false }));
    window.localStorage.setItem('medarbejdernyt:valg', 'kept');
    forgetAllDrafts();
    expect(stored()).toEqual([]);
    expect(window.localStorage.getItem('medarbejdernyt:valg')).toBe('kept');
  });
});
