/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SubmitNavnenytRoot } from '../../../../src/features/navnenyt/components/submitNavnenyt/SubmitNavnenytRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { submitStrings } from '../../../../src/features/navnenyt/loc/submitStrings';
import { FakeEmployeeDirectory, FakeNavnenytEditorRepository, FakeNavnenytRepository } from '../../../support/fakes';
import { FakeUserRepository } from '../../../support/fakeUsers';
import { FakeRejectedSubmissions } from '../../../support/fakeRejected';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
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

const bo: IPayrollEmployee = { employeeNumber: '1002', name: 'Bo Ørum', email: 'bo.orum@norddjurs.dk', workplace: 'Vej og Park', seniorityDate: '1986-12-15', birthDate: '1981-03-03' };

function renderForm(repo: FakeNavnenytEditorRepository, existing: INavnenytItem[] = []): ReturnType<typeof render> {
  return render(
    <SubmitNavnenytRoot repository={repo} navnenyt={new FakeNavnenytRepository(existing)} directory={new FakeEmployeeDirectory([anne, bo])} users={new FakeUserRepository()} rejected={new FakeRejectedSubmissions()} strings={submitStrings(getCommonStrings('da'))} today="2026-11-27" />,
  );
}

async function pickAnne(): Promise<void> {
  jest.useFakeTimers();
  fireEvent.change(screen.getByRole('textbox', { name: /Medarbejder/ }), { target: { value: 'hans' } });
  await act(async () => {
    jest.advanceTimersByTime(300);
  });
  jest.useRealTimers();
  fireEvent.click(await screen.findByRole('button', { name: 'Vælg Anne Hansen, Social- og sundhedsassistent, Hjemmeplejen Syd' }));
}

async function chooseType(name: string): Promise<void> {
  fireEvent.click(screen.getByRole('combobox', { name: /Begivenhed/ }));
  fireEvent.click(await screen.findByRole('option', { name }));
}

const value = (label: RegExp | string): string => (screen.getByLabelText(label) as HTMLInputElement).value;

beforeEach(() => window.localStorage.clear());

describe('Indsend navnenyt', () => {
  it('prefills date, years and window from the payroll extract and sends the item for approval', async () => {
    const repo = new FakeNavnenytEditorRepository();
    renderForm(repo);
    await pickAnne();
    expect(screen.getByText('Valgt: Anne Hansen, Social- og sundhedsassistent, Hjemmeplejen Syd')).toBeTruthy();
    await chooseType('Jubilæum');
    expect(value(/^Dato/)).toBe('01.12.2026');
    expect(value(/Antal år/)).toBe('25');
    expect([value(/^Vis fra/), value(/^Vis til/)]).toEqual(['17.11.2026', '08.12.2026']);
    fireEvent.change(screen.getByRole('textbox', { name: /Besked/ }), { target: { value: 'Kom til reception i kantinen kl. 13.' } });
    expect(screen.getByText('464 tegn tilbage')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect(await screen.findByText('Tak. Navnenyt om Anne Hansen venter nu på godkendelse hos kommunikation.')).toBeTruthy();
    expect(repo.saved).toEqual([
      expect.objectContaining({
        type: 'jubilee',
        name: 'Anne Hansen',
        employeeEmail: 'anne.hansen@norddjurs.dk',
        eventDate: '2026-12-01',
        years: 25,
        workplace: 'Hjemmeplejen Syd',
        message: 'Kom til reception i kantinen kl. 13.',
        showFrom: '2026-11-17',
        showUntil: '2026-12-08',
        consentConfirmed: true,
      }),
    ]);
    expect(screen.getByRole('textbox', { name: /Medarbejder/ })).toBeTruthy();
  });

  it('lists every problem in Danish, moves focus to the list, and sends nothing', async () => {
    const repo = new FakeNavnenytEditorRepository();
    renderForm(repo);
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    const summary = (await screen.findByText('Ret disse felter, før du sender:')).parentElement as HTMLElement;
    expect(summary.textContent).toContain('Vælg medarbejderen.');
    expect(summary.textContent).toContain('Vælg hvilken slags navnenyt det er');
    expect(summary.textContent).toContain('Bekræft, at medarbejderen har sagt ja til omtalen.');
    await act(async () => new Promise((r) => setTimeout(r, 5)));
    expect(document.activeElement).toBe(summary);
    expect(repo.saved).toEqual([]);
  });

  it('does not offer Mindeord to HR', async () => {
    renderForm(new FakeNavnenytEditorRepository());
    fireEvent.click(screen.getByRole('combobox', { name: /Begivenhed/ }));
    expect(await screen.findByRole('option', { name: 'Jubilæum' })).toBeTruthy();
    expect(screen.queryByRole('option', { name: 'Mindeord' })).toBeNull();
  });

  it('keeps the draft in the browser when saving fails, and offers it again later', async () => {
    const repo = new FakeNavnenytEditorRepository();
    repo.failSubmits = ['throttled'];
    const first = renderForm(repo);
    await pickAnne();
    await chooseType('Fødselsdag');
    expect(value(/Alder/)).toBe('60');
    fireEvent.click(screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect(await screen.findByText(/SharePoint har travlt lige nu.*din kladde er gemt i browseren/)).toBeTruthy();
    expect(screen.getByText('Valgt: Anne Hansen, Social- og sundhedsassistent, Hjemmeplejen Syd')).toBeTruthy();
    expect(window.localStorage.getItem('medarbejdernyt:navnenyt:kladde:lars.ostergaard@norddjurs.dk')).toContain('Anne Hansen');
    first.unmount();

    renderForm(repo);
    expect(await screen.findByText('Du har en kladde om Anne Hansen, som ikke blev sendt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hent kladden' }));
    expect(value(/^Dato/)).toBe('10.12.2026');
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect(await screen.findByText(/venter nu på godkendelse/)).toBeTruthy();
    expect(repo.saved[0]).toMatchObject({ type: 'birthday', years: 60, eventDate: '2026-12-10' });
    expect(window.localStorage.getItem('medarbejdernyt:navnenyt:kladde:lars.ostergaard@norddjurs.dk')).toBeNull();
  });
});

describe('Indsend navnenyt dates', () => {
  it('reads dates typed the Danish way and explains one that does not exist', async () => {
    renderForm(new FakeNavnenytEditorRepository());
    await pickAnne();
    await chooseType('Ny medarbejder');
    fireEvent.change(screen.getByRole('textbox', { name: /^Dato/ }), { target: { value: '31.2.2027' } });
    fireEvent.click(screen.getByRole('checkbox', { name: /Medarbejderen har sagt ja/ }));
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect((await screen.findAllByText('Datoen findes ikke. Skriv den som dag.måned.år, fx 27.11.2026.')).length).toBeGreaterThan(0);
    fireEvent.change(screen.getByRole('textbox', { name: /^Dato/ }), { target: { value: '1.12.2026' } });
    expect(value(/^Vis fra/)).toBe('01.12.2026');
    expect(value(/^Vis til/)).toBe('31.12.2026');
  });
});

describe('Indsend navnenyt suggestions from the payroll extract', () => {
  it('suggests the coming occasions without name news, flags a 40-year jubilee, and fills the form from one', async () => {
    const sentAlready: INavnenytItem = { id: 1, type: 'birthday', name: 'Anne Hansen', employee: { id: 9, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' }, eventDate: '2026-12-10', years: 60, consentConfirmed: true, approval: 'pending' };
    renderForm(new FakeNavnenytEditorRepository(), [sentAlready]);
    const suggestion = await screen.findByRole('button', { name: /Brug forslaget: Bo Ørum, Vej og Park, har 40 års jubilæum tirsdag den 15. december/ });
    expect(suggestion.textContent).toContain('overvej indstilling til Fortjenstmedaljen');
    expect(screen.getByRole('button', { name: /Brug forslaget: Anne Hansen, .* 25 års jubilæum/ })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Anne Hansen.*fylder 60/ })).toBeNull();
    fireEvent.click(suggestion);
    expect(screen.getByText('Valgt: Bo Ørum, Vej og Park')).toBeTruthy();
    expect(value(/^Dato/)).toBe('15.12.2026');
    expect(value(/Antal år/)).toBe('40');
    expect([value(/^Vis fra/), value(/^Vis til/)]).toEqual(['01.12.2026', '22.12.2026']);
  });
});

describe('Indsend navnenyt for someone outside HR', () => {
  it('says the suggestions need HR access instead of failing', async () => {
    render(<SubmitNavnenytRoot repository={new FakeNavnenytEditorRepository()} navnenyt={new FakeNavnenytRepository([])} directory={new FakeEmployeeDirectory([anne], false)} users={new FakeUserRepository()} rejected={new FakeRejectedSubmissions()} strings={submitStrings(getCommonStrings('da'))} today="2026-11-27" />);
    expect(await screen.findByText('Forslagene kommer fra lønudtrækket, som kun HR har adgang til.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Brug forslaget/ })).toBeNull();
  });
});
