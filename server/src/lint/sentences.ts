// Splits a prose block into sentences. A sentence ends at . ! ? (and any closing quotes or brackets
// after them) followed by a space and a capital, digit or opening quote, or by the block's end.
// Abbreviations ("Sen.", "Jan."), initials ("J. K."), decimals and ellipses do not end one.
import type { Span } from './types';
import abbreviations from './words/abbreviations.json';

const NEVER_FINAL = new Set(abbreviations.neverFinal);
const SOMETIMES_FINAL = new Set(abbreviations.sometimesFinal);
const SENTENCE_STARTERS = new Set(abbreviations.sentenceStarters);

const TERMINAL = /[.!?…]/g;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']', '»']);
const OPENERS = new Set(['"', '“', '‘', "'", '(', '[', '«', '„']);

export function splitSentences(prose: string, block: Span): Span[] {
  const sentences: Span[] = [];
  let start = skipSpaces(prose, block.start, block.end);
  let i = start;
  while (i < block.end) {
    // Jump to the next . ! ? or …: nothing else can end a sentence.
    TERMINAL.lastIndex = i;
    if (!TERMINAL.test(prose) || TERMINAL.lastIndex > block.end) break;
    i = TERMINAL.lastIndex - 1;
    let end = i;
    while (end < block.end && isTerminal(prose[end])) end++;
    const punctuation = prose.slice(i, end);
    while (end < block.end && CLOSERS.has(prose[end])) end++;
    const next = skipSpaces(prose, end, block.end);
    if (next === end && next < block.end) {
      // No space after: a decimal, "U.S", a URL remnant; not a boundary.
      i = end;
      continue;
    }
    if (next >= block.end || endsSentence(prose, i, punctuation, next)) {
      sentences.push({ start, end });
      start = next;
    }
    i = next;
  }
  if (start < block.end) {
    const end = trimEnd(prose, start, block.end);
    if (end > start) sentences.push({ start, end });
  }
  return sentences;
}

function endsSentence(prose: string, at: number, punctuation: string, next: number): boolean {
  const following = prose[next];
  const startsNew = isUpperCase(following) || isDigit(following) || OPENERS.has(following) || following === '—' || following === '-';
  if (!startsNew) return false;
  const isEllipsis = punctuation === '…' || punctuation.startsWith('..');
  if (punctuation === '.') {
    const word = wordBefore(prose, at);
    const lower = word.toLowerCase();
    if (NEVER_FINAL.has(lower)) return false;
    if (SINGLE_CAPITAL.test(word)) return false; // an initial: "J. K. Rowling"
    if (SOMETIMES_FINAL.has(lower) || /^(\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(wordAt(prose, next));
  }
  if (isEllipsis) return SENTENCE_STARTERS.has(wordAt(prose, next));
  return true;
}

function isTerminal(c: string): boolean {
  return c === '.' || c === '!' || c === '?' || c === '…';
}

function isUpperCase(c: string | undefined): boolean {
  return c !== undefined && c !== c.toLowerCase() && c === c.toUpperCase();
}

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** The word (letters and inner periods) that ends right before `at`. */
function wordBefore(prose: string, at: number): string {
  let start = at;
  while (start > 0 && /[\p{L}.]/u.test(prose[start - 1])) start--;
  return prose.slice(start, at).replace(/^\.+/, '');
}

function wordAt(prose: string, at: number): string {
  let i = at;
  while (i < prose.length && OPENERS.has(prose[i])) i++;
  let end = i;
  while (end < prose.length && /\p{L}/u.test(prose[end])) end++;
  return prose.slice(i, end);
}

function skipSpaces(prose: string, from: number, to: number): number {
  let i = from;
  while (i < to && /\s/.test(prose[i])) i++;
  return i;
}

function trimEnd(prose: string, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(prose[end - 1])) end--;
  return end;
}
