import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, Lists, PortraitFields as F } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import type { IPrivacyRepository } from '../../privacy';
import type { Row } from '../../../shared/data/rows';
import type { IPortraitFeed, IPortraitQuery, IPortraitRepository } from './IPortraitRepository';
import { PORTRAIT_SELECT, toPortrait } from './portraitMapping';
import type { IPortrait } from '../domain/models';

export class PortraitRepository implements IPortraitRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly privacy: IPrivacyRepository,
    /** The absolute URL of the site with the list: photos must come from it (src/shared/domain/urls.ts). */
    private readonly siteUrl: string,
  ) {}

  public async getPortraits(query: IPortraitQuery): Promise<IPortraitFeed> {
    let portraits: IPortrait[];
    try {
      let items = this.sp.web.lists
        .getByTitle(Lists.Portraits.title)
        .items.select(...PORTRAIT_SELECT)
        .expand(F.Employee.name)
        .orderBy(BuiltIn.Id.name, false)
        .top(query.top ?? 12);
      if (query.profession) items = items.filter(`${F.Profession.name} eq ${odataString(query.profession)}`);
      const rows = await items<Row[]>();
      portraits = rows.map((row) => toPortrait(row, this.siteUrl)).filter((p): p is IPortrait => p !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
    const ids = portraits.map((p) => p.employee?.id).filter((id): id is number => id !== undefined);
    return { portraits, choices: await this.privacy.getChoicesFor(ids) };
  }
}
