import { consentInsights, guardedShare, MIN_GROUP } from '../../../../src/features/insights/domain/consent';
import type { ChoicesFact } from '../../../../src/features/insights/domain/models';
import { CONSENT_CATEGORIES } from '../../../../src/features/privacy';

function person(intranetYes: boolean, linkedInPhoto = false): ChoicesFact {
  const all = (v: boolean): Record<(typeof CONSENT_CATEGORIES)[number], boolean> => Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, v])) as Record<(typeof CONSENT_CATEGORIES)[number], boolean>;
  return { intranet: all(intranetYes), linkedIn: { ...all(false), photo: linkedInPhoto }, facebook: all(false) };
}

describe('the under-5 rule', () => {
  it('is five people', () => expect(MIN_GROUP).toBe(5));

  it('hides a yes side of 4 and shows one of 5', () => {
    expect(guardedShare(4, 100)).toEqual({ kind: 'under5' });
    expect(guardedShare(5, 100)).toEqual({ kind: 'shown', count: 5, base: 100, percent: 5 });
  });

  it('hides a no side of 4 (the yes side gives it away) and shows one of 5', () => {
    expect(guardedShare(96, 100)).toEqual({ kind: 'under5' });
    expect(guardedShare(95, 100)).toEqual({ kind: 'shown', count: 95, base: 100, percent: 95 });
  });

  it('hides everything about a base of 4 and shows a base of 5', () => {
    expect(guardedShare(0, 4)).toEqual({ kind: 'under5' });
    expect(guardedShare(4, 4)).toEqual({ kind: 'under5' });
    expect(guardedShare(5, 5)).toEqual({ kind: 'shown', count: 5, base: 5, percent: 100 });
    expect(guardedShare(0, 5)).toEqual({ kind: 'shown', count: 0, base: 5, percent: 0 });
  });
});

describe('consent in aggregate', () => {
  it('gives the share with saved choices and a guarded yes-rate per channel and category', () => {
    const choices = [...Array.from({ length: 6 }, () => person(true, true)), ...Array.from({ length: 4 }, () => person(false, false))];
    const c = consentInsights(choices, 3000);
    expect(c.saved).toEqual({ kind: 'shown', count: 10, base: 3000, percent: (10 / 3000) * 100 });
    expect(c.rows).toHaveLength(21);
    // 6 of 10 yes, 4 no: the no side is about four people.
    expect(c.rows.find((r) => r.channel === 'intranet' && r.category === 'birthday')?.yes).toEqual({ kind: 'under5' });
    // Nobody said yes on Facebook: 0 of 10, shown.
    expect(c.rows.find((r) => r.channel === 'facebook' && r.category === 'photo')?.yes).toEqual({ kind: 'shown', count: 0, base: 10, percent: 0 });
  });

  it('hides the saved share when fewer than five have saved, and when fewer than five have not', () => {
    expect(consentInsights([person(true), person(true), person(true), person(true)], 3000).saved).toEqual({ kind: 'under5' });
    expect(consentInsights(Array.from({ length: 8 }, () => person(true)), 12).saved).toEqual({ kind: 'under5' });
    expect(consentInsights(Array.from({ length: 7 }, () => person(true)), 12).saved.kind).toBe('shown');
  });
});
