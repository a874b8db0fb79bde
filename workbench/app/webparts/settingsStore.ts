/**
 * Web part settings of the local page, kept in the browser's localStorage (one key per web part instance), the local
 * stand-in for the property bag SharePoint keeps in the page for each web part on it. Stored values are checked
 * against the definition: unknown keys are dropped, numbers clamped to the field's range, wrong types replaced by the
 * default.
 */
import type { AnyWebPartDefinition, IWebPartInstance, SettingsShape, SettingValue } from './types';

const PREFIX = 'medarbejdernyt.workbench.settings.';

export function storageKey(instanceId: string): string {
  return PREFIX + instanceId;
}

function storage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export function sanitize(def: AnyWebPartDefinition, raw: unknown): SettingsShape {
  const defaults = def.defaults as SettingsShape;
  const result: SettingsShape = { ...defaults };
  if (typeof raw !== 'object' || raw === null) return result;
  const values = raw as Record<string, unknown>;
  for (const key of Object.keys(defaults)) {
    const value = values[key];
    const fallback = defaults[key];
    if (typeof fallback === 'number') {
      const field = def.settings.find((f) => f.key === key);
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

export function loadSettings(wp: IWebPartInstance): SettingsShape {
  const text = storage()?.getItem(storageKey(wp.instanceId));
  if (!text) return sanitize(wp.definition, undefined);
  try {
    return sanitize(wp.definition, JSON.parse(text));
  } catch {
    return sanitize(wp.definition, undefined);
  }
}

export function saveSettings(wp: IWebPartInstance, settings: SettingsShape): void {
  storage()?.setItem(storageKey(wp.instanceId), JSON.stringify(sanitize(wp.definition, settings)));
}

export function clearSettings(wp: IWebPartInstance): void {
  storage()?.removeItem(storageKey(wp.instanceId));
}

export function withValue(settings: SettingsShape, key: string, value: SettingValue): SettingsShape {
  return { ...settings, [key]: value };
}
