/**
 * The page chrome of a modern SharePoint communication site: the suite bar (organisation, role switcher, who is
 * signed in) and the site header (site title, navigation, the "Rediger" toggle).
 */
import * as React from 'react';
import { Toggle } from '@fluentui/react/lib/Toggle';
import { forgetAllDrafts } from '../../src/features/navnenyt/components/submitNavnenyt/drafts';
import type { IPageStrings } from './strings';
import type { IDemoAccount } from './accounts';
import type { ISignedInUser } from './session';

export interface ISuiteBarProps {
  readonly page: IPageStrings;
  readonly user: ISignedInUser | undefined;
  readonly accounts: readonly IDemoAccount[];
  /** Where the role switcher posts: the emulator's sign-in endpoint, returning to this page. */
  readonly signInAction: string;
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return ((parts[0]?.[0] ?? '') + (parts.length > 1 ? parts[parts.length - 1][0] : '')).toUpperCase();
}

export function SuiteBar(props: ISuiteBarProps): React.ReactElement {
  const { page, user, accounts } = props;
  const current = accounts.find((a) => user && a.email.toLowerCase() === user.email.toLowerCase());
  const [choice, setChoice] = React.useState(current?.email ?? accounts[0]?.email ?? '');
  const [busy, setBusy] = React.useState(false);

  return (
    <div className="wb-suitebar">
      <div className="wb-suitebar__brand">
        <span className="wb-suitebar__waffle" aria-hidden="true" />
        <span>{page.suiteName}</span>
        <span className="wb-suitebar__app">SharePoint</span>
      </div>
      {/* A plain form: the emulator signs in, sets its cookie and redirects back here (a full reload). Switching user
          signs the current one out, so HR's unsent drafts in this browser go with them. */}
      <form
        className="wb-suitebar__role"
        method="post"
        action={props.signInAction}
        onSubmit={() => {
          forgetAllDrafts();
          setBusy(true);
        }}
      >
        <label htmlFor="wb-role">{page.roleLabel}</label>
        <select id="wb-role" name="email" value={choice} onChange={(e) => setChoice(e.target.value)}>
          {accounts.map((a) => (
            <option key={a.email} value={a.email}>
              {`${a.title} (${page.roles[a.role] ?? a.role})`}
            </option>
          ))}
        </select>
        <button type="submit" className="wb-suitebar__switch" aria-disabled={busy}>
          {busy ? page.signingIn : page.switchUser}
        </button>
      </form>
      <div className="wb-suitebar__me" data-testid="signed-in-user">
        <span className="wb-avatar" aria-hidden="true">
          {user ? initials(user.title) : '?'}
        </span>
        <span>
          <span className="wb-visually-hidden">{page.signedInAs} </span>
          {user ? user.title : page.notSignedIn}
          {current && <span className="wb-suitebar__rolename"> · {page.roles[current.role] ?? current.role}</span>}
        </span>
      </div>
    </div>
  );
}

export interface ISiteHeaderProps {
  readonly page: IPageStrings;
  readonly nav: readonly { readonly href: string; readonly text: string }[];
  readonly editing: boolean;
  readonly onEditingChange: (editing: boolean) => void;
}

export function SiteHeader(props: ISiteHeaderProps): React.ReactElement {
  const { page } = props;
  return (
    <div className="wb-siteheader">
      <div className="wb-siteheader__top">
        <span className="wb-siteheader__logo" aria-hidden="true">
          NI
        </span>
        <div className="wb-siteheader__titles">
          <h1 className="wb-siteheader__title">{page.siteTitle}</h1>
          <p className="wb-siteheader__subtitle">{page.siteSubtitle}</p>
        </div>
        <div className="wb-siteheader__actions">
          <Toggle
            id="wb-edit"
            label={page.editToggle}
            inlineLabel
            onText={page.editOn}
            offText={page.editOff}
            checked={props.editing}
            onChange={(_e, checked) => props.onEditingChange(!!checked)}
          />
        </div>
      </div>
      <nav className="wb-nav" aria-label={page.navLabel}>
        <ul>
          {props.nav.map((item) => (
            <li key={item.href}>
              <a href={item.href}>{item.text}</a>
            </li>
          ))}
        </ul>
      </nav>
    </div>
  );
}
