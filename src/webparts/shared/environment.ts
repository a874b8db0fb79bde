/**
 * What every web part needs from its SPFx context, built the same way for all: the interface language,
 * today's date in Europe/Copenhagen, and the repositories over the one PnPjs instance.
 */
import type { WebPartContext } from '@microsoft/sp-webpart-base';
import { copenhagenToday } from '../../domain/dates';
import type { IsoDate } from '../../domain/models';
import { createRepositories } from '../../data/repositories';
import type { IRepositories } from '../../data/repositories';
import { createSP } from '../../data/sp';
import { getStrings, localeOf } from '../../loc/strings';
import type { IStrings } from '../../loc/strings';

export interface IWebPartEnvironment {
  readonly strings: IStrings;
  readonly repositories: IRepositories;
  /** Today as of this call; read it at render time so a page left open overnight moves on. */
  readonly today: () => IsoDate;
}

export function createEnvironment(context: WebPartContext): IWebPartEnvironment {
  return {
    strings: getStrings(localeOf(context.pageContext.cultureInfo.currentUICultureName)),
    repositories: createRepositories(createSP({ context })),
    today: () => copenhagenToday(new Date()),
  };
}
