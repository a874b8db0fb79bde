import type { ISetupTarget } from '../domain/run';

/** The set-up's access to the site: whether the signed-in person may run it, the site's state, one step at a time. */
export interface ISetupRepository extends ISetupTarget {
  /** True for those who may manage the site's lists and web (the site's owners: Full Control). */
  mayRunSetup(): Promise<boolean>;
}
