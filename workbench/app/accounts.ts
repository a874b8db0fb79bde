/** The demo accounts of the local SharePoint (emulator/site.json) that the role switcher offers. */
import site from '../../emulator/site.json';

export interface IDemoAccount {
  readonly email: string;
  readonly title: string;
  readonly jobTitle?: string;
  /** 'site owner' | 'HR officer' | 'communications officer' | 'employee' */
  readonly role: string;
}

export const DEMO_ACCOUNTS: readonly IDemoAccount[] = (site.users as Partial<IDemoAccount>[]).filter(
  (u): u is IDemoAccount => typeof u.email === 'string' && typeof u.title === 'string' && typeof u.role === 'string',
);

/** The account of a role (the first one when several share it). */
export function accountOf(role: string): IDemoAccount | undefined {
  return DEMO_ACCOUNTS.find((a) => a.role === role);
}
