/**
 * The web's settings that SPFx code reads: `allProperties` (the property bag; owners may change it with MERGE),
 * `regionalSettings` (LocaleId 1030, Danish formats) and its `timeZone`, `defaultDocumentLibrary`, and the
 * read-only, empty-on-a-new-site collections `userCustomActions`, `features` and `navigation` (quick launch and top
 * navigation bar).
 */
import { Errors } from '../errors';
import { collectionJson, entityJson, ICtx, noContent, parseJsonBody, requireMethod } from '../http/context';
import type { ISegment } from '../http/segments';
import type { Json } from '../serialize';
import type { IEmuResponse } from '../types';
import { canManageWeb } from './permissions';
import { handleRecycleBin } from './recycleBin';


const REGIONAL: Json = {
  AdjustHijriDays: 0, AlternateCalendarType: 0, AM: '', CalendarType: 1, Collation: 25, CollationLCID: 1030, DateFormat: 1, DateSeparator: '-',
  DecimalSeparator: ',', DigitGrouping: '3;0', FirstDayOfWeek: 1, FirstWeekOfYear: 2, IsEastAsia: false, IsRightToLeft: false, IsUIRightToLeft: false,
  ListSeparator: ';', LocaleId: 1030, NegativeSign: '-', NegNumberMode: 1, PM: '', PositiveSign: '', ShowWeeks: true, ThousandSeparator: '.',
  Time24: true, TimeMarkerPosition: 0, TimeSeparator: ':', WorkDayEndHour: 1020, WorkDays: 62, WorkDayStartHour: 480,
};

function properties(ctx: ICtx): Record<string, string> {
  return JSON.parse(ctx.core.meta('allProperties') ?? '{}') as Record<string, string>;
}

/** SharePoint encodes `_` in property names as `_x005f_` in the JSON of allProperties. */
const encodeKey = (k: string): string => k.replace(/_/g, '_x005f_');

function allProperties(ctx: ICtx, rest: ISegment[]): IEmuResponse {
  if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
  if (ctx.method === 'GET') {
    const out: Json = {};
    for (const [k, v] of Object.entries(properties(ctx))) out[encodeKey(k)] = v;
    return entityJson(ctx, { type: 'SP.PropertyValues', id: `${ctx.core.apiBase()}Web/AllProperties`, editLink: 'Web/AllProperties' }, out);
  }
  requireMethod(ctx, 'MERGE', 'PATCH');
  // Changing the property bag needs ManageWeb (owners); on SharePoint Online also a site that allows custom scripts.
  if (!canManageWeb(ctx)) throw Errors.accessDenied();
  const next = properties(ctx);
  for (const [k, v] of Object.entries(parseJsonBody(ctx))) {
    if (k === '__metadata') continue;
    if (v !== null && typeof v !== 'string') throw Errors.badValue('Edm.String');
    const key = k.replace(/_x005f_/g, '_');
    if (v === null) delete next[key];
    else next[key] = v;
  }
  ctx.core.setMeta('allProperties', JSON.stringify(next));
  return noContent();
}

function regionalSettings(ctx: ICtx, rest: ISegment[]): IEmuResponse {
  const [seg, ...more] = rest;
  if (!seg) {
    requireMethod(ctx, 'GET');
    return entityJson(ctx, { type: 'SP.RegionalSettings', id: `${ctx.core.apiBase()}Web/RegionalSettings`, editLink: 'Web/RegionalSettings' }, REGIONAL);
  }
  if (seg.name !== 'timezone') throw Errors.noResource(seg.rawName);
  if (more.length === 0) {
    requireMethod(ctx, 'GET');
    return entityJson(ctx, { type: 'SP.TimeZone', id: `${ctx.core.apiBase()}Web/RegionalSettings/TimeZone`, editLink: 'Web/RegionalSettings/TimeZone' }, timeZoneJson(ctx));
  }
  throw Errors.noResource(more[0].rawName);
}

/** SP.TimeZone of the site's regional settings (option timeZone; Europe/Copenhagen is Id 3). */
function timeZoneJson(ctx: ICtx): Json {
  const z = ctx.core.timeZone;
  return { Description: z.description, Id: z.id, Information: { ...z.information } };
}

function empty(ctx: ICtx, metadata: string, rest: ISegment[]): IEmuResponse {
  requireMethod(ctx, 'GET');
  if (rest.length > 0) throw Errors.noResource(rest[0].rawName);
  return collectionJson(ctx, metadata, []);
}

function navigation(ctx: ICtx, rest: ISegment[]): IEmuResponse {
  requireMethod(ctx, 'GET');
  const [seg, ...more] = rest;
  if (!seg) return entityJson(ctx, { type: 'SP.Navigation', id: `${ctx.core.apiBase()}Web/Navigation`, editLink: 'Web/Navigation' }, { UseShared: false });
  if ((seg.name === 'quicklaunch' || seg.name === 'topnavigationbar') && more.length === 0) return empty(ctx, 'SP.ApiData.NavigationNodes', []);
  throw Errors.noResource(seg.rawName);
}

/** Web segments handled here; undefined when the segment is something else. */
export function handleWebExtra(ctx: ICtx, seg: ISegment, rest: ISegment[]): IEmuResponse | undefined {
  switch (seg.name) {
    case 'allproperties':
      return allProperties(ctx, rest);
    case 'regionalsettings':
      return regionalSettings(ctx, rest);
    case 'usercustomactions':
      return empty(ctx, 'SP.ApiData.UserCustomActions', rest);
    case 'features':
      return empty(ctx, 'SP.ApiData.Features', rest);
    case 'navigation':
      return navigation(ctx, rest);
    case 'recyclebin':
      return handleRecycleBin(ctx, seg, rest);
    default:
      return undefined;
  }
}
