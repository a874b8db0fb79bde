/**
 * The page's context as its server wrote it into the page (workbench/pageContext.ts), as SharePoint writes
 * `_spPageContextInfo`: who is signed in and the site's time zone.
 */
import type { ISharePointTimeZone } from '../../src/shared/data/timeZones';
import type { ISignedInUser } from './session';

export interface IWorkbenchPageContext {
  /** Undefined when nobody is signed in (a stale sign-in cookie). */
  readonly user?: ISignedInUser;
  readonly timeZone?: ISharePointTimeZone;
}

/** The context in this page; empty (nobody signed in) when the page carries none. */
export function readPageContext(doc: Document): IWorkbenchPageContext {
  const text = doc.getElementById('page-context')?.textContent;
  if (!text) return {};
  try {
    return JSON.parse(text) as IWorkbenchPageContext;
  } catch {
    return {};
  }
}
