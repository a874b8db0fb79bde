/**
 * A rejected submission back in HR's form, to correct and send again: what the item says, as HR would have typed it.
 * The photo is not carried over (HR chooses it again if it should be included), and HR confirms the consent again:
 * the rejection may well have been about it.
 */
import { formatNumericDate } from '../../../../shared/domain/dates';
import { EMPTY_FORM } from './formState';
import type { IFormState } from './formState';
import type { INavnenytItem } from '../../domain/models';

export function formFromRejected(item: INavnenytItem): IFormState {
  return {
    ...EMPTY_FORM,
    employee: { employeeNumber: '', name: item.name, email: item.employee?.email, jobTitle: item.jobTitle, workplace: item.workplace, area: item.area },
    type: item.type,
    eventDate: formatNumericDate(item.eventDate),
    years: item.years !== undefined ? String(item.years) : '',
    message: item.message ?? '',
    showFrom: item.showFrom ? formatNumericDate(item.showFrom) : '',
    showUntil: item.showUntil ? formatNumericDate(item.showUntil) : '',
    dateTouched: true,
    windowTouched: true,
    consentConfirmed: false,
  };
}
