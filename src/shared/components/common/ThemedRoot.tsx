import * as React from 'react';
import { ThemeProvider } from '@fluentui/react/lib/Theme';
import type { IPartialTheme } from '@fluentui/react/lib/Styling';
import { readableTheme, themeColorVariables } from './themeColors';

export interface IThemedRootProps {
  /** The theme the host hands the web part (SPFx's ThemeProvider service; the local page's section). */
  readonly theme: IPartialTheme | undefined;
  readonly children?: React.ReactNode;
}

/**
 * A web part's root under its host's theme: Fluent UI's controls read it from Fluent's ThemeProvider, this solution's
 * style sets from the colour properties set on the same element (themeColors.ts). Without a theme, the root as is.
 */
export function ThemedRoot(props: IThemedRootProps): React.ReactElement {
  const { theme } = props;
  if (!theme) return <>{props.children}</>;
  return (
    <ThemeProvider theme={readableTheme(theme)} applyTo="none" style={themeColorVariables(theme) as React.CSSProperties}>
      {props.children}
    </ThemeProvider>
  );
}
