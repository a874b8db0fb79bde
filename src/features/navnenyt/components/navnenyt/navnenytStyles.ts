import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

export const entryStyles = mergeStyleSets({
  entry: { display: 'flex', gap: 12, alignItems: 'flex-start', padding: '10px 0', borderBottom: `1px solid ${colors.border}` },
  photo: { width: 64, height: 64, borderRadius: '50%', objectFit: 'cover', flexShrink: 0 },
  initials: {
    width: 48,
    height: 48,
    borderRadius: '50%',
    flexShrink: 0,
    display: 'flex',
    alignItems: 'center',
    justifyContent: 'center',
    background: colors.accentFill,
    color: colors.onAccent,
    fontWeight: 600,
  },
  text: { minWidth: 0, overflowWrap: 'anywhere' },
  sentence: { margin: 0 },
  message: { margin: '4px 0 0', fontStyle: 'italic' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: '4px 16px', margin: '6px 0 0', fontSize: 14 },
  groupHeading: { fontSize: 18, fontWeight: 600, margin: '16px 0 4px' },
});
