/**
 * Who is signed in (asked of the local SharePoint through PnPjs, as a web part would), the emulator's sign-in
 * endpoint, and the page's clock.
 */
import type { SPFI } from '@pnp/sp';
import { InjectHeaders } from '@pnp/queryable';
import '@pnp/sp/webs';
import '@pnp/sp/site-users/web';
import { PROBE_HEADER } from '../../emulator/faults';
import { CLOCK_PATH, SIGN_IN_PATH } from './config';

export interface ISignedInUser {
  readonly id: number;
  readonly title: string;
  readonly email: string;
}

/** Who is signed in. The page's own question, marked as such: it never gets or uses up a fault injected for the web parts. */
export async function currentUser(sp: SPFI): Promise<ISignedInUser | undefined> {
  try {
    const u = await sp.web.currentUser.using(InjectHeaders({ [PROBE_HEADER]: '1' })).select('Id', 'Title', 'Email')();
    return { id: u.Id, title: u.Title, email: u.Email };
  } catch {
    return undefined;
  }
}

/** The emulator's sign-in form address; after signing in it redirects back to this page (`returnUrl`). */
export function signInAction(): string {
  return `${SIGN_IN_PATH}?returnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
}

/** Moves the local SharePoint's clock to the page's date (null: the real clock), through the emulator's admin endpoint. */
export async function syncClock(today: string | null): Promise<void> {
  const res = await fetch(CLOCK_PATH, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ today }),
    credentials: 'same-origin',
  });
  if (!res.ok) throw new Error(`Clock answered ${res.status}`);
}
