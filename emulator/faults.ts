/**
 * Fault injection for tests: answer the next N requests (or a share of them) with 429 Too Many Requests or
 * 503 Server Too Busy and a Retry-After header, as SharePoint Online does when it throttles.
 */
import type { Core } from './core';
import { SpError } from './errors';
import type { IEmuRequest, IFaultSpec } from './types';

export function setFaults(core: Core, spec: IFaultSpec): void {
  if (spec.status !== 429 && spec.status !== 503) throw new Error('status must be 429 or 503');
  if (spec.count === undefined && spec.share === undefined) throw new Error('give count or share');
  if (spec.share !== undefined && (spec.share < 0 || spec.share > 1)) throw new Error('share must be between 0 and 1');
  core.fault = { ...spec, retryAfter: spec.retryAfter ?? 1, remaining: spec.count ?? Number.POSITIVE_INFINITY };
}

/**
 * Marks a development tool's own request (the local front page asking who is signed in): it never gets, and never
 * uses up, an injected fault, which is meant for the web parts' requests.
 */
export const PROBE_HEADER = 'x-emulator-probe';

/** Returns the fault for this request, if one applies, and counts it down. */
export function takeFault(core: Core, req: IEmuRequest): SpError | undefined {
  const f = core.fault;
  if (!f || req.headers.get(PROBE_HEADER) === '1') return undefined;
  if (f.count !== undefined) {
    if (f.remaining <= 0) {
      core.fault = null;
      return undefined;
    }
    f.remaining--;
    if (f.remaining <= 0) core.fault = null;
  } else if (Math.random() >= (f.share ?? 0)) {
    return undefined;
  }
  const retry = String(f.retryAfter ?? 1);
  if (f.status === 429) {
    return new SpError(429, '-2147024860, Microsoft.SharePoint.SPQueryThrottledException', 'The request has been throttled. Please retry after the time given in the Retry-After header.', {
      'retry-after': retry,
      'ratelimit-limit': '1200',
      'ratelimit-remaining': '0',
      'ratelimit-reset': retry,
    });
  }
  return new SpError(503, '-2147024860, Microsoft.SharePoint.SPServerTooBusyException', 'The server is too busy. Please retry after the time given in the Retry-After header.', { 'retry-after': retry });
}
