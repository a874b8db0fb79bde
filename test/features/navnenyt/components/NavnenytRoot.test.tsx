/** @jest-environment jsdom */
import * as React from 'react';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import { NavnenytRoot } from '../../../../src/features/navnenyt/components/navnenyt/NavnenytRoot';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { navnenytStrings } from '../../../../src/features/navnenyt/loc/navnenytStrings';
import { choicesOf, FakeNavnenytRepository, matrix } from '../../../support/fakes';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
import { HostFeatures } from '../../../../src/shared/components/common/hostFeatures';
import type { ITeamsChat } from '../../../../src/shared/components/common/hostFeatures';

const da = navnenytStrings(getCommonStrings('da'));
const ANNE = 'Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd, har 25 års jubilæum fredag den 27. november.';

function item(id: number, name: string, extra: Partial<INavnenytItem> = {}): INavnenytItem {
  return {
    id,
    name,
    type: 'jubilee',
    employee: { id, name, email: `${name.split(' ')[0].toLowerCase()}@norddjurs.dk` },
    eventDate: '2026-11-27',
    years: 25,
    jobTitle: 'Social- og sundhedsassistent',
    workplace: 'Hjemmeplejen Syd',
    area: 'Social, Sundhed og Omsorg',
    consentConfirmed: true,
    approval: 'approved',
    ...extra,
  };
}

function renderRoot(repo: FakeNavnenytRepository, lang: 'da' | 'en' = 'da', extra: { area?: string } = {}): void {
  render(<NavnenytRoot repository={repo} strings={navnenytStrings(getCommonStrings(lang))} today="2026-11-27" daysBack={30} daysAhead={14} maxItems={30} {...extra} />);
}

beforeEach(() => window.localStorage.clear());

describe('Navnenyt reader', () => {
  it('says it is loading while the list answers, then shows the Danish sentence under "I dag"', async () => {
    const repo = new FakeNavnenytRepository([item(1, 'Anne Hansen')], [choicesOf(1, 'Anne Hansen', matrix(true))]);
    repo.hold();
    renderRoot(repo);
    expect(screen.getByText(da.navnenyt.loading)).toBeTruthy();
    await act(async () => repo.release());
    const today = await screen.findByRole('group', { name: 'I dag' });
    expect(within(today).getByText(ANNE)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Navnenyt' })).toBeTruthy();
    expect(repo.queries).toEqual([{ from: '2026-10-28', to: '2026-12-11' }]);
  });

  it('groups by today, this week, coming and recently, and sorts names the Danish way', async () => {
    const repo = new FakeNavnenytRepository(
      [
        item(1, 'Åse Kristensen', { eventDate: '2026-11-25' }),
        item(2, 'Ærø Nielsen', { eventDate: '2026-11-25' }),
        item(3, 'Bo Ørum', { eventDate: '2026-12-03' }),
        item(4, 'Karen Vivild', { eventDate: '2026-11-20' }),
      ],
      [1, 2, 3, 4].map((id) => choicesOf(id, '', matrix(true))),
    );
    renderRoot(repo);
    const week = await screen.findByRole('group', { name: 'Denne uge (uge 48)' });
    const names = within(week).getAllByRole('article').map((a) => a.getAttribute('aria-label'));
    expect(names).toEqual(['Ærø Nielsen', 'Åse Kristensen']);
    expect(within(screen.getByRole('group', { name: 'Kommende' })).getByRole('article', { name: 'Bo Ørum' })).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'For nylig' })).getByRole('article', { name: 'Karen Vivild' })).toBeTruthy();
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
    expect(await screen.findByText(ANNE)).toBeTruthy();
    expect(repo.queries).toHaveLength(2);
  });

  it('hides a person who said no to jubilee mentions, and shows age and photo only with their own yes', async () => {
    const repo = new FakeNavnenytRepository(
      [
        item(1, 'Anne Hansen', { photo: { url: '/anne.jpg', alt: '' } }),
        item(2, 'Søren Østergaard'),
        item(3, 'Mette Bønnerup', { type: 'birthday', years: 60, jobTitle: undefined, workplace: 'Vej og Park', photo: { url: '/mette.jpg', alt: '' } }),
      ],
      [
        choicesOf(1, 'Anne Hansen', matrix(true)),
        choicesOf(2, 'Søren Østergaard', matrix(true, { 'intranet.jubilee': false })),
        choicesOf(3, 'Mette Bønnerup', matrix(true, { 'intranet.age': false, 'intranet.photo': false })),
      ],
    );
    renderRoot(repo);
    expect(await screen.findByText(ANNE)).toBeTruthy();
    expect(screen.queryByRole('article', { name: 'Søren Østergaard' })).toBeNull();
    const mette = screen.getByRole('article', { name: 'Mette Bønnerup' });
    expect(within(mette).getByText('Mette Bønnerup, Vej og Park, har fødselsdag fredag den 27. november.')).toBeTruthy();
    expect(mette.querySelector('img')).toBeNull();
    expect(screen.getByRole('article', { name: 'Anne Hansen' }).querySelector('img')?.getAttribute('src')).toBe('/anne.jpg');
  });

  it('offers a Teams congratulation with a Danish greeting and an e-mail fallback', async () => {
    renderRoot(new FakeNavnenytRepository([item(1, 'Anne Hansen')], [choicesOf(1, 'Anne Hansen', matrix(true))]));
    const teams = await screen.findByRole('link', { name: 'Sig tillykke til Anne Hansen i Teams' });
    expect(teams.getAttribute('href')).toBe(
      `https://teams.microsoft.com/l/chat/0/0?users=anne%40norddjurs.dk&message=${encodeURIComponent('Tillykke med dit 25 års jubilæum, Anne!')}`,
    );
    expect(screen.getByRole('link', { name: 'Send en hilsen til Anne Hansen på e-mail' }).getAttribute('href')).toMatch(/^mailto:anne@norddjurs\.dk\?subject=/);
  });

  it('in Teams, opens the chat through Teams\' SDK with the greeting, and falls back to the deep link when Teams refuses', async () => {
    const chats: [string, string][] = [];
    let refuse = false;
    const teamsChat: ITeamsChat = {
      openChat: (email, message) => {
        chats.push([email, message]);
        return refuse ? Promise.reject(new Error('not supported')) : Promise.resolve();
      },
    };
    const opened = jest.spyOn(window, 'open').mockImplementation(() => null);
    render(
      <HostFeatures.Provider value={{ inTeams: true, teamsChat }}>
        <NavnenytRoot repository={new FakeNavnenytRepository([item(1, 'Anne Hansen')], [choicesOf(1, 'Anne Hansen', matrix(true))])} strings={da} today="2026-11-27" daysBack={30} daysAhead={14} maxItems={30} />
      </HostFeatures.Provider>,
    );
    const button = await screen.findByRole('button', { name: 'Sig tillykke til Anne Hansen i Teams' });
    expect(screen.queryByRole('link', { name: 'Sig tillykke til Anne Hansen i Teams' })).toBeNull();
    fireEvent.click(button);
    expect(chats).toEqual([['anne@norddjurs.dk', 'Tillykke med dit 25 års jubilæum, Anne!']]);
    expect(opened).not.toHaveBeenCalled();
    refuse = true;
    await act(async () => {
      fireEvent.click(button);
      await Promise.resolve();
    });
    expect(opened).toHaveBeenCalledWith(expect.stringMatching(/^https:\/\/teams\.microsoft\.com\/l\/chat\/0\/0\?users=anne%40norddjurs\.dk/), '_blank', 'noopener,noreferrer');
    opened.mockRestore();
  });

  it('filters to the reader\'s own area and remembers it on the device', async () => {
    const repo = new FakeNavnenytRepository(
      [item(1, 'Anne Hansen'), item(2, 'Lars Glesborg', { area: 'Teknik og Miljø' })],
      [choicesOf(1, '', matrix(true)), choicesOf(2, '', matrix(true))],
    );
    renderRoot(repo);
    expect(await screen.findByRole('article', { name: 'Lars Glesborg' })).toBeTruthy();
    const filter = screen.getByRole('combobox', { name: /Vis navnenyt fra/ });
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual(['Hele kommunen', 'Social, Sundhed og Omsorg', 'Teknik og Miljø']);
    fireEvent.change(filter, { target: { value: 'Teknik og Miljø' } });
    expect(screen.queryByRole('article', { name: 'Anne Hansen' })).toBeNull();
    expect(screen.getByRole('article', { name: 'Lars Glesborg' })).toBeTruthy();
    expect(window.localStorage.getItem('medarbejdernyt:navnenyt:omraade')).toBe('Teknik og Miljø');
    expect(repo.queries).toHaveLength(1);
  });

  it('speaks English when the page is English', async () => {
    renderRoot(new FakeNavnenytRepository([item(1, 'Anne Hansen')], [choicesOf(1, 'Anne Hansen', matrix(true))]), 'en');
    expect(await screen.findByText('Anne Hansen, social- og sundhedsassistent at Hjemmeplejen Syd, celebrates 25 years of service on Friday 27 November.')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: 'Name news' }).closest('section')?.getAttribute('lang')).toBe('en');
  });
});
