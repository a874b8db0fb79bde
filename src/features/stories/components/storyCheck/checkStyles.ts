import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

/** Problems in the theme's error colour (dark red, 7:1 on white), the longest sentences marked without relying on colour alone. */
export const checkStyles = mergeStyleSets({
  problem: { color: colors.error, margin: '4px 0', selectors: { '::before': { content: '"⚠ "' } } },
  ok: { color: colors.success, margin: '4px 0', fontWeight: 600 },
  label: { fontWeight: 600, margin: '8px 0 0' },
  sentences: { margin: '4px 0', paddingLeft: 20 },
  mark: { background: colors.highlight, color: colors.onHighlight, borderBottom: `2px dotted ${colors.onHighlight}` },
});
