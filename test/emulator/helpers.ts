/**
 * Shared set-up for the emulator conformance suite: an in-memory emulator and real PnPjs instances signed in as the
 * demo accounts of emulator/site.json.
 */
import { spfi, SPFI, SPBrowser } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/fields';
import '@pnp/sp/batching';
import '@pnp/sp/site-users/web';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/attachments';
import '@pnp/sp/files';
import '@pnp/sp/folders';
import { createEmulator, IEmulator, IEmulatorOptions } from '../../emulator';
import { BearerAuth, EmulatorSend } from '../../emulator/pnp';

export const USERS = {
  owner: 'birgitte.kjaer@norddjurs.dk',
  hr: 'lars.ostergaard@norddjurs.dk',
  comms: 'mette.sorensen@norddjurs.dk',
  employee: 'jonas.nielsen@norddjurs.dk',
  employee2: 'sofie.andersen@norddjurs.dk',
} as const;

export function newEmulator(opts: IEmulatorOptions = {}): IEmulator {
  return createEmulator({ realClock: () => new Date('2026-11-27T09:30:00Z'), ...opts });
}

/** PnPjs as a user, sending in-process to the emulator. */
export function spAs(emu: IEmulator, email: string): SPFI {
  return spfi(emu.siteUrl).using(SPBrowser({ baseUrl: emu.siteUrl }), EmulatorSend(emu), BearerAuth(email));
}

export interface IErrorInfo {
  status: number;
  code: string;
  message: string;
}

/** Awaits a PnPjs call that must fail and returns SharePoint's error as the caller would read it. */
export async function spError(p: Promise<unknown>): Promise<IErrorInfo> {
  try {
    await p;
  } catch (e) {
    const err = e as { status?: number; response?: Response; message?: string };
    if (!err.response) throw e;
    const body = (await err.response.clone().json()) as Record<string, { code: string; message: { value: string } }>;
    const inner = body['odata.error'] ?? body.error;
    return { status: err.status ?? 0, code: inner.code, message: inner.message.value };
  }
  throw new Error('expected the call to fail');
}

/** A raw request with bearer auth (for shapes PnPjs hides). */
export async function raw(emu: IEmulator, email: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  if (!headers.has('accept')) headers.set('accept', 'application/json');
  headers.set('authorization', `Bearer ${email}`);
  return emu.fetch(path.startsWith('http') ? path : `${emu.siteUrl}/_api/${path}`, { ...init, headers });
}
