/**
 * A web part's settings, described once: the SPFx property pane is built from this list (propertyPane.ts) and the
 * local front page's "Rediger" panel shows the same list, so the two always offer the same settings.
 */
import type { ICommonStrings } from '../loc/strings';

/** `S`: the texts its labels come from (the common texts and the web part's feature's). */
interface IFieldBase<K extends string, S extends ICommonStrings> {
  /** The web part property this field edits. */
  readonly key: K;
  label(strings: S): string;
}

export interface ITextField<K extends string, S extends ICommonStrings = ICommonStrings> extends IFieldBase<K, S> {
  readonly kind: 'text';
}

export interface INumberField<K extends string, S extends ICommonStrings = ICommonStrings> extends IFieldBase<K, S> {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly step?: number;
}

export interface IChoiceField<K extends string, S extends ICommonStrings = ICommonStrings> extends IFieldBase<K, S> {
  readonly kind: 'choice';
  /** Choices: a value shown as itself, or a key with a label in the interface language. */
  readonly options: readonly (string | { readonly key: string; label(strings: S): string })[];
  /** Offer an empty value ("Alle") first; default true. */
  readonly includeAll?: boolean;
}

export interface IChecksField<K extends string, S extends ICommonStrings = ICommonStrings> extends IFieldBase<K, S> {
  readonly kind: 'checks';
  /** One checkbox per key of the property's object (`prop.key`); a key without a value counts as checked. */
  readonly options: readonly { readonly key: string; label(strings: S): string }[];
}

export type SettingField<K extends string = string, S extends ICommonStrings = ICommonStrings> = ITextField<K, S> | INumberField<K, S> | IChoiceField<K, S> | IChecksField<K, S>;

/** The settings of a web part whose props are `P`. */
export type SettingFields<P, S extends ICommonStrings = ICommonStrings> = readonly SettingField<Extract<keyof P, string>, S>[];

export const titleSetting = { key: 'title', kind: 'text', label: (s: ICommonStrings) => s.propertyPane.titleLabel } as const;

export function maxItemsSetting(max: number): INumberField<'maxItems'> {
  return { key: 'maxItems', kind: 'number', min: 1, max, label: (s) => s.propertyPane.maxItemsLabel };
}

export const areaSetting = { key: 'area', kind: 'text', label: (s: ICommonStrings) => s.propertyPane.areaLabel } as const;
