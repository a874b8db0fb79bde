import type { IPortraitsTexts } from './IPortraitsTexts';

export const en: IPortraitsTexts = {
  linkedInRefusal: {
    message: 'The portrait cannot be shared on LinkedIn: the employee has not agreed to {items} on LinkedIn. They can change this under My choices.',
    items: { portraitText: 'portrait text', photo: 'photo' },
    and: 'and',
  },
};
