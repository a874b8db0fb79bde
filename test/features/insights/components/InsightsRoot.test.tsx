/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { InsightsGate } from '../../../../src/features/insights/components/insights/InsightsGate';
import type { IInsightsData, IInsightsRepository } from '../../../../src/features/insights/data/IInsightsRepository';
import type { ChoicesFact, IPeriod } from '../../../../src/features/insights/domain/models';
import { DEFAULT_AREAS, DEFAULT_TOWNS } from '../../../../src/features/insights/domain/settings';
import { insightsStrings } from '../../../../src/features/insights/loc/insightsStrings';
import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy';
import type { IPermissionRepository, ListRights } from '../../../../src/shared/data/permissions';
import { getCommonStrings } from '../../../../src/shared/loc/strings';

const strings = insightsStrings(getCommonStrings('da'));
const settings = { targets: { 'Klima og miljø': 4 }, areas: DEFAULT_AREAS, towns: DEFAULT_TOWNS, employees: 0 };

function choices(n: number, birthdayYes: number): ChoicesFact[] {
  return Array.from({ length: n }, (_, i) => withChoice(emptyConsentMatrix(), 'intranet', 'birthday', i < birthdayYes));
}

class FakeInsights implements IInsightsRepository {
  public periods: IPeriod[] = [];
  public constructor(private readonly data: IInsightsData) {}
  public load(period: IPeriod): Promise<IInsightsData> {
    this.periods.push(period);
    return Promise.resolve(this.data);
  }
}

const permissions = (approve: boolean): IPermissionRepository => ({ rightsOn: (): Promise<ListRights> => Promise.resolve({ add: approve, approve }) });

const DATA: IInsightsData = {
  stories: [
    { theme: 'Klima og miljø', area: 'Teknik og Miljø', place: 'Ørum', publishDate: '2026-11-01' },
    { theme: 'Klima og miljø', area: 'Teknik og Miljø', place: 'Grenaa', publishDate: '2025-01-01' },
  ],
  nameNews: [{ type: 'jubilee', eventDate: '2026-10-05', approval: 'approved', submitted: '2026-10-01T08:00:00Z', approved: '2026-10-01T14:00:00Z' }],
  portraits: [{ profession: 'Pædagog', status: { linkedIn: 'shared', facebook: 'notShared' } }],
  choices: choices(9, 7),
  siteUsers: 100,
};

async function renderGate(repo: IInsightsRepository, approve = true): Promise<void> {
  render(<InsightsGate permissions={permissions(approve)} repository={repo} strings={strings} today="2026-11-27" settings={settings} />);
  await act(async () => {
    await Promise.resolve();
  });
}

describe('Indblik', () => {
  it('loads the last twelve months and says what they hold, in words', async () => {
    const repo = new FakeInsights(DATA);
    await renderGate(repo);
    expect(repo.periods).toEqual([{ from: '2025-12-01', to: '2026-11-27' }]);
    expect(await screen.findByText('1 historier udgivet i perioden. Under målet: Klima og miljø.')).toBeTruthy();
    expect(screen.getByText('Tallene gælder 01.12.2025 til 27.11.2026.')).toBeTruthy();
    expect(screen.getByText(/Medianen er 6 timer, den langsomste tog 6 timer \(1 godkendte indsendelser\)/)).toBeTruthy();
    expect(screen.getByText(/^1 af 6 har mindst én historie\. Aldrig med: Børn og Skole, .*Social, Sundhed og Omsorg, Økonomi og Personale\.$/)).toBeTruthy();
  });

  it('shows a yes-rate about fewer than five people as under 5, in the summary, the bar and the table', async () => {
    await renderGate(new FakeInsights(DATA));
    // 7 of 9 said yes to birthday: the 2 who said no are fewer than five.
    const summary = await screen.findByText(/Andel ja blandt dem, der har gemt deres valg, på intranettet/);
    expect(summary.textContent).toContain('fødselsdag under 5');
    expect(summary.textContent).toContain('alder 0 %');
    const figure = summary.closest('figure') as HTMLElement;
    fireEvent.click(figure.querySelector('button') as HTMLButtonElement);
    const cells = Array.from(figure.querySelectorAll('tbody tr')).map((r) => r.textContent);
    expect(cells[0]).toBe('Fødselsdagunder 5');
    expect(cells[1]).toBe('Alder0');
    expect(screen.getByText('9 % af medarbejderne har gemt deres valg. Antal medarbejdere: 100 (personerne på webstedet).')).toBeTruthy();
  });

  it('asks again for a period the user picks, and refuses one that ends before it starts', async () => {
    const repo = new FakeInsights(DATA);
    await renderGate(repo);
    await screen.findByText(/historier udgivet/);
    fireEvent.change(screen.getByLabelText('Fra'), { target: { value: '2026-06-01' } });
    fireEvent.change(screen.getByLabelText('Til'), { target: { value: '2026-05-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Vis perioden' }));
    expect(screen.getByRole('alert').textContent).toBe('Vælg to datoer, hvor fra-datoen ikke ligger efter til-datoen.');
    fireEvent.change(screen.getByLabelText('Til'), { target: { value: '2026-06-30' } });
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Vis perioden' }));
      await Promise.resolve();
    });
    expect(repo.periods[repo.periods.length - 1]).toEqual({ from: '2026-06-01', to: '2026-06-30' });
    // Four a year are none for a month, rounded: the target is met.
    expect(await screen.findByText('0 historier udgivet i perioden. Alle temaer med et mål har nået det.')).toBeTruthy();
  });

  it('refuses those who may not approve name news, in Danish, and reads nothing', async () => {
    const repo = new FakeInsights(DATA);
    await renderGate(repo, false);
    expect(await screen.findByText(/Indblik er for kommunikation/)).toBeTruthy();
    expect(repo.periods).toEqual([]);
    expect(screen.queryByText(/historier udgivet/)).toBeNull();
  });
});
