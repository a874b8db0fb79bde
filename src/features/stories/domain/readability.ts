/**
 * Danish readability: LIX = words ÷ sentences + (long words × 100) ÷ words, a long word having more than six letters.
 * Sentences end at `.`, `:`, `!`, `?` and at paragraph breaks; abbreviations (bl.a., f.eks., …), initials and the
 * dots of numbers ("5.678", "17. maj") do not end one. Headings and bullet lists are the caller's to leave out: this
 * takes the page's running paragraphs. Pure.
 */

export type LixBand = 'veryEasy' | 'easy' | 'medium' | 'hard' | 'veryHard';

export interface ISentence {
  readonly text: string;
  readonly words: number;
}

export interface ILixResult {
  readonly words: number;
  readonly sentences: number;
  readonly longWords: number;
  /** Rounded to a whole number; undefined for texts too short to give a meaningful figure. */
  readonly score?: number;
  readonly band?: LixBand;
  /** The longest sentences, longest first (at most three, only those of at least `LONG_SENTENCE_WORDS` words). */
  readonly longestSentences: readonly ISentence[];
}

/** Below this many words LIX says nothing useful. */
export const MIN_LIX_WORDS = 30;
/** A sentence this long is worth a look. */
export const LONG_SENTENCE_WORDS = 25;
/** The intranet's tone, "let og uformel": warn above this (a setting of the story check). */
export const DEFAULT_LIX_WARNING = 40;

/** Abbreviations whose dot never ends a sentence (lower case, without dots). */
const ABBREVIATIONS = new Set([
  'bl.a', 'dvs', 'f.eks', 'fx', 'ca', 'kl', 'nr', 'jf', 'pga', 'evt', 'inkl', 'ekskl', 'mht', 'hhv', 'ifm', 'iflg', 'vedr',
  'tlf', 'stk', 'pkt', 'bla', 'mfl', 'ang', 'dok', 'ift', 'mhp', 'pt', 'o.l', 'o.lign', 'f.x', 'el', 'gl', 'st', 'sk',
]);
/** Abbreviations that often close a sentence: they end one when a capitalised word follows. */
const CLOSING_ABBREVIATIONS = new Set(['osv', 'mv', 'm.v', 'm.fl', 'etc', 'o.a']);

const LETTER = /\p{L}/u;

function isWord(token: string): boolean {
  return /[\p{L}\p{N}]/u.test(token);
}

function letters(token: string): number {
  let n = 0;
  for (const ch of token) if (LETTER.test(ch)) n++;
  return n;
}

function startsUpper(token: string | undefined): boolean {
  const first = token?.replace(/^[«»"'“”„([–-]+/u, '')[0];
  return first !== undefined && first !== first.toLowerCase() && first === first.toUpperCase();
}

/** Whether `token` (ending in a full stop) ends the sentence, given the next token. */
function fullStopEnds(token: string, next: string | undefined): boolean {
  if (next === undefined) return true;
  const bare = token.replace(/^[«»"'“”„([]+/u, '').replace(/\.$/, '').toLowerCase();
  if (ABBREVIATIONS.has(bare)) return false;
  if (CLOSING_ABBREVIATIONS.has(bare)) return startsUpper(next);
  // Initials ("H.C. Andersen", "A. Jensen").
  if (/^(\p{Lu}\.)*\p{Lu}$/u.test(token.replace(/\.$/, ''))) return false;
  // Ordinals and dates ("17. maj", "den 3. december"): only a capitalised word after them starts a new sentence.
  if (/^\d+$/.test(bare)) return startsUpper(next);
  return true;
}

/** One paragraph's sentences. */
function paragraphSentences(paragraph: string): ISentence[] {
  const tokens = paragraph.normalize('NFC').split(/\s+/).filter(Boolean);
  const out: ISentence[] = [];
  let current: string[] = [];
  const close = (): void => {
    const words = current.filter(isWord).length;
    if (words > 0) out.push({ text: current.join(' '), words });
    current = [];
  };
  tokens.forEach((token, i) => {
    current.push(token);
    const end = token.replace(/[»"'“”)\]]+$/u, '');
    if (/[!?:]$/.test(end) || /…$/.test(end)) {
      if (!/…$/.test(end) || startsUpper(tokens[i + 1])) close();
    } else if (/\.$/.test(end) && fullStopEnds(end, tokens[i + 1])) close();
  });
  close();
  return out;
}

/** The sentences of the paragraphs, in order. */
export function splitSentences(paragraphs: readonly string[]): ISentence[] {
  return paragraphs.flatMap(paragraphSentences);
}

/** The words of a text: runs without spaces holding a letter or digit; "SOSU-assistent" is one word. */
export function wordsOf(text: string): string[] {
  return text
    .normalize('NFC')
    .split(/\s+/)
    .map((t) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(isWord);
}

export function lixBand(score: number): LixBand {
  if (score <= 24) return 'veryEasy';
  if (score <= 34) return 'easy';
  if (score <= 44) return 'medium';
  if (score <= 54) return 'hard';
  return 'veryHard';
}

export function lix(paragraphs: readonly string[]): ILixResult {
  const sentences = splitSentences(paragraphs);
  const words = sentences.flatMap((s) => wordsOf(s.text));
  const longWords = words.filter((w) => letters(w) > 6).length;
  const longestSentences = [...sentences]
    .filter((s) => s.words >= LONG_SENTENCE_WORDS)
    .sort((a, b) => b.words - a.words)
    .slice(0, 3);
  if (words.length < MIN_LIX_WORDS || sentences.length === 0) {
    return { words: words.length, sentences: sentences.length, longWords, longestSentences };
  }
  const score = Math.round(words.length / sentences.length + (longWords * 100) / words.length);
  return { words: words.length, sentences: sentences.length, longWords, score, band: lixBand(score), longestSentences };
}
