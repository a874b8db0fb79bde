import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import { StoriesRoot } from '../../components/stories/StoriesRoot';
import { STORY_THEMES } from '../../domain/models';
import type { IStory } from '../../domain/models';
import { Lists } from '../../data/lists';
import { createEnvironment } from '../shared/environment';
import type { IWebPartEnvironment } from '../shared/environment';
import type { IMedarbejderhistorierWebPartProps } from './IMedarbejderhistorierWebPartProps';
import { storiesPropertyPane } from './propertyPane';

export default class MedarbejderhistorierWebPart extends BaseClientSideWebPart<IMedarbejderhistorierWebPartProps> {
  private env!: IWebPartEnvironment;

  protected onInit(): Promise<void> {
    return super.onInit().then(() => {
      this.env = createEnvironment(this.context);
    });
  }

  public render(): void {
    const p = this.properties;
    const webUrl = this.context.pageContext.web.absoluteUrl;
    ReactDom.render(
      React.createElement(StoriesRoot, {
        repository: this.env.repositories.stories,
        strings: this.env.strings,
        today: this.env.today(),
        title: p.title,
        maxItems: p.maxItems ?? 6,
        theme: STORY_THEMES.find((t) => t === p.theme),
        area: p.area || undefined,
        storyUrl: (story: IStory) => `${webUrl}/${Lists.Stories.url}/DispForm.aspx?ID=${story.id}`,
      }),
      this.domElement,
    );
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return storiesPropertyPane(this.env.strings);
  }
}
