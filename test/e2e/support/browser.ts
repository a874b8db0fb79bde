/**
 * Debian's Chromium (or the Chrome, Edge or Chromium that `npm test` found, in MEDARBEJDERNYT_BROWSER) driven by
 * playwright-core. A missing browser FAILS the tests with the command that installs it: browser tests are never
 * skipped silently. `npm test` installs Debian's Chromium itself where it can (scripts/browser.mjs).
 */
import * as fs from 'fs';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';

export const CHROMIUM = process.env.MEDARBEJDERNYT_BROWSER ?? '/usr/bin/chromium';

/** Flags verified on this kind of machine (see the toolchain notes): headless, no sandbox, no network side traffic. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** `extraArgs`: more flags for one run (the phone benchmark's trust in the local HTTPS certificate). */
export async function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is missing at ${CHROMIUM}: the browser tests need it. Run the tests with \`npm test\`, which installs Debian's chromium where it can, or install it: sudo apt-get install -y chromium`);
  }
  return chromium.launch({ executablePath: CHROMIUM, args: [...CHROMIUM_ARGS, ...extraArgs] });
}
