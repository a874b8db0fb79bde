/**
 * PnPjs behaviours for using the emulator from Node: `EmulatorSend(emulator)` sends every request to the in-process
 * emulator (no HTTP; PnPjs's own retry is then not involved, use the HTTP server to test retries), and
 * `BearerAuth(email)` signs requests as a user (which also makes PnPjs skip the form digest, as with bearer tokens).
 *
 *   const sp = spfi(emulator.siteUrl).using(SPBrowser({ baseUrl: emulator.siteUrl }), EmulatorSend(emulator), BearerAuth('jonas.nielsen@norddjurs.dk'));
 */
import type { Queryable } from '@pnp/queryable';
import type { FetchLike } from './index';

export function EmulatorSend(emulator: { fetch: FetchLike }): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.send.replace(async (url: URL, init: RequestInit) => emulator.fetch(url.toString(), init));
    return instance;
  };
}

export function BearerAuth(email: string): (instance: Queryable) => Queryable {
  return (instance) => {
    instance.on.auth.prepend(async (url: URL, init: RequestInit) => {
      init.headers = { ...(init.headers as Record<string, string> | undefined), Authorization: `Bearer ${email}` };
      return [url, init];
    });
    return instance;
  };
}
