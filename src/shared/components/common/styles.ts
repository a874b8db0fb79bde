import { mergeStyleSets } from '@fluentui/react/lib/Styling';
import { colorVars } from './themeColors';

/**
 * Shared styles. Colours come from the theme the host hands the web part (themeColors.ts, set by ThemedRoot): with
 * SharePoint's default theme, and on every section variant and Teams theme, text meets WCAG 2.1 AA contrast
 * (4.5:1); focus is always visible, and layouts reflow down to 320 CSS px.
 */
export const colors = colorVars;

/**
 * On a touch screen (a phone in the home care car, a tablet in the day care), every control is at least 44×44 CSS px
 * (WCAG 2.5.5, and Apple's and Google's guidance): a media query in the style sets, so a desk with a mouse keeps the
 * compact sizes. `touchTarget` is the rule; the style sets spread it into their `selectors`.
 */
export const TOUCH = '@media (pointer: coarse)';
export const touchTarget = { [TOUCH]: { minHeight: 44, minWidth: 44 } };

export const styles = mergeStyleSets({
  // A unitless line height must be a string: Fluent UI turns the number 1.5 into 1.5px.
  section: { color: colors.text, fontSize: 16, lineHeight: '1.5', minWidth: 0 },
  header: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', justifyContent: 'space-between', gap: 8, marginBottom: 12 },
  heading: { fontSize: 24, fontWeight: 600, margin: 0 },
  subheading: { fontSize: 18, fontWeight: 600, margin: '16px 0 8px' },
  empty: { color: colors.muted, margin: '8px 0' },
  list: { listStyle: 'none', margin: 0, padding: 0 },
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 260px), 1fr))',
    gap: 16,
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  card: {
    border: `1px solid ${colors.border}`,
    borderRadius: 4,
    background: colors.surface,
    overflow: 'hidden',
    display: 'flex',
    flexDirection: 'column',
    height: '100%',
  },
  cardBody: { padding: 12, display: 'flex', flexDirection: 'column', gap: 4, flexGrow: 1 },
  cardImage: { width: '100%', aspectRatio: '16 / 9', objectFit: 'cover', display: 'block', background: colors.surfaceAlt },
  meta: { color: colors.muted, fontSize: 14, margin: 0 },
  tag: { display: 'inline-block', fontSize: 13, padding: '2px 8px', borderRadius: 12, background: colors.surfaceAlt, color: colors.text },
  disclosure: {
    alignSelf: 'flex-start',
    textAlign: 'left',
    background: 'none',
    border: 'none',
    padding: '4px 0',
    color: colors.accent,
    font: 'inherit',
    textDecoration: 'underline',
    cursor: 'pointer',
    selectors: { ':focus-visible': { outline: `2px solid ${colors.accent}`, outlineOffset: 2 }, ...touchTarget },
  },
  link: {
    color: colors.accent,
    textDecoration: 'underline',
    selectors: {
      ':focus-visible': { outline: `2px solid ${colors.accent}`, outlineOffset: 2 },
      // A link on its own line (an action, a card's title) gets a touch-sized box; the text stays where it was.
      [TOUCH]: { display: 'inline-flex', alignItems: 'center', minHeight: 44 },
    },
  },
});
