/** @jest-environment jsdom */
/**
 * Afviste indsendelser in Indsend navnenyt: HR sees why communications rejected its name news, corrects it in the
 * form and sends it again (the rejected one goes to the recycle bin), or discards it.
 */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { SubmitNavnenytRoot } from '../../../../src/features/navnenyt/components/submitNavnenyt/SubmitNavnenytRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { submitStrings } from '../../../../src/features/navnenyt/loc/submitStrings';
import { FakeEmployeeDirectory, FakeNavnenytEditorRepository, FakeNavnenytRepository } from '../../../support/fakes';
import { FakeUserRepository } from '../../../support/fakeUsers';
import { FakeRejectedSubmissions } from '../../../support/fakeRejected';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';

const anne: INavnenytItem = {
  id: 41,
  type: 'birthday',
  name: 'Anne Hansen',
  employee: { id: 9, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' },
  eventDate: '2026-12-10',
  years: 60,
  jobTitle: 'Social- og sundhedsassistent',
  workplace: 'Hjemmeplejen Syd',
  message: 'Anne fylder 60 – kom til kage!',
  showFrom: '2026-12-03',
  showUntil: '2026-12-13',
  consentConfirmed: true,
  approval: 'rejected',
  approvalComment: 'Anne har fravalgt, at alderen vises. Ret beskeden, og send den igen.',
};
const bo: INavnenytItem = { id: 42, type: 'jubilee', name: 'Bo Ørum', eventDate: '2026-12-15', years: 40, consentConfirmed: true, approval: 'rejected' };

function renderForm(repo: FakeNavnenytEditorRepository, rejected: FakeRejectedSubmissions, locale: 'da' | 'en' = 'da'): ReturnType<typeof render> {
  return render(
    <SubmitNavnenytRoot
      repository={repo}
      navnenyt={new FakeNavnenytRepository([])}
      directory={new FakeEmployeeDirectory([])}
      users={new FakeUserRepository()}
      rejected={rejected}
      strings={submitStrings(getCommonStrings(locale))}
      today="2026-11-27"
    />,
  );
}

const section = async (): Promise<HTMLElement> => screen.findByRole('region', { name: 'Afviste indsendelser' });

beforeEach(() => window.localStorage.clear());

describe('Afviste indsendelser', () => {
  it('lists HR’s rejected submissions with communications’ reason, marked as Danish', async () => {
    renderForm(new FakeNavnenytEditorRepository(), new FakeRejectedSubmissions([anne, bo]));
    const list = await section();
    const item = within(list).getByRole('article', { name: 'Anne Hansen: Fødselsdag, 10.12.2026' });
    expect(item.textContent).toContain('Begrundelse fra kommunikation: Anne har fravalgt, at alderen vises. Ret beskeden, og send den igen.');
    expect(within(item).getByText(/Anne har fravalgt/).getAttribute('lang')).toBe('da');
    expect(within(list).getByRole('article', { name: 'Bo Ørum: Jubilæum, 15.12.2026' }).textContent).toContain('Kommunikation skrev ingen begrundelse');
  });

  it('shows nothing when there are none', async () => {
    renderForm(new FakeNavnenytEditorRepository(), new FakeRejectedSubmissions([]));
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(screen.queryByRole('region', { name: 'Afviste indsendelser' })).toBeNull();
  });

  it('puts a rejected submission back in the form; sending it again replaces the rejected one', async () => {
    const repo = new FakeNavnenytEditorRepository();
    const rejected = new FakeRejectedSubmissions([anne, bo]);
    renderForm(repo, rejected);
    fireEvent.click(within(await section()).getByRole('button', { name: 'Ret og send igen: Anne Hansen' }));
    expect(await screen.findByText(/Du retter navnenyt om Anne Hansen, som kommunikation afviste/)).toBeTruthy();
    expect(screen.getByText('Valgt: Anne Hansen, Social- og sundhedsassistent, Hjemmeplejen Syd')).toBeTruthy();
    expect((screen.getByLabelText(/^Dato/) as HTMLInputElement).value).toBe('10.12.2026');
    const message = screen.getByRole('textbox', { name: /Besked/ }) as HTMLTextAreaElement;
    expect(message.value).toBe('Anne fylder 60 – kom til kage!');
    expect((screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }) as HTMLInputElement).checked).toBe(false);
    fireEvent.change(message, { target: { value: 'Kom til kage i kantinen.' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect(await screen.findByText(/Tak\. Navnenyt om Anne Hansen venter nu på godkendelse/)).toBeTruthy();
    expect(repo.saved).toEqual([expect.objectContaining({ type: 'birthday', employeeEmail: 'anne.hansen@norddjurs.dk', eventDate: '2026-12-10', message: 'Kom til kage i kantinen.', consentConfirmed: true })]);
    expect(rejected.recycled).toEqual([41]);
    const list = await section();
    await within(list).findByRole('article', { name: 'Bo Ørum: Jubilæum, 15.12.2026' });
    expect(within(list).queryByRole('article', { name: /Anne Hansen/ })).toBeNull();
  });

  it('says so when the rejected one could not be removed after sending again', async () => {
    const rejected = new FakeRejectedSubmissions([anne]);
    rejected.failDiscard = true;
    renderForm(new FakeNavnenytEditorRepository(), rejected);
    fireEvent.click(within(await section()).getByRole('button', { name: 'Ret og send igen: Anne Hansen' }));
    fireEvent.click(screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect(await screen.findByText(/Den afviste indsendelse kunne ikke fjernes\. Kassér den under Afviste indsendelser\./)).toBeTruthy();
  });

  it('discards a rejected submission HR gives up, and says so', async () => {
    const rejected = new FakeRejectedSubmissions([anne, bo]);
    renderForm(new FakeNavnenytEditorRepository(), rejected);
    fireEvent.click(within(await section()).getByRole('button', { name: 'Kassér: Bo Ørum' }));
    expect(await screen.findByText('Den afviste indsendelse om Bo Ørum er lagt i papirkurven.')).toBeTruthy();
    expect(rejected.recycled).toEqual([42]);
  });

  it('speaks English in an English page, with the Danish reason marked as Danish', async () => {
    renderForm(new FakeNavnenytEditorRepository(), new FakeRejectedSubmissions([anne]), 'en');
    const list = await screen.findByRole('region', { name: 'Rejected submissions' });
    expect(within(list).getByRole('button', { name: 'Correct and send again: Anne Hansen' })).toBeTruthy();
    expect(within(list).getByText(/Anne har fravalgt/).getAttribute('lang')).toBe('da');
  });
});
