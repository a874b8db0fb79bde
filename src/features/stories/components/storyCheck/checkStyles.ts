import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

/** Problems in dark red (7:1 on white), the longest sentences marked without relying on colour alone. */
export const checkStyles = mergeStyleSets({
  problem: { color: '#a4262c', margin: '4px 0', selectors: { '::before': { content: '"⚠ "' } } },
  ok: { color: '#0b6a0b', margin: '4px 0', fontWeight: 600 },
  label: { fontWeight: 600, margin: '8px 0 0' },
  sentences: { margin: '4px 0', paddingLeft: 20 },
  mark: { background: '#fff4ce', color: colors.text, borderBottom: `2px dotted ${colors.text}` },
});
