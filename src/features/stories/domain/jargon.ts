/**
 * Insider jargon: terms communications keeps as a setting (one per line or separated by commas). A term in capitals
 * ("MED", "SOSU") matches only in capitals, so the preposition "med" is no hit; other terms match in any case. A
 * term matches from the start of a word: an abbreviation as the whole word or the first part of a hyphenated word
 * ("MED-udvalget"), another term also inflected or compounded ("kerneopgaverne", "implementeringsplanen"). Pure.
 */

/** Typical municipal abbreviations and in-house words, the setting's default. */
export const DEFAULT_JARGON: readonly string[] = [
  'MED', 'HMU', 'LMU', 'AMR', 'TR', 'APV', 'SOSU', 'BUF', 'PPR', 'KKR', 'KL', 'ESDH', 'SBSYS', 'FLIS', 'OPUS', 'BBR',
  'UU', 'FGU', 'DUT', 'ØD', 'jf.', 'ift.', 'mhp.', 'vedr.', 'kerneopgave', 'borgerrettet', 'implementering',
];

export interface IJargonHit {
  readonly term: string;
  readonly count: number;
}

/** The setting's text as terms (trimmed, NFC, duplicates dropped). */
export function parseJargon(setting: string | undefined): string[] {
  const terms = (setting ?? '')
    .split(/[\n,;]+/)
    .map((t) => t.trim().normalize('NFC'))
    .filter(Boolean);
  return [...new Set(terms)];
}

/** A run of letters and digits: a word, or the part of a word between hyphens and dots. */
const WORD = /[\p{L}\p{N}]+/gu;
const WORD_CHAR = /^[\p{L}\p{N}]/u;

function isCapitals(term: string): boolean {
  return /\p{L}/u.test(term) && term === term.toUpperCase();
}

/** Where each word of the text starts and ends. */
function wordsIn(text: string): { readonly start: number; readonly end: number }[] {
  return Array.from(text.matchAll(WORD), (m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
}

/**
 * The terms found in the text, with how often, in the list's order. The text is split into words once and each term
 * compared at the start of each word: a regular expression per term with Unicode classes took longer to compile than
 * a whole story takes to check (a fifth of a second on a slow phone, at the first check of a page).
 */
export function findJargon(text: string, terms: readonly string[]): IJargonHit[] {
  const normalized = text.normalize('NFC');
  const words = wordsIn(normalized);
  const hits: IJargonHit[] = [];
  for (const term of terms) {
    const body = term.normalize('NFC');
    if (!WORD_CHAR.test(body)) continue;
    const capitals = isCapitals(body);
    // A capitals term ending in a letter or digit is a whole word, or the first part of a hyphenated one.
    const whole = capitals && WORD_CHAR.test(body.slice(-1));
    const wanted = capitals ? body : body.toLowerCase();
    let count = 0;
    for (const { start } of words) {
      const found = capitals ? normalized.startsWith(wanted, start) : normalized.slice(start, start + body.length).toLowerCase() === wanted;
      if (!found) continue;
      if (whole && WORD_CHAR.test(normalized.slice(start + body.length, start + body.length + 2))) continue;
      count++;
    }
    if (count > 0) hits.push({ term, count });
  }
  return hits;
}
