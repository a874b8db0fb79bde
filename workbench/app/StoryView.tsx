/**
 * Story mode of the local front page: a story's news page (`/sites/intranet/SitePages/<name>.aspx`), rendered from
 * the page's own content by the stories feature. In SharePoint the news page itself opens instead.
 */
import * as React from 'react';
import { StoryPageRoot } from '../../src/features/stories/components/storyPage/StoryPageRoot';
import { storyPageRepositories } from '../../src/features/stories/webparts/stories/storyPageRepositories';
import type { IHostContext } from './webparts/types';

export function StoryView(props: { host: IHostContext; fileName: string }): React.ReactElement {
  const { host } = props;
  const repos = host.connect(storyPageRepositories);
  return (
    <div className="wb-canvas">
      <div className="wb-section">
        <div className="wb-section__inner">
          <div className="wb-column wb-column--full">
            <StoryPageRoot
              repository={repos.pages}
              choices={repos.choices}
              fileName={props.fileName}
              strings={host.strings}
              siteUrl={host.siteUrl}
              frontPageUrl={`/${window.location.search}`}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
