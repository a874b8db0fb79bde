import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import '@pnp/sp/files';
import '@pnp/sp/site-users/web';
import { DataError, toDataError } from '../../../shared/data/errors';
import { photoAttachmentName, photoFilePath } from '../../../shared/data/photos';
import { BuiltIn, Lists, PortraitFields as F } from '../../../shared/data/lists';
import { odataString } from '../../../shared/data/odata';
import type { Row } from '../../../shared/data/rows';
import { text } from '../../../shared/data/rows';
import type { IPersonRef } from '../../../shared/domain/models';
import type { IChannelShare, IPortrait, PortraitChannel } from '../domain/models';
import { PORTRAIT_CHANNELS } from '../domain/models';
import type { IPortraitVersion } from '../domain/shareStatus';
import type { IPhotoUpload, IPortraitInput, IPortraitStudioRepository } from './IPortraitStudioRepository';
import { CHANNEL_FIELDS, channelShareOf, PORTRAIT_SELECT, shareStatusChoice, toPortrait } from './portraitMapping';

interface ISiteUserRow {
  Id: number;
  Title: string;
  Email?: string;
}

/** The REST body of one channel's share: every field written, so a cleared one is cleared in the list too. */
export function shareBody(channel: PortraitChannel, share: IChannelShare): Record<string, unknown> {
  const f = CHANNEL_FIELDS[channel];
  return {
    [f.status]: shareStatusChoice(share.status),
    [f.text]: share.text ?? null,
    [f.postUrl]: share.postUrl ? { Url: share.postUrl, Description: share.postUrl } : null,
    [f.sharedAt]: share.sharedAt ?? null,
    [f.removedAt]: share.removedAt ?? null,
  };
}

function inputBody(input: IPortraitInput): Record<string, unknown> {
  const t = (v: string | undefined): string | null => (v?.trim() ? v.normalize('NFC').trim() : null);
  return {
    [BuiltIn.Title.name]: input.employee.name,
    [`${F.Employee.name}Id`]: input.employee.id,
    [F.Profession.name]: input.profession ?? null,
    [F.JobTitle.name]: t(input.jobTitle),
    [F.Workplace.name]: t(input.workplace),
    [F.Area.name]: t(input.area),
    [F.Quote.name]: t(input.quote),
    [F.Story.name]: t(input.story),
    [F.JobAdvertUrl.name]: { Url: input.jobAdvertUrl.trim(), Description: input.jobAdvertUrl.trim() },
    [F.PhotoAlt.name]: t(input.photoAlt),
    [F.FocusX.name]: input.focus.x,
    [F.FocusY.name]: input.focus.y,
  };
}

export class PortraitStudioRepository implements IPortraitStudioRepository {
  public constructor(
    private readonly sp: SPFI,
    /** The absolute URL of the site with the list: photos and links pass the URL rule against it. */
    private readonly siteUrl: string,
  ) {}

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(Lists.Portraits.title);
  }

  public async getAll(): Promise<readonly IPortrait[]> {
    try {
      const rows = await this.list.items.select(...PORTRAIT_SELECT).expand(F.Employee.name).orderBy(BuiltIn.Id.name, false).top(500)<Row[]>();
      return rows.map((r) => toPortrait(r, this.siteUrl)).filter((p): p is IPortrait => p !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async get(id: number): Promise<IPortrait> {
    let row: Row;
    try {
      row = await this.list.items.getById(id).select(...PORTRAIT_SELECT).expand(F.Employee.name)<Row>();
    } catch (e) {
      throw toDataError(e);
    }
    const portrait = toPortrait(row, this.siteUrl);
    if (!portrait) throw new DataError('invalid', `Portræt ${id} mangler navn`);
    return portrait;
  }

  public async searchPeople(query: string, top = 10): Promise<readonly IPersonRef[]> {
    const q = query.trim();
    if (q.length < 2) return [];
    try {
      const users = await this.sp.web.siteUsers
        .filter(`(substringof(${odataString(q)}, Title) or startswith(Email, ${odataString(q.toLowerCase())})) and PrincipalType eq 1`)
        .select('Id', 'Title', 'Email')
        .top(top)<ISiteUserRow[]>();
      return users.filter((u) => u.Email).map((u) => ({ id: u.Id, name: u.Title.normalize('NFC'), email: u.Email }));
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async save(input: IPortraitInput, photo: IPhotoUpload | undefined, existing?: IPortrait): Promise<IPortrait> {
    let id = existing?.id;
    try {
      if (existing) {
        await this.list.items.getById(existing.id).update(inputBody(input), existing.etag ?? '*');
      } else {
        const body = { ...inputBody(input), ...shareBody('linkedIn', { status: 'notShared' }), ...shareBody('facebook', { status: 'notShared' }) };
        id = (await this.list.items.add(body))[BuiltIn.Id.name] as number;
      }
      if (photo && id !== undefined) {
        const item = this.list.items.getById(id);
        // PnPjs types the answer as what was sent; SharePoint answers with the attachment's SP.Attachment entity.
        const attached = (await item.attachmentFiles.add(photo.fileName, photo.bytes as unknown as ArrayBuffer)).data as unknown as { ServerRelativeUrl: string };
        await item.update({ [F.Photo.name]: { Url: attached.ServerRelativeUrl, Description: input.photoAlt ?? '' } });
        await this.removeOldPhoto(id, existing, photo.fileName);
      } else if (existing?.photo && id !== undefined) {
        await this.list.items.getById(id).update({ [F.Photo.name]: { Url: this.serverRelative(existing.photo.url), Description: input.photoAlt ?? '' } });
      }
    } catch (e) {
      throw toDataError(e);
    }
    return this.get(id as number);
  }

  /** A replaced photo that was the item's own attachment goes to the recycle bin with it: no photo lingers unseen. */
  private async removeOldPhoto(id: number, existing: IPortrait | undefined, keep: string): Promise<void> {
    const old = existing?.photo?.url;
    const marker = `/Attachments/${id}/`;
    if (!old || !old.includes(marker)) return;
    const name = decodeURIComponent(old.slice(old.indexOf(marker) + marker.length));
    if (name && name !== keep) await this.list.items.getById(id).attachmentFiles.getByName(name).recycle();
  }

  private serverRelative(url: string): string {
    try {
      return new URL(url, this.siteUrl).pathname;
    } catch {
      return url;
    }
  }

  public async removePhoto(portrait: IPortrait): Promise<void> {
    const url = portrait.photo?.url;
    try {
      const item = this.list.items.getById(portrait.id);
      // The fields first, against the version that was read: should the file then fail, no portrait points at it.
      await item.update({ [F.Photo.name]: null, [F.PhotoAlt.name]: null, [F.FocusX.name]: null, [F.FocusY.name]: null }, portrait.etag ?? '*');
      const attachment = photoAttachmentName(url, portrait.id, this.siteUrl);
      const file = photoFilePath(url, this.siteUrl);
      const gone = (e: unknown): void => {
        if (toDataError(e).kind !== 'notFound') throw e;
      };
      if (attachment) await item.attachmentFiles.getByName(attachment).recycle().catch(gone);
      else if (file) await this.sp.web.getFileByServerRelativePath(file).recycle().catch(gone);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async setShare(portrait: IPortrait, channel: PortraitChannel, share: IChannelShare): Promise<IPortrait> {
    try {
      await this.list.items.getById(portrait.id).update(shareBody(channel, share), portrait.etag ?? '*');
    } catch (e) {
      throw toDataError(e);
    }
    return this.get(portrait.id);
  }

  public async getVersions(id: number): Promise<readonly IPortraitVersion[]> {
    try {
      const rows = (await this.list.items.getById(id).versions()) as unknown as Row[];
      return rows
        .map((row): IPortraitVersion | undefined => {
          const label = text(row, 'VersionLabel');
          const savedAt = text(row, 'Created');
          if (!label || !savedAt) return undefined;
          const editor = row.Editor as { LookupValue?: unknown } | undefined;
          const channels = Object.fromEntries(PORTRAIT_CHANNELS.map((c) => [c, channelShareOf(row, c, this.siteUrl)])) as IPortraitVersion['channels'];
          return { label, savedAt, savedBy: typeof editor?.LookupValue === 'string' ? editor.LookupValue : undefined, channels };
        })
        .filter((v): v is IPortraitVersion => v !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }
}
