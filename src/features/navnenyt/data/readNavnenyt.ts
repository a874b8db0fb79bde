import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import { BuiltIn, Lists, NavnenytFields as F } from '../../../shared/data/lists';
import { odataNumber } from '../../../shared/data/odata';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import { NAVNENYT_SELECT, toNavnenytItem } from './navnenytMapping';
import type { INavnenytItem } from '../domain/models';

/** SharePoint's most rows per request; paging by id stays clear of the list-view threshold on a large list. */
const PAGE = 5000;

/**
 * Every name news item the signed-in user may read (all approval states for those who may approve), page by page in
 * id order; with `filter`, only those it matches (its first clause must be on an indexed column on a large list).
 * Errors are PnPjs's: callers translate them.
 */
export async function readNavnenyt(sp: SPFI, siteUrl: string, filter?: string): Promise<INavnenytItem[]> {
  const list = sp.web.lists.getByTitle(Lists.Navnenyt.title);
  const items: INavnenytItem[] = [];
  const zone = await siteTimeZone(sp);
  let after = 0;
  for (;;) {
    const clauses = [filter, after > 0 ? `${BuiltIn.Id.name} gt ${odataNumber(after)}` : undefined].filter((c): c is string => !!c);
    let query = list.items.select(...NAVNENYT_SELECT).expand(F.Employee.name).orderBy(BuiltIn.Id.name, true).top(PAGE);
    if (clauses.length) query = query.filter(clauses.map((c) => (clauses.length > 1 ? `(${c})` : c)).join(' and '));
    const rows = await query<Row[]>();
    for (const row of rows) {
      const item = toNavnenytItem(row, siteUrl, zone);
      if (item) items.push(item);
    }
    if (rows.length < PAGE) return items;
    after = Number(rows[rows.length - 1][BuiltIn.Id.name]);
  }
}
