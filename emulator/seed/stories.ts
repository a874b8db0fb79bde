import { addDays, isoWeekday } from './dates';
import { IDemoEmployee } from './employees';
import { fillText } from './fill';
import { heroImage, ISeedImage } from './images';
import { toAscii } from './names';
import { IDemoPrivacy } from './privacy';
import { IRandom } from './prng';
import { STORIES_A } from './storiesA';
import { STORIES_B } from './storiesB';
import { STORIES_C } from './storiesC';
import { IStoryText } from './storyTypes';
import { StoryTheme } from '../../src/features/stories/domain/models';

export const STORY_TEXTS: readonly IStoryText[] = [...STORIES_A, ...STORIES_B, ...STORIES_C];

export interface IDemoStory {
  readonly title: string;
  readonly teaser: string;
  /** Simple HTML paragraphs. */
  readonly body: string;
  readonly hero: ISeedImage;
  readonly theme: StoryTheme;
  readonly area: string;
  readonly place: string;
  readonly publishDate: string;
  featured: boolean;
  readonly peopleIndexes: readonly number[];
  /** False for a draft: a page communications has not published yet. */
  published: boolean;
  /** The page's file name in Webstedssider, e.g. `naar-frosten-kommer.aspx`. */
  readonly fileName: string;
}

/** Drafts among the newest stories, and how many of the published ones are featured. */
export const DRAFT_COUNT = 3;
export const FEATURED_COUNT = 4;

/** The job title of the person a story is about, where the text names the job. */
const TITLE_OF_STORY: Readonly<Record<string, string>> = {
  'Fra storby til skolevej: Familien valgte Allingåbro': 'lærer',
  'Den lille skole med det store fællesskab': 'lærer',
  'Sygeplejersken, der flyttede hjem igen': 'sygeplejerske',
  'Biblioteket hjælper iværksættere i gang': 'bibliotekar',
  'Når frosten kommer: 400 kilometer vej skal saltes': 'vejmand',
  'Elbiler i hjemmeplejen: Stille på landevejen': 'social- og sundhedshjælper',
  'Fra hjælper til assistent – på fuld løn': 'social- og sundhedshjælper',
  'Nye lærere får en mentor det første år': 'lærer',
  'Pædagogstuderende vil gerne blive hos os': 'pædagog',
  'Socialrådgivere med tid til borgerne': 'socialrådgiver',
  'Rengøring med mindre kemi': 'rengøringsassistent',
  'Mindre madspild på plejecentret': 'køkkenassistent',
  'En dag med nattevagten': 'social- og sundhedsassistent',
  'Pedellen, der kender alle': 'pedel',
  'Vej og Park: En arbejdsdag i alt slags vejr': 'vejmand',
  'Strandene bliver passet hele året': 'anlægsgartner',
};

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function choosePerson(
  text: IStoryText,
  candidates: readonly IDemoEmployee[],
  used: Set<number>,
): IDemoEmployee | undefined {
  const title = TITLE_OF_STORY[text.title];
  const tests: ((e: IDemoEmployee) => boolean)[] = [
    (e) => e.area === text.area && e.town === text.place && (!title || e.jobTitle === title),
    (e) => e.area === text.area && (!title || e.jobTitle === title),
    (e) => !!title && e.jobTitle === title,
    (e) => e.area === text.area && e.town === text.place,
    (e) => e.area === text.area,
  ];
  for (const test of tests) {
    const found = candidates.find((e) => !used.has(e.index) && test(e));
    if (found) {
      used.add(found.index);
      return found;
    }
  }
  return undefined;
}

/** Publishes on weekdays only: a Saturday or Sunday moves back to Friday. */
function weekday(iso: string): string {
  const wd = isoWeekday(iso);
  return wd <= 5 ? iso : addDays(iso, 5 - wd);
}

export function generateStories(
  random: IRandom,
  employees: readonly IDemoEmployee[],
  privacyByIndex: ReadonlyMap<number, IDemoPrivacy>,
  today: string,
): IDemoStory[] {
  // Only colleagues who said yes to portrait text and photo on the intranet are featured.
  const candidates = random.shuffle(
    employees.filter((e) => {
      const p = privacyByIndex.get(e.index);
      return !e.endDate && e.startDate < today && p !== undefined && p.choices.intranet.portraitText && p.choices.intranet.photo;
    }),
  );
  const used = new Set<number>();
  const order = random.shuffle(STORY_TEXTS.map((_, i) => i));
  const ageRank = new Map(order.map((textIndex, rank) => [textIndex, rank]));
  // Spread over the last year, newest first in rank order.
  const step = Math.max(1, Math.floor(350 / STORY_TEXTS.length));
  const stories = STORY_TEXTS.map((text, i): IDemoStory => {
    const rank = ageRank.get(i) ?? i;
    const person = choosePerson(text, candidates, used);
    const extra = random.chance(0.3) ? choosePerson({ ...text, title: '' }, candidates, used) : undefined;
    const fill = (s: string): string => (person ? fillText(s, person) : s.replace(/\{[a-zæøå]+\}s?/g, 'en kollega'));
    const slug = toAscii(text.title).replace(/\./g, '').slice(0, 48).replace(/-$/, '');
    return {
      title: fill(text.title),
      teaser: fill(text.teaser),
      body: text.body.map((p) => `<p>${escapeHtml(fill(p))}</p>`).join(''),
      hero: heroImage(`${String(i + 1).padStart(2, '0')}-${slug}`, text.motif),
      theme: text.theme,
      area: text.area,
      place: text.place,
      publishDate: weekday(addDays(today, -(1 + rank * step + random.int(0, step - 1)))),
      featured: false,
      peopleIndexes: [person, extra].filter((p): p is IDemoEmployee => p !== undefined).map((p) => p.index),
      published: true,
      fileName: `${slug.toLowerCase()}.aspx`,
    };
  });
  const newest = stories.slice().sort((a, b) => b.publishDate.localeCompare(a.publishDate));
  // The newest few are drafts communications is still working on; a few recent published ones are featured.
  for (const s of newest.slice(0, DRAFT_COUNT)) s.published = false;
  for (const s of random.shuffle(newest.slice(DRAFT_COUNT, DRAFT_COUNT + 9)).slice(0, FEATURED_COUNT)) s.featured = true;
  return stories;
}
