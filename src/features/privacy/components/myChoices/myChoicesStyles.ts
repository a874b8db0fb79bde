import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

export const choiceStyles = mergeStyleSets({
  table: {
    borderCollapse: 'collapse',
    width: '100%',
    maxWidth: 640,
    selectors: {
      'th, td': { padding: '8px 6px', borderBottom: `1px solid ${colors.border}`, textAlign: 'left', verticalAlign: 'middle' },
      'thead th': { fontSize: 14, color: colors.muted },
      'tbody th': { fontWeight: 400 },
    },
  },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '12px 0' },
  history: { margin: '8px 0', paddingLeft: 20, selectors: { li: { marginBottom: 6 } } },
  impostors: {
    listStyle: 'none',
    margin: '8px 0',
    padding: 0,
    selectors: { li: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: '6px 0', borderBottom: `1px solid ${colors.border}` } },
  },
});
