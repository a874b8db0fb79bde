import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

/**
 * The series colours of the name-news chart: each at least 3:1 against the light theme's card (WCAG 1.4.11); the
 * table under the chart holds the same figures as text.
 */
export const SERIES = ['#005a8c', '#a4262c', '#0b6a0b', '#5c2e91', '#8a4500', '#004e5a'];

const focus = { ':focus-visible': { outline: `2px solid ${colors.accent}`, outlineOffset: 2 } };

export const insightStyles = mergeStyleSets({
  intro: { margin: '0 0 12px' },
  toolbar: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: 12, margin: '0 0 16px' },
  fieldset: { border: `1px solid ${colors.border}`, borderRadius: 4, padding: '8px 12px', margin: 0, display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'flex-end' },
  legend: { fontWeight: 600, padding: '0 4px' },
  label: { display: 'flex', flexDirection: 'column', fontSize: 14, gap: 2 },
  input: { font: 'inherit', padding: '4px 6px', border: `1px solid ${colors.muted}`, borderRadius: 2, color: colors.text, background: colors.surface, selectors: focus },
  button: {
    font: 'inherit',
    padding: '5px 16px',
    borderRadius: 2,
    border: `1px solid ${colors.accent}`,
    background: colors.surface,
    color: colors.accent,
    cursor: 'pointer',
    selectors: focus,
  },
  error: { color: colors.error, margin: '4px 0 0', flexBasis: '100%' },
  block: { borderTop: `1px solid ${colors.border}`, paddingTop: 8, marginTop: 16 },
  blockHeading: { fontSize: 20, fontWeight: 600, margin: '8px 0' },
  figure: { margin: '12px 0 20px', minWidth: 0 },
  figureTitle: { fontSize: 17, fontWeight: 600, margin: '0 0 4px' },
  summary: { margin: '0 0 8px' },
  bars: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 4 },
  bar: { display: 'grid', gridTemplateColumns: 'minmax(8em, 16em) 1fr', alignItems: 'center', gap: 8, '@media (max-width: 480px)': { gridTemplateColumns: '1fr' } },
  barLabel: { fontSize: 14, overflowWrap: 'anywhere' },
  track: { display: 'flex', alignItems: 'center', gap: 6, minWidth: 0, position: 'relative' },
  fill: { height: 16, background: colors.accent, borderRadius: 2, flexShrink: 0 },
  target: { position: 'absolute', top: -2, bottom: -2, width: 2, background: colors.text },
  value: { fontSize: 14, whiteSpace: 'nowrap' },
  marked: { fontWeight: 600, color: colors.error },
  columns: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', alignItems: 'flex-end', gap: 4, height: 180, overflowX: 'auto' },
  column: { flex: '1 0 28px', display: 'flex', flexDirection: 'column', alignItems: 'stretch', justifyContent: 'flex-end', height: '100%', minWidth: 28 },
  segment: { borderTop: `1px solid ${colors.surface}` },
  columnLabel: { fontSize: 12, textAlign: 'center', marginTop: 2 },
  columnValue: { fontSize: 12, textAlign: 'center' },
  legendList: { listStyle: 'none', display: 'flex', flexWrap: 'wrap', gap: '4px 12px', padding: 0, margin: '8px 0', fontSize: 14 },
  swatch: { display: 'inline-block', width: 12, height: 12, marginRight: 4, verticalAlign: 'middle' },
  table: { borderCollapse: 'collapse', margin: '8px 0', fontSize: 14, selectors: { 'th, td': { border: `1px solid ${colors.border}`, padding: '2px 8px', textAlign: 'left' }, caption: { textAlign: 'left', fontWeight: 600 } } },
  tableWrap: { overflowX: 'auto' },
  figures: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))', gap: '0 24px' },
  stat: { fontSize: 15, margin: '4px 0' },
  visuallyHidden: { position: 'absolute', width: 1, height: 1, margin: -1, padding: 0, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap', border: 0 },
});
