import { createTheme } from '@fluentui/react/lib/Styling';
import { getColorFromString, getContrastRatio } from '@fluentui/react/lib/Color';
import { colorVars, DEFAULT_COLORS, readableTheme, themeColors, themeColorVariables } from '../../../src/shared/components/common/themeColors';
import { sectionVariant, SITE_THEME, TEAMS_THEMES } from '../../../workbench/app/themes';

function ratio(a: string, b: string): number {
  return getContrastRatio(getColorFromString(a)!, getColorFromString(b)!);
}

describe('theme colours', () => {
  it('falls back to the default light colours when no theme sets the properties', () => {
    expect(colorVars.text).toBe(`var(--mn-text, ${DEFAULT_COLORS.text})`);
    expect(colorVars.error).toBe('var(--mn-error, #a4262c)');
  });

  it.each([
    ['the site theme', SITE_THEME],
    ['a neutral section', sectionVariant(SITE_THEME, 'neutral')],
    ['a soft section', sectionVariant(SITE_THEME, 'soft')],
    ['a strong section', sectionVariant(SITE_THEME, 'strong')],
    ['Teams light', TEAMS_THEMES.default],
    ['Teams dark', TEAMS_THEMES.dark],
    ['Teams high contrast', TEAMS_THEMES.contrast],
  ])('keeps every text colour at 4.5:1 or more on its backgrounds: %s', (_name, theme) => {
    const c = themeColors(theme);
    const page = theme.semanticColors.bodyBackground;
    for (const fg of [c.text, c.muted, c.accent, c.error, c.success]) {
      expect(ratio(fg, page)).toBeGreaterThanOrEqual(4.5);
      expect(ratio(fg, c.surface)).toBeGreaterThanOrEqual(4.5);
    }
    expect(ratio(c.text, c.surfaceAlt)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c.onAccent, c.accentFill)).toBeGreaterThanOrEqual(4.5);
    expect(ratio(c.onHighlight, c.highlight)).toBeGreaterThanOrEqual(4.5);
  });

  it('gives way to the body text where a theme slot would fail (a strong section keeps the light red errorText)', () => {
    const strong = sectionVariant(SITE_THEME, 'strong');
    expect(strong.semanticColors.bodyBackground).toBe('#005a8c');
    expect(ratio(strong.semanticColors.errorText, '#005a8c')).toBeLessThan(4.5);
    expect(themeColors(strong).error).toBe(strong.semanticColors.bodyText);
    expect(readableTheme(strong).semanticColors?.errorText).toBe(strong.semanticColors.bodyText);
  });

  it('takes the slots from the theme and memoises the properties per theme', () => {
    const theme = createTheme({ semanticColors: { bodyText: '#111111', link: '#0000cc' } });
    expect(themeColors(theme)).toMatchObject({ text: '#111111', accent: '#0000cc' });
    expect(themeColorVariables(theme)).toBe(themeColorVariables(theme));
    expect(themeColorVariables(theme)['--mn-text']).toBe('#111111');
  });
});
