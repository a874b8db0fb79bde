import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { toDataError } from '../../../shared/data/errors';
import { BuiltIn, Lists, PortraitFields as F } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import { pageMemory, peopleIn, readAlongside } from '../../privacy';
import type { IPeopleMemory, IPrivacyRepository } from '../../privacy';
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
    /** The people shown last time, whose choices are asked for while the portraits are read (a device's memory in a web part). */
    private readonly memory: IPeopleMemory = pageMemory(),
  ) {}

  public async getPortraits(query: IPortraitQuery): Promise<IPortraitFeed> {
    const key = `portraits|${query.profession ?? ''}`;
    const { value: portraits, choices } = await readAlongside((ids) => this.privacy.getChoicesFor(ids), this.memory, key, () => this.readPortraits(query), peopleIn);
    return { portraits, choices };
  }

  private async readPortraits(query: IPortraitQuery): Promise<IPortrait[]> {
    try {
      let items = this.sp.web.lists
        .getByTitle(Lists.Portraits.title)
        .items.select(...PORTRAIT_SELECT)
        .expand(F.Employee.name)
        .orderBy(BuiltIn.Id.name, false)
        .top(query.top ?? 12);
      if (query.profession) items = items.filter(`${F.Profession.name} eq ${odataString(query.profession)}`);
      const rows = await items<Row[]>();
      return rows.map((row) => toPortrait(row, this.siteUrl)).filter((p): p is IPortrait => p !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
