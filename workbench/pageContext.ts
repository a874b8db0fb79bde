/**
 * What SharePoint writes into every page it serves (`_spPageContextInfo`, SPFx's `legacyPageContext`), the local
 * server writes into the front page: who is signed in and the site's time zone, as one JSON script the page reads at
 * start. The page then renders the web parts at once instead of asking first (on a phone's 3G each question costs half
 * a second), and the web parts ask neither again (src/shared/data/pageContext.ts).
 *
 * Serving the page also moves the local SharePoint's clock to the page's `?today=` (the real clock without one; a
 * story page opened from a card keeps the clock the front page set), as the page's own script did before it rendered.
 * Only for a navigation (a browser asking for HTML), never for an image or a script.
 */
import { isIsoDate } from '../src/shared/domain/dates';
import { PROBE_HEADER } from '../emulator/faults';
import type { IEmuRequest, IEmuResponse } from '../emulator/index';
import type { IEmulatorHandle } from './server';
import { CLOCK_PATH, SITE_PATH, storyFileOf } from './app/config';
import type { IWorkbenchPageContext } from './app/pageContext';

function ask(emu: IEmulatorHandle, req: IEmuRequest, cookie: string, method: string, pathAndQuery: string, body?: object): IEmuResponse {
  const headers = new Map<string, string>([
    ['accept', 'application/json;odata=nometadata'],
    // The page's own questions: they never get or use up a fault injected for the web parts.
    [PROBE_HEADER, '1'],
  ]);
  if (cookie) headers.set('cookie', cookie);
  if (body) headers.set('content-type', 'application/json');
  return emu.handle({ method, url: new URL(pathAndQuery, req.url), headers, body: Buffer.from(body ? JSON.stringify(body) : '') });
}

function json<T>(r: IEmuResponse): T | undefined {
  if (r.status !== 200 || r.body === null) return undefined;
  try {
    return JSON.parse(r.body.toString()) as T;
  } catch {
    return undefined;
  }
}

/** Moves the clock as the page asks, then reads the page's context as the browser with `cookie` (its sign-in). */
export function pageContextFor(emu: IEmulatorHandle, req: IEmuRequest, cookie: string): IWorkbenchPageContext {
  if ((req.headers.get('accept') ?? '').includes('text/html')) {
    const requested = req.url.searchParams.get('today');
    const fixed = requested !== null && isIsoDate(requested);
    if (fixed || !storyFileOf(req.url.pathname)) ask(emu, req, '', 'POST', CLOCK_PATH, { today: fixed ? requested : null });
  }
  const user = json<{ Id: number; Title: string; Email: string }>(ask(emu, req, cookie, 'GET', `${SITE_PATH}/_api/web/currentUser?$select=Id,Title,Email`));
  const timeZone = json<IWorkbenchPageContext['timeZone']>(ask(emu, req, cookie, 'GET', `${SITE_PATH}/_api/web/regionalSettings/timeZone?$select=Id,Description,Information`));
  return { user: user ? { id: user.Id, title: user.Title, email: user.Email } : undefined, timeZone: user ? timeZone : undefined };
}

/** The context as a script element for the page's head (`<` escaped, so no value can end the script). */
export function pageContextScript(context: IWorkbenchPageContext): string {
  const text = JSON.stringify(context).replace(/</g, '\\u003c');
  return `<script id="page-context" type="application/json">${text}</script>`;
}
