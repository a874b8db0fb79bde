/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { StoriesRoot } from '../../../../src/features/stories/components/stories/StoriesRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { storiesStrings } from '../../../../src/features/stories/loc/storiesStrings';
import { FakeStoryRepository } from '../../../support/fakes';
import type { IStory } from '../../../../src/features/stories/domain/models';
import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy';
import type { IPrivacyChoices } from '../../../../src/features/privacy';
import { readAlongside } from '../../../../src/features/privacy/domain/choicesAlongside';
import { pageMemory } from '../../../../src/features/privacy/domain/peopleMemory';

function story(id: number, title: string, extra: Partial<IStory> = {}): IStory {
  return {
    id,
    title,
    teaser: 'Kort manchet',
    url: `https://norddjurs.sharepoint.com/sites/intranet/SitePages/historie-${id}.aspx`,
    theme: 'Hverdag og arbejdsliv',
    place: 'Grenaa',
    publishDate: '2026-11-20',
    featured: false,
    people: [],
    ...extra,
  };
}

function renderRoot(repo: FakeStoryRepository, choices: IPrivacyChoices[] = []): void {
  const map = new Map(choices.map((c) => [c.employee.id, c]));
  const memory = pageMemory();
  render(<StoriesRoot repository={repo} withChoices={(key, load, peopleOf) => readAlongside(() => Promise.resolve(map), memory, key, load, peopleOf)} strings={storiesStrings(getCommonStrings('da'))} today="2026-11-27" maxItems={6} />);
}

function said(person: { id: number; name: string }, portraitText: boolean): IPrivacyChoices {
  return { employee: person, choices: withChoice(withChoice(emptyConsentMatrix(), 'intranet', 'portraitText', portraitText), 'intranet', 'photo', true), registeredBy: 'Selvbetjening' };
}

describe('Medarbejderhistorier', () => {
  it('shows a spinner, then story cards with theme, place and Danish date, each linking to its news page', async () => {
    const repo = new FakeStoryRepository([story(1, 'Fra Bønnerup til bybussen', { heroImage: { url: '/billede.svg', alt: 'Bus ved havnen i Grenaa' }, featured: true })]);
    repo.hold();
    renderRoot(repo);
    expect(screen.getByText('Henter medarbejderhistorier …')).toBeTruthy();
    await act(async () => repo.release());
    const link = (await screen.findAllByRole('link', { name: 'Fra Bønnerup til bybussen' }))[0];
    expect(link.getAttribute('href')).toBe('https://norddjurs.sharepoint.com/sites/intranet/SitePages/historie-1.aspx');
    expect(screen.getAllByText('Hverdag og arbejdsliv · Grenaa · 20.11.2026').length).toBeGreaterThan(0);
    const banner = screen.getAllByRole('img', { name: 'Bus ved havnen i Grenaa' })[0];
    expect([banner.getAttribute('loading'), banner.getAttribute('width'), banner.getAttribute('height')]).toEqual(['lazy', '1200', '600']);
    expect(screen.getAllByText('Fremhævet').length).toBeGreaterThan(0);
    expect(repo.queries[0]).toEqual({ today: '2026-11-27', top: 48, theme: undefined, area: undefined });
  });

  it('says so when there are no stories', async () => {
    renderRoot(new FakeStoryRepository([]));
    expect(await screen.findByText('Der er ingen historier at vise endnu.')).toBeTruthy();
  });

  it('explains a missing list and offers to try again', async () => {
    const repo = new FakeStoryRepository([story(1, 'Klimaindsats i Vej og Park')]);
    repo.failNext('notFound');
    renderRoot(repo);
    expect(await screen.findByText(/Bed en administrator om at tilføje appen Medarbejdernyt/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('Klimaindsats i Vej og Park')).toBeTruthy();
  });

  it('leaves out a story whose featured person has said no to portrait text on the intranet', async () => {
    const anne = { id: 7, name: 'Anne Hansen' };
    const bo = { id: 8, name: 'Bo Ørum' };
    renderRoot(new FakeStoryRepository([story(1, 'Anne på nattevagt', { people: [anne] }), story(2, 'Bo i Vej og Park', { people: [bo] })]), [said(anne, false), said(bo, true)]);
    expect(await screen.findByText('Bo i Vej og Park')).toBeTruthy();
    expect(screen.queryByText('Anne på nattevagt')).toBeNull();
  });

  it('filters by theme and area chips, remembers the area, and says so with a way back when nothing matches', async () => {
    window.localStorage.clear();
    renderRoot(
      new FakeStoryRepository([
        story(1, 'Salt på vejene', { theme: 'Infrastruktur', area: 'Teknik og Miljø' }),
        story(2, 'Ny skolevej', { theme: 'Infrastruktur', area: 'Børn og Unge' }),
        story(3, 'Mentor det første år', { theme: 'Fastholdelse, uddannelse og rekruttering', area: 'Børn og Unge' }),
      ]),
    );
    await screen.findByText('Salt på vejene');
    fireEvent.click(screen.getByRole('button', { name: 'Børn og Unge' }));
    expect(screen.getByRole('button', { name: 'Børn og Unge' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.queryByText('Salt på vejene')).toBeNull();
    expect(window.localStorage.getItem('medarbejdernyt:historier:omraade')).toBe('Børn og Unge');
    fireEvent.click(screen.getByRole('button', { name: 'Infrastruktur' }));
    expect(screen.getByText('Ny skolevej')).toBeTruthy();
    expect(screen.queryByText('Mentor det første år')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Teknik og Miljø' }));
    fireEvent.click(screen.getByRole('button', { name: 'Fastholdelse, uddannelse og rekruttering' }));
    expect(screen.getByText('Der er ingen historier med det valgte tema og område.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Vis alle historier' }));
    expect(screen.getByText('Mentor det første år')).toBeTruthy();
    expect(window.localStorage.getItem('medarbejdernyt:historier:omraade')).toBeNull();
  });
});
