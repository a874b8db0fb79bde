/**
 * One question per site: the answer to a question about the site a PnPjs instance reads (its time zone, a list's
 * permissions, HR's members), shared by every repository built over that instance, so the web parts of one page ask it
 * once. A failed question is asked again next time.
 * `keep`: `'page'` keeps the answer for the page's life; `'inFlight'` shares it only while it is being asked (for an
 * answer that must be read fresh by a later action).
 */
import type { SPFI } from '@pnp/sp';

export type Ask<K, T> = (sp: SPFI, key: K, ask: () => Promise<T>) => Promise<T>;

export function askedPerSite<K, T>(keep: 'page' | 'inFlight'): Ask<K, T> {
  const asked = new WeakMap<SPFI, Map<K, Promise<T>>>();
  return (sp, key, ask) => {
    let site = asked.get(sp);
    if (!site) asked.set(sp, (site = new Map()));
    const known = site.get(key);
    if (known) return known;
    const asking = ask();
    site.set(key, asking);
    const forget = (): void => {
      if (site?.get(key) === asking) site.delete(key);
    };
    if (keep === 'page') asking.catch(forget);
    else asking.then(forget, forget);
    return asking;
  };
}
