import type { SPFI } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/items';
import '@pnp/sp/attachments';
import { notAllowedNow, storableNow } from '../domain/consentStorage';
import { toSharePointDate } from '../../../shared/domain/dates';
import { approvalToCode } from '../../../shared/data/approval';
import { DataError, toDataError } from '../../../shared/data/errors';
import { BuiltIn, Lists, NavnenytFields as F } from '../../../shared/data/lists';
import type { IPrivacyRepository } from '../../privacy';
import type { IUserRepository } from '../../../shared/data/users/IUserRepository';
import type { Row } from '../../../shared/data/rows';
import { siteTimeZone } from '../../../shared/data/siteTimeZone';
import type { ApprovalDecision, INavnenytEditorRepository, INewNavnenyt } from './INavnenytEditorRepository';
import { eventTypeChoice, NAVNENYT_SELECT, toNavnenytItem } from './navnenytMapping';
import type { INavnenytItem } from '../domain/models';
import type { IPrivacyChoices } from '../../privacy';

/**
 * The REST body of a submission (without the photo, which is attached after the item exists). Dates are midnight in
 * the site's time zone, as SharePoint stores date-only columns.
 */
export function submissionBody(s: INewNavnenyt, employeeId: number, siteTimeZone: string): Record<string, unknown> {
  return {
    [BuiltIn.Title.name]: s.name.normalize('NFC'),
    [`${F.Employee.name}Id`]: employeeId,
    [F.EventType.name]: eventTypeChoice(s.type),
    [F.EventDate.name]: toSharePointDate(s.eventDate, siteTimeZone),
    [F.Years.name]: s.years ?? null,
    [F.JobTitle.name]: s.jobTitle ?? null,
    [F.Workplace.name]: s.workplace ?? null,
    [F.Area.name]: s.area ?? null,
    [F.Message.name]: s.message?.normalize('NFC') ?? null,
    [F.ShowFrom.name]: toSharePointDate(s.showFrom, siteTimeZone),
    [F.ShowUntil.name]: toSharePointDate(s.showUntil, siteTimeZone),
    [F.ConsentConfirmed.name]: s.consentConfirmed,
  };
}

export class NavnenytEditorRepository implements INavnenytEditorRepository {
  public constructor(
    private readonly sp: SPFI,
    private readonly users: IUserRepository,
    /** The absolute URL of the site with the list: photos must come from it (src/shared/domain/urls.ts). */
    private readonly siteUrl: string,
    /** The person's choices, read at the moment of each submission and approval (never from a cache). */
    private readonly privacy: IPrivacyRepository,
  ) {}

  private async choicesOf(employeeId: number | undefined): Promise<IPrivacyChoices | undefined> {
    return employeeId === undefined ? undefined : (await this.privacy.getChoicesFor([employeeId])).get(employeeId);
  }

  private get list(): ReturnType<SPFI['web']['lists']['getByTitle']> {
    return this.sp.web.lists.getByTitle(Lists.Navnenyt.title);
  }

  /**
   * Everyone can read Navnenyt over REST once it is approved, so only what the person allows now is written: no item
   * for a category they said no to (DataError 'declined'), no age and no photo without their yes (left out).
   */
  public async submit(s: INewNavnenyt): Promise<INavnenytItem> {
    const employee = await this.users.ensure(s.employeeEmail);
    const storable = storableNow(s.type, await this.choicesOf(employee.id));
    const zone = await siteTimeZone(this.sp);
    if (!storable.mention) throw new DataError('declined', `${s.name} har i Mine valg sagt nej til at vise ${s.type.toLocaleLowerCase('da')} på intranettet`);
    try {
      const created = (await this.list.items.add(submissionBody(storable.age ? s : { ...s, years: undefined }, employee.id, zone))) as Row;
      const id = created[BuiltIn.Id.name] as number;
      if (s.photo && storable.photo) {
        const item = this.list.items.getById(id);
        // PnPjs types the answer as what was sent; SharePoint answers with the attachment's SP.Attachment entity.
        const attached = (await item.attachmentFiles.add(s.photo.fileName, s.photo.bytes as ArrayBuffer)).data as unknown as { ServerRelativeUrl: string };
        await item.update({ [F.Photo.name]: { Url: attached.ServerRelativeUrl, Description: s.photo.alt }, [F.PhotoAlt.name]: s.photo.alt });
      }
      return await this.getItem(id);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async getPending(): Promise<readonly INavnenytItem[]> {
    const zone = await siteTimeZone(this.sp);
    try {
      const rows = await this.list.items
        .select(...NAVNENYT_SELECT)
        .expand(F.Employee.name)
        .filter(`${BuiltIn.ModerationStatus.name} eq ${approvalToCode('pending')}`)
        .orderBy(F.EventDate.name, true)
        .top(500)<Row[]>();
      return rows.map((r) => toNavnenytItem(r, this.siteUrl, zone)).filter((i): i is INavnenytItem => i !== undefined);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async getItem(id: number): Promise<INavnenytItem> {
    const zone = await siteTimeZone(this.sp);
    let row: Row;
    try {
      row = await this.list.items.getById(id).select(...NAVNENYT_SELECT).expand(F.Employee.name)<Row>();
    } catch (e) {
      throw toDataError(e);
    }
    const item = toNavnenytItem(row, this.siteUrl, zone);
    if (!item) throw new DataError('invalid', `Navnenyt ${id} mangler type eller dato`);
    return item;
  }

  /** Approval publishes to every employee: refused (DataError 'declined') when the item holds what the person has since said no to. */
  public async decide(id: number, decision: ApprovalDecision, comment: string, etag: string): Promise<void> {
    if (decision === 'approved') {
      const item = await this.getItem(id);
      const notAllowed = notAllowedNow(item, await this.choicesOf(item.employee?.id));
      if (notAllowed.length > 0) throw new DataError('declined', `Navnenyt ${id} indeholder det, ${item.name} har sagt nej til: ${notAllowed.join(', ')}`);
    }
    try {
      await this.list.items.getById(id).update(
        { [BuiltIn.ModerationStatus.name]: approvalToCode(decision), [BuiltIn.ModerationComments.name]: comment.trim().normalize('NFC') },
        etag,
      );
    } catch (e) {
      throw toDataError(e);
    }
  }
}
