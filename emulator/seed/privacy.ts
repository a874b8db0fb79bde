import { IDemoEmployee } from './employees';
import { IRandom } from './prng';
import { LinkedInStatus } from '../../src/features/portraits/domain/models';
import { ConsentCategory, ConsentChannel, ConsentMatrix, CONSENT_CATEGORIES } from '../../src/features/privacy/domain/models';

export interface IDemoPrivacy {
  readonly employeeIndex: number;
  readonly choices: ConsentMatrix;
  readonly consentTextVersion: string;
  readonly registeredBy: 'Selvbetjening' | 'HR';
}

/**
 * Probability of yes per category on the intranet and LinkedIn. Facebook is not drawn (so the demo data stays what it
 * was before the channel came): everyone says no there, except the portrayed, who say on Facebook what they say on LinkedIn.
 */
const YES: Readonly<Record<Exclude<ConsentChannel, 'facebook'>, Readonly<Record<ConsentCategory, number>>>> = {
  intranet: { birthday: 0.9, age: 0.72, jubilee: 0.95, newColleague: 0.93, retirement: 0.92, photo: 0.78, portraitText: 0.85 },
  linkedIn: { birthday: 0.02, age: 0.01, jubilee: 0.08, newColleague: 0.1, retirement: 0.05, photo: 0.07, portraitText: 0.08 },
};

export const CONSENT_TEXT_VERSIONS: readonly string[] = ['2024.1', '2025.1'];

/** Share of employees with a privacy-choices item. */
export const PRIVACY_COVERAGE = 0.9;

function draw(random: IRandom, channel: Exclude<ConsentChannel, 'facebook'>): Record<ConsentCategory, boolean> {
  const result = {} as Record<ConsentCategory, boolean>;
  for (const category of CONSENT_CATEGORIES) result[category] = random.chance(YES[channel][category]);
  // Showing one's age presupposes showing the birthday.
  if (!result.birthday) result.age = false;
  return result;
}

export function generatePrivacy(
  random: IRandom,
  employees: readonly IDemoEmployee[],
  portraitStatus: ReadonlyMap<number, LinkedInStatus>,
): IDemoPrivacy[] {
  const items: IDemoPrivacy[] = [];
  for (const e of employees) {
    const status = portraitStatus.get(e.index);
    const hasItem = random.chance(PRIVACY_COVERAGE);
    const intranet = draw(random, 'intranet');
    const linkedIn = draw(random, 'linkedIn');
    const registeredBy: 'Selvbetjening' | 'HR' = random.chance(0.85) ? 'Selvbetjening' : 'HR';
    const consentTextVersion = random.chance(0.7) ? CONSENT_TEXT_VERSIONS[1] : CONSENT_TEXT_VERSIONS[0];
    if (!hasItem && status === undefined) continue;
    if (status !== undefined) {
      // Portraits need the intranet consents; LinkedIn follows the portrait's status.
      intranet.photo = true;
      intranet.portraitText = true;
      const onLinkedIn = status === 'shared' || status === 'readyToShare';
      linkedIn.photo = onLinkedIn;
      linkedIn.portraitText = onLinkedIn;
    }
    const facebook = Object.fromEntries(CONSENT_CATEGORIES.map((c) => [c, false])) as Record<ConsentCategory, boolean>;
    if (status !== undefined) {
      facebook.photo = linkedIn.photo;
      facebook.portraitText = linkedIn.portraitText;
    }
    items.push({ employeeIndex: e.index, choices: { intranet, linkedIn, facebook }, consentTextVersion, registeredBy });
  }
  return items;
}

/** Whether the choices allow a category on the intranet; no item means no recorded consent. */
export function allowsIntranet(privacy: IDemoPrivacy | undefined, category: ConsentCategory): boolean {
  return privacy !== undefined && privacy.choices.intranet[category];
}
