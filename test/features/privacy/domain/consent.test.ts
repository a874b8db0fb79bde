import {
  emptyConsentMatrix,
  indexPrivacyChoices,
  isAllowed,
  withChoice,
  withdrawAll,
} from '../../../../src/features/privacy/domain/consent';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';
import type { ConsentCategory, ConsentMatrix, IPrivacyChoices } from '../../../../src/features/privacy/domain/models';
import { choicesFor, consentCategoryFor, decideDisclosure } from '../../../../src/features/navnenyt/domain/disclosure';

function matrix(intranet: readonly ConsentCategory[], linkedIn: readonly ConsentCategory[] = []): ConsentMatrix {
  let m = emptyConsentMatrix();
  intranet.forEach((c) => (m = withChoice(m, 'intranet', c, true)));
  linkedIn.forEach((c) => (m = withChoice(m, 'linkedIn', c, true)));
  return m;
}

function choices(intranet: readonly ConsentCategory[], linkedIn: readonly ConsentCategory[] = []): IPrivacyChoices {
  return { employee: { id: 7, name: 'Søren Ørsted' }, choices: matrix(intranet, linkedIn), registeredBy: 'Selvbetjening' };
}

const birthday: INavnenytItem = {
  id: 1,
  type: 'birthday',
  name: 'Søren Ørsted',
  employee: { id: 7, name: 'Søren Ørsted' },
  eventDate: '2026-08-03',
  years: 60,
  photo: { url: '/photos/soeren.jpg', alt: '' },
  consentConfirmed: true,
  approval: 'approved',
};

describe('consent category per event type', () => {
  it.each([
    ['birthday', 'birthday'],
    ['jubilee', 'jubilee'],
    ['newColleague', 'newColleague'],
    ['retirement', 'retirement'],
    ['farewell', 'retirement'],
    ['memorial', undefined],
  ] as const)('%s needs %s', (type, category) => {
    expect(consentCategoryFor(type)).toBe(category);
  });
});

describe('decideDisclosure with the person’s choices', () => {
  it('shows the birthday, age and photo only with three separate yeses', () => {
    expect(decideDisclosure(birthday, choices(['birthday', 'age', 'photo']))).toEqual({ show: true, showAge: true, showPhoto: true });
    expect(decideDisclosure(birthday, choices(['birthday']))).toEqual({ show: true, showAge: false, showPhoto: false });
    expect(decideDisclosure(birthday, choices(['birthday', 'photo']))).toEqual({ show: true, showAge: false, showPhoto: true });
  });

  it('hides the item when the category is no, even if age and photo are yes', () => {
    expect(decideDisclosure(birthday, choices(['age', 'photo', 'jubilee']))).toEqual({ show: false, showAge: false, showPhoto: false, hiddenReason: 'noConsent' });
  });

  it('hides a withdrawn person at once', () => {
    const given = choices(['birthday', 'age', 'photo']);
    const withdrawn: IPrivacyChoices = { ...given, choices: withdrawAll(given.choices) };
    expect(decideDisclosure(birthday, withdrawn).show).toBe(false);
  });

  it('hides everything HR did not confirm, whatever the choices', () => {
    expect(decideDisclosure({ ...birthday, consentConfirmed: false }, choices(['birthday', 'age', 'photo'])).hiddenReason).toBe('notConfirmed');
  });

  it('uses retirement consent for both Pension and Fratrædelse', () => {
    const c = choices(['retirement']);
    expect(decideDisclosure({ ...birthday, type: 'retirement', years: undefined }, c).show).toBe(true);
    expect(decideDisclosure({ ...birthday, type: 'farewell', years: undefined }, c).show).toBe(true);
    expect(decideDisclosure({ ...birthday, type: 'jubilee', years: 25 }, c).show).toBe(false);
  });

  it('never claims a photo the item does not have', () => {
    expect(decideDisclosure({ ...birthday, photo: undefined }, choices(['birthday', 'photo'])).showPhoto).toBe(false);
  });

  it('reads each channel separately: intranet yes does not mean LinkedIn yes', () => {
    const c = choices(['birthday', 'photo'], []);
    expect(decideDisclosure(birthday, c, { channel: 'linkedIn' }).show).toBe(false);
    expect(decideDisclosure(birthday, choices([], ['birthday']), { channel: 'linkedIn' }).show).toBe(true);
  });
});

describe('decideDisclosure without a choices item (defaults)', () => {
  it('intranet by default shows only the mention HR confirmed: no age, no photo', () => {
    expect(decideDisclosure(birthday, undefined)).toEqual({ show: true, showAge: false, showPhoto: false });
  });

  it('shows nothing under the strict policy', () => {
    expect(decideDisclosure(birthday, undefined, { intranetDefault: 'nothing' }).show).toBe(false);
  });

  it('lets HR’s confirmation cover age and photo only when the municipality chose that policy', () => {
    expect(decideDisclosure(birthday, undefined, { intranetDefault: 'confirmedMentionAgeAndPhoto' })).toEqual({ show: true, showAge: true, showPhoto: true });
  });

  it('is always no on LinkedIn', () => {
    expect(decideDisclosure(birthday, undefined, { channel: 'linkedIn', intranetDefault: 'confirmedMentionAgeAndPhoto' })).toMatchObject({
      show: false,
      hiddenReason: 'externalNeedsChoices',
    });
  });

  it('shows a Mindeord only with the relatives’ agreement recorded', () => {
    const memorial: INavnenytItem = { ...birthday, type: 'memorial', years: undefined };
    expect(decideDisclosure(memorial, undefined)).toEqual({ show: true, showAge: false, showPhoto: true });
    expect(decideDisclosure({ ...memorial, consentConfirmed: false }, undefined).show).toBe(false);
    // The person's own earlier no to photos is still respected.
    expect(decideDisclosure(memorial, choices([])).showPhoto).toBe(false);
  });
});

describe('matrix helpers and lookup', () => {
  it('starts with every choice no in both channels', () => {
    const m = emptyConsentMatrix();
    expect(Object.values(m.intranet).every((v) => v === false)).toBe(true);
    expect(Object.values(m.linkedIn).every((v) => v === false)).toBe(true);
    expect(Object.keys(m.intranet)).toHaveLength(7);
  });

  it('withdraws one channel without touching the other', () => {
    const m = matrix(['birthday', 'photo'], ['photo', 'portraitText']);
    const w = withdrawAll(m, 'linkedIn');
    expect(w.intranet.birthday).toBe(true);
    expect(w.linkedIn.photo).toBe(false);
    expect(w.linkedIn.portraitText).toBe(false);
    expect(m.linkedIn.photo).toBe(true); // the original is unchanged
  });

  it('finds choices by the site user the item names, never by a payroll number', () => {
    const a = choices(['birthday']);
    const b: IPrivacyChoices = { ...choices(['jubilee']), employee: { id: 9, name: 'Anne Hansen' } };
    const index = indexPrivacyChoices([a, b]);
    expect(choicesFor({ employee: { id: 7, name: 'Søren Ørsted' } }, index)).toBe(a);
    expect(choicesFor({ employee: { id: 9, name: 'Anne Hansen' } }, index)).toBe(b);
    expect(choicesFor({ employee: { id: 99, name: 'X' } }, index)).toBeUndefined();
    expect(choicesFor({}, index)).toBeUndefined();
  });
});

describe('Facebook, its own external channel', () => {
  it('is no for everything until the person says yes, independently of LinkedIn', () => {
    const m = withChoice(emptyConsentMatrix(), 'linkedIn', 'portraitText', true);
    const c: IPrivacyChoices = { employee: { id: 7, name: 'Søren Ørsted' }, choices: m, registeredBy: 'Selvbetjening' };
    expect(isAllowed(c, 'linkedIn', 'portraitText')).toBe(true);
    expect(isAllowed(c, 'facebook', 'portraitText')).toBe(false);
    expect(isAllowed(undefined, 'facebook', 'photo')).toBe(false);
    const yes = withChoice(m, 'facebook', 'photo', true);
    expect(isAllowed({ ...c, choices: yes }, 'facebook', 'photo')).toBe(true);
    expect(withdrawAll(yes, 'facebook').facebook.photo).toBe(false);
    expect(withdrawAll(yes, 'facebook').linkedIn.portraitText).toBe(true);
  });
});
