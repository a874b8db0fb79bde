import {
  congratulateLinks,
  congratulationGreeting,
  mailtoLink,
  navnenytSentence,
  personDescription,
  receptionNote,
  teamsChatLink,
} from '../../../../src/features/navnenyt/domain/sentences';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
import { lowerFirstForRunningText } from '../../../../src/shared/domain/texts';
import { navnenytTexts } from '../../../../src/features/navnenyt/loc';

/** The words come from the feature's loc: these tests check the rules and the texts users read together. */
const DA = navnenytTexts('da').words;
const EN = navnenytTexts('en').words;

const base = { id: 1, consentConfirmed: true, approval: 'approved' } as const;
const anne: INavnenytItem = {
  ...base,
  type: 'jubilee',
  name: 'Anne Hansen',
  jobTitle: 'Social- og sundhedsassistent',
  workplace: 'Hjemmeplejen Syd',
  eventDate: '2026-11-27',
  years: 25,
  employee: { id: 9, name: 'Anne Hansen', email: 'anne.hansen@norddjurs.dk' },
};
const soeren: INavnenytItem = { ...base, type: 'birthday', name: 'Søren Ørsted', workplace: 'Vej og Park', eventDate: '2026-08-03', years: 60 };
const mette: INavnenytItem = { ...base, type: 'newColleague', name: 'Mette Kjær', jobTitle: 'Pædagog', workplace: 'Børnehuset Solstrålen', eventDate: '2026-08-03' };
const jens: INavnenytItem = { ...base, type: 'retirement', name: 'Jens Berg', jobTitle: 'Lærer', workplace: 'Grenaa Skole', eventDate: '2026-07-31' };
const lars: INavnenytItem = { ...base, type: 'farewell', name: 'Lars Holm', jobTitle: 'IT-konsulent', eventDate: '2026-04-30' };
const hanne: INavnenytItem = { ...base, type: 'memorial', name: 'Hanne Lund', jobTitle: 'Dagplejer', workplace: 'Dagplejen Nord', eventDate: '2026-11-02' };

const AGE = { showAge: true };
const NO_AGE = { showAge: false };

describe('Danish sentences', () => {
  it.each([
    [anne, NO_AGE, 'Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd, har 25 års jubilæum fredag den 27. november.'],
    [soeren, AGE, 'Søren Ørsted, Vej og Park, fylder 60 år mandag den 3. august.'],
    [soeren, NO_AGE, 'Søren Ørsted, Vej og Park, har fødselsdag mandag den 3. august.'],
    [mette, NO_AGE, 'Vi siger velkommen til Mette Kjær, pædagog i Børnehuset Solstrålen, som starter mandag den 3. august.'],
    [jens, NO_AGE, 'Jens Berg, lærer på Grenaa Skole, går på pension fredag den 31. juli.'],
    [lars, NO_AGE, 'Lars Holm, IT-konsulent, fratræder sin stilling torsdag den 30. april.'],
    [hanne, NO_AGE, 'Det er med sorg, at vi har modtaget meddelelsen om, at Hanne Lund, dagplejer i Dagplejen Nord, er død mandag den 2. november.'],
  ] as const)('%#: %s', (item, disclosure, expected) => {
    expect(navnenytSentence(item, disclosure, DA)).toBe(expected);
  });

  it('writes past events in the past tense once today is later', () => {
    expect(navnenytSentence(soeren, AGE, DA, { today: '2026-08-05' })).toBe('Søren Ørsted, Vej og Park, fyldte 60 år mandag den 3. august.');
    expect(navnenytSentence(soeren, AGE, DA, { today: '2026-08-03' })).toBe('Søren Ørsted, Vej og Park, fylder 60 år mandag den 3. august.');
    expect(navnenytSentence(mette, NO_AGE, DA, { today: '2026-09-01' })).toBe('Vi siger velkommen til Mette Kjær, pædagog i Børnehuset Solstrålen, som startede mandag den 3. august.');
    expect(navnenytSentence(jens, NO_AGE, DA, { today: '2026-08-01' })).toBe('Jens Berg, lærer på Grenaa Skole, gik på pension fredag den 31. juli.');
  });

  it('adds the year on request and copes with a bare name', () => {
    expect(navnenytSentence(anne, NO_AGE, DA, { withYear: true })).toContain('fredag den 27. november 2026.');
    expect(navnenytSentence({ type: 'newColleague', name: 'Mette Kjær', eventDate: '2026-08-03' }, NO_AGE, DA)).toBe('Vi siger velkommen til Mette Kjær, som starter mandag den 3. august.');
    expect(navnenytSentence({ type: 'birthday', name: 'Bo Ærø', eventDate: '2026-08-03', years: 50 }, AGE, DA)).toBe('Bo Ærø fylder 50 år mandag den 3. august.');
  });

  it('never shows the age when the person has not allowed it, even if the item carries it', () => {
    expect(navnenytSentence(soeren, NO_AGE, DA)).not.toMatch(/60/);
  });

  it('keeps abbreviations and proper nouns, lowers ordinary titles', () => {
    expect(lowerFirstForRunningText('Social- og sundhedsassistent')).toBe('social- og sundhedsassistent');
    expect(lowerFirstForRunningText('SOSU-hjælper')).toBe('SOSU-hjælper');
    expect(lowerFirstForRunningText('Ældreplejer')).toBe('ældreplejer');
    expect(personDescription({ name: 'A\u030Ase Holm', jobTitle: 'Pædagog' })).toBe('Åse Holm, pædagog');
  });
});

describe('English sentences', () => {
  it.each([
    [anne, NO_AGE, 'Anne Hansen, social- og sundhedsassistent at Hjemmeplejen Syd, celebrates 25 years of service on Friday 27 November.'],
    [soeren, AGE, 'Søren Ørsted, Vej og Park, turns 60 on Monday 3 August.'],
    [soeren, NO_AGE, 'Søren Ørsted, Vej og Park, has a birthday on Monday 3 August.'],
    [mette, NO_AGE, 'We welcome Mette Kjær, pædagog at Børnehuset Solstrålen, who starts on Monday 3 August.'],
    [jens, NO_AGE, 'Jens Berg, lærer at Grenaa Skole, retires on Friday 31 July.'],
    [lars, NO_AGE, 'Lars Holm, IT-konsulent, leaves their position on Thursday 30 April.'],
    [hanne, NO_AGE, 'It is with sadness that we have received the news that Hanne Lund, dagplejer at Dagplejen Nord, died on Monday 2 November.'],
  ] as const)('%#: %s', (item, disclosure, expected) => {
    expect(navnenytSentence(item, disclosure, EN)).toBe(expected);
  });

  it('names types in both languages', () => {
    expect(navnenytTexts('da').types.newColleague).toBe('Ny medarbejder');
    expect(navnenytTexts('en').types.jubilee).toBe('Work anniversary');
  });
});

describe('reception note', () => {
  it('explains a moved reception day and says nothing when the day itself is a working day', () => {
    expect(receptionNote('2026-08-01', '2026-08-03', DA)).toBe('Jubilæet markeres mandag den 3. august, fordi jubilæumsdagen er en lørdag.');
    expect(receptionNote('2026-04-03', '2026-04-07', DA)).toBe('Jubilæet markeres tirsdag den 7. april, fordi jubilæumsdagen er langfredag.');
    expect(receptionNote('2026-08-01', '2026-08-03', EN)).toBe('The anniversary is marked on Monday 3 August, because the day itself is a Saturday.');
    expect(receptionNote('2026-11-27', '2026-11-27', DA)).toBeUndefined();
  });
});

describe('congratulations', () => {
  it.each([
    [soeren, AGE, 'da', 'Tillykke med de 60 år, Søren!'],
    [soeren, NO_AGE, 'da', 'Tillykke med fødselsdagen, Søren!'],
    [anne, NO_AGE, 'da', 'Tillykke med dit 25 års jubilæum, Anne!'],
    [mette, NO_AGE, 'da', 'Velkommen til Norddjurs Kommune, Mette!'],
    [jens, NO_AGE, 'da', 'Tillykke med pensionen, Jens, og tak for indsatsen!'],
    [lars, NO_AGE, 'da', 'Tak for samarbejdet, Lars, og held og lykke fremover!'],
    [soeren, AGE, 'en', 'Happy 60th birthday, Søren!'],
    [anne, NO_AGE, 'en', 'Congratulations on your 25th work anniversary, Anne!'],
    [{ ...anne, years: 41 }, NO_AGE, 'en', 'Congratulations on your 41st work anniversary, Anne!'],
  ] as const)('%#: %s', (item, disclosure, locale, expected) => {
    expect(congratulationGreeting(item, disclosure, navnenytTexts(locale).words)).toBe(expected);
  });

  it('builds the Teams chat deep link with the URL-encoded Danish greeting', () => {
    const links = congratulateLinks(anne, NO_AGE, DA);
    expect(links?.teams).toBe(
      'https://teams.microsoft.com/l/chat/0/0?users=anne.hansen%40norddjurs.dk&message=Tillykke%20med%20dit%2025%20%C3%A5rs%20jubil%C3%A6um%2C%20Anne!',
    );
    expect(decodeURIComponent(new URL(links?.teams ?? '').searchParams.get('message') ?? '')).toBe('Tillykke med dit 25 års jubilæum, Anne!');
  });

  it('offers an e-mail fallback with a Danish subject and body', () => {
    const links = congratulateLinks(anne, NO_AGE, DA, { senderName: 'Karen Mikkelsen' });
    expect(links?.mail).toBe(
      'mailto:anne.hansen@norddjurs.dk?subject=Tillykke%20med%20jubil%C3%A6et&body=Tillykke%20med%20dit%2025%20%C3%A5rs%20jubil%C3%A6um%2C%20Anne!%0A%0AMange%20hilsner%0AKaren%20Mikkelsen',
    );
    expect(mailtoLink('a@b.dk', 'Hej & farvel', 'x+y')).toBe('mailto:a@b.dk?subject=Hej%20%26%20farvel&body=x%2By');
    expect(teamsChatLink('a@b.dk', 'Hej')).toBe('https://teams.microsoft.com/l/chat/0/0?users=a%40b.dk&message=Hej');
  });

  it('offers no congratulation for a memorial or without a usable e-mail address', () => {
    expect(congratulateLinks({ ...hanne, employee: { id: 1, name: 'Hanne Lund', email: 'hanne@norddjurs.dk' } }, NO_AGE, DA)).toBeUndefined();
    expect(congratulationGreeting(hanne, NO_AGE, DA)).toBeUndefined();
    expect(congratulateLinks({ ...anne, employee: { id: 9, name: 'Anne Hansen' } }, NO_AGE, DA)).toBeUndefined();
    expect(congratulateLinks({ ...anne, employee: { id: 9, name: 'Anne Hansen', email: 'anne@x.dk?cc=evil@x.dk' } }, NO_AGE, DA)).toBeUndefined();
  });
});

describe('the preposition before a workplace', () => {
  it.each([
    ['Grenaa Skole', 'på'],
    ['Plejecenter Møllevangen', 'på'],
    ['Auning Bibliotek', 'på'],
    ['Rådhuset i Grenaa', 'på'],
    ['Hjemmeplejen Syd', 'i'],
    ['Børnehuset Ørum', 'i'],
    ['Vej og Park', 'i'],
    ['Borgerservice Grenaa', 'i'],
  ])('%s takes "%s"', (workplace, preposition) => {
    expect(personDescription({ name: 'Anne Hansen', jobTitle: 'Medarbejder', workplace })).toBe(`Anne Hansen, medarbejder ${preposition} ${workplace}`);
  });
});
