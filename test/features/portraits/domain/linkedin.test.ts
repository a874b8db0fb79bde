import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy/domain/consent';
import {
  composeLinkedInPost,
  escapeLittleText,
  LINKEDIN_MAX_LENGTH,
  linkedInRefusalMessage,
  linkedInShareUrl,
  mayShareOnLinkedIn,
  normalizeHashtag,
  shareUrlProblem,
} from '../../../../src/features/portraits/domain/linkedin';
import type { ConsentCategory, IPrivacyChoices } from '../../../../src/features/privacy/domain/models';
import { portraitsTexts } from '../../../../src/features/portraits/loc';

function linkedInChoices(categories: readonly ConsentCategory[], intranet: readonly ConsentCategory[] = []): IPrivacyChoices {
  let m = emptyConsentMatrix();
  categories.forEach((c) => (m = withChoice(m, 'linkedIn', c, true)));
  intranet.forEach((c) => (m = withChoice(m, 'intranet', c, true)));
  return { employee: { id: 9, name: 'Anne Hansen' }, choices: m, registeredBy: 'Selvbetjening' };
}

const portrait = {
  name: 'Anne Hansen',
  profession: 'Social- og sundhedsassistent',
  workplace: 'Hjemmeplejen Syd',
  quote: 'Jeg går hjem hver dag og ved, at jeg har gjort en forskel.',
  story: 'Anne har arbejdet i hjemmeplejen i 12 år.',
  jobAdvertUrl: 'https://www.norddjurs.dk/job/sosu-assistent-hjemmeplejen-syd',
} as const;

describe('LinkedIn consent', () => {
  it('needs the LinkedIn yes for the portrait text, and for the photo when one is used', () => {
    expect(mayShareOnLinkedIn(linkedInChoices(['portraitText']), false)).toBe(true);
    expect(mayShareOnLinkedIn(linkedInChoices(['portraitText']), true)).toBe(false);
    expect(mayShareOnLinkedIn(linkedInChoices(['portraitText', 'photo']), true)).toBe(true);
    // intranet yes is not a LinkedIn yes, and no choices item means no
    expect(mayShareOnLinkedIn(linkedInChoices([], ['portraitText', 'photo']), false)).toBe(false);
    expect(mayShareOnLinkedIn(undefined, false)).toBe(false);
  });

  it('refuses with the missing consents named for the editor', () => {
    const result = composeLinkedInPost({ portrait, withPhoto: true }, linkedInChoices([]));
    expect(result).toEqual({ ok: false, missing: ['portraitText', 'photo'] });
    expect(linkedInRefusalMessage(['portraitText', 'photo'], portraitsTexts('da').linkedInRefusal)).toBe(
      'Portrættet kan ikke deles på LinkedIn: medarbejderen har ikke sagt ja til portrættekst og billede på LinkedIn. Medarbejderen kan ændre det under Mine valg.',
    );
    expect(linkedInRefusalMessage(['photo'], portraitsTexts('en').linkedInRefusal)).toBe(
      'The portrait cannot be shared on LinkedIn: the employee has not agreed to photo on LinkedIn. They can change this under My choices.',
    );
  });
});

describe('composeLinkedInPost', () => {
  it('writes the post with profession, quote, job advert and hashtags', () => {
    const result = composeLinkedInPost({ portrait, withPhoto: false, hashtags: ['job', '#NorddjursKommune'] }, linkedInChoices(['portraitText']));
    expect(result.ok && result.text).toBe(
      [
        'Mød Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd.',
        '»Jeg går hjem hver dag og ved, at jeg har gjort en forskel.«',
        'Anne har arbejdet i hjemmeplejen i 12 år.',
        'Vil du være vores nye kollega? Se det ledige job her: https://www.norddjurs.dk/job/sosu-assistent-hjemmeplejen-syd',
        '#NorddjursKommune #velfærd #SOSU #job',
      ].join('\n\n'),
    );
  });

  it('escapes reserved characters in the API commentary but keeps its own hashtags and the link working', () => {
    const tricky = { ...portrait, quote: 'Min #1 regel: vær nysgerrig (og *tålmodig*) ~ altid @ arbejde_', jobAdvertUrl: 'https://job.dk/a(1)_b' };
    const result = composeLinkedInPost({ portrait: tricky, withPhoto: false }, linkedInChoices(['portraitText']));
    if (!result.ok) {
      throw new Error('expected a post');
    }
    expect(result.commentary).toContain('»Min \\#1 regel: vær nysgerrig \\(og \\*tålmodig\\*\\) \\~ altid \\@ arbejde\\_«');
    expect(result.commentary).toContain('https://job.dk/a%281%29_b');
    expect(result.commentary.endsWith('#NorddjursKommune #velfærd #SOSU')).toBe(true);
    // The paste-in text is unescaped: backslashes would show in LinkedIn's own share box.
    expect(result.text).toContain('»Min #1 regel: vær nysgerrig (og *tålmodig*) ~ altid @ arbejde_«');
  });

  it('keeps within 3,000 characters by shortening the story at a word boundary', () => {
    const story = 'Hverdagen i hjemmeplejen (kort fortalt) er god. '.repeat(120);
    const result = composeLinkedInPost({ portrait: { ...portrait, story }, withPhoto: false }, linkedInChoices(['portraitText']));
    if (!result.ok) {
      throw new Error('expected a post');
    }
    expect(result.shortened).toBe(true);
    expect(Array.from(result.commentary).length).toBeLessThanOrEqual(LINKEDIN_MAX_LENGTH);
    expect(Array.from(result.commentary).length).toBeGreaterThan(LINKEDIN_MAX_LENGTH - 60);
    expect(result.text).toMatch(/ (er|god\.|kort|fortalt\)|i|Hverdagen|hjemmeplejen)…\n\n/);
    expect(result.text).toContain('https://www.norddjurs.dk/job/sosu-assistent-hjemmeplejen-syd');
    expect(result.text.endsWith('#NorddjursKommune #velfærd #SOSU')).toBe(true);
  });

  it('leaves out what is missing', () => {
    const result = composeLinkedInPost({ portrait: { name: 'Bo Ærø', profession: 'Lærer' }, withPhoto: false }, linkedInChoices(['portraitText']));
    expect(result.ok && result.text).toBe('Mød Bo Ærø, lærer.\n\n#NorddjursKommune #velfærd #lærer');
  });
});

describe('little text and hashtags', () => {
  it('escapes every reserved character', () => {
    expect(escapeLittleText('\\|{}@[]()<>#*_~ æøå')).toBe('\\\\\\|\\{\\}\\@\\[\\]\\(\\)\\<\\>\\#\\*\\_\\~ æøå');
  });

  it.each([
    ['NorddjursKommune', '#NorddjursKommune'],
    ['#velfærd', '#velfærd'],
    ['# sosu assistent', '#sosuassistent'],
    ['##', undefined],
  ])('%s → %s', (tag, expected) => {
    expect(normalizeHashtag(tag)).toBe(expected);
  });
});

describe('share-offsite URL', () => {
  it('shares a public https page', () => {
    expect(linkedInShareUrl('https://www.norddjurs.dk/job/sosu?id=12&x=æ')).toBe(
      'https://www.linkedin.com/sharing/share-offsite/?url=https%3A%2F%2Fwww.norddjurs.dk%2Fjob%2Fsosu%3Fid%3D12%26x%3D%C3%A6',
    );
  });

  it('refuses intranet, plain http and broken addresses', () => {
    expect(shareUrlProblem('https://norddjurs.sharepoint.com/sites/intra/SitePages/Anne.aspx')).toBe('intranet');
    expect(shareUrlProblem('http://www.norddjurs.dk/job')).toBe('notHttps');
    expect(shareUrlProblem('ikke en adresse')).toBe('invalid');
    expect(linkedInShareUrl('https://norddjurs.sharepoint.com/x')).toBeUndefined();
  });
});
