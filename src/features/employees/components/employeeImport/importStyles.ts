import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

export const importStyles = mergeStyleSets({
  drop: {
    border: `2px dashed ${colors.border}`,
    borderRadius: 4,
    padding: 16,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: 12,
    background: colors.surface,
  },
  dropActive: { borderColor: colors.accent, background: colors.surfaceAlt },
  hiddenInput: { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' },
  mapping: { display: 'grid', gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))', gap: 12, margin: '8px 0 16px' },
  counts: { display: 'flex', flexWrap: 'wrap', gap: 12, listStyle: 'none', padding: 0, margin: '8px 0' },
  count: { border: `1px solid ${colors.border}`, borderRadius: 4, padding: '8px 12px', minWidth: 110 },
  countValue: { display: 'block', fontSize: 24, fontWeight: 600 },
  tableWrap: { overflowX: 'auto', maxWidth: '100%' },
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    fontSize: 14,
    selectors: {
      'th, td': { textAlign: 'left', verticalAlign: 'top', padding: '4px 8px', borderBottom: `1px solid ${colors.border}` },
      th: { fontWeight: 600 },
    },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '12px 0' },
  problem: { color: colors.error, margin: '4px 0' },
});
