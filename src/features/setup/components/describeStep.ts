/** A step of the set-up in words, in the page's language. */
import { fill } from '../../../shared/components/common/format';
import type { GroupRef, RoleRef } from '../domain/permissions';
import type { SetupStep } from '../domain/steps';
import type { ISetupTexts } from '../loc/setupTexts';

export function groupName(g: GroupRef, texts: ISetupTexts['setup']): string {
  return g.kind === 'associated' ? texts.siteGroups[g.which] : g.name;
}

export function roleName(r: RoleRef, texts: ISetupTexts['setup']): string {
  return r.kind === 'type' ? texts.roleTypes[r.type] : r.name;
}

export function describeStep(step: SetupStep, texts: ISetupTexts['setup']): string {
  const t = texts.steps;
  switch (step.kind) {
    case 'siteColumn':
      return fill(t.siteColumn, step.column.title, step.column.name);
    case 'contentType':
      return fill(t.contentType, step.contentType.name);
    case 'contentTypeColumn':
      return fill(t.contentTypeColumn, step.contentType.name, step.column);
    case 'list':
      return fill(t.list, step.list.title, step.list.url);
    case 'listColumn':
      return fill(t.listColumn, step.list.title, step.column.name);
    case 'listContentType':
      return fill(t.listContentType, step.list.title, step.contentType.name);
    case 'index':
      return fill(t.index, step.list.title, step.column.name);
    case 'listSettings':
      return fill(t.listSettings, step.list.title, (Object.keys(step.changes) as (keyof typeof texts.settings)[]).map((k) => texts.settings[k]).join(', ') || '–');
    case 'pagesContentType':
      return fill(t.pagesContentType, step.contentType.name);
    case 'listPermissions':
      return fill(t.listPermissions, step.list.title, step.all.map((a) => `${groupName(a.plan.group, texts)}: ${roleName(a.plan.role, texts)}`).join(', '));
  }
}
