import { checkDraft, consentRequestMailto, focusAt, moveFocus } from '../../../../src/features/portraits/domain/portraitDraft';
import type { IPortraitDraft } from '../../../../src/features/portraits/domain/portraitDraft';
import { CONSENT_MAIL } from '../../../../src/features/portraits/loc/postTemplates';

const SITE = 'https://norddjurs.sharepoint.com/sites/intranet';
const draft: IPortraitDraft = {
  employee: { id: 5, name: 'Jonas Møller Nielsen', email: 'jonas.nielsen@norddjurs.dk' },
  profession: 'Pædagog',
  jobTitle: '',
  workplace: 'Børnehuset Ørum',
  area: '',
  quote: 'Ingen dage er ens.',
  story: '',
  jobAdvertUrl: 'https://www.norddjurs.dk/job/paedagog',
  photoAlt: '',
  focus: { x: 0.5, y: 0.5 },
};

describe('a portrait draft', () => {
  it('can be saved with the person, profession, workplace, quote and a public link', () => {
    expect(checkDraft(draft, SITE)).toEqual({});
  });

  it('says what each field lacks', () => {
    expect(checkDraft({ ...draft, employee: undefined, profession: undefined, workplace: ' ', quote: '', jobAdvertUrl: '' }, SITE)).toEqual({
      employee: 'required',
      profession: 'required',
      workplace: 'required',
      quote: 'required',
      jobAdvertUrl: 'required',
    });
    expect(checkDraft({ ...draft, employee: { id: 1, name: 'Uden mail' } }, SITE).employee).toBe('noEmail');
    expect(checkDraft({ ...draft, profession: undefined, jobTitle: 'Dagplejer' }, SITE)).toEqual({});
    expect(checkDraft({ ...draft, quote: 'x'.repeat(301) }, SITE).quote).toBe('tooLong');
    expect(checkDraft({ ...draft, jobAdvertUrl: `${SITE}/SitePages/job.aspx` }, SITE).jobAdvertUrl).toBe('intranet');
  });

  it('needs an alternative text with a photo, and a JPEG or PNG of at most 5 MB', () => {
    expect(checkDraft({ ...draft, photo: { type: 'image/jpeg', size: 1000 } }, SITE)).toEqual({ photoAlt: 'required' });
    expect(checkDraft({ ...draft, photo: { type: 'image/gif', size: 1000 }, photoAlt: 'Jonas' }, SITE)).toEqual({ photo: 'photoType' });
    expect(checkDraft({ ...draft, photo: { type: 'image/png', size: 6 * 1024 * 1024 }, photoAlt: 'Jonas' }, SITE)).toEqual({ photo: 'photoSize' });
    expect(checkDraft({ ...draft, photo: { url: '/foto.jpg' }, photoAlt: 'Jonas på legepladsen' }, SITE)).toEqual({});
  });
});

describe('the focal point', () => {
  it('moves 5 % per arrow key, 1 % with Shift, stays inside and Home centres it', () => {
    expect(moveFocus({ x: 0.5, y: 0.5 }, 'ArrowRight', false)).toEqual({ x: 0.55, y: 0.5 });
    expect(moveFocus({ x: 0.5, y: 0.5 }, 'ArrowUp', true)).toEqual({ x: 0.5, y: 0.49 });
    expect(moveFocus({ x: 0.02, y: 0.98 }, 'ArrowLeft', false)).toEqual({ x: 0, y: 0.98 });
    expect(moveFocus({ x: 0.02, y: 0.98 }, 'ArrowDown', false)).toEqual({ x: 0.02, y: 1 });
    expect(moveFocus({ x: 0.1, y: 0.2 }, 'Home', false)).toEqual({ x: 0.5, y: 0.5 });
    expect(moveFocus({ x: 0.1, y: 0.2 }, 'a', false)).toBeUndefined();
  });

  it('is where the pointer is in the shown photo', () => {
    expect(focusAt(50, 150, 200, 200)).toEqual({ x: 0.25, y: 0.75 });
    expect(focusAt(-5, 500, 200, 200)).toEqual({ x: 0, y: 1 });
  });
});

describe('Bed om samtykke', () => {
  it('opens a Danish e-mail to the person naming the channels and linking to Mine valg', () => {
    const href = consentRequestMailto(draft.employee as { id: number; name: string; email: string }, 'LinkedIn og Facebook', 'https://norddjurs.sharepoint.com/sites/intranet', CONSENT_MAIL) ?? '';
    expect(href.startsWith('mailto:jonas.nielsen@norddjurs.dk?subject=')).toBe(true);
    const params = new URLSearchParams(href.slice(href.indexOf('?') + 1));
    expect(params.get('subject')).toBe('Må vi dele dit portræt på LinkedIn og Facebook?');
    expect(params.get('body')).toContain('Hej Jonas');
    expect(params.get('body')).toContain('Mine valg');
    expect(params.get('body')).toContain('https://norddjurs.sharepoint.com/sites/intranet');
    expect(consentRequestMailto({ id: 1, name: 'Uden mail' }, 'LinkedIn', '', CONSENT_MAIL)).toBeUndefined();
  });
});
