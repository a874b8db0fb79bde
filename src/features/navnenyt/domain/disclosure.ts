/**
 * What may be shown of a name news item, decided on every render from its person's privacy choices (the rules are
 * listed in the privacy feature's consent.ts).
 */
import type { INavnenytItem, NavnenytType } from './models';
import type { ConsentCategory, ConsentChannel, IPrivacyChoices } from '../../privacy';
import type { IntranetDefaultPolicy, IChoicesIndex } from '../../privacy';
import { DEFAULT_INTRANET_POLICY, isAllowed } from '../../privacy';

/** The consent category an event type needs, or undefined for Mindeord (editor-only, relatives' agreement). */
export function consentCategoryFor(type: NavnenytType): ConsentCategory | undefined {
  switch (type) {
    case 'birthday':
      return 'birthday';
    case 'jubilee':
      return 'jubilee';
    case 'newColleague':
      return 'newColleague';
    case 'retirement':
    case 'farewell':
      return 'retirement';
    case 'memorial':
      return undefined;
  }
}

export interface IDisclosure {
  /** May the item be shown at all? */
  readonly show: boolean;
  /** May the age (round number) be shown? Always false when `show` is false. */
  readonly showAge: boolean;
  /** May the photo be shown? Always false when `show` is false or the item has no photo. */
  readonly showPhoto: boolean;
  /** Why the item is hidden (for the approval view and tests), undefined when shown. */
  readonly hiddenReason?: 'notConfirmed' | 'noConsent' | 'externalNeedsChoices';
}

export interface IDisclosureOptions {
  readonly channel?: ConsentChannel;
  readonly intranetDefault?: IntranetDefaultPolicy;
}

const HIDDEN = (hiddenReason: IDisclosure['hiddenReason']): IDisclosure => ({ show: false, showAge: false, showPhoto: false, hiddenReason });

type DisclosureItem = Pick<INavnenytItem, 'type' | 'consentConfirmed' | 'photo' | 'years'>;

/**
 * What may be shown about the item's person. `choices` is the person's privacy-choices item, or undefined when they
 * have none. The reader web part calls this on every render, so a withdrawal hides the item at the next page load.
 */
export function decideDisclosure(item: DisclosureItem, choices: IPrivacyChoices | undefined, options: IDisclosureOptions = {}): IDisclosure {
  const channel = options.channel ?? 'intranet';
  const policy = options.intranetDefault ?? DEFAULT_INTRANET_POLICY;
  if (!item.consentConfirmed) {
    return HIDDEN('notConfirmed');
  }
  const category = consentCategoryFor(item.type);
  const hasPhoto = item.photo !== undefined && item.photo.url !== '';
  const hasAge = item.type === 'birthday' && item.years !== undefined;

  if (choices) {
    if (category !== undefined && !isAllowed(choices, channel, category)) {
      return HIDDEN('noConsent');
    }
    return {
      show: true,
      showAge: hasAge && isAllowed(choices, channel, 'age'),
      showPhoto: hasPhoto && isAllowed(choices, channel, 'photo'),
    };
  }

  if (channel !== 'intranet') {
    return HIDDEN('externalNeedsChoices');
  }
  if (category === undefined) {
    // Mindeord without a choices item: the relatives' agreement (consentConfirmed) covers the text and the photo.
    return { show: true, showAge: false, showPhoto: hasPhoto };
  }
  switch (policy) {
    case 'nothing':
      return HIDDEN('noConsent');
    case 'confirmedMention':
      return { show: true, showAge: false, showPhoto: false };
    case 'confirmedMentionAgeAndPhoto':
      return { show: true, showAge: hasAge, showPhoto: hasPhoto };
  }
}

/** The privacy choices of the item's person (the site user the item names). */
export function choicesFor(item: Pick<INavnenytItem, 'employee'>, index: IChoicesIndex): IPrivacyChoices | undefined {
  return item.employee ? index.byUserId.get(item.employee.id) : undefined;
}
