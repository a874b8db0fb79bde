/** The throttled mid-range phone both phone benchmarks use (run.ts, waterfall.ts), and their common frame. */
import { createHash, createPublicKey } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/support/browser';
import { startServer } from '../../test/e2e/support/server';
import type { IRunningServer } from '../../test/e2e/support/server';

/** Chrome DevTools' "Fast 3G" preset (bytes per second, as the protocol takes them). */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
/** The CPU slowed four times (DevTools' mid-range phone). */
export const CPU_SLOWDOWN = 4;

/**
 * How the local page is served: HTTPS with HTTP/2 as SharePoint Online serves pages, REST and SPFx bundles (every
 * request at once on one connection), unless `--http1` asks for plain HTTP/1.1 (six connections, the rest queued).
 */
export const PROTOCOL: 'HTTP/2' | 'HTTP/1.1' = process.argv.includes('--http1') ? 'HTTP/1.1' : 'HTTP/2';

/**
 * Chromium trusts the local page's self-signed certificate (`npm start -- --https`, kept in the data folder) by its
 * public key. Not by ignoring certificate errors: Chrome keeps nothing in its cache from a site whose certificate it
 * does not trust, and a next visit would then load everything again.
 */
function trustLocalCertificate(dataDir: string): string[] {
  const pem = fs.readFileSync(path.join(dataDir, 'tls', 'localhost.pem'));
  const spki = createPublicKey(pem).export({ type: 'spki', format: 'der' });
  return [`--ignore-certificate-errors-spki-list=${createHash('sha256').update(spki).digest('base64')}`];
}

/** Starts the local front page as `npm start` does (fresh demo data) and Chromium, runs `work`, stops both; exits 1 on failure. */
export function onLocalPage(work: (server: IRunningServer, browser: Browser) => Promise<void>): void {
  const run = async (): Promise<void> => {
    console.log(`Starting the local front page (${PROTOCOL}) and Chromium …`);
    const server = await startServer(120_000, PROTOCOL === 'HTTP/2' ? ['--https'] : []);
    const browser = await launchBrowser(PROTOCOL === 'HTTP/2' ? trustLocalCertificate(server.dataDir) : []);
    try {
      await work(server, browser);
    } finally {
      await browser.close();
      await server.stop();
    }
  };
  // Ended early (Ctrl-C, a timeout, output piped into `head`): exit normally, so the local server is stopped too.
  for (const name of ['SIGINT', 'SIGTERM'] as const) process.once(name, () => process.exit(130));
  process.stdout.on('error', () => process.exit(0));
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
