/**
 * Reading typed values out of a SharePoint list item as PnPjs returns it (JSON light), in one place.
 * Person fields come expanded (`Field: {Id, Title, EMail}`), URL fields as `{Url, Description}`,
 * date-only fields as midnight in the site's regional time zone, in UTC.
 */
import { fromSharePointDate } from '../domain/dates';
import type { IImage, IPersonRef, IsoDate } from '../domain/models';
import { acceptedUrl } from './urls';

export type Row = Readonly<Record<string, unknown>>;

export function text(row: Row, name: string): string | undefined {
  const v = row[name];
  return typeof v === 'string' && v.length > 0 ? v.normalize('NFC') : undefined;
}

export function num(row: Row, name: string): number | undefined {
  const v = row[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : undefined;
}

export function bool(row: Row, name: string): boolean {
  return row[name] === true;
}

/** A date-only field as its calendar date: midnight in the site's zone (`siteTimeZone`), never assumed Copenhagen. */
export function dateOnly(row: Row, name: string, siteTimeZone: string): IsoDate | undefined {
  const v = row[name];
  return typeof v === 'string' ? fromSharePointDate(v, siteTimeZone) : undefined;
}

function rawUrl(row: Row, name: string): string | undefined {
  const v = row[name] as { Url?: unknown } | null | undefined;
  return v && typeof v.Url === 'string' && v.Url.length > 0 ? v.Url : undefined;
}

function source(row: Row, name: string): string {
  return `${name} (element ${String(row.Id ?? row.ID ?? '?')})`;
}

/** A URL field rendered as a link (`href`): only what the URL rule allows (src/shared/domain/urls.ts). */
export function link(row: Row, name: string, siteUrl: string): string | undefined {
  return acceptedUrl(rawUrl(row, name), 'link', siteUrl, source(row, name));
}

/** A URL field rendered as an image (`src`): only the site's own images (src/shared/domain/urls.ts). */
export function image(row: Row, urlField: string, altField: string, siteUrl: string): IImage | undefined {
  const u = acceptedUrl(rawUrl(row, urlField), 'image', siteUrl, source(row, urlField));
  return u ? { url: u, alt: text(row, altField) ?? '' } : undefined;
}

function personOf(v: unknown): IPersonRef | undefined {
  const p = v as { Id?: unknown; Title?: unknown; EMail?: unknown } | null | undefined;
  if (!p || typeof p.Id !== 'number') return undefined;
  return {
    id: p.Id,
    name: typeof p.Title === 'string' ? p.Title.normalize('NFC') : '',
    email: typeof p.EMail === 'string' ? p.EMail : undefined,
  };
}

export function person(row: Row, name: string): IPersonRef | undefined {
  return personOf(row[name]);
}

export function people(row: Row, name: string): IPersonRef[] {
  const v = row[name];
  return Array.isArray(v) ? v.map(personOf).filter((p): p is IPersonRef => p !== undefined) : [];
}

/** `$select` entries for an expanded person field. */
export function personSelect(name: string): string[] {
  return [`${name}/Id`, `${name}/Title`, `${name}/EMail`];
}

export function etagOf(row: Row): string | undefined {
  const v = row['odata.etag'];
  return typeof v === 'string' ? v : undefined;
}
