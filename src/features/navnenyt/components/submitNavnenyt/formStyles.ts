import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

export const formStyles = mergeStyleSets({
  form: { display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 560 },
  field: { display: 'flex', flexDirection: 'column', gap: 4 },
  row: { display: 'flex', flexWrap: 'wrap', gap: 12, selectors: { '> *': { flex: '1 1 200px' } } },
  chosen: { margin: 0, fontWeight: 600 },
  results: { listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: 4 },
  resultButton: { width: '100%', justifyContent: 'flex-start', textAlign: 'left', height: 'auto', padding: '6px 12px' },
  summary: { border: `2px solid ${colors.error}`, padding: 12, borderRadius: 4, selectors: { ':focus': { outline: `2px solid ${colors.accent}` } } },
  photoPreview: { width: 120, height: 120, objectFit: 'cover', borderRadius: 4 },
  fileLabel: { fontWeight: 600 },
  suggestions: { marginBottom: 16, maxWidth: 720 },
  medal: { display: 'block', fontWeight: 600 },
  hint: { fontSize: 12, color: colors.muted },
  fieldError: { color: colors.error, fontSize: 12, margin: '4px 0 0' },
});
