/**
 * The composition of every repository over one SPFI. Web parts call this with the SPFx-configured SPFI,
 * the local workbench with one pointed at the local SharePoint.
 */
import type { SPFI } from '@pnp/sp';
import { NavnenytRepository } from './navnenyt/NavnenytRepository';
import type { INavnenytRepository } from './navnenyt/INavnenytRepository';
import { PortraitRepository } from './portraits/PortraitRepository';
import type { IPortraitRepository } from './portraits/IPortraitRepository';
import { PrivacyRepository } from './privacy/PrivacyRepository';
import type { IPrivacyRepository } from './privacy/IPrivacyRepository';
import { StoryRepository } from './stories/StoryRepository';
import type { IStoryRepository } from './stories/IStoryRepository';

export interface IRepositories {
  readonly navnenyt: INavnenytRepository;
  readonly stories: IStoryRepository;
  readonly portraits: IPortraitRepository;
  readonly privacy: IPrivacyRepository;
}

export function createRepositories(sp: SPFI): IRepositories {
  const privacy = new PrivacyRepository(sp);
  return {
    privacy,
    navnenyt: new NavnenytRepository(sp, privacy),
    stories: new StoryRepository(sp),
    portraits: new PortraitRepository(sp, privacy),
  };
}
