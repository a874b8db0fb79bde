/**
 * Addresses from list data and settings pass the domain's one URL rule (src/shared/domain/urls.ts) here, on their way to a
 * component. What the rule drops is a data error: it is reported on the console, in Danish, for whoever maintains the
 * list, and the component renders no link or image instead.
 */
import { judgeUrl } from '../domain/urls';
import type { UrlKind } from '../domain/urls';

const WHY: Record<'unreadable' | 'scheme' | 'credentials' | 'foreign', string> = {
  unreadable: 'det er hverken en fuld https-adresse eller en sti på webstedet',
  scheme: 'kun https: (og webstedets egne adresser) er tilladt',
  credentials: 'adressen indeholder et brugernavn eller en adgangskode',
  foreign: 'billeder skal ligge på webstedet selv (dets biblioteker eller vedhæftede filer)',
};

/** The address when the rule allows it; otherwise undefined, and the reason on the console. `source` says where it came from. */
export function acceptedUrl(value: string | undefined, kind: UrlKind, siteUrl: string, source: string): string | undefined {
  const verdict = judgeUrl(value, kind, siteUrl);
  if (verdict.ok) return verdict.url;
  if (verdict.reason !== 'empty') {
    const shown = (value ?? '').length > 80 ? `${(value ?? '').slice(0, 80)}…` : value;
    console.warn(`Medarbejdernyt, datafejl i ${source}: adressen "${shown}" vises ikke, fordi ${WHY[verdict.reason]}.`);
  }
  return undefined;
}
