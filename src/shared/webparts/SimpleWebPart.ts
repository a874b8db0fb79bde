import * as React from 'react';
import * as ReactDom from 'react-dom';
import { Version } from '@microsoft/sp-core-library';
import { BaseClientSideWebPart } from '@microsoft/sp-webpart-base';
import type { IPropertyPaneConfiguration } from '@microsoft/sp-property-pane';
import type { IReadonlyTheme } from '@microsoft/sp-component-base';
import { ThemedRoot } from '../components/common/ThemedRoot';
import { createEnvironment, stringsFor } from './environment';
import type { IHostContext } from './hostContext';
import { dataSiteOf } from './dataSite';
import { prefetchWebPart, renderWebPart } from './definition';
import type { IWebPartDefinition } from './definition';
import { propertyPaneOf } from './propertyPane';
import { onTeamsThemeChange, teamsThemeOf } from './teams';
import { teamsTheme } from '../components/common/teamsThemes';
import type { TeamsThemeName } from '../components/common/teamsThemes';

/**
 * The lifecycle every Medarbejdernyt web part shares: an environment for the site that holds the lists, the
 * definition's React root rendered under the theme SharePoint or Teams hands the web part (the page's theme, the
 * section's variant, Teams' dark or high-contrast theme; rendered again when it changes), unmounted on dispose, and a
 * property pane built from the definition's settings.
 * In Teams, SPFx still hands the site's theme: the web part takes the person's Teams theme instead (light, dark or
 * high contrast; teamsThemes.ts) and follows it when it changes.
 * A web part class names only its definition (`<webpart>/definition.ts`).
 */
export abstract class SimpleWebPart<TProps extends object> extends BaseClientSideWebPart<TProps> {
  private environment: { readonly siteUrl: string; readonly host: () => IHostContext } | undefined;
  private theme: IReadonlyTheme | undefined;
  private teamsThemeName: TeamsThemeName | undefined;

  public render(): void {
    const root = renderWebPart(this.definition, this.properties, this.host());
    const theme = this.teamsThemeName ? teamsTheme(this.teamsThemeName) : this.theme;
    ReactDom.render(React.createElement(ThemedRoot, { theme }, root), this.domElement);
  }

  protected async onInit(): Promise<void> {
    await super.onInit();
    // A reader's first read leaves now, not after the first render (render() hands it to the root).
    prefetchWebPart(this.definition, this.properties, this.host());
    const teams = this.context.sdks.microsoftTeams;
    if (!teams) return;
    this.teamsThemeName = await teamsThemeOf(teams).catch(() => 'default' as const);
    onTeamsThemeChange(teams, (name) => {
      this.teamsThemeName = name;
      this.render();
    });
  }

  /**
   * The theme from SPFx's ThemeProvider service (the base class consumes it, asks `tryGetTheme()` and listens to
   * `themeChangedEvent`): called before the first render and on every change, after which the base class renders again.
   */
  protected onThemeChanged(theme: IReadonlyTheme | undefined): void {
    this.theme = theme;
  }

  protected onDispose(): void {
    ReactDom.unmountComponentAtNode(this.domElement);
  }

  protected get dataVersion(): Version {
    return Version.parse('1.0');
  }

  protected getPropertyPaneConfiguration(): IPropertyPaneConfiguration {
    return propertyPaneOf(this.definition.settings, this.definition.strings(stringsFor(this.context)), { dataSite: true });
  }

  /** The web part, declared once. */
  protected abstract get definition(): IWebPartDefinition<TProps>;

  /** The host for the data site now set; the repositories are built again only when that setting changes. */
  private host(): IHostContext {
    const siteUrl = dataSiteOf(this.properties);
    if (this.environment?.siteUrl !== siteUrl) this.environment = { siteUrl, host: createEnvironment(this.context, siteUrl || undefined) };
    return this.environment.host();
  }
}
