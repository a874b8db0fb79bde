/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { StoriesRoot } from '../../src/components/stories/StoriesRoot';
import type { IStory } from '../../src/domain/models';
import { getStrings } from '../../src/loc/strings';
import { FakeStoryRepository } from '../support/fakes';

function story(id: number, title: string, extra: Partial<IStory> = {}): IStory {
  return {
    id,
    title,
    teaser: 'Kort manchet',
    body: '<p>Brødtekst</p>',
    theme: 'Hverdag og arbejdsliv',
    place: 'Grenaa',
    publishDate: '2026-11-20',
    featured: false,
    people: [],
    ...extra,
  };
}

function renderRoot(repo: FakeStoryRepository): void {
  render(<StoriesRoot repository={repo} strings={getStrings('da')} today="2026-11-27" maxItems={6} storyUrl={(s) => `/historie/${s.id}`} />);
}

describe('Medarbejderhistorier', () => {
  it('shows a spinner, then story cards with theme, place and Danish date, each linking to its story', async () => {
    const repo = new FakeStoryRepository([story(1, 'Fra Bønnerup til bybussen', { heroImage: { url: '/billede.svg', alt: 'Bus ved havnen i Grenaa' }, featured: true })]);
    repo.hold();
    renderRoot(repo);
    expect(screen.getByText('Henter medarbejderhistorier …')).toBeTruthy();
    await act(async () => repo.release());
    const link = await screen.findByRole('link', { name: 'Fra Bønnerup til bybussen' });
    expect(link.getAttribute('href')).toBe('/historie/1');
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

describe('reading a story in place', () => {
  it('opens and closes the story body with a button that says what it does', async () => {
    render(
      <StoriesRoot
        repository={new FakeStoryRepository([story(1, 'Klimaindsats i Vej og Park', { body: '<p>Vi planter <b>træer</b> &amp; hække.</p><p>Alle kan være med.</p>' })])}
        strings={getStrings('da')}
        today="2026-11-27"
        maxItems={6}
      />,
    );
    const open = await screen.findByRole('button', { name: 'Læs historien: Klimaindsats i Vej og Park' });
    expect(open.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Vi planter træer & hække.').closest('[hidden]')).not.toBeNull();
    fireEvent.click(open);
    expect(screen.getByRole('button', { name: 'Skjul historien: Klimaindsats i Vej og Park' }).getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByText('Vi planter træer & hække.').closest('[hidden]')).toBeNull();
    expect(screen.getByText('Alle kan være med.')).toBeTruthy();
  });
});
