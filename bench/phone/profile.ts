/** The throttled mid-range phone both phone benchmarks use (run.ts, waterfall.ts), and their common frame. */
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../test/e2e/support/browser';
import { startServer } from '../../test/e2e/support/server';
import type { IRunningServer } from '../../test/e2e/support/server';

/** Chrome DevTools' "Fast 3G" preset (bytes per second, as the protocol takes them). */
export const FAST_3G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1024 * 1024 * 0.9) / 8, uploadThroughput: (750 * 1024 * 0.9) / 8 };
/** The CPU slowed four times (DevTools' mid-range phone). */
export const CPU_SLOWDOWN = 4;

/** Starts the local front page as `npm start` does (fresh demo data) and Chromium, runs `work`, stops both; exits 1 on failure. */
export function onLocalPage(work: (server: IRunningServer, browser: Browser) => Promise<void>): void {
  const run = async (): Promise<void> => {
    console.log('Starting the local front page and Chromium …');
    const server = await startServer();
    const browser = await launchBrowser();
    try {
      await work(server, browser);
    } finally {
      await browser.close();
      await server.stop();
    }
  };
  run().catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
}
