/**
 * What Indblik reads: whether the user is communications (approves on Navnenyt), and the figures, through the other
 * features' own readers and mapping (stories, portraits, name news, privacy choices).
 */
import type { SPFI } from '@pnp/sp';
import { PermissionRepository } from '../../../../shared/data/permissions';
import type { IPermissionRepository } from '../../../../shared/data/permissions';
import { UserRepository } from '../../../../shared/data/users/UserRepository';
import { toNavnenytItem } from '../../../navnenyt/repositories';
import { PortraitRepository } from '../../../portraits/repositories';
import { PrivacyRepository, readChoicesOf } from '../../../privacy/repositories';
import { StoryRepository } from '../../../stories/repositories';
import type { IInsightsRepository } from '../../data/IInsightsRepository';
import { InsightsRepository } from '../../data/InsightsRepository';

export interface IInsightsRepositories {
  readonly permissions: IPermissionRepository;
  readonly insights: IInsightsRepository;
}

export function insightsRepositories(sp: SPFI, siteUrl: string): IInsightsRepositories {
  const privacy = new PrivacyRepository(sp, new UserRepository(sp));
  const sources = {
    stories: new StoryRepository(sp, siteUrl),
    portraits: new PortraitRepository(sp, privacy, siteUrl),
    toNameNews: toNavnenytItem,
    readChoices: readChoicesOf(sp),
  };
  return { permissions: new PermissionRepository(sp), insights: new InsightsRepository(sp, sources, siteUrl) };
}
