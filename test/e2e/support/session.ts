/**
 * One browser page on a fresh `npm start` server for a test file: Chromium, the server on a free port with a fresh
 * data folder, a Danish page in Copenhagen time, console errors and failed requests watched, the front page open.
 */
import type { Browser, Page } from 'playwright-core';
import { accountOf } from '../../../workbench/app/accounts';
import { launchBrowser } from './browser';
import { openFrontPage } from './frontPage';
import { watchErrors } from './pageChecks';
import { startServer } from './server';
import type { IRunningServer } from './server';

/** The e-mail of the demo account with this role (emulator/site.json). */
export function demoEmail(role: string): string {
  const a = accountOf(role);
  if (!a) throw new Error(`emulator/site.json has no demo account with the role "${role}"`);
  return a.email;
}

export interface ISession {
  readonly server: IRunningServer;
  readonly browser: Browser;
  readonly page: Page;
  /** Console errors and failed requests so far. */
  readonly errors: () => string[];
}

/** Starts the browser and the server and opens the front page with `query` (e.g. `?today=2026-11-27`). */
export async function startSession(query = ''): Promise<ISession> {
  const browser = await launchBrowser();
  const server = await startServer();
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'da-DK', timezoneId: 'Europe/Copenhagen' });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await openFrontPage(page, server.origin, query);
  return { server, browser, page, errors };
}

export async function stopSession(session: Pick<ISession, 'browser' | 'server'> | undefined): Promise<void> {
  await session?.browser?.close();
  await session?.server?.stop();
}
