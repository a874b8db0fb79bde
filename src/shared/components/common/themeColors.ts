/**
 * The colours every web part draws with, taken from the theme its host hands it: SharePoint's theme for the page
 * or the section's variant (neutral, soft, strong), or Teams' default, dark or high-contrast theme.
 *
 * The style sets (styles.ts and each component's *Styles.ts) refer to the colours as CSS custom properties
 * (`colors.text` is `var(--mn-text, #201f1e)`); ThemedRoot sets the properties on the web part's root from the theme,
 * so one set of class names serves every theme and two web parts in sections of different colours each get their own.
 * Without a theme (tests, a host without themes) the fallbacks are the colours of SharePoint's default light theme.
 *
 * Every text colour is checked against the backgrounds it is drawn on: a theme slot that would fall below WCAG's
 * 4.5:1 there (a strong variant keeps the light theme's red errorText on its dark primary background, for example)
 * gives way to the body text colour, which the theme designs for its own background.
 */
import { getColorFromString, getContrastRatio } from '@fluentui/react/lib/Color';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';

/** The colours of the default light theme: each slot's fallback. Text colours meet 4.5:1 on surface and surfaceAlt. */
export const DEFAULT_COLORS = {
  /** Body text (semanticColors.bodyText). */
  text: '#201f1e',
  /** Secondary text: dates, hints, counts (bodySubtext). */
  muted: '#505050',
  /** Links, outlined buttons, focus outlines (link). */
  accent: '#005a8c',
  /** Card and row borders (palette.neutralTertiaryAlt). */
  border: '#c8c6c4',
  /** A card's background (cardStandoutBackground). */
  surface: '#ffffff',
  /** Image placeholders, tags, hovered buttons (bodyStandoutBackground). */
  surfaceAlt: '#f3f2f1',
  /** A selected chip or the initials' disc (primaryButtonBackground) and the text on it (primaryButtonText). */
  accentFill: '#005a8c',
  onAccent: '#ffffff',
  /** Errors and problems (errorText); a good result (successText). */
  error: '#a4262c',
  success: '#0b6a0b',
  /** A marked passage (warningBackground) and its text (messageText). */
  highlight: '#fff4ce',
  onHighlight: '#201f1e',
};

export type ColorSlot = keyof typeof DEFAULT_COLORS;

const PREFIX = '--mn-';

/** `var(--mn-<slot>, <default>)` for every slot: what the style sets use in place of a colour. */
export const colorVars = Object.fromEntries(
  (Object.keys(DEFAULT_COLORS) as ColorSlot[]).map((slot) => [slot, `var(${PREFIX}${slot}, ${DEFAULT_COLORS[slot]})`]),
) as Record<ColorSlot, string>;

const AA_TEXT = 4.5;

function contrast(a: string, b: string): number {
  const ca = getColorFromString(a);
  const cb = getColorFromString(b);
  return ca && cb ? getContrastRatio(ca, cb) : 0;
}

/** The first candidate readable on every background; black or white as the last resort. */
function readable(backgrounds: readonly string[], ...candidates: (string | undefined)[]): string {
  const ok = (c: string): boolean => backgrounds.every((bg) => contrast(c, bg) >= AA_TEXT);
  for (const c of candidates) if (c && ok(c)) return c;
  const bg = backgrounds[0];
  return contrast('#000000', bg) >= contrast('#ffffff', bg) ? '#000000' : '#ffffff';
}

/** The slots' colours under a theme, every text colour readable on the backgrounds it is drawn on. */
export function themeColors(theme: IPartialTheme): Record<ColorSlot, string> {
  const s = theme.semanticColors ?? {};
  const p = theme.palette ?? {};
  const d = DEFAULT_COLORS;
  const page = s.bodyBackground ?? p.white ?? d.surface;
  const surface = s.cardStandoutBackground ?? page;
  const surfaceAlt = s.bodyStandoutBackground ?? p.neutralLighter ?? d.surfaceAlt;
  const grounds = [page, surface];
  const text = readable([...grounds, surfaceAlt], s.bodyText, p.neutralPrimary, d.text);
  const accentFill = s.primaryButtonBackground ?? p.themePrimary ?? d.accentFill;
  const highlight = s.warningBackground ?? d.highlight;
  return {
    text,
    muted: readable([...grounds, surfaceAlt], s.bodySubtext, p.neutralSecondary, text),
    accent: readable(grounds, s.link, p.themePrimary, text),
    border: p.neutralTertiaryAlt ?? s.bodyDivider ?? d.border,
    surface,
    surfaceAlt,
    accentFill,
    onAccent: readable([accentFill], s.primaryButtonText, p.white, d.onAccent),
    error: readable(grounds, s.errorText, text),
    success: readable(grounds, s.successIcon, text),
    highlight,
    onHighlight: readable([highlight], s.messageText, text, d.onHighlight),
  };
}

const readableThemes = new WeakMap<IPartialTheme, IPartialTheme>();

/**
 * The theme for Fluent UI's controls, with the text colours they draw on the body background made readable as above
 * (a strong section keeps the light theme's red errorText, which Fluent uses for a field's error and required mark).
 */
export function readableTheme(theme: IPartialTheme): IPartialTheme {
  let readableOne = readableThemes.get(theme);
  if (!readableOne) {
    const c = themeColors(theme);
    readableOne = { ...theme, semanticColors: { ...theme.semanticColors, errorText: c.error, bodySubtext: c.muted, link: c.accent } };
    readableThemes.set(theme, readableOne);
  }
  return readableOne;
}

const memo = new WeakMap<IPartialTheme, Readonly<Record<string, string>>>();

/** The custom properties that carry a theme's colours (memoised per theme object), for a root element's style. */
export function themeColorVariables(theme: IPartialTheme): Readonly<Record<string, string>> {
  let vars = memo.get(theme);
  if (!vars) {
    const colors = themeColors(theme);
    vars = Object.fromEntries((Object.keys(colors) as ColorSlot[]).map((slot) => [`${PREFIX}${slot}`, colors[slot]]));
    memo.set(theme, vars);
  }
  return vars;
}
