import { compareByDateThenName, groupForReader, READER_GROUP_ORDER, readerGroupOf } from '../../../../src/features/navnenyt/domain/navnenytGrouping';
import { navnenytTexts } from '../../../../src/features/navnenyt/loc';
import { compareNamesDanish, normalizeName } from '../../../../src/shared/domain/names';

describe('reader groups', () => {
  it.each([
    // today (Fri 27 Nov 2026, uge 48: Mon 23 - Sun 29)
    ['2026-11-27', '2026-11-27', 'today'],
    ['2026-11-28', '2026-11-27', 'thisWeek'],
    ['2026-11-29', '2026-11-27', 'thisWeek'],
    ['2026-11-23', '2026-11-27', 'thisWeek'], // earlier this week
    ['2026-11-30', '2026-11-27', 'upcoming'], // next Monday
    ['2026-11-22', '2026-11-27', 'recent'], // last Sunday
    // year wrap: Wed 30 Dec 2026 is in uge 53, Mon 28 Dec 2026 - Sun 3 Jan 2027
    ['2027-01-02', '2026-12-30', 'thisWeek'],
    ['2027-01-03', '2026-12-30', 'thisWeek'],
    ['2027-01-04', '2026-12-30', 'upcoming'],
    ['2026-12-27', '2026-12-30', 'recent'],
    ['2026-12-28', '2027-01-01', 'thisWeek'],
    // Monday: only the day itself is "this week" behind us
    ['2026-11-29', '2026-11-30', 'recent'],
  ])('event %s seen on %s is %s', (eventDate, today, group) => {
    expect(readerGroupOf(eventDate, today)).toBe(group);
  });

  it('has Danish and English headings, in reading order', () => {
    expect(READER_GROUP_ORDER.map((k) => navnenytTexts('da').groups[k])).toEqual(['I dag', 'Denne uge', 'Kommende', 'For nylig']);
    expect(navnenytTexts('en').groups.upcoming).toBe('Coming up');
  });

  it('groups in reading order and sorts each group by date, then Danish name', () => {
    const entries = [
      { id: 1, name: 'Aase Berg', eventDate: '2026-12-01' },
      { id: 2, name: 'Søren Ørsted', eventDate: '2026-11-27' },
      { id: 3, name: 'Åse Holm', eventDate: '2026-12-01' },
      { id: 4, name: 'Anne Hansen', eventDate: '2026-11-27' },
      { id: 5, name: 'Bo Ærø', eventDate: '2026-11-20' },
      { id: 6, name: 'Zacharias Møller', eventDate: '2026-12-01' },
      { id: 7, name: 'Ebbe Lund', eventDate: '2026-11-28' },
    ];
    const groups = groupForReader(entries, '2026-11-27', (e) => e);
    expect(groups.map((g) => [g.key, g.entries.map((e) => e.name)])).toEqual([
      ['today', ['Anne Hansen', 'Søren Ørsted']],
      ['thisWeek', ['Ebbe Lund']],
      // Aa = Å, so the surname decides: Aase Berg before Åse Holm.
      ['upcoming', ['Zacharias Møller', 'Aase Berg', 'Åse Holm']],
      ['recent', ['Bo Ærø']],
    ]);
  });

  it('leaves empty groups out', () => {
    expect(groupForReader([{ name: 'A', eventDate: '2026-12-10' }], '2026-11-27', (e) => e).map((g) => g.key)).toEqual(['upcoming']);
    expect(groupForReader([], '2026-11-27', (e: { name: string; eventDate: string }) => e)).toEqual([]);
  });
});

describe('Danish name order', () => {
  it('puts Æ, Ø, Å last and sorts Aa as Å', () => {
    const names = ['Åkjær', 'Østergaard', 'Aalborg', 'Æblegaard', 'Zacharias', 'Andersen', 'Öberg', 'Ängel', 'Ørsted'];
    expect([...names].sort(compareNamesDanish)).toEqual(['Andersen', 'Zacharias', 'Æblegaard', 'Ängel', 'Öberg', 'Ørsted', 'Østergaard', 'Åkjær', 'Aalborg']);
  });

  it('treats composed and decomposed å as the same name', () => {
    const composed: string = 'Åse';
    const decomposed: string = 'A\u030Ase';
    expect(composed === decomposed).toBe(false);
    expect(normalizeName(decomposed)).toBe(composed);
    expect(compareNamesDanish(composed, decomposed)).toBe(0);
  });

  it('keeps hyphens, apostrophes and accents in display names', () => {
    expect(normalizeName('  Anne-Marie   O\u2019Connor  ')).toBe('Anne-Marie O\u2019Connor');
    expect(normalizeName('Élodie Møller-Sørensen')).toBe('Élodie Møller-Sørensen');
  });

  it('orders by date before name', () => {
    expect(compareByDateThenName({ name: 'Å', eventDate: '2026-01-01' }, { name: 'A', eventDate: '2026-01-02' })).toBeLessThan(0);
  });
});
