/**
 * The words of the posts and of the consent e-mail. Danish only, whatever the page's language: the posts speak to
 * Danish job seekers and the e-mail to a Danish employee. Each channel has the strategy's tone: LinkedIn "(mere)
 * formel … faglighed", Facebook "uformel og let … i øjenhøjde".
 */
import type { PostTemplates } from '../domain/posts';
import type { IConsentMailTemplate } from '../domain/portraitDraft';

export const POST_TEMPLATES: PostTemplates = {
  linkedIn: {
    intro: 'Mød {name}, {description}.',
    introWithoutDescription: 'Mød {name}.',
    description: '{role} i {workplace}',
    quote: '»{quote}«',
    callToAction: 'Vil du være vores nye kollega? Se det ledige job her: {link}',
    story: 'all',
  },
  facebook: {
    intro: 'Sig hej til {firstName} 👋 {firstName} er {description}.',
    introWithoutDescription: 'Sig hej til {firstName} 👋',
    description: '{role} i {workplace}',
    quote: '»{quote}«',
    callToAction: 'Kunne du tænke dig at blive {firstNameGenitive} kollega? Læs mere og søg her 👉 {link}',
    story: 'first',
  },
};

export const CONSENT_MAIL: IConsentMailTemplate = {
  subject: 'Må vi dele dit portræt på {channels}?',
  body:
    'Hej {firstName}\n\n' +
    'Kommunikation vil gerne dele dit medarbejderportræt på {channels} for at vise, hvad vi laver, og finde nye kolleger.\n\n' +
    'Vi deler det kun, hvis du selv siger ja. Du bestemmer under Mine valg, om din portrættekst og dit foto må vises på {channels}, ' +
    'og du kan altid trække dit ja tilbage: {link}\n\n' +
    'Siger du ikke ja, sker der ingenting.\n\n' +
    'Venlig hilsen\nKommunikation, Norddjurs Kommune',
};
