/**
 * What the workbench needs to know about a web part: its definition (src/features/<feature>/webparts/<wp>/definition.ts,
 * the same object the SPFx class reads) and, on this page, the instance it is: two copies of one web part are two
 * instances with their own settings.
 */
import type { IWebPartDefinition } from '../../../src/shared/webparts/definition';

/** Everything a web part gets from its host; the SPFx web parts fill the same interface from their context. */
export type { IHostContext } from '../../../src/shared/webparts/hostContext';
export type { IWebPartDefinition, WebPartZone as ZoneId } from '../../../src/shared/webparts/definition';
export type { SettingField } from '../../../src/shared/webparts/settingFields';

/** A text, a number, or a group of switches (SPFx property-pane checkboxes on `prop.key`). */
export type SettingValue = string | number | Readonly<Record<string, boolean | undefined>>;
export type SettingsShape = Record<string, SettingValue>;

/** Any web part's definition, its settings and repositories erased for the page's lists. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyWebPartDefinition = IWebPartDefinition<any, any>;

/** One web part on the page: which one, and which copy (its settings' storage key, its DOM anchor). */
export interface IWebPartInstance {
  readonly instanceId: string;
  readonly definition: AnyWebPartDefinition;
}
