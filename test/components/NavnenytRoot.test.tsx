/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NavnenytRoot } from '../../src/components/navnenyt/NavnenytRoot';
import type { INavnenytItem } from '../../src/domain/models';
import { getStrings } from '../../src/loc/strings';
import { choicesOf, FakeNavnenytRepository, matrix } from '../support/fakes';

const da = getStrings('da');

function item(id: number, name: string, extra: Partial<INavnenytItem> = {}): INavnenytItem {
  return {
    id,
    name,
    type: 'Jubilæum',
    employee: { id, name },
    eventDate: '2026-11-27',
    years: 25,
    jobTitle: 'social- og sundhedsassistent',
    workplace: 'Hjemmeplejen Syd',
    consentConfirmed: true,
    approval: 'approved',
    ...extra,
  };
}

function renderRoot(repo: FakeNavnenytRepository, lang: 'da' | 'en' = 'da'): void {
  render(<NavnenytRoot repository={repo} strings={getStrings(lang)} today="2026-11-27" daysBack={7} daysAhead={14} maxItems={30} />);
}

describe('Navnenyt reader', () => {
  it('says it is loading while the list answers, then shows the people', async () => {
    const repo = new FakeNavnenytRepository([item(1, 'Anne Hansen')], [choicesOf(1, 'Anne Hansen', matrix(true))]);
    repo.hold();
    renderRoot(repo);
    expect(screen.getByText(da.navnenyt.loading)).toBeTruthy();
    await act(async () => repo.release());
    expect(await screen.findByText('Anne Hansen')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Navnenyt' })).toBeTruthy();
    expect(repo.queries[0]).toEqual({ from: '2026-11-20', to: '2026-12-11', area: undefined });
  });

  it('says so in Danish when there is nothing to show', async () => {
    renderRoot(new FakeNavnenytRepository([]));
    expect(await screen.findByText('Der er ingen navnenyt lige nu.')).toBeTruthy();
  });

  it('explains a throttled SharePoint in Danish and recovers with "Prøv igen"', async () => {
    const repo = new FakeNavnenytRepository([item(1, 'Anne Hansen')], [choicesOf(1, 'Anne Hansen', matrix(true))]);
    repo.failNext('throttled');
    renderRoot(repo);
    expect(await screen.findByText(/SharePoint har travlt lige nu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('Anne Hansen')).toBeTruthy();
    expect(repo.queries).toHaveLength(2);
  });

  it('hides a person who said no to jubilee mentions on the intranet', async () => {
    const repo = new FakeNavnenytRepository(
      [item(1, 'Anne Hansen'), item(2, 'Søren Østergaard')],
      [choicesOf(1, 'Anne Hansen', matrix(true)), choicesOf(2, 'Søren Østergaard', matrix(true, { 'intranet.jubilee': false }))],
    );
    renderRoot(repo);
    expect(await screen.findByText('Anne Hansen')).toBeTruthy();
    expect(screen.queryByText('Søren Østergaard')).toBeNull();
  });

  it('speaks English when the page is English', async () => {
    renderRoot(new FakeNavnenytRepository([]), 'en');
    expect(await screen.findByText('There is no name news right now.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Name news' }).closest('section')?.getAttribute('lang')).toBe('en');
  });
});
