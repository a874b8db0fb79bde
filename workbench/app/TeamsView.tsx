/**
 * The Teams view of the local page (`?host=teams`): Medarbejdernyt as Teams shows its personal app — Teams' header
 * with the app's name and tab, the readers' web parts in one column as on a phone, in Teams' theme (`?theme=teams`,
 * `teams-dark`, `teams-contrast`), with the host features a web part gets in Teams. The local Teams opens no real chat:
 * it says which chat Teams would open, with which message, and keeps it for the browser tests.
 */
import * as React from 'react';
import { FocusRects } from '@fluentui/react/lib/Utilities';
import type { ITheme } from '@fluentui/react/lib/Styling';
import type { IHostFeatures } from '../../src/shared/components/common/hostFeatures';
import { SuiteBar } from './Chrome';
import type { IDemoAccount } from './accounts';
import type { ISignedInUser } from './session';
import type { IPageStrings } from './strings';
import type { IHostContext, IWebPartInstance } from './webparts/types';
import { WebPartHost } from './webparts/WebPartHost';

export interface ITeamsViewProps {
  readonly host: IHostContext;
  readonly page: IPageStrings;
  readonly webParts: readonly IWebPartInstance[];
  readonly theme: ITheme;
  readonly user: ISignedInUser | undefined;
  readonly accounts: readonly IDemoAccount[];
  readonly signInAction: string;
}

interface IOpenedChat {
  readonly email: string;
  readonly message: string;
}

declare global {
  interface Window {
    /** The chats the local Teams was asked to open (browser tests read them). */
    __teamsChats?: IOpenedChat[];
  }
}

export function TeamsView(props: ITeamsViewProps): React.ReactElement {
  const { page, theme } = props;
  const [chat, setChat] = React.useState<IOpenedChat>();
  const features = React.useMemo<IHostFeatures>(
    () => ({
      inTeams: true,
      teamsChat: {
        openChat: (email, message) => {
          (window.__teamsChats ??= []).push({ email, message });
          setChat({ email, message });
          return Promise.resolve();
        },
      },
    }),
    [],
  );
  const host = React.useMemo<IHostContext>(() => ({ ...props.host, features }), [props.host, features]);
  // A personal app for every employee: the web parts that read (the editors work on the intranet's pages).
  const readers = props.webParts.filter((wp) => wp.definition.bundle === 'medarbejdernyt-readers');
  return (
    <>
      <FocusRects />
      <a className="wb-skiplink" href="#main">
        {page.skipLink}
      </a>
      <header className="wb-header">
        <SuiteBar page={page} user={props.user} accounts={props.accounts} signInAction={props.signInAction} />
        <div className="wb-teams__bar">
          <span className="wb-teams__icon" aria-hidden="true">
            M
          </span>
          <h1 className="wb-teams__title">{page.teams.appName}</h1>
          <nav aria-label={page.teams.tabsLabel}>
            <a className="wb-teams__tab" href="#main" aria-current="page">
              {page.teams.tab}
            </a>
          </nav>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="wb-teams__main" style={{ background: theme.semanticColors.bodyBackground, color: theme.semanticColors.bodyText }}>
        <p className="wb-asof">{page.teams.note}</p>
        <div role="status" className="wb-teams__chat">
          {chat ? page.teams.chatOpened.replace('{0}', chat.email).replace('{1}', chat.message) : ''}
        </div>
        {readers.map((wp) => (
          <WebPartHost key={wp.instanceId} webPart={wp} host={host} page={page} editing={false} theme={theme} />
        ))}
      </main>
    </>
  );
}
