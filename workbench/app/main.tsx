/**
 * The composition root of the local front page: where SharePoint would hand a web part its context, this reads the
 * page address (`?today=`, `?lang=`, `?copies=`, `?theme=`, `?section=`, `?host=teams`), moves the local SharePoint's clock, builds the SAME repositories over PnPjs
 * (same origin, cookie sign-in) and renders the registered web parts.
 */
import * as React from 'react';
import * as ReactDom from 'react-dom';
import { loadTheme } from '@fluentui/react/lib/Styling';
import { copenhagenToday, isIsoDate } from '../../src/shared/domain/dates';
import { connector } from '../../src/shared/webparts/hostContext';
import { createSP } from '../../src/shared/data/sp';
import { getCommonStrings } from '../../src/shared/loc/strings';
import type { UiLocale } from '../../src/shared/loc/strings';
import { App } from './App';
import { SITE_PATH, storyFileOf } from './config';
import { registerPageIcons } from './icons';
import { DEMO_ACCOUNTS } from './accounts';
import { signInAction } from './session';
import { readPageContext } from './pageContext';
import { getPageStrings } from './strings';
import { pageThemes } from './themes';
import { placements } from './webparts/registry';
import { loadSettings } from './webparts/settingsStore';
import { prefetchWebPart } from '../../src/shared/webparts/definition';
import './page.css';

function main(): void {
  const params = new URLSearchParams(window.location.search);
  // The page's own controls take the page's theme; each web part gets its section's (Canvas).
  const themes = pageThemes(params);
  loadTheme(themes.page);
  document.documentElement.dataset.hostTheme = themes.host;
  registerPageIcons();

  const locale: UiLocale = params.get('lang') === 'en' ? 'en' : 'da';
  const requested = params.get('today');
  const fixedDate = requested !== null && isIsoDate(requested);
  const today = fixedDate ? requested : copenhagenToday(new Date());
  document.documentElement.lang = locale;

  const strings = getCommonStrings(locale);
  const page = getPageStrings(locale);
  document.title = `${page.pageTitle} – ${page.siteTitle}`;

  const storyFile = storyFileOf(window.location.pathname);
  const siteUrl = window.location.origin + SITE_PATH;
  // Who is signed in and the site's time zone come with the page, as SharePoint's page context does; the server has
  // already moved the local SharePoint's clock to `?today=` (workbench/pageContext.ts). Nothing is asked before render.
  const { user, timeZone } = readPageContext(document);
  const sp = createSP({ baseUrl: siteUrl, page: { timeZone, user: user && { id: user.id, name: user.title, email: user.email } } });

  const host = { connect: connector(sp, siteUrl), strings, today, siteUrl, userDisplayName: user?.title };
  const webParts = placements(Number(params.get('copies') ?? '1'));
  // The readers' first reads leave before the page is drawn, as each web part's onInit starts them in SharePoint.
  const prefetching = !!user && !storyFile;
  if (prefetching) for (const wp of webParts) prefetchWebPart(wp.definition, loadSettings(wp), host);

  const draw = (): void => {
    ReactDom.render(
      <App
        host={host}
        storyFile={storyFile}
        page={page}
        webParts={webParts}
        user={user}
        accounts={DEMO_ACCOUNTS}
        fixedDate={fixedDate}
        signInAction={signInAction()}
        themes={themes}
        teamsView={params.get('host') === 'teams'}
      />,
      document.getElementById('root'),
    );
  };
  // PnPjs sends a request in a task of its own (a timer) after it is asked for, and some reads ask after a promise
  // turn: drawing the page first (a quarter of a second on a slow phone) would hold them back. So the page is drawn
  // when those tasks have run and the browser is idle, within a tenth of a second.
  if (prefetching) whenIdle(() => started(draw));
  else draw();
}

function whenIdle(step: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(step, { timeout: 100 });
  else setTimeout(step, 0);
}

/** Runs a start-up step; a failure is written on the page instead of a blank one. */
function started(step: () => void): void {
  try {
    step();
  } catch (e: unknown) {
    const root = document.getElementById('root');
    if (root) root.textContent = `Forsiden kunne ikke starte: ${e instanceof Error ? e.message : String(e)}`;
    console.error(e);
  }
}

started(main);
