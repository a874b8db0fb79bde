import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/files';
import { DataError, toDataError } from '../../../shared/data/errors';
import { Lists } from '../../../shared/data/lists';
import type { INavnenytItem } from '../domain/models';
import { photoFilePath } from '../../../shared/data/photos';

/**
 * Puts a name news item, its attachments (where HR's photos are), its versions and a photo that is a file of its own
 * in the site's recycle bin, from which a site owner can restore them. The one way name news are deleted: when the
 * person withdraws consent, and when the retention period has run out.
 */
export async function recycleNavnenyt(sp: SPFI, siteUrl: string, item: Pick<INavnenytItem, 'id' | 'photo'>): Promise<void> {
  try {
    // The photo first: should the item then fail, the task stays and can be done again.
    const file = photoFilePath(item.photo?.url, siteUrl);
    if (file) {
      await sp.web.getFileByServerRelativePath(file).recycle().catch((e: unknown) => {
        if (toDataError(e).kind !== 'notFound') throw e;
      });
    }
    await sp.web.lists.getByTitle(Lists.Navnenyt.title).items.getById(item.id).recycle();
  } catch (e) {
    const error = toDataError(e);
    throw error.kind === 'notFound' ? new DataError('notFound', `Navnenyt ${item.id} findes ikke længere`, error.status) : error;
  }
}
