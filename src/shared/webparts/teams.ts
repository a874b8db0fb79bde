/**
 * Teams, through the SDK SPFx hands a web part there (`context.sdks.microsoftTeams`, TeamsJS v2): absent outside
 * Teams. Only types are imported, so the bundle carries no copy of the SDK.
 */
import type { IMicrosoftTeams } from '@microsoft/sp-webpart-base';
import { NO_HOST_FEATURES } from '../components/common/hostFeatures';
import type { IHostFeatures } from '../components/common/hostFeatures';
import { teamsThemeName } from '../components/common/teamsThemes';
import type { TeamsThemeName } from '../components/common/teamsThemes';

/** What a web part may use in Teams: a chat with one person through the SDK, where Teams supports it. */
export function teamsFeatures(sdk: IMicrosoftTeams | undefined): IHostFeatures {
  if (!sdk) return NO_HOST_FEATURES;
  const { chat } = sdk.teamsJs;
  return {
    inTeams: true,
    teamsChat: {
      openChat: async (email, message) => {
        // Teams on some clients (a meeting stage, an old mobile client) cannot open a chat: the caller falls back.
        if (!chat.isSupported()) throw new Error('Teams cannot open a chat here');
        await chat.openChat({ user: email, message });
      },
    },
  };
}

/** The theme the person uses in Teams now. */
export async function teamsThemeOf(sdk: IMicrosoftTeams): Promise<TeamsThemeName> {
  const context = await sdk.teamsJs.app.getContext();
  return teamsThemeName(context.app.theme);
}

/** Calls `handler` whenever the person changes theme in Teams. */
export function onTeamsThemeChange(sdk: IMicrosoftTeams, handler: (theme: TeamsThemeName) => void): void {
  sdk.teamsJs.app.registerOnThemeChangeHandler((theme) => handler(teamsThemeName(theme)));
}
