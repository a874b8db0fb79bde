/**
 * People featured in a story decide too: a story is not shown while a featured person has said no to portrait text on
 * the intranet, or to photo on the intranet when the banner shows them. A person without saved choices has not
 * withdrawn anything (communications wrote the story with their agreement). Pure; the choices are read on every load.
 */
import { isAllowed } from '../../privacy';
import type { IPrivacyChoices } from '../../privacy';
import type { IPersonRef } from '../../../shared/domain/models';
import type { IStory } from './models';

export type ConsentProblem = 'portraitText' | 'photo';

export interface IPersonConsentProblem {
  readonly person: IPersonRef;
  readonly missing: ConsentProblem;
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('da');
}

/** The banner shows a person when its alt text names them (alt text describes who is in the picture). */
export function bannerShows(story: IStory, person: IPersonRef): boolean {
  const alt = story.heroImage?.alt;
  return !!alt && !!person.name.trim() && fold(alt).includes(fold(person.name.trim()));
}

/** The featured people whose current choices the story no longer meets. */
export function consentProblems(story: IStory, choices: ReadonlyMap<number, IPrivacyChoices>): IPersonConsentProblem[] {
  const problems: IPersonConsentProblem[] = [];
  for (const person of story.people) {
    const c = choices.get(person.id);
    if (c === undefined) continue;
    if (!isAllowed(c, 'intranet', 'portraitText')) problems.push({ person, missing: 'portraitText' });
    else if (bannerShows(story, person) && !isAllowed(c, 'intranet', 'photo')) problems.push({ person, missing: 'photo' });
  }
  return problems;
}

/** The stories every featured person still allows, in their order. */
export function storiesAllowed(stories: readonly IStory[], choices: ReadonlyMap<number, IPrivacyChoices>): IStory[] {
  return stories.filter((s) => consentProblems(s, choices).length === 0);
}
