/**
 * HR's column mapping, remembered on this device per site and per set of headers (localStorage). It holds header
 * names only, never a value from the file.
 */
import type { ColumnMapping } from '../../domain/importModels';

const PREFIX = 'medarbejdernyt:indlaes-kolonner';

const keyOf = (siteUrl: string, signature: string): string => `${PREFIX}:${siteUrl.toLowerCase()}:${signature}`;

export function recallMapping(siteUrl: string, signature: string): ColumnMapping | undefined {
  try {
    const raw = window.localStorage.getItem(keyOf(siteUrl, signature));
    const parsed: unknown = raw ? JSON.parse(raw) : undefined;
    return parsed && typeof parsed === 'object' ? (parsed as ColumnMapping) : undefined;
  } catch {
    return undefined; // storage blocked or an old value: propose from the headers
  }
}

export function rememberMapping(siteUrl: string, signature: string, mapping: ColumnMapping): void {
  try {
    window.localStorage.setItem(keyOf(siteUrl, signature), JSON.stringify(mapping));
  } catch {
    // storage blocked (private mode, some Teams clients): the mapping lasts for the page only
  }
}
