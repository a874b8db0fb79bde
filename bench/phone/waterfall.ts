/**
 * The readers' requests on a throttled phone, one line each, in the order they start (by hand:
 * npx tsx bench/phone/waterfall.ts [--teams] [--cold]).
 * Same set-up as run.ts (fresh demo data, an employee, 360×740, Fast 3G, CPU ×4): prints when each request started and
 * finished (ms from the first), its status, bytes on the wire, method and path, and when the readers were ready. Shows
 * which requests wait for which: the chain of round trips that run.ts's figures add up to. Prints; asserts nothing.
 */
import type { CDPSession } from 'playwright-core';
import { READER_IDS, switchUser, waitForWebParts } from '../../test/e2e/support/frontPage';
import { accountOf } from '../../workbench/app/accounts';
import { CPU_SLOWDOWN, FAST_3G, onLocalPage, PROTOCOL } from './profile';

interface IRequest {
  readonly url: string;
  readonly method: string;
  readonly start: number;
  end?: number;
  bytes?: number;
  status?: number;
}

interface IRequestEvent {
  requestId: string;
  timestamp: number;
  request: { url: string; method: string };
}

function record(cdp: CDPSession, origin: string): Map<string, IRequest> {
  const requests = new Map<string, IRequest>();
  cdp.on('Network.requestWillBeSent', (e: IRequestEvent) => requests.set(e.requestId, { url: decodeURIComponent(e.request.url.replace(origin, '')), method: e.request.method, start: e.timestamp }));
  cdp.on('Network.responseReceived', (e: { requestId: string; response: { status: number } }) => {
    const r = requests.get(e.requestId);
    if (r) r.status = e.response.status;
  });
  cdp.on('Network.loadingFinished', (e: { requestId: string; timestamp: number; encodedDataLength: number }) => {
    const r = requests.get(e.requestId);
    if (r) Object.assign(r, { end: e.timestamp, bytes: e.encodedDataLength });
  });
  return requests;
}

onLocalPage(async (server, browser) => {
  const teams = process.argv.includes('--teams');
  const cold = process.argv.includes('--cold');
  const employee = accountOf('employee');
  if (!employee) throw new Error('emulator/site.json has no employee account');
  const url = `${server.origin}/${teams ? '?host=teams' : ''}`;
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  // A first visit fills the cache (and signs the employee in); the measured visit is the next one unless --cold.
  const setup = await context.newPage();
  await setup.goto(url);
  await switchUser(setup, employee.email, READER_IDS);
  await setup.close();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', FAST_3G);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: cold });
  if (cold) await cdp.send('Storage.clearDataForOrigin', { origin: server.origin, storageTypes: 'local_storage' });
  const requests = record(cdp, server.origin);
  await page.goto(url, { waitUntil: 'commit' });
  await waitForWebParts(page, READER_IDS);
  const ready = await page.evaluate(() => performance.now());
  const all = [...requests.values()].sort((a, b) => a.start - b.start);
  const t0 = all[0]?.start ?? 0;
  const at = (t: number | undefined): string => (t === undefined ? '…' : String(Math.round((t - t0) * 1000))).padStart(6);
  console.log(`${teams ? 'Teams view' : 'Front page'}, ${PROTOCOL}, ${cold ? 'first' : 'next'} visit: readers ready at ${Math.round(ready)} ms`);
  console.log(`${'start'.padStart(6)}   ${'end'.padStart(6)} status   bytes request`);
  for (const r of all) console.log(`${at(r.start)} → ${at(r.end)} ${String(r.status ?? '…').padStart(6)} ${String(r.bytes ?? '…').padStart(7)} ${r.method} ${r.url.slice(0, 140)}`);
});
