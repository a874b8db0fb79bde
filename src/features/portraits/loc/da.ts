import type { IPortraitsTexts } from './IPortraitsTexts';

export const da: IPortraitsTexts = {
  linkedInRefusal: {
    message: 'Portrættet kan ikke deles på LinkedIn: medarbejderen har ikke sagt ja til {items} på LinkedIn. Medarbejderen kan ændre det under Mine valg.',
    items: { portraitText: 'portrættekst', photo: 'billede' },
    and: 'og',
  },
};
