/** The local front page: skip link, header (suite bar + site header), the canvas of web parts, footer. */
import * as React from 'react';
import { FocusRects } from '@fluentui/react/lib/Utilities';
import { formatLongDate } from '../../src/shared/domain/dates';
import { Canvas } from './Canvas';
import { SiteHeader, SuiteBar } from './Chrome';
import type { IDemoAccount } from './accounts';
import type { ISignedInUser } from './session';
import type { IPageStrings } from './strings';
import type { IPageThemes } from './themes';
import type { IHostContext, IWebPartInstance } from './webparts/types';
import { webPartAnchor } from './webparts/WebPartHost';
import { TeamsView } from './TeamsView';

/** A story's news page (SharePoint renders it; here the story page root): loaded only when one is opened. */
const StoryView = React.lazy(() => import('./StoryView').then((m) => ({ default: m.StoryView })));

export interface IAppProps {
  readonly host: IHostContext;
  /** Story mode: the story page's file name (`/sites/intranet/SitePages/<name>.aspx`). */
  readonly storyFile?: string;
  readonly page: IPageStrings;
  readonly webParts: readonly IWebPartInstance[];
  readonly user: ISignedInUser | undefined;
  readonly accounts: readonly IDemoAccount[];
  /** True when `?today=` fixed the date. */
  readonly fixedDate: boolean;
  readonly signInAction: string;
  /** The page's and its sections' themes (`?theme=`, `?section=`). */
  readonly themes: IPageThemes;
  /** `?host=teams`: the Teams view (the personal app's frame) instead of SharePoint's page. */
  readonly teamsView?: boolean;
}

const EDIT_KEY = 'medarbejdernyt.workbench.editing';

export function App(props: IAppProps): React.ReactElement {
  const { host, page } = props;
  if (props.teamsView && !props.storyFile) {
    return <TeamsView host={host} page={page} webParts={props.webParts} theme={props.themes.page} user={props.user} accounts={props.accounts} signInAction={props.signInAction} />;
  }
  return <SharePointPage {...props} />;
}

function SharePointPage(props: IAppProps): React.ReactElement {
  const { host, page } = props;
  const [editing, setEditing] = React.useState(() => window.sessionStorage.getItem(EDIT_KEY) === '1');
  const changeEditing = (on: boolean): void => {
    window.sessionStorage.setItem(EDIT_KEY, on ? '1' : '0');
    setEditing(on);
  };
  const nav = props.webParts.map((wp) => {
    const title = wp.definition.title(wp.definition.strings(host.strings));
    return { href: `#${webPartAnchor(wp.instanceId)}`, text: wp.instanceId === wp.definition.id ? title : `${title} (${wp.instanceId.slice(wp.definition.id.length + 1)})` };
  });
  return (
    <>
      <FocusRects />
      <a className="wb-skiplink" href="#main">
        {page.skipLink}
      </a>
      <header className="wb-header">
        <SuiteBar page={page} user={props.user} accounts={props.accounts} signInAction={props.signInAction} />
        <SiteHeader page={page} nav={nav} editing={editing} onEditingChange={changeEditing} />
      </header>
      <main id="main" tabIndex={-1} className="wb-main">
        <p className="wb-asof">
          {page.asOf.replace('{0}', formatLongDate(host.today, host.strings.locale))}
          {props.fixedDate ? ` (${page.fixedDateNote})` : ''}
        </p>
        {editing && <p className="wb-edithint">{page.editHint}</p>}
        {props.storyFile ? (
          <React.Suspense fallback={null}>
            <StoryView host={host} fileName={props.storyFile} />
          </React.Suspense>
        ) : (
          <Canvas webParts={props.webParts} host={host} page={page} editing={editing} themes={props.themes} />
        )}
      </main>
      <footer className="wb-footer">
        <p>{page.footer}</p>
      </footer>
    </>
  );
}
