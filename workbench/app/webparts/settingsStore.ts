/**
 * Web part settings of the local page, kept in the browser's localStorage (one key per web part), the local
 * stand-in for the property bag SharePoint keeps in the page. Stored values are checked against the definition:
 * unknown keys are dropped, numbers clamped to the field's range, wrong types replaced by the default.
 */
import type { IWebPartDefinition, SettingsShape, SettingValue } from './types';

const PREFIX = 'medarbejdernyt.workbench.settings.';

export function storageKey(id: string): string {
  return PREFIX + id;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function sanitize(def: IWebPartDefinition, raw: unknown): SettingsShape {
  const result: SettingsShape = { ...def.defaults };
  if (typeof raw !== 'object' || raw === null) return result;
  const values = raw as Record<string, unknown>;
  for (const key of Object.keys(def.defaults)) {
    const value = values[key];
    const fallback = def.defaults[key];
    if (typeof fallback === 'number') {
      const field = def.fields.find((f) => f.key === key);
      if (typeof value !== 'number' || !Number.isFinite(value)) continue;
      const n = Math.round(value);
      result[key] = field && field.kind === 'number' ? Math.min(field.max, Math.max(field.min, n)) : n;
    } else if (typeof fallback === 'string') {
      if (typeof value === 'string') result[key] = value;
    } else if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
      const flags: Record<string, boolean> = {};
      for (const [k, v] of Object.entries(value)) if (typeof v === 'boolean') flags[k] = v;
      result[key] = flags;
    }
  }
  return result;
}

export function loadSettings(def: IWebPartDefinition): SettingsShape {
  const text = storage()?.getItem(storageKey(def.id));
  if (!text) return { ...def.defaults };
  try {
    return sanitize(def, JSON.parse(text));
  } catch {
    return { ...def.defaults };
  }
}

export function saveSettings(def: IWebPartDefinition, settings: SettingsShape): void {
  storage()?.setItem(storageKey(def.id), JSON.stringify(sanitize(def, settings)));
}

export function clearSettings(def: IWebPartDefinition): void {
  storage()?.removeItem(storageKey(def.id));
}

export function withValue(settings: SettingsShape, key: string, value: SettingValue): SettingsShape {
  return { ...settings, [key]: value };
}
