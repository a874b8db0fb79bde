/**
 * THE list of web parts on the local front page: their definitions, in page order. Adding a web part is adding its
 * definition (src/features/<feature>/webparts/<name>/definition.ts) here; the SPFx class reads the same object.
 */
import { EMPLOYEE_IMPORT } from '../../../src/features/employees/webparts/employeeImport/definition';
import { INSIGHTS } from '../../../src/features/insights/webparts/insights/definition';
import { APPROVE } from '../../../src/features/navnenyt/webparts/approveNavnenyt/definition';
import { NAVNENYT } from '../../../src/features/navnenyt/webparts/navnenyt/definition';
import { SUBMIT } from '../../../src/features/navnenyt/webparts/submitNavnenyt/definition';
import { PORTRAIT_STUDIO } from '../../../src/features/portraits/webparts/portraitStudio/definition';
import { PORTRAITS } from '../../../src/features/portraits/webparts/portraits/definition';
import { MY_CHOICES } from '../../../src/features/privacy/webparts/myChoices/definition';
import { SETUP } from '../../../src/features/setup/webparts/setup/definition';
import { STORIES } from '../../../src/features/stories/webparts/stories/definition';
import { STORY_CHECK } from '../../../src/features/stories/webparts/storyCheck/definition';
import type { AnyWebPartDefinition, IWebPartInstance } from './types';

export const WEB_PARTS: readonly AnyWebPartDefinition[] = [STORIES, NAVNENYT, PORTRAITS, MY_CHOICES, SUBMIT, APPROVE, STORY_CHECK, INSIGHTS, EMPLOYEE_IMPORT, PORTRAIT_STUDIO, SETUP];

/**
 * The web parts placed on the page: one of each, or `copies` of each (`?copies=2`), as an editor may put two Navnenyt
 * web parts on one page (one per area). The first copy's instance id is the web part's id, the next ones `<id>-2`, …
 */
export function placements(copies = 1): IWebPartInstance[] {
  const n = Math.max(1, Math.min(3, Math.floor(copies) || 1));
  return WEB_PARTS.flatMap((definition) => Array.from({ length: n }, (_x, i) => ({ instanceId: i === 0 ? definition.id : `${definition.id}-${i + 1}`, definition })));
}
