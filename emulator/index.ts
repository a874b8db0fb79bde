/**
 * The local SharePoint emulator: `createEmulator(options)` gives a request handler over SQLite that can be used
 * in-process (`emulator.fetch`, a fetch-compatible function PnPjs can send through) or served over HTTP
 * (`emulator.listen(port)`, or `emulator.middleware` inside another Node server such as Vite's).
 */
import type * as http from 'http';
import { Admin } from './admin';
import { Core } from './core';
import { handleRequest } from './handler';
import { listen, nodeMiddleware, toEmuRequest } from './server';
import type { IEmulatorAdmin, IEmulatorOptions, IEmuRequest, IEmuResponse } from './types';

export { isLoopback } from './http/origin';
export { refuseHost } from './server';
export type { IEmulatorAdmin, IEmulatorOptions, IEmuRequest, IEmuResponse, IAddUser, IAddItemsOptions, IAddPage, IFaultSpec, ApprovalState } from './types';

export type FetchLike = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

export interface IEmulator {
  readonly admin: IEmulatorAdmin;
  /** Site URL, e.g. http://localhost:4321/sites/intranet */
  readonly siteUrl: string;
  /** Handles one request synchronously (SQLite is synchronous). */
  handle(req: IEmuRequest): IEmuResponse;
  /** A fetch-compatible function answering from the emulator, in-process. */
  fetch: FetchLike;
  /** Node (connect-style) middleware; calls next() for URLs the emulator does not serve when `next` is given. */
  middleware: (req: http.IncomingMessage, res: http.ServerResponse, next?: () => void) => void;
  /** Starts an HTTP server; port 0 picks a free port. Resolves with the site URL. */
  listen(port: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

export function createEmulator(options: IEmulatorOptions = {}): IEmulator {
  const core = new Core(options);
  const admin = new Admin(core);
  let server: http.Server | undefined;
  const emulator: IEmulator = {
    admin,
    get siteUrl(): string {
      return core.siteUrl();
    },
    handle: (req) => handleRequest(core, req),
    fetch: async (input, init) => {
      const req = await toEmuRequest(input, init, core.maxBodyBytes);
      const res = handleRequest(core, req);
      const body = res.status === 204 || res.status === 304 || res.body === null ? null : res.body;
      return new Response(body, { status: res.status, statusText: reason(res.status), headers: res.headers });
    },
    middleware: nodeMiddleware(core),
    listen: async (port, host = '127.0.0.1') => {
      const started = await listen(core, port, host);
      server = started.server;
      return core.siteUrl();
    },
    close: async () => {
      if (server) {
        const s = server;
        server = undefined;
        await new Promise<void>((resolve) => s.close(() => resolve()));
      }
      core.db.close();
    },
  };
  return emulator;
}

function reason(status: number): string {
  const map: Record<number, string> = { 200: 'OK', 201: 'Created', 204: 'No Content', 302: 'Found', 400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 412: 'Precondition Failed', 413: 'Payload Too Large', 423: 'Locked', 429: 'Too Many Requests', 500: 'Internal Server Error', 503: 'Service Unavailable' };
  return map[status] ?? '';
}
