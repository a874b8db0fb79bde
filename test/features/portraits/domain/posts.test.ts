import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy/domain/consent';
import { lix } from '../../../../src/features/stories/domain/readability';
import { channelHashtags, charCount, composePost, genitive, missingConsent, parseHashtags, postStats, runningText } from '../../../../src/features/portraits/domain/posts';
import { POST_TEMPLATES } from '../../../../src/features/portraits/loc/postTemplates';

const portrait = {
  name: 'Anne  Hansen',
  profession: 'Social- og sundhedsassistent',
  workplace: 'Hjemmeplejen Syd',
  quote: 'Jeg går hjem hver dag og ved, at jeg har gjort en forskel.',
  story: 'Anne har arbejdet i hjemmeplejen i 12 år.\n\nHun kører ud til borgere i hele Syddjurs.',
} as const;
const LINK = 'https://www.norddjurs.dk/job?utm_source=linkedin';

describe('the starting text per channel', () => {
  it('LinkedIn is formal: the whole story, the job advert and the hashtags on their own line', () => {
    const text = composePost('linkedIn', portrait, POST_TEMPLATES.linkedIn, LINK, ['#SOSU', '#velfærd']);
    expect(text).toBe(
      'Mød Anne Hansen, social- og sundhedsassistent i Hjemmeplejen Syd.\n\n' +
        '»Jeg går hjem hver dag og ved, at jeg har gjort en forskel.«\n\n' +
        'Anne har arbejdet i hjemmeplejen i 12 år.\n\nHun kører ud til borgere i hele Syddjurs.\n\n' +
        `Vil du være vores nye kollega? Se det ledige job her: ${LINK}\n\n#SOSU #velfærd`,
    );
  });

  it('Facebook is informal: the first name, the first paragraph only, and a lighter call', () => {
    const text = composePost('facebook', portrait, POST_TEMPLATES.facebook, LINK, ['#SOSU']);
    expect(text.startsWith('Sig hej til Anne 👋 Anne er social- og sundhedsassistent i Hjemmeplejen Syd.')).toBe(true);
    expect(text).toContain('Anne har arbejdet i hjemmeplejen i 12 år.');
    expect(text).not.toContain('Syddjurs');
    expect(text).toContain(`Kunne du tænke dig at blive Annes kollega? Læs mere og søg her 👉 ${LINK}`);
  });

  it('writes the Danish genitive of the first name', () => {
    expect([genitive('Anne'), genitive('Jonas'), genitive('Max'), genitive('Lukaz')]).toEqual(['Annes', "Jonas'", "Max'", "Lukaz'"]);
    expect(composePost('facebook', { name: 'Jonas Møller Nielsen' }, POST_TEMPLATES.facebook, LINK, [])).toContain("blive Jonas' kollega?");
  });

  it('leaves out what the portrait lacks', () => {
    expect(composePost('linkedIn', { name: 'Bo' }, POST_TEMPLATES.linkedIn, undefined, [])).toBe('Mød Bo.');
    expect(composePost('linkedIn', { name: 'Bo', jobTitle: 'Lærer' }, POST_TEMPLATES.linkedIn, undefined, [])).toBe('Mød Bo, lærer.');
  });
});

describe('the composer figures', () => {
  it('counts characters as people do and says when LinkedIn’s 3,000 are passed', () => {
    expect(charCount('Æble 👋')).toBe(6);
    expect(postStats('linkedIn', 'a'.repeat(3000)).over).toBe(false);
    expect(postStats('linkedIn', 'a'.repeat(3001))).toMatchObject({ chars: 3001, maxChars: 3000, over: true });
    expect(postStats('facebook', 'a'.repeat(3001)).over).toBe(false);
  });

  it('shows what LinkedIn shows before "…se mere" and whether the link is hidden behind it', () => {
    const short = postStats('linkedIn', `Kort tekst ${LINK}`);
    expect(short.beforeFold).toBeUndefined();
    const long = `${'Ord '.repeat(60)}${LINK}`;
    const stats = postStats('linkedIn', long);
    expect(Array.from(stats.beforeFold ?? '')).toHaveLength(210);
    expect(stats.linkAfterFold).toBe(true);
    expect(postStats('linkedIn', `${LINK} ${'Ord '.repeat(60)}`).linkAfterFold).toBe(false);
    expect(postStats('facebook', long).beforeFold).toBeUndefined();
  });

  it('gives the story check’s LIX on the running text, without the link and the hashtags', () => {
    const text = composePost('linkedIn', { ...portrait, story: `${portrait.story} ${'Hun elsker sit arbejde og sine kolleger. '.repeat(5)}` }, POST_TEMPLATES.linkedIn, LINK, ['#SOSU', '#sundhedsvæsen']);
    const stats = postStats('linkedIn', text);
    expect(runningText(text).join(' ')).not.toMatch(/https|#SOSU/);
    expect(stats.lix).toEqual(lix(runningText(text)));
    expect(stats.lix.score).toBeDefined();
    expect(stats.lix.band).toBeDefined();
    expect(postStats('linkedIn', 'For kort.').lix.score).toBeUndefined();
  });
});

describe('hashtags', () => {
  it('normalises communications’ own and puts the profession’s first, each once, within the channel’s number', () => {
    expect(parseHashtags('#NorddjursKommune, velfærd  # job;#Job')).toEqual(['#NorddjursKommune', '#velfærd', '#job', '#Job']);
    expect(channelHashtags('linkedIn', { profession: 'Pædagog' }, ['#velfærd', '#Pædagog', '#job', '#Norddjurs', '#Djursland', '#ekstra'])).toEqual([
      '#pædagog',
      '#velfærd',
      '#job',
      '#Norddjurs',
      '#Djursland',
    ]);
    expect(channelHashtags('facebook', { profession: 'Lærer' }, ['#velfærd', '#job', '#Norddjurs'])).toEqual(['#lærer', '#velfærd', '#job']);
    expect(channelHashtags('facebook', {}, ['#', 'job'])).toEqual(['#job']);
  });
});

describe('consent per channel', () => {
  it('needs that channel’s yes for the text, and for the photo when one is used', () => {
    const linkedInOnly = { employee: { id: 1, name: 'A' }, registeredBy: 'Selvbetjening' as const, choices: withChoice(withChoice(emptyConsentMatrix(), 'linkedIn', 'portraitText', true), 'linkedIn', 'photo', true) };
    expect(missingConsent(linkedInOnly, 'linkedIn', true)).toEqual([]);
    expect(missingConsent(linkedInOnly, 'facebook', true)).toEqual(['portraitText', 'photo']);
    expect(missingConsent(linkedInOnly, 'facebook', false)).toEqual(['portraitText']);
    expect(missingConsent(undefined, 'linkedIn', false)).toEqual(['portraitText']);
  });
});
