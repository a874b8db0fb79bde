/**
 * Teams' three themes as a web part in Teams takes them: SPFx hands a web part SharePoint's site theme even inside
 * Teams, so the product asks Teams which theme the person uses (`app.getContext().app.theme`, and the theme-change
 * handler) and draws itself in these colours. Default (light), dark and high contrast, after Teams' own palettes; the
 * high-contrast one is black with white text, yellow links and cyan for selection, as Teams draws it. ThemedRoot keeps
 * every text colour at 4.5:1 on its background whatever a slot says (themeColors.ts).
 */
import type { IPartialTheme } from '@fluentui/react/lib/Styling';

export type TeamsThemeName = 'default' | 'dark' | 'contrast';

/** Teams' theme name as Teams reports it ("default", "dark", "contrast", "glass"…): unknown names are the light theme. */
export function teamsThemeName(value: string | undefined): TeamsThemeName {
  return value === 'dark' || value === 'contrast' ? value : 'default';
}

const FONT_STACK = "'Segoe UI', system-ui, -apple-system, BlinkMacSystemFont, Roboto, 'Helvetica Neue', Arial, sans-serif";

const DEFAULT: IPartialTheme = {
  defaultFontStyle: { fontFamily: FONT_STACK },
  palette: {
    themePrimary: '#5b5fc7',
    themeLighterAlt: '#f7f7fc',
    themeLighter: '#e8ebfa',
    themeLight: '#c5cbfa',
    themeTertiary: '#9299f7',
    themeSecondary: '#6a70d1',
    themeDarkAlt: '#4f52b2',
    themeDark: '#444791',
    themeDarker: '#33344a',
    neutralLighterAlt: '#faf9f8',
    neutralLighter: '#f5f5f5',
    neutralLight: '#ebebeb',
    neutralQuaternaryAlt: '#e1e1e1',
    neutralQuaternary: '#d1d1d1',
    neutralTertiaryAlt: '#c7c7c7',
    neutralTertiary: '#a19f9d',
    neutralSecondary: '#616161',
    neutralPrimaryAlt: '#3b3a39',
    neutralPrimary: '#242424',
    neutralDark: '#201f1e',
    black: '#000000',
    white: '#ffffff',
  },
  semanticColors: { link: '#4f52b2', linkHovered: '#444791', bodySubtext: '#616161' },
};

const DARK: IPartialTheme = {
  defaultFontStyle: { fontFamily: FONT_STACK },
  isInverted: true,
  palette: {
    themePrimary: '#7f85f5',
    themeLighterAlt: '#050510',
    themeLighter: '#14152a',
    themeLight: '#262850',
    themeTertiary: '#4c5093',
    themeSecondary: '#7075d7',
    themeDarkAlt: '#8c91f6',
    themeDark: '#9da2f7',
    themeDarker: '#b7bbf9',
    neutralLighterAlt: '#282828',
    neutralLighter: '#2f2f2f',
    neutralLight: '#3b3b3b',
    neutralQuaternaryAlt: '#434343',
    neutralQuaternary: '#4a4a4a',
    neutralTertiaryAlt: '#686868',
    neutralTertiary: '#c8c8c8',
    neutralSecondaryAlt: '#d0d0d0',
    neutralSecondary: '#d0d0d0',
    neutralPrimaryAlt: '#dadada',
    neutralPrimary: '#ffffff',
    neutralDark: '#f4f4f4',
    black: '#f8f8f8',
    white: '#1f1f1f',
  },
};

const CONTRAST: IPartialTheme = {
  defaultFontStyle: { fontFamily: FONT_STACK },
  isInverted: true,
  palette: {
    themePrimary: '#ffff01',
    themeLighterAlt: '#000000',
    themeLighter: '#000000',
    themeLight: '#1aebff',
    themeTertiary: '#1aebff',
    themeSecondary: '#ffff01',
    themeDarkAlt: '#ffff01',
    themeDark: '#ffff01',
    themeDarker: '#ffff01',
    neutralLighterAlt: '#000000',
    neutralLighter: '#000000',
    neutralLight: '#000000',
    neutralQuaternaryAlt: '#000000',
    neutralQuaternary: '#ffffff',
    neutralTertiaryAlt: '#ffffff',
    neutralTertiary: '#ffffff',
    neutralSecondaryAlt: '#ffffff',
    neutralSecondary: '#ffffff',
    neutralPrimaryAlt: '#ffffff',
    neutralPrimary: '#ffffff',
    neutralDark: '#ffffff',
    black: '#ffffff',
    white: '#000000',
  },
  semanticColors: {
    bodyBackground: '#000000',
    bodyText: '#ffffff',
    bodySubtext: '#ffffff',
    bodyStandoutBackground: '#000000',
    cardStandoutBackground: '#000000',
    link: '#ffff01',
    linkHovered: '#1aebff',
    errorText: '#ffffff',
    successText: '#ffffff',
    primaryButtonBackground: '#1aebff',
    primaryButtonText: '#000000',
    warningBackground: '#000000',
    messageText: '#ffffff',
  },
};

const THEMES: Readonly<Record<TeamsThemeName, IPartialTheme>> = { default: DEFAULT, dark: DARK, contrast: CONTRAST };

export function teamsTheme(name: TeamsThemeName): IPartialTheme {
  return THEMES[name];
}
