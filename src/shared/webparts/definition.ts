/**
 * A web part, declared once: its identity (the manifest's id and alias, the bundle config/config.json puts it in),
 * its default settings (the manifest's preconfigured properties), its settings fields, the repositories it builds and
 * how its React root is made. The SPFx class (SimpleWebPart), the property pane, the local front page's registry and
 * the manifest check (test/webparts/manifests.test.ts) all read this one object.
 */
import type * as React from 'react';
import type { IStrings } from '../loc/strings';
import type { IHostContext, RepositoryFactory } from './hostContext';
import type { SettingFields } from './settingFields';

/** Where the local front page puts a web part: the columns of its sections. */
export type WebPartZone = 'main' | 'side' | 'full' | 'work';

/** The two bundles of config/config.json: what every front page loads, and HR's and communications' tools. */
export type WebPartBundle = 'medarbejdernyt-readers' | 'medarbejdernyt-editors';

export interface IWebPartDefinition<P extends object = object, R = unknown> {
  /** Stable short id: the local page's DOM anchor, its settings' storage key. */
  readonly id: string;
  /** The manifest's `id` and `alias`. */
  readonly manifestId: string;
  readonly alias: string;
  readonly bundle: WebPartBundle;
  /** The title in the interface language (the local page's navigation and settings panel). */
  readonly title: (strings: IStrings) => string;
  /** Its place on the local front page. */
  readonly zone: WebPartZone;
  /** The first settings (equal to the manifest's `preconfiguredEntries[0].properties`). */
  readonly defaults: Readonly<P>;
  /** The settings, in property-pane order. */
  readonly settings: SettingFields<P>;
  /** The repositories it uses, built once per data site by the host (`host.connect`). */
  readonly repositories: RepositoryFactory<R>;
  /** Its React root, from its settings (defaults filled in), its repositories and its host. */
  root(settings: Readonly<P>, repositories: R, host: IHostContext): React.ReactElement;
}

/** Type-checks a definition against its settings and repositories. */
export function defineWebPart<P extends object, R>(definition: IWebPartDefinition<P, R>): IWebPartDefinition<P, R> {
  return definition;
}

/** The settings a web part renders with: stored values over the defaults. */
export function settingsOf<P extends object>(definition: IWebPartDefinition<P, unknown>, stored: Partial<P>): P {
  return { ...definition.defaults, ...stored };
}

/** A web part's root as both hosts render it (SharePoint's SimpleWebPart and the local front page). */
export function renderWebPart<P extends object, R>(definition: IWebPartDefinition<P, R>, stored: Partial<P>, host: IHostContext): React.ReactElement {
  return definition.root(settingsOf(definition, stored), host.connect(definition.repositories), host);
}
