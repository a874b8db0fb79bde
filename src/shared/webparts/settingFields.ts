/**
 * A web part's settings, described once: the SPFx property pane is built from this list (propertyPane.ts) and the
 * local front page's "Rediger" panel shows the same list, so the two always offer the same settings.
 */
import type { IStrings } from '../loc/strings';

interface IFieldBase<K extends string> {
  /** The web part property this field edits. */
  readonly key: K;
  readonly label: (strings: IStrings) => string;
}

export interface ITextField<K extends string> extends IFieldBase<K> {
  readonly kind: 'text';
}

export interface INumberField<K extends string> extends IFieldBase<K> {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly step?: number;
}

export interface IChoiceField<K extends string> extends IFieldBase<K> {
  readonly kind: 'choice';
  /** Choices: a value shown as itself, or a key with a label in the interface language. */
  readonly options: readonly (string | { readonly key: string; readonly label: (strings: IStrings) => string })[];
  /** Offer an empty value ("Alle") first; default true. */
  readonly includeAll?: boolean;
}

export interface IChecksField<K extends string> extends IFieldBase<K> {
  readonly kind: 'checks';
  /** One checkbox per key of the property's object (`prop.key`); a key without a value counts as checked. */
  readonly options: readonly { readonly key: string; readonly label: (strings: IStrings) => string }[];
}

export type SettingField<K extends string = string> = ITextField<K> | INumberField<K> | IChoiceField<K> | IChecksField<K>;

/** The settings of a web part whose props are `P`. */
export type SettingFields<P> = readonly SettingField<Extract<keyof P, string>>[];

export const titleSetting = { key: 'title', kind: 'text', label: (s: IStrings) => s.propertyPane.titleLabel } as const;

export function maxItemsSetting(max: number): INumberField<'maxItems'> {
  return { key: 'maxItems', kind: 'number', min: 1, max, label: (s) => s.propertyPane.maxItemsLabel };
}

export const areaSetting = { key: 'area', kind: 'text', label: (s: IStrings) => s.propertyPane.areaLabel } as const;
