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

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function isCapitals(term: string): boolean {
  return /\p{L}/u.test(term) && term === term.toUpperCase();
}

/** The terms found in the text, with how often, in the list's order. */
export function findJargon(text: string, terms: readonly string[]): IJargonHit[] {
  const normalized = text.normalize('NFC');
  const hits: IJargonHit[] = [];
  for (const term of terms) {
    const body = escapeRegExp(term.normalize('NFC'));
    const tail = isCapitals(term) && /[\p{L}\p{N}]$/u.test(term) ? '(?![\\p{L}\\p{N}])' : '';
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${body}${tail}`, isCapitals(term) ? 'gu' : 'giu');
    const count = normalized.match(pattern)?.length ?? 0;
    if (count > 0) hits.push({ term, count });
  }
  return hits;
}
