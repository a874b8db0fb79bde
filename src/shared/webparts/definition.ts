/**
 * A web part, declared once: its identity (the manifest's id and alias, the bundle config/config.json puts it in),
 * its default settings (the manifest's preconfigured properties), its settings fields, its texts (the common texts and
 * its feature's), the repositories it builds and how its React root is made. The SPFx class (SimpleWebPart), the
 * property pane, the local front page's registry and the manifest check (test/webparts/manifests.test.ts) all read
 * this one object.
 */
import * as React from 'react';
import { HostFeatures, NO_HOST_FEATURES } from '../components/common/hostFeatures';
import type { ICommonStrings } from '../loc/strings';
import type { IHostContext, RepositoryFactory } from './hostContext';
import type { SettingFields } from './settingFields';

/** Where the local front page puts a web part: the columns of its sections. */
export type WebPartZone = 'main' | 'side' | 'full' | 'work';

/** The two bundles of config/config.json: what every front page loads, and HR's and communications' tools. */
export type WebPartBundle = 'medarbejdernyt-readers' | 'medarbejdernyt-editors';

/**
 * `P` its settings, `R` its repositories, `S` its texts: the common texts and its feature's (`<feature>/loc`); `D` what
 * its root reads first, when the host may start that read before the root renders (`prefetch`).
 */
export interface IWebPartDefinition<P extends object = object, R = unknown, S extends ICommonStrings = ICommonStrings, D = unknown> {
  /** Stable short id: the local page's DOM anchor, its settings' storage key. */
  readonly id: string;
  /** The manifest's `id` and `alias`. */
  readonly manifestId: string;
  readonly alias: string;
  readonly bundle: WebPartBundle;
  /** Its texts in the host's language: the common texts and its feature's (`<feature>/loc`), nothing else. */
  strings(common: ICommonStrings): S;
  /** The title in the interface language (the local page's navigation and settings panel). */
  title(strings: S): string;
  /** Its place on the local front page. */
  readonly zone: WebPartZone;
  /** The first settings (equal to the manifest's `preconfiguredEntries[0].properties`). */
  readonly defaults: Readonly<P>;
  /** The settings, in property-pane order. */
  readonly settings: SettingFields<P, S>;
  /** The repositories it uses, built once per data site by the host (`host.connect`). */
  readonly repositories: RepositoryFactory<R>;
  /**
   * Starts the root's first read (the same function the root reads with), so the host can send it before the page is
   * drawn: in SharePoint from the web part's onInit, on the local page before React renders. A reader's, not an editor's.
   */
  prefetch?(settings: Readonly<P>, repositories: R, host: IHostContext<S>): Promise<D>;
  /**
   * Its React root, from its settings (defaults filled in), its repositories and its host (with its texts); `first` is
   * the read `prefetch` started for these settings, which the root takes instead of reading again.
   */
  root(settings: Readonly<P>, repositories: R, host: IHostContext<S>, first?: Promise<D>): React.ReactElement;
}

/** `T`, but not a place to infer it from (TypeScript 5.4's NoInfer). */
type NotInferred<T> = [T][T extends unknown ? 0 : never];

/**
 * Type-checks a definition against its settings, repositories and texts. Its texts' type comes from its `strings`, not
 * from the shared settings (titleSetting…), whose labels need only the common texts.
 */
export function defineWebPart<P extends object, R, S extends ICommonStrings, D = unknown>(
  definition: Omit<IWebPartDefinition<P, R, S, D>, 'settings'> & { readonly settings: SettingFields<P, NotInferred<S>> },
): IWebPartDefinition<P, R, S, D> {
  return definition;
}

/** The settings a web part renders with: stored values over the defaults. */
export function settingsOf<P extends object>(definition: IWebPartDefinition<P, unknown>, stored: Partial<P>): P {
  return { ...definition.defaults, ...stored };
}

/**
 * Reads started before their roots rendered, by the repositories they read through (one object per factory and data
 * site, `host.connect`) and the settings they were started for; each is handed to one root, once.
 */
const started = new WeakMap<object, Map<string, Promise<unknown>>>();

interface IParts<P, R, S extends ICommonStrings> {
  readonly settings: P;
  readonly repositories: R;
  readonly host: IHostContext<S>;
  /** The repositories as the key of their started reads (none when they are not an object). */
  readonly keyed: object | undefined;
  /** The settings as the key of a started read. */
  readonly key: string;
}

/** What both hosts hand a web part, the same for its prefetch and its root: settings, repositories, host with its texts. */
function partsOf<P extends object, R, S extends ICommonStrings, D>(definition: IWebPartDefinition<P, R, S, D>, stored: Partial<P>, host: IHostContext): IParts<P, R, S> {
  const settings = settingsOf(definition, stored);
  const repositories = host.connect(definition.repositories);
  const own: IHostContext<S> = { ...host, strings: definition.strings(host.strings) };
  const keyed = typeof repositories === 'object' && repositories !== null ? (repositories as object) : undefined;
  return { settings, repositories, host: own, keyed, key: JSON.stringify(settings) };
}

/**
 * Starts a reader's first read before its root renders (render-as-you-fetch): on a phone the request leaves while the
 * page is still being drawn, not after. The next `renderWebPart` with the same settings and host hands it to the root.
 */
export function prefetchWebPart<P extends object, R, S extends ICommonStrings, D>(definition: IWebPartDefinition<P, R, S, D>, stored: Partial<P>, host: IHostContext): void {
  if (!definition.prefetch) return;
  const parts = partsOf(definition, stored, host);
  if (!parts.keyed) return;
  let reads = started.get(parts.keyed);
  if (!reads) started.set(parts.keyed, (reads = new Map()));
  // A second copy with the same settings reads for itself.
  if (reads.has(parts.key)) return;
  const read = definition.prefetch(parts.settings, parts.repositories, parts.host);
  // Its failure is the root's to show, when it takes the read.
  read.catch(() => undefined);
  reads.set(parts.key, read);
}

/** A web part's root as both hosts render it (SharePoint's SimpleWebPart and the local front page), with what its host offers. */
export function renderWebPart<P extends object, R, S extends ICommonStrings, D>(definition: IWebPartDefinition<P, R, S, D>, stored: Partial<P>, host: IHostContext): React.ReactElement {
  const parts = partsOf(definition, stored, host);
  const reads = parts.keyed && started.get(parts.keyed);
  const first = reads ? (reads.get(parts.key) as Promise<D> | undefined) : undefined;
  if (reads) reads.delete(parts.key);
  const root = definition.root(parts.settings, parts.repositories, parts.host, first);
  return React.createElement(HostFeatures.Provider, { value: host.features ?? NO_HOST_FEATURES }, root);
}
