/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { SubmitNavnenytRoot } from '../../src/components/submitNavnenyt/SubmitNavnenytRoot';
import type { IPayrollEmployee } from '../../src/domain/navnenytCandidates';
import { getStrings } from '../../src/loc/strings';
import { FakeEmployeeDirectory, FakeNavnenytEditorRepository } from '../support/fakes';

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

function renderForm(repo: FakeNavnenytEditorRepository): ReturnType<typeof render> {
  return render(<SubmitNavnenytRoot repository={repo} directory={new FakeEmployeeDirectory([anne])} strings={getStrings('da')} today="2026-11-27" />);
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
        type: 'Jubilæum',
        name: 'Anne Hansen',
        employeeEmail: 'anne.hansen@norddjurs.dk',
        employeeNumber: '1001',
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
    expect(window.localStorage.getItem('medarbejdernyt:navnenyt:kladde')).toContain('Anne Hansen');
    first.unmount();

    renderForm(repo);
    expect(await screen.findByText('Du har en kladde om Anne Hansen, som ikke blev sendt.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Hent kladden' }));
    expect(value(/^Dato/)).toBe('10.12.2026');
    fireEvent.click(screen.getByRole('button', { name: 'Send til godkendelse' }));
    expect(await screen.findByText(/venter nu på godkendelse/)).toBeTruthy();
    expect(repo.saved[0]).toMatchObject({ type: 'Fødselsdag', years: 60, eventDate: '2026-12-10' });
    expect(window.localStorage.getItem('medarbejdernyt:navnenyt:kladde')).toBeNull();
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
