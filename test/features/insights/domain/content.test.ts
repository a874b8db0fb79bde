import { approvalTimes, countNames, median, nameNewsByMonth, neverNamed, portraitsByProfession, shareFunnel, storiesByTheme, storiesIn } from '../../../../src/features/insights/domain/content';
import type { INameNewsFact, IPortraitFact, IStoryFact } from '../../../../src/features/insights/domain/models';

const YEAR = { from: '2026-01-01', to: '2026-12-31' };

describe('stories', () => {
  const stories: IStoryFact[] = [
    { theme: 'Klima og miljø', area: 'Teknik og Miljø', place: 'Grenaa', publishDate: '2026-03-01' },
    { theme: 'Klima og miljø', area: 'teknik og miljø ', place: 'Ørum', publishDate: '2026-12-31' },
    { theme: 'Bosætning', area: 'Børn og Skole', place: 'Grenaa', publishDate: '2025-12-31' },
    { theme: 'Bosætning', area: 'Havnen', place: undefined, publishDate: '2026-01-01' },
    { theme: undefined, area: undefined, place: 'Grenaa', publishDate: undefined },
  ];

  it('keeps the stories published in the period, both ends included', () => {
    expect(storiesIn(stories, YEAR)).toHaveLength(3);
  });

  it('counts every theme against its yearly target pro rata for the period', () => {
    const rows = storiesByTheme(storiesIn(stories, YEAR), { 'Klima og miljø': 8, Bosætning: 4 }, YEAR);
    expect(rows).toHaveLength(9);
    expect(rows.find((r) => r.theme === 'Klima og miljø')).toEqual({ theme: 'Klima og miljø', count: 2, target: 8 });
    expect(rows.find((r) => r.theme === 'Bosætning')).toEqual({ theme: 'Bosætning', count: 1, target: 4 });
    expect(rows.find((r) => r.theme === 'Infrastruktur')).toEqual({ theme: 'Infrastruktur', count: 0, target: undefined });
    // Half a year: half the target.
    const half = storiesByTheme([], { 'Klima og miljø': 12 }, { from: '2026-01-01', to: '2026-07-02' });
    expect(half.find((r) => r.theme === 'Klima og miljø')?.target).toBe(6);
  });

  it('counts areas and towns, names the known ones never named, and keeps names outside the known ones', () => {
    const rows = countNames(storiesIn(stories, YEAR).map((s) => s.area), ['Teknik og Miljø', 'Børn og Skole', 'Job og Arbejdsmarked']);
    expect(rows).toEqual([
      { name: 'Teknik og Miljø', count: 2, known: true },
      { name: 'Havnen', count: 1, known: false },
      { name: 'Børn og Skole', count: 0, known: true },
      { name: 'Job og Arbejdsmarked', count: 0, known: true },
    ]);
    expect(neverNamed(rows)).toEqual(['Børn og Skole', 'Job og Arbejdsmarked']);
  });

  it('sorts equal counts the Danish way (Å last)', () => {
    expect(countNames([], ['Ørum', 'Allingåbro', 'Auning']).map((r) => r.name)).toEqual(['Allingåbro', 'Auning', 'Ørum']);
  });
});

describe('name news', () => {
  const items: INameNewsFact[] = [
    { type: 'birthday', eventDate: '2026-01-05', approval: 'approved', submitted: '2026-01-01T08:00:00Z', approved: '2026-01-01T10:00:00Z' },
    { type: 'birthday', eventDate: '2026-01-31', approval: 'approved', submitted: '2026-01-20T08:00:00Z', approved: '2026-01-22T08:00:00Z' },
    { type: 'jubilee', eventDate: '2026-03-01', approval: 'approved', submitted: '2026-02-01T08:00:00Z', approved: '2026-02-01T14:00:00Z' },
    { type: 'jubilee', eventDate: '2026-03-02', approval: 'pending', submitted: '2026-02-01T08:00:00Z' },
    { type: 'memorial', eventDate: '2026-03-03', approval: 'rejected', submitted: '2026-02-01T08:00:00Z' },
    { type: 'retirement', eventDate: '2025-12-31', approval: 'approved', submitted: '2025-01-01T08:00:00Z', approved: '2025-12-01T08:00:00Z' },
  ];

  it('counts the published ones per month of the event and type, empty months included', () => {
    const rows = nameNewsByMonth(items, { from: '2026-01-01', to: '2026-04-30' });
    expect(rows.map((r) => r.month)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04']);
    expect(rows[0].counts.birthday).toBe(2);
    expect(rows[0].total).toBe(2);
    expect(rows[1].total).toBe(0);
    expect(rows[2]).toMatchObject({ total: 1, counts: { jubilee: 1, memorial: 0 } });
  });

  it('gives the median and the slowest time from submission to approval, and the waiting and rejected', () => {
    expect(approvalTimes(items, YEAR)).toEqual({ count: 3, medianHours: 6, slowestHours: 48, pending: 1, rejected: 1 });
    expect(approvalTimes([], YEAR)).toEqual({ count: 0, medianHours: undefined, slowestHours: undefined, pending: 0, rejected: 0 });
  });

  it('takes the mean of the two middle values for an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeUndefined();
  });

  it('ignores an approval before its submission', () => {
    const skewed: INameNewsFact = { type: 'birthday', eventDate: '2026-05-01', approval: 'approved', submitted: '2026-05-01T10:00:00Z', approved: '2026-05-01T09:00:00Z' };
    expect(approvalTimes([skewed], YEAR).count).toBe(0);
  });
});

describe('portraits', () => {
  const p = (profession: IPortraitFact['profession'], linkedIn: IPortraitFact['status']['linkedIn'], facebook: IPortraitFact['status']['facebook']): IPortraitFact => ({ profession, status: { linkedIn, facebook } });
  const portraits = [p('Pædagog', 'shared', 'notShared'), p('Pædagog', 'readyToShare', 'removed'), p('Sygeplejerske', 'toRemove', 'shared'), p(undefined, 'notShared', 'notShared')];

  it('counts every profession, the four priority ones first and marked', () => {
    const rows = portraitsByProfession(portraits);
    expect(rows.slice(0, 4).map((r) => [r.profession, r.priority])).toEqual([
      ['Social- og sundhedsassistent', true],
      ['Pædagog', true],
      ['Lærer', true],
      ['Socialrådgiver', true],
    ]);
    expect(rows.find((r) => r.profession === 'Pædagog')?.count).toBe(2);
    expect(rows.find((r) => r.profession === 'Sygeplejerske')).toEqual({ profession: 'Sygeplejerske', count: 1, priority: false });
    expect(rows).toHaveLength(9);
  });

  it('counts each status per channel', () => {
    expect(shareFunnel(portraits)).toEqual([
      { channel: 'linkedIn', counts: { notShared: 1, readyToShare: 1, shared: 1, toRemove: 1, removed: 0 } },
      { channel: 'facebook', counts: { notShared: 2, readyToShare: 0, shared: 1, toRemove: 0, removed: 1 } },
    ]);
  });
});
