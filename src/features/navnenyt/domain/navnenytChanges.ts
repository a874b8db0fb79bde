/**
 * What changed in a navnenyt item between the version an approver saw and the current one (after a 412 on approve).
 */
import type { INavnenytItem } from './models';

/** The fields an approver compares, in the form's order (their names are in the feature's loc). */
export type ComparedField = 'name' | 'type' | 'eventDate' | 'years' | 'jobTitle' | 'workplace' | 'area' | 'message' | 'photo' | 'showFrom' | 'showUntil' | 'consentConfirmed' | 'approval';

export const COMPARED_FIELDS: readonly ComparedField[] = ['name', 'type', 'eventDate', 'years', 'jobTitle', 'workplace', 'area', 'message', 'photo', 'showFrom', 'showUntil', 'consentConfirmed', 'approval'];

function valueOf(item: INavnenytItem, field: ComparedField): string {
  if (field === 'photo') return item.photo ? `${item.photo.url}|${item.photo.alt}` : '';
  const v = item[field];
  return v === undefined ? '' : String(v);
}

/** The fields that differ, in the form's order. */
export function changedFields(before: INavnenytItem, after: INavnenytItem): readonly ComparedField[] {
  return COMPARED_FIELDS.filter((f) => valueOf(before, f) !== valueOf(after, f));
}
