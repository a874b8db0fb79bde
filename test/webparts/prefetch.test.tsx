/** @jest-environment jsdom */
/**
 * A reader's first read starts before its root renders (render-as-you-fetch: in SharePoint from the web part's onInit,
 * on the local page before React draws it), and the root takes that read instead of asking again. Each started read is
 * handed to one root, once, for the settings it was started with. Through the real Navnenyt definition and root.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { NAVNENYT } from '../../src/features/navnenyt/webparts/navnenyt/definition';
import type { INavnenytReaderRepositories } from '../../src/features/navnenyt/webparts/navnenyt/repositories';
import { prefetchWebPart, renderWebPart } from '../../src/shared/webparts/definition';
import type { IHostContext } from '../../src/shared/webparts/hostContext';
import { getCommonStrings } from '../../src/shared/loc/strings';
import { choicesOf, FakeNavnenytRepository, matrix } from '../support/fakes';

const ANNE = { id: 1, name: 'Anne Hansen', type: 'jubilee', employee: { id: 1, name: 'Anne Hansen' }, eventDate: '2026-11-27', years: 25, consentConfirmed: true, approval: 'approved' } as const;

function hostWith(repo: FakeNavnenytRepository): IHostContext {
  const repos: INavnenytReaderRepositories = { navnenyt: repo };
  return { connect: () => repos as never, strings: getCommonStrings('da'), today: '2026-11-27', siteUrl: 'https://norddjurs.sharepoint.com/sites/intranet' } as IHostContext;
}

beforeEach(() => window.localStorage.clear());

it('sends the read before the root renders, and the root shows its answer without asking again', async () => {
  const repo = new FakeNavnenytRepository([ANNE], [choicesOf(1, 'Anne Hansen', matrix(true))]);
  const host = hostWith(repo);
  prefetchWebPart(NAVNENYT, {}, host);
  expect(repo.queries).toEqual([{ from: '2026-10-28', to: '2026-12-11' }]);
  render(renderWebPart(NAVNENYT, {}, host));
  expect(await screen.findByRole('article', { name: 'Anne Hansen' })).toBeTruthy();
  expect(repo.queries).toHaveLength(1);
});

it('hands a read to one root only: the next root with the same settings reads for itself', async () => {
  const repo = new FakeNavnenytRepository([ANNE], [choicesOf(1, 'Anne Hansen', matrix(true))]);
  const host = hostWith(repo);
  prefetchWebPart(NAVNENYT, {}, host);
  prefetchWebPart(NAVNENYT, {}, host);
  expect(repo.queries).toHaveLength(1);
  render(renderWebPart(NAVNENYT, {}, host));
  render(renderWebPart(NAVNENYT, {}, host));
  await act(async () => Promise.resolve());
  expect(repo.queries).toHaveLength(2);
});

it('is not taken by a root with other settings', async () => {
  const repo = new FakeNavnenytRepository([ANNE], [choicesOf(1, 'Anne Hansen', matrix(true))]);
  const host = hostWith(repo);
  prefetchWebPart(NAVNENYT, {}, host);
  render(renderWebPart(NAVNENYT, { daysBack: 7 }, host));
  await act(async () => Promise.resolve());
  expect(repo.queries).toEqual([
    { from: '2026-10-28', to: '2026-12-11' },
    { from: '2026-11-20', to: '2026-12-11' },
  ]);
});

it('a started read that fails is shown by the root in Danish, and Prøv igen reads again', async () => {
  const repo = new FakeNavnenytRepository([ANNE], [choicesOf(1, 'Anne Hansen', matrix(true))]);
  repo.failNext('throttled');
  const host = hostWith(repo);
  prefetchWebPart(NAVNENYT, {}, host);
  render(renderWebPart(NAVNENYT, {}, host));
  expect(await screen.findByText(getCommonStrings('da').common.errors.throttled)).toBeTruthy();
  fireEvent.click(screen.getByRole('button', { name: 'Prøv igen' }));
  expect(await screen.findByRole('article', { name: 'Anne Hansen' })).toBeTruthy();
  expect(repo.queries).toHaveLength(2);
});
