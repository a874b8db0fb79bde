/**
 * What changed in a navnenyt item between the version an approver saw and the current one (after a 412 on approve).
 */
import type { Locale } from '../../../shared/domain/dates';
import type { INavnenytItem } from './models';

type Compared = 'name' | 'type' | 'eventDate' | 'years' | 'jobTitle' | 'workplace' | 'area' | 'message' | 'photo' | 'showFrom' | 'showUntil' | 'consentConfirmed' | 'approval';

const LABELS: Readonly<Record<Locale, Readonly<Record<Compared, string>>>> = {
  da: {
    name: 'navn',
    type: 'begivenhed',
    eventDate: 'dato',
    years: 'antal år',
    jobTitle: 'stilling',
    workplace: 'arbejdssted',
    area: 'område',
    message: 'besked',
    photo: 'foto',
    showFrom: 'vises fra',
    showUntil: 'vises til',
    consentConfirmed: 'bekræftelse af samtykke',
    approval: 'godkendelsesstatus',
  },
  en: {
    name: 'name',
    type: 'event',
    eventDate: 'date',
    years: 'years',
    jobTitle: 'job title',
    workplace: 'workplace',
    area: 'area',
    message: 'message',
    photo: 'photo',
    showFrom: 'show from',
    showUntil: 'show until',
    consentConfirmed: 'consent confirmation',
    approval: 'approval status',
  },
};

const ORDER = Object.keys(LABELS.da) as Compared[];

function valueOf(item: INavnenytItem, field: Compared): string {
  if (field === 'photo') return item.photo ? `${item.photo.url}|${item.photo.alt}` : '';
  const v = item[field];
  return v === undefined ? '' : String(v);
}

/** The names of the fields that differ, in the form's order, in the given language. */
export function changedFieldLabels(before: INavnenytItem, after: INavnenytItem, locale: Locale = 'da'): readonly string[] {
  return ORDER.filter((f) => valueOf(before, f) !== valueOf(after, f)).map((f) => LABELS[locale][f]);
}
