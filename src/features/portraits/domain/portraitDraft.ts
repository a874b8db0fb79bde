/**
 * A portrait as communications writes it in the studio, its checks, the focal point's keyboard moves and the e-mail
 * that asks the person for consent. Pure.
 *
 * Rules:
 * - The person (a site user with an e-mail), the profession or a job title, the workplace, the quote and a public link
 *   (sharing.ts: never an intranet address) are required; a photo needs its alternative text; the photo is JPEG or PNG
 *   of at most 5 MB before it is scaled in the browser.
 * - The focal point moves 5 % per arrow key (1 % with Shift) and stays inside the photo.
 * - *Bed om samtykke* writes to the person, in Danish, naming the channels and linking to Mine valg.
 */
import type { IPersonRef } from '../../../shared/domain/models';
import { fillTemplate } from '../../../shared/domain/templates';
import { validFocus } from './crops';
import { publicLinkProblem } from './sharing';
import type { LinkProblem } from './sharing';
import type { IFocalPoint, Profession } from './models';

export interface IPortraitDraft {
  readonly employee?: IPersonRef;
  readonly profession?: Profession;
  readonly jobTitle: string;
  readonly workplace: string;
  readonly area: string;
  readonly quote: string;
  readonly story: string;
  readonly jobAdvertUrl: string;
  /** The photo: one already stored (url), or one chosen now (its file's type and size). */
  readonly photo?: { readonly url?: string; readonly type?: string; readonly size?: number };
  readonly photoAlt: string;
  readonly focus: IFocalPoint;
}

export type DraftField = 'employee' | 'profession' | 'workplace' | 'quote' | 'story' | 'jobAdvertUrl' | 'photo' | 'photoAlt';

export type DraftProblem =
  | 'required'
  | 'noEmail'
  | 'tooLong'
  | 'photoType'
  | 'photoSize'
  | LinkProblem;

export const MAX_QUOTE = 300;
export const MAX_STORY = 5000;
export const MAX_ALT = 250;
export const MAX_PHOTO_BYTES = 5 * 1024 * 1024;

/** Each field's problem; empty when the draft can be saved. Field order is the form's. */
export function checkDraft(draft: IPortraitDraft, siteUrl: string): Partial<Record<DraftField, DraftProblem>> {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  if (!draft.employee) problems.employee = 'required';
  else if (!draft.employee.email) problems.employee = 'noEmail';
  if (!draft.profession && !draft.jobTitle.trim()) problems.profession = 'required';
  if (!draft.workplace.trim()) problems.workplace = 'required';
  if (!draft.quote.trim()) problems.quote = 'required';
  else if (Array.from(draft.quote.trim()).length > MAX_QUOTE) problems.quote = 'tooLong';
  if (Array.from(draft.story.trim()).length > MAX_STORY) problems.story = 'tooLong';
  const link = publicLinkProblem(draft.jobAdvertUrl, siteUrl);
  if (link) problems.jobAdvertUrl = link === 'empty' ? 'required' : link;
  if (draft.photo) {
    if (draft.photo.type !== undefined && !/^image\/(jpeg|png)$/i.test(draft.photo.type)) problems.photo = 'photoType';
    else if (draft.photo.size !== undefined && draft.photo.size > MAX_PHOTO_BYTES) problems.photo = 'photoSize';
    if (!draft.photoAlt.trim()) problems.photoAlt = 'required';
    else if (Array.from(draft.photoAlt.trim()).length > MAX_ALT) problems.photoAlt = 'tooLong';
  }
  return problems;
}

const STEP = 0.05;
const FINE_STEP = 0.01;

/** The focal point after an arrow key (Home: the centre); undefined for other keys. */
export function moveFocus(focus: IFocalPoint, key: string, fine: boolean): IFocalPoint | undefined {
  const step = fine ? FINE_STEP : STEP;
  const round = (n: number): number => Math.round(n * 100) / 100;
  const moves: Readonly<Record<string, [number, number]>> = { ArrowLeft: [-step, 0], ArrowRight: [step, 0], ArrowUp: [0, -step], ArrowDown: [0, step] };
  if (key === 'Home') return { x: 0.5, y: 0.5 };
  const move = moves[key];
  if (!move) return undefined;
  const next = validFocus({ x: focus.x + move[0], y: focus.y + move[1] });
  return { x: round(next.x), y: round(next.y) };
}

/** The focal point where a pointer is, from its position in the shown photo's box. */
export function focusAt(offsetX: number, offsetY: number, boxWidth: number, boxHeight: number): IFocalPoint {
  if (!(boxWidth > 0 && boxHeight > 0)) return { x: 0.5, y: 0.5 };
  const next = validFocus({ x: offsetX / boxWidth, y: offsetY / boxHeight });
  return { x: Math.round(next.x * 100) / 100, y: Math.round(next.y * 100) / 100 };
}

/** The Danish e-mail asking for consent: {firstName}, {channels}, {link}. */
export interface IConsentMailTemplate {
  readonly subject: string;
  readonly body: string;
}

/** A mailto: address that opens the e-mail to the person, or undefined without their e-mail. */
export function consentRequestMailto(person: IPersonRef, channels: string, myChoicesUrl: string, template: IConsentMailTemplate): string | undefined {
  if (!person.email) return undefined;
  const firstName = person.name.trim().split(/\s+/)[0] ?? person.name;
  const values = { firstName, name: person.name, channels, link: myChoicesUrl };
  const subject = encodeURIComponent(fillTemplate(template.subject, values));
  const body = encodeURIComponent(fillTemplate(template.body, values).replace(/\r?\n/g, '\r\n'));
  return `mailto:${encodeURIComponent(person.email).replace('%40', '@')}?subject=${subject}&body=${body}`;
}
