/**
 * Indblik's settings: the yearly story targets per theme, and the municipality's areas (direktørområder) and towns, so
 * that one that never appears stands out. Each is a text setting; these parse it.
 */
import { STORY_THEMES } from '../../stories';
import type { StoryTheme } from '../../stories';

/** The strategy's two themes to communicate more about weigh most; every other theme a story a quarter. */
export const DEFAULT_TARGETS: Readonly<Partial<Record<StoryTheme, number>>> = {
  'Fastholdelse, uddannelse og rekruttering': 12,
  'Klima og miljø': 8,
  Bosætning: 4,
  'Erhverv og jobmuligheder': 4,
  'Bolig- og erhvervsgrunde': 4,
  'Partnerskaber og samarbejder': 4,
  Destinationer: 4,
  Infrastruktur: 4,
  'Hverdag og arbejdsliv': 4,
};

/** Norddjurs Kommune's six areas (direktørområder). */
export const DEFAULT_AREAS: readonly string[] = [
  'Social, Sundhed og Omsorg',
  'Børn og Skole',
  'Teknik og Miljø',
  'Kultur og Borgerservice',
  'Økonomi og Personale',
  'Job og Arbejdsmarked',
];

/** The towns of Norddjurs ("ikke langt fra Grenaa til Allingåbro"). */
export const DEFAULT_TOWNS: readonly string[] = ['Grenaa', 'Auning', 'Allingåbro', 'Ørsted', 'Glesborg', 'Ørum', 'Trustrup', 'Vivild', 'Bønnerup', 'Fjellerup', 'Anholt'];

/** Names as the setting stores them. */
export function formatNames(names: readonly string[]): string {
  return names.join('; ');
}

/** `Tema: 12` per line (or separated by `;`), as the setting stores them. */
export function formatTargets(targets: Readonly<Partial<Record<StoryTheme, number>>>): string {
  return STORY_THEMES.filter((t) => targets[t] !== undefined)
    .map((t) => `${t}: ${targets[t] ?? 0}`)
    .join('; ');
}

/** The targets from the setting's text; unknown themes and numbers that are not whole and ≥ 0 are left out. */
export function parseTargets(text: string): Partial<Record<StoryTheme, number>> {
  const out: Partial<Record<StoryTheme, number>> = {};
  for (const part of text.split(/[;\n]/)) {
    const at = part.lastIndexOf(':');
    if (at < 0) continue;
    const name = part.slice(0, at).trim().normalize('NFC').toLocaleLowerCase('da');
    const value = Number(part.slice(at + 1).trim());
    const theme = STORY_THEMES.find((t) => t.toLocaleLowerCase('da') === name);
    if (theme && Number.isInteger(value) && value >= 0) out[theme] = value;
  }
  return out;
}

/**
 * Names separated by semicolons or lines (not commas: an area's name may hold one, *Social, Sundhed og Omsorg*);
 * blanks and repeats left out.
 */
export function parseNames(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const raw of text.split(/[;\n]/)) {
    const name = raw.trim().normalize('NFC');
    const key = name.toLocaleLowerCase('da');
    if (name && !seen.has(key)) {
      seen.add(key);
      out.push(name);
    }
  }
  return out;
}
