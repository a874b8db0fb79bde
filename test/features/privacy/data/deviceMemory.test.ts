/** @jest-environment jsdom */
/**
 * The device's memory of which people a reader's list named (site user ids only), per site: kept between visits,
 * never trusted beyond what it can be (numbers), and never in the way when the browser blocks or fills its storage.
 */
import { deviceMemory } from '../../../../src/features/privacy/data/deviceMemory';
import { MOST_REMEMBERED } from '../../../../src/features/privacy/domain/peopleMemory';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';

beforeEach(() => window.localStorage.clear());

it('is there on the next visit (a new page), for the same site only', () => {
  deviceMemory(SITE).remember('navnenyt|', [12, 40]);
  expect(deviceMemory(SITE).recall('navnenyt|')).toEqual([12, 40]);
  expect(deviceMemory('https://norddjurs.sharepoint.com/sites/hr').recall('navnenyt|')).toEqual([]);
  expect(Object.values(window.localStorage)).toEqual(['[12,40]']);
});

it('recalls nothing from storage that is not a short list of user ids', () => {
  const memory = deviceMemory(SITE);
  for (const stored of ['{"a":1}', '[1,"Anne Hansen"]', '[0]', 'ikke json', JSON.stringify(Array.from({ length: MOST_REMEMBERED + 1 }, (_x, i) => i + 1))]) {
    window.localStorage.setItem(`medarbejdernyt:people:${SITE}|k`, stored);
    expect(memory.recall('k')).toEqual([]);
  }
});

it("keeps working for the page's life when the browser refuses to store", () => {
  const setItem = jest.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
    throw new DOMException('full', 'QuotaExceededError');
  });
  try {
    const memory = deviceMemory(SITE);
    memory.remember('k', [7]);
    expect(memory.recall('k')).toEqual([7]);
  } finally {
    setItem.mockRestore();
  }
});
