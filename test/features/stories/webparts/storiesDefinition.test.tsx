/** @jest-environment jsdom */
/**
 * The stories web part's root, as its definition builds it: when the host renders again with the same settings and
 * repositories (SharePoint does on every property-pane change), the stories are not fetched again.
 */
import { act, render } from '@testing-library/react';
import { STORIES } from '../../../../src/features/stories/webparts/stories/definition';
import type { IStoriesRepositories } from '../../../../src/features/stories/webparts/stories/repositories';
import { getCommonStrings } from '../../../../src/shared/loc/strings';
import { FakeStoryRepository } from '../../../support/fakes';

it('does not fetch again when the host renders again', async () => {
  const stories = new FakeStoryRepository([]);
  const repos: IStoriesRepositories = { stories, withChoices: async (_key, load) => ({ value: await load(), choices: new Map() }) };
  const host = { strings: STORIES.strings(getCommonStrings('da')), today: '2026-11-27', siteUrl: 'https://norddjurs.sharepoint.com/sites/intranet', connect: () => repos } as unknown as Parameters<typeof STORIES.root>[2];
  const element = (): ReturnType<typeof STORIES.root> => STORIES.root(STORIES.defaults, repos, host);
  const view = render(element());
  await act(async () => Promise.resolve());
  view.rerender(element());
  await act(async () => Promise.resolve());
  expect(stories.queries).toHaveLength(1);
});
