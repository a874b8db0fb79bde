/**
 * The texts the Portrætstudio web part needs before its studio has loaded: its title, the refusal for those who are not
 * communications, and its settings' labels. The studio's own texts load with it (studioTexts.ts, in its chunk).
 * Danish first, English second; typed, so the compiler checks both languages have every key.
 */
import { withCommonStrings } from '../../../shared/loc/strings';

export interface IStudioStrings {
  readonly studio: {
    readonly title: string;
    /** To those who may not add portraits (everyone but communications and the site's owners). */
    readonly refused: string;
    readonly propertyPane: {
      readonly campaignLabel: string;
      readonly hashtagsLabel: string;
      readonly linkedInPageLabel: string;
      readonly facebookPageLabel: string;
      readonly myChoicesLabel: string;
    };
  };
}

const da: IStudioStrings = {
  studio: {
    title: 'Portrætstudio',
    refused:
      'Portrætstudioet er kommunikationsafdelingens værktøj til at lave medarbejderportrætter og dele dem på LinkedIn og Facebook. Du har ikke adgang til det. Har du et forslag til et portræt, så skriv til kommunikation.',
    propertyPane: {
      campaignLabel: 'Kampagne (utm_campaign)',
      hashtagsLabel: 'Kommunikations egne hashtags',
      linkedInPageLabel: 'LinkedIn-sidens administratoradresse (valgfri)',
      facebookPageLabel: 'Facebook-sidens adresse (valgfri)',
      myChoicesLabel: 'Adresse på siden med Mine valg',
    },
  },
};

const en: IStudioStrings = {
  studio: {
    title: 'Portrait studio',
    refused:
      "The portrait studio is the communications team's tool for creating staff portraits and sharing them on LinkedIn and Facebook. You do not have access to it. If you have an idea for a portrait, write to communications.",
    propertyPane: {
      campaignLabel: 'Campaign (utm_campaign)',
      hashtagsLabel: "Communications' own hashtags",
      linkedInPageLabel: "The LinkedIn page's admin address (optional)",
      facebookPageLabel: "The Facebook page's address (optional)",
      myChoicesLabel: 'Address of the page with My choices',
    },
  },
};

/** The common texts and Portrætstudio's, in the common texts' language. */
export const studioStrings = withCommonStrings({ da, en });
