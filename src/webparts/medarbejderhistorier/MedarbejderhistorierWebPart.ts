import * as React from 'react';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { StoriesRoot } from '../../components/stories/StoriesRoot';
import { STORY_THEMES } from '../../domain/models';
import type { IStory } from '../../domain/models';
import { Lists } from '../../data/lists';
import { SimpleWebPart } from '../shared/SimpleWebPart';
import { STORIES_DEFAULTS } from './IMedarbejderhistorierWebPartProps';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';
import { storiesPropertyPane } from './propertyPane';

export default class MedarbejderhistorierWebPart extends SimpleWebPart<IMedarbejderhistorierWebPartProps> {
  protected element(): React.ReactElement {
    const p = { ...STORIES_DEFAULTS, ...this.properties };
    const webUrl = this.context.pageContext.web.absoluteUrl;
    return React.createElement(StoriesRoot, {
      repository: this.env.repositories.stories,
      strings: this.env.strings,
      today: this.env.today(),
      title: p.title,
      maxItems: p.maxItems,
      theme: STORY_THEMES.find((t) => t === p.theme),
      area: p.area || undefined,
      storyUrl: (story: IStory) => `${webUrl}/${Lists.Stories.url}/DispForm.aspx?ID=${story.id}`,
    });
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return storiesPropertyPane(this.env.strings);
  }
}
