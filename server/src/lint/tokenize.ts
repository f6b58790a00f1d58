// Cuts a sentence into tokens: words (letters and digits, with inner apostrophes, hyphens and
// periods: "don't", "so-called", "U.S") and single punctuation marks. One forward scan over character
// codes; what a character is (letter, digit, mark, space) is looked up in a table for ASCII and
// asked of Unicode properties once per other character.
import type { Span, Token } from './types';

const OTHER = 0;
const SPACE = 1;
/** A letter or digit: starts or continues a word. */
const LETTER = 2;
/** A combining mark: continues a word, never starts a token. */
const MARK = 3;

const ASCII_KINDS = new Uint8Array(128);
for (let code = 0; code < 128; code++) {
  const c = String.fromCharCode(code);
  ASCII_KINDS[code] = /[A-Za-z0-9]/.test(c) ? LETTER : /\s/.test(c) ? SPACE : OTHER;
}
const kindCache = new Map<number, number>();

function kindOf(codePoint: number): number {
  if (codePoint < 128) return ASCII_KINDS[codePoint];
  let kind = kindCache.get(codePoint);
  if (kind === undefined) {
    const c = String.fromCodePoint(codePoint);
    kind = /[\p{L}\p{N}]/u.test(c) ? LETTER : /\p{M}/u.test(c) ? MARK : /\s/u.test(c) ? SPACE : OTHER;
    kindCache.set(codePoint, kind);
  }
  return kind;
}

function codePointAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  if (code >= 0xd800 && code <= 0xdbff && at + 1 < text.length) {
    const next = text.charCodeAt(at + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return (code - 0xd800) * 0x400 + (next - 0xdc00) + 0x10000;
  }
  return code;
}

/** Apostrophes, hyphens and periods join two runs of letters into one word. */
function isJoiner(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 46 || code === 45;
}

/**
 * The prose of [start, end) lower-cased at once, with ’ read as ', for cutting each token's lower-case
 * form out of it; null when lower-casing changes the length (a few letters, like "İ", become two),
 * and each token is then lower-cased on its own.
 */
export interface LowerCasedProse {
  text: string;
  /** Offset in the prose of `text`'s first character. */
  start: number;
}

export function lowerCaseProse(prose: string, start: number, end: number): LowerCasedProse | null {
  const original = prose.slice(start, end);
  const lower = original.toLowerCase();
  return lower.length === original.length ? { text: lower.replace(/’/g, "'"), start } : null;
}

/**
 * Appends the tokens of one sentence to `into` from index `count` on, and returns the new count. A
 * token object already at an index (one of a finished section's tokens, sections.ts) is filled in
 * again rather than made anew.
 */
export function tokenizeSentence(prose: string, lowerProse: LowerCasedProse | null, sentence: Span, sentenceIndex: number, into: Token[], count: number): number {
  const length = prose.length;
  let i = sentence.start;
  while (i < sentence.end) {
    const code = prose.charCodeAt(i);
    const codePoint = code < 128 ? code : codePointAt(prose, i);
    const kind = code < 128 ? ASCII_KINDS[code] : kindOf(codePoint);
    if (kind === SPACE || kind === MARK) {
      i += codePoint > 0xffff ? 2 : 1;
      continue;
    }
    const start = i;
    i += codePoint > 0xffff ? 2 : 1;
    if (kind === LETTER) i = wordEnd(prose, i, length);
    const lower = lowerProse === null ? lowerCaseToken(prose.slice(start, i)) : lowerProse.text.slice(start - lowerProse.start, i - lowerProse.start);
    const end = Math.min(i, sentence.end);
    const isWord = kind === LETTER;
    const isCapitalized = (code >= 65 && code <= 90) || (code > 127 && code !== 0x2019 && prose[start] !== lower[0]);
    if (count < into.length) {
      const token = into[count];
      token.start = start;
      token.end = end;
      token.lower = lower;
      token.isWord = isWord;
      token.isCapitalized = isCapitalized;
      token.sentence = sentenceIndex;
      token.quote = -1;
      token.shape = wordShape(lower);
    } else {
      into.push({ start, end, lower, isWord, isCapitalized, sentence: sentenceIndex, quote: -1, shape: wordShape(lower) });
    }
    count++;
  }
  return count;
}

/**
 * A word's shape: its length (up to 15), and its first and last characters (five bits of each code).
 * Phrase lists (phraseMatcher.ts) keep a table of their first words' shapes; a token's is worked out
 * here, once, rather than by each of the five lists that look it up.
 */
export function wordShape(word: string): number {
  return (Math.min(word.length, 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

function lowerCaseToken(text: string): string {
  const lower = text.toLowerCase();
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/**
 * The end of a word whose first character ends at `i`: letters, digits and marks, and joined runs.
 * Each character is read once: the one that stops a run is the one checked for a joiner.
 */
function wordEnd(prose: string, from: number, length: number): number {
  let i = from;
  while (i < length) {
    const code = prose.charCodeAt(i);
    if (code < 128) {
      if (ASCII_KINDS[code] === LETTER) {
        i++;
        continue;
      }
    } else {
      const codePoint = codePointAt(prose, i);
      const kind = kindOf(codePoint);
      if (kind === LETTER || kind === MARK) {
        i += codePoint > 0xffff ? 2 : 1;
        continue;
      }
    }
    if (!(isJoiner(code) && i + 1 < length && kindOf(codePointAt(prose, i + 1)) === LETTER)) return i;
    i++;
  }
  return i;
}

/**
 * The number of words in prose[start, end): runs of letters and digits, joined by inner apostrophes
 * and hyphens ("don't", "so-called" are one word each; "U.S." is two).
 */
export function countWords(prose: string, start: number, end: number): number {
  let count = 0;
  let i = start;
  while (i < end) {
    if (isLetterAt(prose, i, end)) {
      count++;
      i = countedWordEnd(prose, i, end);
    } else {
      i++;
    }
  }
  return count;
}

/** The end of the word counted at `from`: runs of letters and digits joined by ' ’ and -. Each character is read once. */
function countedWordEnd(prose: string, from: number, end: number): number {
  let i = from;
  while (i < end) {
    const code = prose.charCodeAt(i);
    if (code < 128 ? ASCII_KINDS[code] === LETTER : isLetterAt(prose, i, end)) {
      i += code >= 0xd800 && code <= 0xdbff ? 2 : 1;
    } else if ((code === 39 || code === 0x2019 || code === 45) && isLetterAt(prose, i + 1, end)) {
      i++;
    } else {
      return i;
    }
  }
  return i;
}

function isLetterAt(prose: string, at: number, end: number): boolean {
  if (at >= end) return false;
  const code = prose.charCodeAt(at);
  if (code < 128) return ASCII_KINDS[code] === LETTER;
  const codePoint = codePointAt(prose, at);
  return (codePoint > 0xffff && at + 1 >= end ? OTHER : kindOf(codePoint)) === LETTER;
}
