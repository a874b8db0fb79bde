/**
 * What the host offers a web part's components beyond data: in Teams, a chat opened through the Teams SDK that SPFx
 * hands the web part (never a second copy of the SDK in the bundle), and the knowledge that links to pages should open
 * in a new window (a link followed inside a Teams tab would leave the app). Outside Teams nothing: components fall back
 * to Teams' deep link and ordinary links. Given to the components of every web part by renderWebPart.
 */
import * as React from 'react';

/** A chat in Teams with one person, the message ready to send (TeamsJS `chat.openChat`). */
export interface ITeamsChat {
  openChat(email: string, message: string): Promise<void>;
}

export interface IHostFeatures {
  /** Inside Teams (a tab or the personal app). */
  readonly inTeams: boolean;
  /** Inside Teams, when its SDK can open a chat. */
  readonly teamsChat?: ITeamsChat;
}

export const NO_HOST_FEATURES: IHostFeatures = { inTeams: false };

export const HostFeatures = React.createContext<IHostFeatures>(NO_HOST_FEATURES);

export function useHostFeatures(): IHostFeatures {
  return React.useContext(HostFeatures);
}

/** Where a link to a page opens: a new window in Teams, the same one elsewhere. */
export function useLinkTarget(): { target?: '_blank'; rel?: string } {
  return useHostFeatures().inTeams ? { target: '_blank', rel: 'noopener noreferrer' } : {};
}
