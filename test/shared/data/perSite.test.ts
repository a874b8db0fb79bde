/**
 * One question per site (src/shared/data/perSite.ts): the web parts over one PnPjs instance share an answer; another
 * instance asks for itself; a failure is asked again; an in-flight answer is shared only while it is being asked.
 */
import type { SPFI } from '@pnp/sp';
import { askedPerSite } from '../../../src/shared/data/perSite';

const site = (): SPFI => ({}) as SPFI;

/** A question that counts how often it was asked and answers (or fails) when told. */
function question(): { ask: () => Promise<number>; count: () => number; fail: boolean } {
  let asked = 0;
  const q = {
    fail: false,
    count: () => asked,
    ask: (): Promise<number> => {
      asked++;
      return q.fail ? Promise.reject(new Error('503')) : Promise.resolve(asked);
    },
  };
  return q;
}

describe('askedPerSite', () => {
  it("'page': one question per site and key for the page's life; another site or key asks for itself", async () => {
    const per = askedPerSite<string, number>('page');
    const q = question();
    const a = site();
    expect(await per(a, 'Navnenyt', q.ask)).toBe(1);
    expect(await per(a, 'Navnenyt', q.ask)).toBe(1);
    expect(await per(a, 'Portraits', q.ask)).toBe(2);
    expect(await per(site(), 'Navnenyt', q.ask)).toBe(3);
    expect(q.count()).toBe(3);
  });

  it('asks again after a failure', async () => {
    const per = askedPerSite<string, number>('page');
    const q = question();
    const a = site();
    q.fail = true;
    await expect(per(a, 'x', q.ask)).rejects.toThrow('503');
    q.fail = false;
    expect(await per(a, 'x', q.ask)).toBe(2);
  });

  it("'inFlight': questions asked at the same moment share one answer; a later one asks anew", async () => {
    const per = askedPerSite<string, number>('inFlight');
    const q = question();
    const a = site();
    const [first, second] = await Promise.all([per(a, 'hr', q.ask), per(a, 'hr', q.ask)]);
    expect([first, second]).toEqual([1, 1]);
    expect(await per(a, 'hr', q.ask)).toBe(2);
  });
});
