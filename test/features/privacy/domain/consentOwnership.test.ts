import { emptyConsentMatrix, withChoice } from '../../../../src/features/privacy/domain/consent';
import { privacyItemKind, resolveChoices } from '../../../../src/features/privacy/domain/consentOwnership';
import type { IPrivacyItem } from '../../../../src/features/privacy/domain/consentOwnership';

const SOFIE = { id: 11, name: 'Sofie Andersen' };
const JONAS = { id: 12, name: 'Jonas Møller Nielsen' };
const LARS = { id: 3, name: 'Lars Østergaard' };
const HR = new Set([LARS.id]);

const yesTo = (...categories: ('birthday' | 'age' | 'photo')[]): IPrivacyItem['choices'] =>
  categories.reduce((m, c) => withChoice(m, 'intranet', c, true), emptyConsentMatrix());

function item(id: number, employee: typeof SOFIE, author: typeof SOFIE, modified: string, choices = emptyConsentMatrix()): IPrivacyItem {
  return { id, employee, author, modified, choices, etag: `"${id}"` };
}

describe('whose privacy choices an item holds', () => {
  it('trusts the author, never the person field: own, HR\'s, or an impostor\'s', () => {
    expect(privacyItemKind(item(1, SOFIE, SOFIE, '2026-11-01T10:00:00Z'), HR)).toBe('own');
    expect(privacyItemKind(item(2, SOFIE, LARS, '2026-11-01T10:00:00Z'), HR)).toBe('hr');
    expect(privacyItemKind(item(3, SOFIE, JONAS, '2026-11-01T10:00:00Z'), HR)).toBe('impostor');
    // An HR member's choices about themselves are their own.
    expect(privacyItemKind(item(4, LARS, LARS, '2026-11-01T10:00:00Z'), HR)).toBe('own');
  });

  it('ignores a forged item, however new, and lists it for HR', () => {
    const own = item(1, SOFIE, SOFIE, '2026-11-01T10:00:00Z', yesTo('birthday'));
    const forged = item(2, SOFIE, JONAS, '2026-11-20T10:00:00Z', yesTo('birthday', 'age', 'photo'));
    const r = resolveChoices([own, forged], HR);
    expect(r.byEmployee.get(SOFIE.id)?.id).toBe(1);
    expect(r.byEmployee.get(SOFIE.id)?.choices.intranet.age).toBe(false);
    expect(r.impostors.map((i) => i.id)).toEqual([2]);
  });

  it('a forged item is not anyone\'s choices: the victim without an item of her own has none', () => {
    const r = resolveChoices([item(2, SOFIE, JONAS, '2026-11-20T10:00:00Z', yesTo('age'))], HR);
    expect(r.byEmployee.has(SOFIE.id)).toBe(false);
    expect(r.byEmployee.has(JONAS.id)).toBe(false);
  });

  it('lets the person\'s own item win over HR\'s, even when HR changed theirs later', () => {
    const hr = item(5, SOFIE, LARS, '2026-11-25T10:00:00Z', yesTo('birthday', 'age'));
    const own = item(9, SOFIE, SOFIE, '2026-11-02T10:00:00Z');
    const r = resolveChoices([hr, own], HR);
    expect(r.byEmployee.get(SOFIE.id)).toMatchObject({ id: 9, registeredBy: 'Selvbetjening' });
    expect(r.impostors).toEqual([]);
  });

  it('uses HR\'s item when the person has none, and says HR registered it (not what the field claims)', () => {
    const r = resolveChoices([item(5, SOFIE, LARS, '2026-11-25T10:00:00Z', yesTo('birthday'))], [LARS.id]);
    expect(r.byEmployee.get(SOFIE.id)).toMatchObject({ id: 5, registeredBy: 'HR', employee: SOFIE, etag: '"5"' });
  });

  it('an item someone no longer in HR created is an impostor\'s', () => {
    const r = resolveChoices([item(5, SOFIE, LARS, '2026-11-25T10:00:00Z', yesTo('birthday'))], new Set());
    expect(r.byEmployee.size).toBe(0);
    expect(r.impostors.map((i) => i.id)).toEqual([5]);
  });

  it('among several own items (no unique constraint) the one changed last wins; ties go to the higher id', () => {
    const r = resolveChoices(
      [item(3, SOFIE, SOFIE, '2026-11-20T10:00:00Z', yesTo('birthday')), item(7, SOFIE, SOFIE, '2026-11-10T10:00:00Z'), item(8, JONAS, JONAS, '2026-11-10T10:00:00Z'), item(9, JONAS, JONAS, '2026-11-10T10:00:00Z', yesTo('age'))],
      HR,
    );
    expect(r.byEmployee.get(SOFIE.id)?.id).toBe(3);
    expect(r.byEmployee.get(JONAS.id)?.id).toBe(9);
  });

  it('lists impostors oldest first', () => {
    const r = resolveChoices([item(4, JONAS, SOFIE, '2026-11-22T10:00:00Z'), item(2, SOFIE, JONAS, '2026-11-20T10:00:00Z')], HR);
    expect(r.impostors.map((i) => i.id)).toEqual([2, 4]);
  });
});
