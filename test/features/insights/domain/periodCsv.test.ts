import { csvField, toCsv } from '../../../../src/features/insights/domain/csv';
import { defaultPeriod, monthsOf, periodOf, windowsOf } from '../../../../src/features/insights/domain/period';
import { DEFAULT_AREAS, DEFAULT_TARGETS, formatNames, formatTargets, parseNames, parseTargets } from '../../../../src/features/insights/domain/settings';

describe('the period', () => {
  it('is by default the twelve months up to today, the current month included', () => {
    expect(defaultPeriod('2026-12-01')).toEqual({ from: '2026-01-01', to: '2026-12-01' });
    expect(defaultPeriod('2026-01-15')).toEqual({ from: '2025-02-01', to: '2026-01-15' });
    expect(monthsOf(defaultPeriod('2026-01-15'))).toHaveLength(12);
  });

  it('refuses a period that ends before it starts, or a date that is none', () => {
    expect(periodOf('2026-02-01', '2026-01-31')).toBeUndefined();
    expect(periodOf('2026-02-30', '2026-03-31')).toBeUndefined();
    expect(periodOf('2026-01-31', '2026-01-31')).toEqual({ from: '2026-01-31', to: '2026-01-31' });
  });

  it('cuts the period into windows that cover every day once', () => {
    expect(windowsOf({ from: '2026-01-01', to: '2026-01-10' }, 4)).toEqual([
      { from: '2026-01-01', to: '2026-01-04' },
      { from: '2026-01-05', to: '2026-01-08' },
      { from: '2026-01-09', to: '2026-01-10' },
    ]);
  });
});

describe('the settings', () => {
  it('reads targets per theme, ignoring unknown themes and bad numbers, and writes the defaults back the same', () => {
    expect(parseTargets('klima og miljø: 8; Bosætning: x; Månen: 3\nInfrastruktur: 2')).toEqual({ 'Klima og miljø': 8, Infrastruktur: 2 });
    expect(parseTargets(formatTargets(DEFAULT_TARGETS))).toEqual(DEFAULT_TARGETS);
  });

  it("reads names separated by semicolons or lines, once each, keeping the comma inside an area's name", () => {
    expect(parseNames('Grenaa; Auning\n grenaa ;; Ørum')).toEqual(['Grenaa', 'Auning', 'Ørum']);
    expect(parseNames(formatNames(DEFAULT_AREAS))).toEqual(DEFAULT_AREAS);
    expect(parseNames(formatNames(DEFAULT_AREAS))).toContain('Social, Sundhed og Omsorg');
  });
});

describe('the CSV for Danish Excel', () => {
  it('starts with a byte-order mark, separates with semicolons, writes decimal commas and CRLF', () => {
    const csv = toCsv([
      { id: 'a', title: 'Historier pr. tema', columns: ['Tema', 'Antal'], rows: [['Klima og miljø', 3], ['Fastholdelse; uddannelse', 12.25]] },
      { id: 'b', title: 'Samtykke', columns: ['Kanal', 'Ja (%)'], rows: [['Intranet', 'under 5']] },
    ]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split('\r\n')).toEqual(['Historier pr. tema', 'Tema;Antal', 'Klima og miljø;3', '"Fastholdelse; uddannelse";12,3', '', 'Samtykke', 'Kanal;Ja (%)', 'Intranet;under 5', '']);
  });

  it('quotes quotes and keeps formulas from running', () => {
    expect(csvField('Han sagde "hej"')).toBe('"Han sagde ""hej"""');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
  });
});
