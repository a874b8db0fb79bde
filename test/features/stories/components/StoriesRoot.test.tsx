/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { StoriesRoot } from '../../../../src/features/stories/components/stories/StoriesRoot';
import { getStrings } from '../../../../src/shared/loc/strings';
import { FakeStoryRepository } from '../../../support/fakes';
import type { IStory } from '../../../../src/features/stories/domain/models';

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

function renderRoot(repo: FakeStoryRepository): void {
  render(<StoriesRoot repository={repo} strings={getStrings('da')} today="2026-11-27" maxItems={6} />);
}

describe('Medarbejderhistorier', () => {
  it('shows a spinner, then story cards with theme, place and Danish date, each linking to its news page', async () => {
    const repo = new FakeStoryRepository([story(1, 'Fra Bønnerup til bybussen', { heroImage: { url: '/billede.svg', alt: 'Bus ved havnen i Grenaa' }, featured: true })]);
    repo.hold();
    renderRoot(repo);
    expect(screen.getByText('Henter medarbejderhistorier …')).toBeTruthy();
    await act(async () => repo.release());
    const link = await screen.findByRole('link', { name: 'Fra Bønnerup til bybussen' });
    expect(link.getAttribute('href')).toBe('https://norddjurs.sharepoint.com/sites/intranet/SitePages/historie-1.aspx');
    expect(screen.getByText('Hverdag og arbejdsliv · Grenaa · 20.11.2026')).toBeTruthy();
    expect(screen.getByRole('img', { name: 'Bus ved havnen i Grenaa' })).toBeTruthy();
    expect(screen.getByText('Fremhævet')).toBeTruthy();
    expect(repo.queries[0]).toEqual({ today: '2026-11-27', top: 6, theme: undefined, area: undefined });
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
});
