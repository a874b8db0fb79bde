/** @jest-environment jsdom */
/**
 * Opsætning af Medarbejdernyt in its states, with a fake of the repository over an in-memory site state: refused
 * politely to those who may not manage the site; for an owner the check (what exists, what is missing), the run with
 * its report per kind, a second run that finds everything, and a stopped run with the reason and how to resume.
 */
import * as React from 'react';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { SetupRoot } from '../../../../src/features/setup/components/SetupRoot';
import type { ISetupRepository } from '../../../../src/features/setup/data/ISetupRepository';
import type { StepOutcome } from '../../../../src/features/setup/domain/run';
import type { ISiteState, SetupStep } from '../../../../src/features/setup/domain/steps';
import { setupStrings } from '../../../../src/features/setup/loc/setupTexts';
import { DataError } from '../../../../src/shared/data/errors';
import { SetupProblem } from '../../../../src/features/setup/domain/permissions';
import { getCommonStrings } from '../../../../src/shared/loc/strings';

/** A site that records what the steps add; `failAt` makes that step fail as SharePoint refusing it. */
class FakeSite implements ISetupRepository {
  public state: { columns: string[]; cts: { id: string; fields: string[] }[]; lists: Map<string, ISiteState['lists'][number]> } = { columns: [], cts: [], lists: new Map() };
  public applied = 0;

  public constructor(private readonly owner: boolean, private readonly failAt?: SetupStep['kind'], private readonly failure: () => Error = () => new DataError('forbidden', 'Access denied', 403)) {}

  public async mayRunSetup(): Promise<boolean> {
    return this.owner;
  }

  public async readState(): Promise<ISiteState> {
    return { siteColumns: [...this.state.columns], contentTypes: this.state.cts.map((c) => ({ ...c, fields: [...c.fields] })), lists: [...this.state.lists.values()], pagesLibrary: null };
  }

  public async apply(step: SetupStep): Promise<StepOutcome> {
    if (step.kind === this.failAt) throw this.failure();
    this.applied += 1;
    const list = (url: string): ISiteState['lists'][number] => this.state.lists.get(url) as ISiteState['lists'][number];
    switch (step.kind) {
      case 'siteColumn':
        this.state.columns.push(step.column.name);
        break;
      case 'contentType':
        this.state.cts.push({ id: step.contentType.id, fields: [] });
        break;
      case 'contentTypeColumn':
        this.state.cts.find((c) => c.id === step.contentType.id)?.fields.push(step.column);
        break;
      case 'list':
        this.state.lists.set(step.list.url, { url: step.list.url, settings: { ...step.list.settings, ValidationFormula: '', ValidationMessage: '' }, contentTypes: [], fields: [] });
        break;
      case 'listColumn':
        this.state.lists.set(step.list.url, { ...list(step.list.url), fields: [...list(step.list.url).fields, { name: step.column.name, indexed: step.column.indexed }] });
        break;
      case 'listContentType':
        this.state.lists.set(step.list.url, { ...list(step.list.url), contentTypes: [step.contentType.id] });
        break;
      case 'listSettings':
        this.state.lists.set(step.list.url, { ...list(step.list.url), settings: { ...list(step.list.url).settings, ...step.changes } });
        break;
      default:
        break;
    }
    return 'created';
  }
}

const strings = setupStrings(getCommonStrings('da'));

describe('Opsætning af Medarbejdernyt', () => {
  it('refuses politely those who may not manage the site, and offers them no buttons', async () => {
    render(<SetupRoot repository={new FakeSite(false)} strings={strings} />);
    expect(await screen.findByText(/Kun webstedets ejere kan oprette Medarbejdernyts lister/)).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('for an owner: the check says what is missing, the run creates it and reports it, a second run finds everything', async () => {
    const site = new FakeSite(true);
    render(<SetupRoot repository={site} strings={strings} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Kontrollér webstedet' }));
    expect(await screen.findByText(/^0 af \d+ findes allerede\. \d+ mangler\.$/)).toBeTruthy();
    expect(screen.getByRole('rowheader', { name: 'Webstedskolonner' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Opret det, der mangler' }));
    // Over a hundred steps, each shown as it is done: on a loaded machine that takes longer than testing-library's 1 s.
    expect(await screen.findByText(/^Færdig: \d+ oprettet, \d+ ændret, 0 fandtes i forvejen\./, undefined, { timeout: 15_000 })).toBeTruthy();
    expect(site.applied).toBeGreaterThan(100);
    expect(screen.getAllByText((_t, el) => el?.tagName === 'LI' && el.textContent === 'Listen »Navnenyt« (Lists/Navnenyt): Oprettet')).toHaveLength(1);

    const before = site.applied;
    fireEvent.click(screen.getByRole('button', { name: 'Opret det, der mangler' }));
    await waitFor(() => expect(screen.getByText(/^Færdig: 0 oprettet, 0 ændret, \d+ fandtes i forvejen\./)).toBeTruthy(), { timeout: 15_000 });
    expect(site.applied).toBe(before);
    fireEvent.click(screen.getByRole('button', { name: 'Kontrollér webstedet' }));
    expect(await screen.findByText(/Alt er på plads: der er intet at oprette\./)).toBeTruthy();
  });

  it('a stopped run says where and why in Danish, and that running again continues', async () => {
    render(<SetupRoot repository={new FakeSite(true, 'contentType')} strings={strings} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opret det, der mangler' }));
    const alert = await screen.findByText(/Opsætningen stoppede ved: Indholdstypen »Navnenyt«\./);
    expect(alert.textContent).toMatch(/Du har ikke adgang/);
    expect(alert.textContent).toMatch(/Kør opsætningen igen for at fortsætte, hvor den slap\./);
  });

  it('a group the site lacks is named, with what to do', async () => {
    render(<SetupRoot repository={new FakeSite(true, 'contentType', () => new SetupProblem('missingGroup', 'HR'))} strings={strings} />);
    fireEvent.click(await screen.findByRole('button', { name: 'Opret det, der mangler' }));
    const alert = await screen.findByText(/Opsætningen stoppede ved/);
    expect(alert.textContent).toMatch(/Gruppen »HR« findes ikke på webstedet\. Opret den og giv den sine medlemmer/);
  });
});
