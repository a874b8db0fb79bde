/** Paths shared by the page and its server (workbench/server.ts imports them too). */
export const SITE_PATH = '/sites/intranet';
/** The emulator's admin endpoint for its clock: POST {"today": "YYYY-MM-DD" | null}. */
export const CLOCK_PATH = '/_emulator/today';
/** The emulator's browser sign-in endpoint (form POST with `email`: sets the sign-in cookie, redirects to `returnUrl`). */
export const SIGN_IN_PATH = '/_login';
