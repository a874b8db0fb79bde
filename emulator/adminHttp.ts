/**
 * Development-only admin endpoints under /_emulator/ (no authentication: never expose the emulator beyond localhost).
 * Writes are accepted only from the same origin (or from scripts that send no Origin) and POSTs only as JSON:
 *   GET    /_emulator/status      lists with item counts, today, threshold, active faults
 *   POST   /_emulator/faults      {"status":429|503,"count":N | "share":0.3,"retryAfter":1}
 *   DELETE /_emulator/faults
 *   POST   /_emulator/today       {"today":"2026-11-27"} or {"today":null}
 *   POST   /_emulator/threshold   {"listViewThreshold":5000}
 */
import type { Core } from './core';
import { setFaults } from './faults';
import { crossSiteRefusal } from './http/origin';
import type { IEmuRequest, IEmuResponse, IFaultSpec } from './types';

function reply(status: number, body: unknown): IEmuResponse {
  return { status, headers: { 'content-type': 'application/json;charset=utf-8' }, body: JSON.stringify(body) };
}

export function status(core: Core): Record<string, unknown> {
  return {
    siteUrl: core.siteUrl(),
    today: core.today(),
    listViewThreshold: core.listViewThreshold,
    fault: core.fault ? { status: core.fault.status, remaining: core.fault.count !== undefined ? core.fault.remaining : null, share: core.fault.share ?? null } : null,
    users: core.principals.userCount(),
    lists: core.catalogue.all().map((l) => ({ title: l.title, url: `${core.sitePath}/${l.url}`, itemCount: core.items.count(l) })),
  };
}

export function handleAdminHttp(core: Core, req: IEmuRequest): IEmuResponse {
  const route = req.url.pathname.toLowerCase().replace(/\/+$/, '');
  const method = req.method.toUpperCase();
  if (method !== 'GET') {
    const refused = crossSiteRefusal(req);
    if (refused) return reply(403, { error: refused });
  }
  let body: Record<string, unknown> = {};
  if (method === 'POST') {
    // A cross-site HTML form can POST text/plain without asking first; application/json it cannot.
    const type = (req.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
    if (type !== 'application/json') return reply(415, { error: 'Admin requests must be sent as Content-Type: application/json.' });
    try {
      const parsed: unknown = JSON.parse(req.body.toString('utf8') || '{}');
      if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return reply(400, { error: 'A JSON object was expected.' });
      body = parsed as Record<string, unknown>;
    } catch {
      return reply(400, { error: 'Malformed JSON.' });
    }
  }
  try {
    if (route === '/_emulator/status' && method === 'GET') return reply(200, status(core));
    if (route === '/_emulator/faults' && method === 'POST') {
      setFaults(core, body as unknown as IFaultSpec);
      return reply(200, status(core));
    }
    if (route === '/_emulator/faults' && method === 'DELETE') {
      core.fault = null;
      return reply(200, status(core));
    }
    if (route === '/_emulator/today' && method === 'POST') {
      const t = body.today;
      if (t !== null && typeof t !== 'string') return reply(400, { error: 'today must be "YYYY-MM-DD" or null' });
      core.setToday(t);
      return reply(200, status(core));
    }
    if (route === '/_emulator/threshold' && method === 'POST') {
      const n = Number(body.listViewThreshold);
      if (!Number.isInteger(n) || n < 1) return reply(400, { error: 'listViewThreshold must be a positive integer' });
      core.listViewThreshold = n;
      return reply(200, status(core));
    }
  } catch (e) {
    return reply(400, { error: e instanceof Error ? e.message : String(e) });
  }
  return reply(404, { error: `No admin endpoint ${method} ${route}` });
}
