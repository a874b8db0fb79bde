import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors } from '../../../../shared/components/common/styles';

const focus = { ':focus-visible': { outline: `2px solid ${colors.accent}`, outlineOffset: 2 } };

/** The portrait studio's layout: readable at 320 px, focus always visible, colours from the theme. */
export const studioStyles = mergeStyleSets({
  stack: { display: 'flex', flexDirection: 'column', gap: 16 },
  form: { display: 'flex', flexDirection: 'column', gap: 12, maxWidth: 640 },
  field: { display: 'flex', flexDirection: 'column', gap: 4 },
  label: { fontWeight: 600 },
  hint: { fontSize: 13, color: colors.muted, margin: 0 },
  fieldError: { color: colors.error, fontSize: 13, margin: 0 },
  select: { font: 'inherit', padding: '6px 8px', border: `1px solid ${colors.muted}`, borderRadius: 2, background: colors.surface, color: colors.text, maxWidth: 360, selectors: focus },
  input: { font: 'inherit', padding: '6px 8px', border: `1px solid ${colors.muted}`, borderRadius: 2, background: colors.surface, color: colors.text, selectors: focus },
  summary: { border: `2px solid ${colors.error}`, padding: 12, borderRadius: 4, selectors: { ':focus': { outline: `2px solid ${colors.accent}` } } },
  actions: { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'center' },
  table: { borderCollapse: 'collapse', width: '100%', selectors: { 'th, td': { textAlign: 'left', padding: '6px 8px', borderBottom: `1px solid ${colors.border}`, verticalAlign: 'top' } } },
  tasks: { border: `2px solid ${colors.error}`, borderRadius: 4, padding: 12, background: colors.surface },
  panel: { border: `1px solid ${colors.border}`, borderRadius: 4, padding: 12, background: colors.surface, minWidth: 0 },
  channels: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 340px), 1fr))', gap: 16 },
  consentTable: { borderCollapse: 'collapse', selectors: { 'th, td': { textAlign: 'left', padding: '4px 12px 4px 0' } } },
  focusBox: { position: 'relative', display: 'inline-block', maxWidth: '100%', cursor: 'crosshair', lineHeight: 0, selectors: focus },
  focusImage: { maxWidth: '100%', maxHeight: 320, display: 'block' },
  focusMarker: {
    position: 'absolute',
    width: 24,
    height: 24,
    marginLeft: -12,
    marginTop: -12,
    borderRadius: '50%',
    border: '3px solid #ffffff',
    boxShadow: '0 0 0 2px #000000',
    pointerEvents: 'none',
  },
  crops: { display: 'flex', flexWrap: 'wrap', gap: 16, listStyle: 'none', margin: 0, padding: 0 },
  crop: { display: 'flex', flexDirection: 'column', gap: 4, maxWidth: 240 },
  cropImage: { width: 'auto', maxWidth: 240, maxHeight: 240, border: `1px solid ${colors.border}` },
  text: { whiteSpace: 'pre-wrap', margin: 0 },
  warning: { color: colors.text, borderLeft: `4px solid ${colors.error}`, paddingLeft: 8, margin: 0 },
  history: { margin: 0, paddingLeft: 20 },
  /** Links in the theme's link colour (readable on every section variant), underlined, with a visible focus. */
  link: { color: colors.accent, textDecoration: 'underline', overflowWrap: 'anywhere', selectors: focus },
});
