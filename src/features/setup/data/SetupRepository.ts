/**
 * The set-up's PnPjs writer: reads what the site has (columns, content types with their columns, the lists with their
 * settings, columns, content types and indexes, the pages library's content types) and takes one step at a time —
 * `createFieldAsXml` with the XML's own `<Field>` element (AddFieldInternalNameHint, so the internal name is the
 * XML's Name), `contentTypes.add` with the XML's id, a content type's column as a field link, `lists.add` and the list's
 * settings, `addAvailableContentType`, and `Indexed: true`. Every error leaves as a DataError.
 */
import type { SPFI } from '@pnp/sp';
import { body, headers } from '@pnp/queryable';
import { spPost } from '@pnp/sp';
import '@pnp/sp/webs';
import '@pnp/sp/lists';
import '@pnp/sp/fields';
import '@pnp/sp/content-types';
import '@pnp/sp/security/web';
import '@pnp/sp/security/list';
import '@pnp/sp/site-groups/web';
import '@pnp/sp/site-users/web';
import { PermissionKind } from '@pnp/sp/security';
import type { IList } from '@pnp/sp/lists';
import { toDataError } from '../../../shared/data/errors';
import { groupKey, roleKey, SetupProblem } from '../domain/permissions';
import type { GroupRef } from '../domain/permissions';
import type { IListSettings, IListPlan, ISetupPlan } from '../domain/plan';
import type { StepOutcome } from '../domain/run';
import type { IListState, IPermissionState, ISiteState, SetupStep } from '../domain/steps';
import type { ISetupRepository } from './ISetupRepository';

/** SharePoint's AddFieldOptions.AddFieldInternalNameHint: the field's Name attribute becomes its internal name. */
const INTERNAL_NAME_HINT = 8;

const SETTINGS_SELECT: readonly (keyof IListSettings)[] = ['Title', 'EnableVersioning', 'EnableModeration', 'DraftVersionVisibility', 'ReadSecurity', 'WriteSecurity', 'ValidationFormula', 'ValidationMessage'];


export class SetupRepository implements ISetupRepository {
  private readonly webPath: string;

  public constructor(private readonly sp: SPFI, siteUrl: string) {
    this.webPath = new URL(siteUrl).pathname.replace(/\/$/, '');
  }

  public async mayRunSetup(): Promise<boolean> {
    try {
      const mask = await this.sp.web.getCurrentUserEffectivePermissions();
      return this.sp.web.hasPermissions(mask, PermissionKind.ManageWeb) && this.sp.web.hasPermissions(mask, PermissionKind.ManageLists);
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async readState(plan: ISetupPlan): Promise<ISiteState> {
    try {
      const [columns, contentTypes] = await Promise.all([
        this.sp.web.fields.select('InternalName')<{ InternalName: string }[]>(),
        this.sp.web.contentTypes.select('StringId')<{ StringId: string }[]>(),
      ]);
      const ours = contentTypes.filter((ct) => plan.contentTypes.some((p) => p.id.toLowerCase() === ct.StringId.toLowerCase()));
      const withColumns = await Promise.all(ours.map(async (ct) => ({ id: ct.StringId, fields: await this.contentTypeColumns(ct.StringId) })));
      const lists = await Promise.all(plan.lists.map((l) => this.readList(l.url)));
      const pages = await this.found(this.list('SitePages').contentTypes.select('StringId')<{ StringId: string }[]>());
      return {
        siteColumns: columns.map((c) => c.InternalName),
        contentTypes: withColumns,
        lists: lists.filter((l): l is IListState => l !== undefined),
        pagesLibrary: pages ? { contentTypes: pages.map((c) => c.StringId) } : null,
        permissions: await this.readPermissions(plan),
      };
    } catch (e) {
      throw toDataError(e);
    }
  }

  public async apply(step: SetupStep): Promise<StepOutcome> {
    try {
      return await this.take(step);
    } catch (e) {
      // What the site lacks is told as such; everything else is SharePoint's answer.
      if (e instanceof SetupProblem) throw e;
      throw toDataError(e);
    }
  }

  private async take(step: SetupStep): Promise<StepOutcome> {
    switch (step.kind) {
      case 'siteColumn':
        await this.sp.web.fields.createFieldAsXml({ SchemaXml: step.column.schemaXml, Options: INTERNAL_NAME_HINT });
        return 'created';
      case 'contentType':
        await this.sp.web.contentTypes.add(step.contentType.id, step.contentType.name, step.contentType.description, step.contentType.group);
        return 'created';
      case 'contentTypeColumn': {
        // SharePoint's REST takes an SP.FieldLink in the verbose format here (there is no "add" on the URL).
        const links = this.sp.web.contentTypes.getById(step.contentType.id).fieldLinks;
        await spPost(links, body({ __metadata: { type: 'SP.FieldLink' }, FieldInternalName: step.column, Hidden: false, Required: false }, headers({ 'Content-Type': 'application/json;odata=verbose' })));
        return 'created';
      }
      case 'list':
        await this.createList(step.list);
        return 'created';
      case 'listSettings':
        await this.list(step.list.url).update(step.changes);
        return 'updated';
      case 'listColumn':
        await this.list(step.list.url).fields.createFieldAsXml({ SchemaXml: step.column.schemaXml, Options: INTERNAL_NAME_HINT });
        return 'created';
      case 'listContentType':
        await this.list(step.list.url).contentTypes.addAvailableContentType(step.contentType.id);
        return 'created';
      case 'index':
        await this.list(step.list.url).fields.getByInternalNameOrTitle(step.column.name).update({ Indexed: true }, 'SP.Field');
        return 'created';
      case 'pagesContentType':
        await this.list('SitePages').contentTypes.addAvailableContentType(step.contentType.id);
        return 'created';
      case 'listPermissions':
        return this.setPermissions(step);
    }
  }

  /**
   * A list's own permissions: inheritance broken without copying the web's (SharePoint leaves the caller with Full
   * Control), the plan's assignments added, and the caller's own Full Control removed again when the plan does not
   * give it (the caller keeps their rights as a site owner). A group or level the site lacks stops here, before any
   * change, with what to make.
   */
  private async setPermissions(step: Extract<SetupStep, { kind: 'listPermissions' }>): Promise<StepOutcome> {
    for (const a of step.all) {
      if (a.principalId === undefined) throw new SetupProblem('missingGroup', a.plan.group.kind === 'named' ? a.plan.group.name : a.plan.group.which);
      if (a.roleId === undefined) throw new SetupProblem('missingRole', a.plan.role.kind === 'named' ? a.plan.role.name : String(a.plan.role.type));
    }
    const list = this.list(step.list.url);
    if (step.breakInheritance) await list.breakRoleInheritance(false, true);
    for (const a of step.missing) await list.roleAssignments.add(a.principalId as number, a.roleId as number);
    if (step.breakInheritance && step.fullControlId !== undefined) {
      const me = await this.sp.web.currentUser.select('Id')<{ Id: number }>();
      const planned = step.all.some((a) => a.principalId === me.Id);
      const now = await list.roleAssignments.select('PrincipalId')<{ PrincipalId: number }[]>();
      if (!planned && now.some((a) => a.PrincipalId === me.Id)) await list.roleAssignments.remove(me.Id, step.fullControlId);
    }
    return step.breakInheritance ? 'created' : 'updated';
  }

  /** The groups and permission levels the plan names, and each planned list's own permissions. */
  private async readPermissions(plan: ISetupPlan): Promise<IPermissionState> {
    const groups: Record<string, number | undefined> = {};
    const group = async (g: GroupRef): Promise<{ Id: number } | undefined> => {
      if (g.kind === 'named') return this.found(this.sp.web.siteGroups.getByName(g.name).select('Id')<{ Id: number }>());
      const which = g.which === 'owners' ? this.sp.web.associatedOwnerGroup : g.which === 'members' ? this.sp.web.associatedMemberGroup : this.sp.web.associatedVisitorGroup;
      return this.found(which.select('Id')<{ Id: number }>());
    };
    const refs = plan.permissions.flatMap((l) => l.assignments);
    for (const a of refs) {
      const key = groupKey(a.group);
      if (!(key in groups)) groups[key] = (await group(a.group))?.Id;
    }
    const defs = await this.sp.web.roleDefinitions.select('Id', 'Name', 'RoleTypeKind')<{ Id: number; Name: string; RoleTypeKind: number }[]>();
    const roles: Record<string, number | undefined> = {};
    for (const a of refs) {
      const r = a.role;
      roles[roleKey(r)] = defs.find((d) => (r.kind === 'type' ? d.RoleTypeKind === r.type : d.Name.toLowerCase() === r.name.toLowerCase()))?.Id;
    }
    roles[roleKey({ kind: 'type', type: 5 })] = defs.find((d) => d.RoleTypeKind === 5)?.Id;
    const lists: Record<string, IPermissionState['lists'][string]> = {};
    for (const l of plan.permissions) {
      const list = this.list(l.url);
      const props = await this.found(list.select('HasUniqueRoleAssignments')<{ HasUniqueRoleAssignments: boolean }>());
      if (!props) continue;
      const assignments = props.HasUniqueRoleAssignments
        ? await list.roleAssignments.expand('RoleDefinitionBindings')<{ PrincipalId: number; RoleDefinitionBindings: { Id: number }[] }[]>()
        : [];
      lists[l.url.toLowerCase()] = { unique: props.HasUniqueRoleAssignments, assignments: assignments.map((a) => ({ principalId: a.PrincipalId, roleIds: a.RoleDefinitionBindings.map((b) => b.Id) })) };
    }
    return { groups, roles, lists };
  }

  /**
   * A new list gets its URL from the title it is created with: created with the URL's name, then given its title and
   * item-level security. Its validation follows its columns (the listSettings step).
   */
  private async createList(plan: IListPlan): Promise<void> {
    const leaf = plan.url.split('/').pop() ?? plan.title;
    const s = plan.settings;
    await this.sp.web.lists.add(leaf, plan.description, plan.template, true, { EnableVersioning: s.EnableVersioning, EnableModeration: s.EnableModeration, DraftVersionVisibility: s.DraftVersionVisibility });
    await this.list(plan.url).update({ Title: s.Title, ReadSecurity: s.ReadSecurity, WriteSecurity: s.WriteSecurity });
  }

  private list(webRelativeUrl: string): IList {
    return this.sp.web.getList(`${this.webPath}/${webRelativeUrl}`);
  }

  private async contentTypeColumns(id: string): Promise<string[]> {
    const links = await this.sp.web.contentTypes.getById(id).fieldLinks.select('Name')<{ Name: string }[]>();
    return links.map((l) => l.Name);
  }

  /** The list at the URL with its settings, columns and content types; undefined when the site has no such list. */
  private async readList(url: string): Promise<IListState | undefined> {
    const list = this.list(url);
    const settings = await this.found(list.select(...SETTINGS_SELECT)<IListSettings>());
    if (!settings) return undefined;
    const [fields, cts] = await Promise.all([
      list.fields.select('InternalName', 'Indexed')<{ InternalName: string; Indexed: boolean }[]>(),
      list.contentTypes.select('StringId')<{ StringId: string }[]>(),
    ]);
    return { url, settings, fields: fields.map((f) => ({ name: f.InternalName, indexed: f.Indexed })), contentTypes: cts.map((c) => c.StringId) };
  }

  /** The answer, or undefined when SharePoint says the thing does not exist (404). */
  private async found<T>(request: Promise<T>): Promise<T | undefined> {
    try {
      return await request;
    } catch (e) {
      if (toDataError(e).kind === 'notFound') return undefined;
      throw e;
    }
  }
}
