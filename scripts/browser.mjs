// Finds the browser for the browser tests: Debian's Chromium first (installed here when missing, as root with
// apt-get), then a Chrome, Edge or Chromium already on the machine. Never downloads a browser build from anywhere
// but Debian's package archive. The tests read the path from MEDARBEJDERNYT_BROWSER.
import { existsSync } from 'node:fs';
import { ensureDebianPackage } from './debian.mjs';

export const BROWSER_ENV = 'MEDARBEJDERNYT_BROWSER';
const DEBIAN_CHROMIUM = '/usr/bin/chromium';

/** Browsers a machine may already have, by absolute path, most likely first. */
const INSTALLED = [
  DEBIAN_CHROMIUM,
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/usr/bin/microsoft-edge',
  '/usr/bin/microsoft-edge-stable',
  '/opt/microsoft/msedge/msedge',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function installed() {
  return INSTALLED.find((p) => existsSync(p));
}

/**
 * The browser's path, or undefined after printing what to do. A path in MEDARBEJDERNYT_BROWSER wins; otherwise a
 * browser on the machine; otherwise Debian's Chromium is installed where this machine allows it.
 */
export function findBrowser() {
  const given = process.env[BROWSER_ENV];
  if (given) {
    if (existsSync(given)) return given;
    console.error(`${BROWSER_ENV}=${given}, but there is no browser at that path.`);
    return undefined;
  }
  const found = installed();
  if (found) return found;
  if (ensureDebianPackage('chromium', 'chromium') && existsSync(DEBIAN_CHROMIUM)) return DEBIAN_CHROMIUM;
  console.error(
    'The browser tests need Chromium, Chrome or Edge. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium; ' +
      `or point ${BROWSER_ENV} at an installed Chrome or Edge.`,
  );
  return undefined;
}
