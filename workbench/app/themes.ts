/**
 * The themes the local page hands its web parts, as SharePoint and Teams would: the site's theme, a section's
 * background (SharePoint's section variants: neutral, soft, strong, computed from the theme's palette as SharePoint
 * computes them) or Teams' dark theme. Chosen in the page's address:
 *
 * - `?section=strong` gives every section that background; `?section=portraetter:soft,nyt:strong` sets sections one
 *   by one (`none` is the page's own background). Without it, the page is as SharePoint shows the front page: the
 *   portraits' section neutral, the others on the page's background.
 * - `?theme=teams-dark` renders the page in Teams' dark theme (Teams has no section backgrounds), `?theme=teams` and
 *   `?theme=teams-contrast` in Teams' light and high-contrast themes. `?host=teams` shows the Teams view (the personal
 *   app's frame instead of SharePoint's page), in Teams' light theme unless `?theme=` names another.
 */
import { createTheme } from '@fluentui/react/lib/Styling';
import type { IPalette, ISemanticColors, ITheme } from '@fluentui/react/lib/Styling';
import { teamsTheme, teamsThemeName } from '../../src/shared/components/common/teamsThemes';
import type { TeamsThemeName } from '../../src/shared/components/common/teamsThemes';

export type SectionBackground = 'none' | 'neutral' | 'soft' | 'strong';
export type HostTheme = 'sharepoint' | 'teams-default' | 'teams-dark' | 'teams-contrast';

export const SECTION_BACKGROUNDS: readonly SectionBackground[] = ['none', 'neutral', 'soft', 'strong'];

const FONT_STACK = "'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

/** The intranet's theme as SharePoint's theme designer makes it from the municipality's blue (Fluent's neutrals). */
export const SITE_THEME: ITheme = createTheme({
  defaultFontStyle: { fontFamily: FONT_STACK },
  palette: {
    themePrimary: '#005a8c',
    themeLighterAlt: '#f0f7fa',
    themeLighter: '#c7dfed',
    themeLight: '#9ac5dd',
    themeTertiary: '#4a93ba',
    themeSecondary: '#126b9a',
    themeDarkAlt: '#00527e',
    themeDark: '#00456b',
    themeDarker: '#00334f',
  },
});

/** Teams' themes, as the product takes them in Teams (src/shared/components/common/teamsThemes.ts): one source. */
export const TEAMS_THEMES: Readonly<Record<TeamsThemeName, ITheme>> = {
  default: createTheme(teamsTheme('default')),
  dark: createTheme(teamsTheme('dark')),
  contrast: createTheme(teamsTheme('contrast')),
};
export const TEAMS_DARK_THEME: ITheme = TEAMS_THEMES.dark;

type PaletteMove = Partial<Record<keyof IPalette, keyof IPalette>>;

/** The theme colours one shade stronger: a tinted background needs them for contrast (neutral and soft). */
const THEME_SHADE_STRONGER: PaletteMove = {
  themeDark: 'themeDarker',
  themeDarkAlt: 'themeDark',
  themePrimary: 'themeDarkAlt',
  themeSecondary: 'themePrimary',
  themeTertiary: 'themeSecondary',
  themeLight: 'themeTertiary',
  themeLighter: 'themeLight',
};

/**
 * Each variant: which palette slot takes which slot's colour, and the semantic colours it sets from the base palette.
 * The remaining semantic colours follow from the moved palette (createTheme), as in SharePoint.
 */
const VARIANTS: Record<Exclude<SectionBackground, 'none'>, { moves: PaletteMove; semantic: (p: IPalette) => Partial<ISemanticColors>; inverts: boolean }> = {
  neutral: {
    moves: {
      ...THEME_SHADE_STRONGER,
      neutralQuaternary: 'neutralTertiaryAlt',
      neutralQuaternaryAlt: 'neutralQuaternary',
      neutralLight: 'neutralQuaternaryAlt',
      neutralLighter: 'neutralLight',
      neutralLighterAlt: 'neutralLight',
      white: 'neutralLighter',
    },
    semantic: (p) => ({ bodyBackground: p.neutralLighter, bodyStandoutBackground: p.neutralLight, inputBackground: p.white, link: p.themeDarkAlt }),
    inverts: false,
  },
  soft: {
    moves: {
      ...THEME_SHADE_STRONGER,
      themeLighterAlt: 'themeLighter',
      neutralTertiaryAlt: 'themeDarkAlt',
      neutralQuaternary: 'themePrimary',
      neutralQuaternaryAlt: 'themeSecondary',
      neutralLight: 'themeTertiary',
      neutralLighter: 'themeLight',
      neutralLighterAlt: 'themeLighter',
      white: 'themeLighterAlt',
    },
    semantic: (p) => ({ bodyBackground: p.themeLighterAlt, bodyStandoutBackground: p.themeLighter, inputBackground: p.white, link: p.themeDarkAlt }),
    inverts: false,
  },
  // Theme colours become background shades, foregrounds become light, backgrounds become the theme colour.
  strong: {
    moves: {
      themeDarker: 'white',
      themeDark: 'neutralLighterAlt',
      themeDarkAlt: 'neutralLighterAlt',
      themePrimary: 'white',
      themeSecondary: 'neutralLighter',
      themeTertiary: 'neutralLight',
      themeLight: 'neutralQuaternaryAlt',
      themeLighter: 'neutralQuaternary',
      themeLighterAlt: 'neutralTertiaryAlt',
      black: 'neutralLighterAlt',
      neutralDark: 'neutralLighter',
      neutralPrimary: 'white',
      neutralPrimaryAlt: 'neutralLight',
      neutralSecondary: 'neutralQuaternaryAlt',
      neutralTertiary: 'neutralQuaternary',
      neutralTertiaryAlt: 'themeLighterAlt',
      neutralQuaternary: 'themeLighterAlt',
      neutralQuaternaryAlt: 'themeLighter',
      neutralLight: 'themeLight',
      neutralLighter: 'themeTertiary',
      neutralLighterAlt: 'themeSecondary',
      white: 'themePrimary',
    },
    semantic: (p) => ({
      bodyBackground: p.themePrimary,
      bodyStandoutBackground: p.themeDarkAlt,
      bodyText: p.white,
      bodySubtext: p.white,
      bodyDivider: p.themeTertiary,
      link: p.white,
      linkHovered: p.white,
      focusBorder: p.white,
      inputBackground: p.white,
      inputText: p.neutralPrimary,
      inputBorder: p.themeDarkAlt,
      buttonBackground: p.themePrimary,
      buttonBackgroundHovered: p.themeDarkAlt,
      buttonText: p.white,
      buttonTextHovered: p.white,
      buttonBorder: p.white,
      primaryButtonBackground: p.white,
      primaryButtonBackgroundHovered: p.themeLighter,
      primaryButtonText: p.themePrimary,
      primaryButtonTextHovered: p.themeDark,
    }),
    inverts: true,
  },
};

/** A section background's theme computed from the page's theme, as SharePoint computes section variants. */
export function sectionVariant(base: ITheme, background: SectionBackground): ITheme {
  if (background === 'none') return base;
  const variant = VARIANTS[background];
  const p = base.palette;
  const moved: Partial<IPalette> = {};
  for (const [to, from] of Object.entries(variant.moves) as [keyof IPalette, keyof IPalette][]) moved[to] = p[from];
  const derived = createTheme({ palette: { ...p, ...moved } });
  return {
    ...base,
    palette: derived.palette,
    semanticColors: { ...derived.semanticColors, ...variant.semantic(p) },
    isInverted: variant.inverts ? !base.isInverted : base.isInverted,
  };
}

export interface IPageThemes {
  readonly host: HostTheme;
  /** The theme of the page itself (its chrome, Fluent UI's global theme). */
  readonly page: ITheme;
  /** The theme a section hands its web parts: one object per section, so React sees the same theme every render. */
  section(sectionId: string, emphasis: boolean): ITheme;
}

function isBackground(value: string): value is SectionBackground {
  return (SECTION_BACKGROUNDS as readonly string[]).includes(value);
}

/** The page's themes from its address (`?theme=`, `?section=`). */
export function pageThemes(params: URLSearchParams): IPageThemes {
  const theme = params.get('theme');
  const inTeams = params.get('host') === 'teams' || (theme ?? '').startsWith('teams');
  const teams: TeamsThemeName | undefined = inTeams ? teamsThemeName(theme?.replace(/^teams-?/, '')) : undefined;
  const host: HostTheme = teams ? `teams-${teams}` : 'sharepoint';
  const page = teams ? TEAMS_THEMES[teams] : SITE_THEME;
  let all: SectionBackground | undefined;
  const bySection = new Map<string, SectionBackground>();
  for (const part of (params.get('section') ?? '').split(',')) {
    const [a, b] = part.trim().split(':');
    if (b === undefined && isBackground(a)) all = a;
    else if (b !== undefined && isBackground(b)) bySection.set(a, b);
  }
  const built = new Map<string, ITheme>();
  return {
    host,
    page,
    section(sectionId, emphasis) {
      const background = bySection.get(sectionId) ?? all ?? (emphasis && host === 'sharepoint' ? 'neutral' : 'none');
      const key = `${sectionId}:${background}`;
      let theme = built.get(key);
      if (!theme) built.set(key, (theme = sectionVariant(page, background)));
      return theme;
    },
  };
}
