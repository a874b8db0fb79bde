import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy';
import type { IPrivacyChoices } from '../../../../src/features/privacy';
import { DEFAULT_JARGON } from '../../../../src/features/stories/domain/jargon';
import type { IStory, IStoryDraft } from '../../../../src/features/stories/domain/models';
import { checkStory, runningParagraphs } from '../../../../src/features/stories/domain/storyCheck';
import { consentProblems, storiesAllowed } from '../../../../src/features/stories/domain/storyConsent';

const anne = { id: 11, name: 'Anne Sørensen' };
const bo = { id: 12, name: 'Bo Ærø' };

function story(extra: Partial<IStory> = {}): IStory {
  return { id: 1, title: 'En dag med nattevagten', teaser: 'Når byen sover, er plejecentret vågent.', theme: 'Hverdag og arbejdsliv', area: 'Social og Sundhed', featured: true, people: [anne], ...extra };
}

function choices(person: { id: number; name: string }, allowed: { portraitText: boolean; photo: boolean }): IPrivacyChoices {
  let m = emptyConsentMatrix();
  m = withChoice(m, 'intranet', 'portraitText', allowed.portraitText);
  m = withChoice(m, 'intranet', 'photo', allowed.photo);
  return { employee: person, choices: m, registeredBy: 'Selvbetjening' };
}

describe('people featured decide', () => {
  it('hides a story whose featured person said no to portrait text, and keeps one whose person saved no choices', () => {
    const a = story({ id: 1 });
    const b = story({ id: 2, people: [bo] });
    const map = new Map([[anne.id, choices(anne, { portraitText: false, photo: true })]]);
    expect(storiesAllowed([a, b], map).map((s) => s.id)).toEqual([2]);
    expect(consentProblems(a, map)).toEqual([{ person: anne, missing: 'portraitText' }]);
  });

  it('needs the photo yes only when the banner (its alt text) shows the person', () => {
    const map = new Map([[anne.id, choices(anne, { portraitText: true, photo: false })]]);
    expect(consentProblems(story({ heroImage: { url: '/b.jpg', alt: 'Tegning af et plejecenter om natten' } }), map)).toEqual([]);
    expect(consentProblems(story({ heroImage: { url: '/b.jpg', alt: 'Anne Sørensen på nattevagt' } }), map)).toEqual([{ person: anne, missing: 'photo' }]);
  });
});

describe("communications' story check", () => {
  const hardText =
    '<p>Implementeringen af den tværorganisatoriske kvalitetsudviklingsstrategi forudsætter, at medarbejderrepræsentanterne i MED-organisationen inddrages systematisk i prioriteringen af kerneopgaverne, således at beslutningsgrundlaget bliver tilstrækkeligt kvalificeret.</p>' +
    '<p>Arbejdsmiljørepræsentanten koordinerer implementeringsprocessen sammen med ledelsesrepræsentanterne og dokumenterer efterfølgende konsekvenserne for sygefraværsstatistikken.</p>';

  function draft(html: string, extra: Partial<IStoryDraft> = {}, storyExtra: Partial<IStory> = {}): IStoryDraft {
    return { page: { story: story(storyExtra), parts: [{ kind: 'text', id: 't1', html }] }, published: false, bannerAlt: 'Plejecenter om natten', ...extra };
  }

  it('warns above the LIX threshold and finds jargon', () => {
    const r = checkStory(draft(hardText), new Map(), { lixWarning: 40, jargon: DEFAULT_JARGON });
    expect(r.lix.score).toBeGreaterThan(55);
    expect(r.lix.band).toBe('veryHard');
    expect(r.lixTooHigh).toBe(true);
    expect(r.jargon.map((j) => j.term)).toEqual(['MED', 'kerneopgave', 'implementering']);
    expect(r.ok).toBe(false);
  });

  it('reports missing theme, area and banner alt text, images without alt text, and featured people who withdrew', () => {
    const d: IStoryDraft = {
      page: {
        story: story({ theme: undefined, area: ' ' }),
        parts: [
          { kind: 'text', id: 't1', html: '<p>Se billedet.</p><img src="/a.jpg"><img src="/b.jpg" alt="Havnen i Grenaa">' },
          { kind: 'image', id: 'i1', url: '/c.jpg', alt: '', caption: 'Tegning' },
        ],
      },
      published: true,
      bannerAlt: '',
    };
    const map = new Map([[anne.id, choices(anne, { portraitText: false, photo: false })]]);
    const r = checkStory(d, map, { lixWarning: 40, jargon: [] });
    expect(r.missing).toEqual(['theme', 'area', 'bannerAlt']);
    expect(r.imagesWithoutAlt).toBe(2);
    expect(r.consent).toEqual([{ person: anne, missing: 'portraitText' }]);
    expect(r.lix.score).toBeUndefined();
  });

  it('passes an easy story with everything filled in, and leaves headings and lists out of LIX', () => {
    const easy = '<h2>Natten på Solhøj</h2><p>Anne går den første runde kl. 23. Hun ser til de ældre og giver medicin. Der er ro på gangen.</p><ul><li>Tre på vagt</li></ul><p>Ved tretiden drikker hun kaffe med Bo. De taler om dagen. Så går de en runde igen. Klokken syv kommer dagholdet.</p>';
    expect(runningParagraphs(easy)).toEqual([
      'Anne går den første runde kl. 23. Hun ser til de ældre og giver medicin. Der er ro på gangen.',
      'Ved tretiden drikker hun kaffe med Bo. De taler om dagen. Så går de en runde igen. Klokken syv kommer dagholdet.',
    ]);
    const r = checkStory(draft(easy), new Map(), { lixWarning: 40, jargon: DEFAULT_JARGON });
    expect(r.lix.score).toBeLessThan(25);
    expect(r.ok).toBe(true);
  });
});
