/**
 * Who is signed in (the page's context says: pageContext.ts) and the emulator's sign-in endpoint.
 */
import { SIGN_IN_PATH } from './config';

export interface ISignedInUser {
  readonly id: number;
  readonly title: string;
  readonly email: string;
}

/** The emulator's sign-in form address; after signing in it redirects back to this page (`returnUrl`). */
export function signInAction(): string {
  return `${SIGN_IN_PATH}?returnUrl=${encodeURIComponent(window.location.pathname + window.location.search)}`;
}
