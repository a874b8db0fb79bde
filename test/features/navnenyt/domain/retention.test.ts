import { dueForDeletion, isDueForDeletion, keptUntil, retentionCandidatesBefore, retentionDaysOf } from '../../../../src/features/navnenyt/domain/retention';
import { addDays } from '../../../../src/shared/domain/dates';
import type { INavnenytItem } from '../../../../src/features/navnenyt/domain/models';

type Windowed = Pick<INavnenytItem, 'type' | 'eventDate' | 'showFrom' | 'showUntil'> & { id: number };

const jubilee = (id: number, eventDate: string, own: Partial<Windowed> = {}): Windowed => ({ id, type: 'jubilee', eventDate, ...own });

describe('how long name news are kept', () => {
  it('keeps a jubilee 90 days after its last showing day (7 days after the event) and deletes it the day after', () => {
    const item = jubilee(1, '2026-06-01');
    expect(keptUntil(item, 90)).toBe(addDays('2026-06-08', 90));
    expect(isDueForDeletion(item, addDays('2026-06-08', 90), 90)).toBe(false);
    expect(isDueForDeletion(item, addDays('2026-06-08', 91), 90)).toBe(true);
  });

  it('counts from the item\'s own Vises til when HR set one', () => {
    const item = jubilee(1, '2026-06-01', { showUntil: '2026-06-03' });
    expect(keptUntil(item, 30)).toBe('2026-07-03');
    expect(isDueForDeletion(item, '2026-07-03', 30)).toBe(false);
    expect(isDueForDeletion(item, '2026-07-04', 30)).toBe(true);
  });

  it('never counts from later than the automatic unpublish (60 days after the event), whatever Vises til says', () => {
    const item = jubilee(1, '2026-01-10', { showUntil: '2026-12-31' });
    expect(keptUntil(item, 90)).toBe(addDays(addDays('2026-01-10', 60), 90));
  });

  it('follows each type\'s window: a new colleague shows 30 days after the first working day', () => {
    const item: Windowed = { id: 2, type: 'newColleague', eventDate: '2026-03-01' };
    expect(keptUntil(item, 90)).toBe(addDays('2026-03-31', 90));
  });

  it('handles an item that never showed (Vises fra after Vises til) from its Vises til', () => {
    const item = jubilee(3, '2026-05-01', { showFrom: '2026-05-20', showUntil: '2026-05-10' });
    expect(keptUntil(item, 90)).toBe(addDays('2026-05-10', 90));
  });

  it('lists only the due items, those past their time longest first', () => {
    const today = '2026-12-01';
    const items = [jubilee(1, '2026-08-01'), jubilee(2, '2026-11-20'), jubilee(3, '2026-07-01'), jubilee(4, addDays(today, -97))];
    // 4: shown until today-90, kept until today: not yet due.
    expect(dueForDeletion(items, today, 90).map((i) => i.id)).toEqual([3, 1]);
  });

  it('finds every due item with the two indexed queries: its event date or its Vises til is before the bound', () => {
    const today = '2026-12-01';
    const bound = retentionCandidatesBefore(today, 90);
    const candidates = [
      jubilee(1, '2026-01-01'),
      jubilee(2, '2026-11-01', { showUntil: '2026-01-15' }),
      { id: 3, type: 'birthday' as const, eventDate: '2026-08-25' },
      { id: 4, type: 'memorial' as const, eventDate: '2026-08-20', showUntil: '2026-08-20' },
    ];
    for (const item of candidates) {
      if (isDueForDeletion(item, today, 90)) expect({ id: item.id, found: item.eventDate < bound || (item.showUntil !== undefined && item.showUntil < bound) }).toEqual({ id: item.id, found: true });
    }
    expect(candidates.filter((i) => isDueForDeletion(i, today, 90)).map((i) => i.id)).toEqual([1, 2, 3, 4]);
  });

  it('reads the property pane\'s value as whole days between 30 and 730, the default 90 when unusable', () => {
    expect(retentionDaysOf(90)).toBe(90);
    expect(retentionDaysOf('120')).toBe(120);
    expect(retentionDaysOf(5)).toBe(30);
    expect(retentionDaysOf(5000)).toBe(730);
    expect(retentionDaysOf('abc')).toBe(90);
    expect(retentionDaysOf(undefined)).toBe(90);
    expect(retentionDaysOf('')).toBe(90);
  });
});
