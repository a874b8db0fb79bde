import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colors, TOUCH, touchTarget } from '../../../../shared/components/common/styles';

const focus = { outline: `2px solid ${colors.accent}`, outlineOffset: 2 };

const button = {
  font: 'inherit',
  fontSize: 14,
  minHeight: 32,
  minWidth: 32,
  padding: '4px 12px',
  border: `1px solid ${colors.accent}`,
  borderRadius: 16,
  background: colors.surface,
  color: colors.accent,
  cursor: 'pointer',
  selectors: { ':focus-visible': focus, ':hover': { background: colors.surfaceAlt }, ...touchTarget },
};

/** The reader's carousel, filter chips and cards. Banners keep their box before they load (no layout shift). */
export const storyStyles = mergeStyleSets({
  carousel: { border: `1px solid ${colors.border}`, borderRadius: 4, marginBottom: 24, background: colors.surface },
  controls: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 8, padding: 8 },
  button,
  picker: { display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none', margin: 0, padding: 0 },
  dot: { ...button, borderRadius: '50%', padding: 0, width: 32, selectors: { ...button.selectors, [TOUCH]: { width: 44, height: 44 } } },
  dotCurrent: { background: colors.accentFill, color: colors.onAccent, selectors: { ':hover': { background: colors.accentFill } } },
  slide: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 280px), 1fr))', gap: 0 },
  slideBody: { padding: 16, display: 'flex', flexDirection: 'column', gap: 8 },
  banner: { width: '100%', height: 'auto', aspectRatio: '2 / 1', objectFit: 'cover', display: 'block', background: colors.surfaceAlt },
  slideTitle: { fontSize: 22, fontWeight: 600, margin: 0 },
  chips: { display: 'flex', flexWrap: 'wrap', gap: 8, margin: '4px 0 12px', padding: 0, border: 'none' },
  chipGroupLabel: { fontWeight: 600, fontSize: 14, width: '100%' },
  chip: button,
  chipOn: { background: colors.accentFill, color: colors.onAccent, selectors: { ':hover': { background: colors.accentFill } } },
  latestHeading: { fontSize: 20, fontWeight: 600, margin: '8px 0' },
  status: { color: colors.muted, fontSize: 14, margin: '0 0 8px' },
  cardImage: { width: '100%', height: 'auto', aspectRatio: '2 / 1', objectFit: 'cover', display: 'block', background: colors.surfaceAlt },
});
