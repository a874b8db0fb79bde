/**
 * What the workbench needs to know about a web part: the same React root SharePoint renders, how to build its props
 * (from settings, repositories, today and strings), its default settings, and the settings that "Rediger" mode shows
 * (mirroring the web part's SPFx property pane).
 */
import type * as React from 'react';
import type { IStrings } from '../../../src/shared/loc/strings';
import type { IHostContext } from '../../../src/shared/webparts/hostContext';

/** Everything a web part gets from its host; the SPFx web parts fill the same interface from their context. */
export type { IHostContext } from '../../../src/shared/webparts/hostContext';

/** A text, a number, or a group of switches (SPFx property-pane checkboxes on `prop.key`). */
export type SettingValue = string | number | Readonly<Record<string, boolean | undefined>>;
export type SettingsShape = Record<string, SettingValue>;

export type { SettingField } from '../../../src/shared/webparts/settingFields';
import type { SettingField } from '../../../src/shared/webparts/settingFields';

/** Where on the page a web part sits (see layout.ts). */
export type ZoneId = 'main' | 'side' | 'full' | 'work';

/** A settings shape: every property a text or a number (SPFx property-pane props interfaces qualify). */
export type SettingsOf<S> = { readonly [K in keyof S]: SettingValue };

export interface IWebPartDefinition<S extends SettingsOf<S> = SettingsShape> {
  /** Stable id: the settings' storage key and the web part's DOM id. */
  readonly id: string;
  /** Title in the interface language (used for the settings panel). */
  readonly title: (strings: IStrings) => string;
  readonly zone: ZoneId;
  readonly defaults: Readonly<S>;
  /** The editable settings, in property-pane order. */
  readonly fields: readonly SettingField<Extract<keyof S, string>>[];
  /** Renders the SAME root component the SPFx web part renders, with props built like the web part builds them. */
  readonly render: (host: IHostContext, settings: Readonly<S>) => React.ReactElement;
}

/** Type-checks a definition against its own settings shape, then erases the shape for the registry list. */
export function defineWebPart<S extends SettingsOf<S>>(definition: IWebPartDefinition<S>): IWebPartDefinition {
  return definition as unknown as IWebPartDefinition;
}
