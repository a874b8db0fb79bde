/**
 * Teams through the SDK SPFx hands a web part: the chat opens with the person's address and the greeting, a client
 * that cannot open chats is refused (the web part then uses the deep link), the theme is Teams' own, and outside Teams
 * there is nothing. The SDK is the one part no local host has: these tests give its shape.
 */
import type { IMicrosoftTeams } from '@microsoft/sp-webpart-base';
import { onTeamsThemeChange, teamsFeatures, teamsThemeOf } from '../../../src/shared/webparts/teams';

function sdk(options: { supported: boolean; theme: string }): { sdk: IMicrosoftTeams; chats: unknown[]; handlers: ((t: string) => void)[] } {
  const chats: unknown[] = [];
  const handlers: ((t: string) => void)[] = [];
  const teamsJs = {
    chat: {
      isSupported: () => options.supported,
      openChat: (request: unknown) => {
        chats.push(request);
        return Promise.resolve();
      },
    },
    app: {
      getContext: () => Promise.resolve({ app: { theme: options.theme } }),
      registerOnThemeChangeHandler: (h: (t: string) => void) => handlers.push(h),
    },
  };
  return { sdk: { teamsJs } as unknown as IMicrosoftTeams, chats, handlers };
}

describe('Teams through the SDK SPFx hands the web part', () => {
  it('opens a chat with the person and the message ready to send', async () => {
    const teams = sdk({ supported: true, theme: 'default' });
    const features = teamsFeatures(teams.sdk);
    expect(features.inTeams).toBe(true);
    await features.teamsChat?.openChat('anne@norddjurs.dk', 'Tillykke, Anne!');
    expect(teams.chats).toEqual([{ user: 'anne@norddjurs.dk', message: 'Tillykke, Anne!' }]);
  });

  it('refuses where Teams cannot open a chat, so the web part falls back to the deep link', async () => {
    const teams = sdk({ supported: false, theme: 'default' });
    await expect(teamsFeatures(teams.sdk).teamsChat?.openChat('anne@norddjurs.dk', 'Hej')).rejects.toThrow(/cannot open a chat/);
    expect(teams.chats).toEqual([]);
  });

  it('offers nothing outside Teams', () => {
    expect(teamsFeatures(undefined)).toEqual({ inTeams: false });
  });

  it('takes the person\'s Teams theme and follows its changes; a theme it does not know is the light one', async () => {
    const teams = sdk({ supported: true, theme: 'contrast' });
    await expect(teamsThemeOf(teams.sdk)).resolves.toBe('contrast');
    const seen: string[] = [];
    onTeamsThemeChange(teams.sdk, (t) => seen.push(t));
    teams.handlers.forEach((h) => h('dark'));
    teams.handlers.forEach((h) => h('glass'));
    expect(seen).toEqual(['dark', 'default']);
  });
});
