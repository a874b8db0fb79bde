/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { PortraitsRoot } from '../../../../src/features/portraits/components/portraits/PortraitsRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { portraitsStrings } from '../../../../src/features/portraits/loc/portraitsStrings';
import { choicesOf, FakePortraitRepository, matrix } from '../../../support/fakes';
import type { IPortrait } from '../../../../src/features/portraits/domain/models';

function portrait(id: number, name: string): IPortrait {
  return {
    id,
    name,
    employee: { id, name },
    profession: 'Pædagog',
    workplace: 'Børnehuset Ørum',
    quote: 'Ingen dage er ens',
    photo: { url: `/foto-${id}.svg`, alt: '' },
    channels: { linkedIn: { status: 'notShared' }, facebook: { status: 'notShared' } },
    jobAdvertUrl: 'https://www.norddjurs.dk/job',
  };
}

function renderRoot(repo: FakePortraitRepository): ReturnType<typeof render> {
  return render(<PortraitsRoot repository={repo} strings={portraitsStrings(getCommonStrings('da'))} maxItems={6} />);
}

describe('Medarbejderportrætter', () => {
  it('shows a spinner, then the portraits whose people said yes, with photo only where they allowed it', async () => {
    const repo = new FakePortraitRepository(
      [portrait(1, 'Mette Aagaard'), portrait(2, 'Jens-Ole Bæk'), portrait(3, 'Åse Kristensen')],
      [
        choicesOf(1, 'Mette Aagaard', matrix(true)),
        choicesOf(2, 'Jens-Ole Bæk', matrix(true, { 'intranet.photo': false })),
        choicesOf(3, 'Åse Kristensen', matrix(true, { 'intranet.portraitText': false })),
      ],
    );
    repo.hold();
    const { container } = renderRoot(repo);
    expect(screen.getByText('Henter medarbejderportrætter …')).toBeTruthy();
    await act(async () => repo.release());
    expect(await screen.findByRole('heading', { level: 3, name: 'Mette Aagaard' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Jens-Ole Bæk' })).toBeTruthy();
    expect(screen.queryByText('Åse Kristensen')).toBeNull();
    expect(Array.from(container.querySelectorAll('img')).map((i) => i.getAttribute('src'))).toEqual(['/foto-1.svg']);
    expect(screen.getAllByRole('link', { name: 'Se ledige stillinger som pædagog' })).toHaveLength(2);
  });

  it('offers Del på LinkedIn only where the person allows LinkedIn and the job advert is public, tracked as the employee\'s share', async () => {
    const intranetAdvert = { ...portrait(3, 'Åse Kristensen'), jobAdvertUrl: 'https://norddjurs.sharepoint.com/sites/job/SitePages/p.aspx' };
    const repo = new FakePortraitRepository(
      [portrait(1, 'Mette Aagaard'), portrait(2, 'Jens-Ole Bæk'), intranetAdvert],
      [
        choicesOf(1, 'Mette Aagaard', matrix(true, { 'linkedIn.portraitText': true })),
        choicesOf(2, 'Jens-Ole Bæk', matrix(true)),
        choicesOf(3, 'Åse Kristensen', matrix(true, { 'linkedIn.portraitText': true })),
      ],
    );
    renderRoot(repo);
    await screen.findByRole('heading', { level: 3, name: 'Mette Aagaard' });
    const links = screen.getAllByRole('link', { name: /^Del på LinkedIn/ });
    expect(links).toHaveLength(1);
    expect(links[0].getAttribute('aria-label')).toBe('Del på LinkedIn: jobopslaget fra portrættet af Mette Aagaard (åbner i et nyt vindue)');
    const href = new URL(links[0].getAttribute('href') ?? '');
    expect(href.origin + href.pathname).toBe('https://www.linkedin.com/sharing/share-offsite/');
    const shared = new URL(href.searchParams.get('url') ?? '');
    expect([shared.searchParams.get('utm_source'), shared.searchParams.get('utm_medium'), shared.searchParams.get('utm_content')]).toEqual(['linkedin', 'employee', 'portraet-1']);
    expect(links[0].getAttribute('target')).toBe('_blank');
    expect(links[0].getAttribute('rel')).toContain('noopener');
  });

  it('shows nobody who has no privacy choices at all', async () => {
    renderRoot(new FakePortraitRepository([portrait(1, 'Mette Aagaard')], []));
    expect(await screen.findByText('Der er ingen portrætter at vise endnu.')).toBeTruthy();
  });

  it('explains missing access in Danish and tries again on request', async () => {
    const repo = new FakePortraitRepository([portrait(1, 'Mette Aagaard')], [choicesOf(1, 'Mette Aagaard', matrix(true))]);
    repo.failNext('forbidden');
    renderRoot(repo);
    expect(await screen.findByText(/Du har ikke adgang til listen/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByText('Mette Aagaard')).toBeTruthy();
  });
});
