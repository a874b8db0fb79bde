/** Paths shared by the page and its server (workbench/server.ts imports them too). */
export const SITE_PATH = '/sites/intranet';
/** The emulator's admin endpoint for its clock: POST {"today": "YYYY-MM-DD" | null}. */
export const CLOCK_PATH = '/_emulator/today';
/** The emulator's browser sign-in endpoint (form POST with `email`: sets the sign-in cookie, redirects to `returnUrl`). */
export const SIGN_IN_PATH = '/_login';

/** A story's news page: the local page opens it in story mode (SharePoint shows the page itself). */
export const STORY_PAGE_PATTERN = /^\/sites\/intranet\/SitePages\/([^/]+\.aspx)$/i;

/** The story page's file name when the address is a story page (not the site's home page), else undefined. */
export function storyFileOf(pathname: string): string | undefined {
  const m = STORY_PAGE_PATTERN.exec(pathname);
  const name = m ? decodeURIComponent(m[1]) : undefined;
  return name && name.toLowerCase() !== 'home.aspx' ? name : undefined;
}
