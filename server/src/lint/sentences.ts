// Splits a prose block into sentences. A sentence ends at . ! ? (and any closing quotes or brackets
// after them) followed by a space and a capital, digit or opening quote, or by the block's end.
// Abbreviations ("Sen.", "Jan."), initials ("J. K."), decimals and ellipses do not end one, and
// neither does a quoted question or exclamation followed by its tag (`"Why?" Smith asked.`).
import type { Span } from './types';
import abbreviations from './words/abbreviations.json';
import cueVerbs from './words/cueVerbs.json';
import pronouns from './words/pronouns.json';
import { inflect } from './inflect';

const NEVER_FINAL = new Set(abbreviations.neverFinal);
const SOMETIMES_FINAL = new Set(abbreviations.sometimesFinal);
const SENTENCE_STARTERS = new Set(abbreviations.sentenceStarters);

const SUBJECT_PRONOUNS = new Set(pronouns.words);
/** Said, asked, replies…: the past and third-person forms of the speech and question cues (the default lists). */
const TAG_VERBS = new Set([...cueVerbs.speech, ...cueVerbs.question].flatMap((spec) => inflect(spec).filter(([form, phrase]) => (form === 'past' || form === 'present') && !phrase.includes(' ')).map(([, phrase]) => phrase)));
const TAG_ADVERBS = new Set(['then', 'later', 'also', 'again', 'once']);
const MAX_NAME_WORDS = 4;

const TERMINAL = /[.!?…]/g;
const SINGLE_CAPITAL = /^\p{Lu}$/u;
// Patterns used once per character or per candidate boundary live here, made once: a literal in a
// function body is a new RegExp object every time it runs.
const INITIALISM = /^(\p{L}\.)+\p{L}$/u;
const LETTER = /\p{L}/u;
const LETTER_OR_PERIOD = /[\p{L}.]/u;
const WHITE_SPACE = /\s/;
const TRAILING_PERIOD = /\.$/;
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
    const closersFrom = end;
    while (end < block.end && CLOSERS.has(prose[end])) end++;
    const next = skipSpaces(prose, end, block.end);
    if (next === end && next < block.end) {
      // No space after: a decimal, "U.S", a URL remnant; not a boundary.
      i = end;
      continue;
    }
    const quotedQuestion = end > closersFrom && punctuation !== '.' && !punctuation.startsWith('..') && punctuation !== '…';
    if (next >= block.end || (endsSentence(prose, i, punctuation, next) && !(quotedQuestion && opensQuoteTag(prose, next, block.end)))) {
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
    if (word.length === 1 && SINGLE_CAPITAL.test(word)) return false; // an initial: "J. K. Rowling"
    if (SOMETIMES_FINAL.has(lower) || isInitialism(word)) return SENTENCE_STARTERS.has(wordAt(prose, next));
  }
  if (isEllipsis) return SENTENCE_STARTERS.has(wordAt(prose, next));
  return true;
}

/**
 * `"…?" Smith asked.`, `"…!" Rep. Glenn Thompson shouted.`, `"…?" He answered.`: a name (up to four
 * capitalised words) or a pronoun, perhaps an adverb, then a past tense or a speech verb in the present.
 * Such a tag belongs to the quotation before it. "The", "Her" or "Their" open a new sentence.
 */
function opensQuoteTag(prose: string, at: number, to: number): boolean {
  let [word, next] = wordFrom(prose, at, to);
  const lower = word.toLowerCase();
  if (SUBJECT_PRONOUNS.has(lower)) {
    [word, next] = wordFrom(prose, next, to);
  } else {
    let names = 0;
    while (word !== '' && isUpperCase(word[0]) && names < MAX_NAME_WORDS && (names > 0 || !SENTENCE_STARTERS.has(word))) {
      names++;
      [word, next] = wordFrom(prose, next, to);
    }
    if (names === 0) return false;
  }
  if (TAG_ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'))) [word] = wordFrom(prose, next, to);
  // Any past tense will do for a tag ("shouted", "pressed", "answered"); the present needs a speech verb.
  return TAG_VERBS.has(word) || (word.length > 4 && word.endsWith('ed') && word === word.toLowerCase());
}

/** The word at `at` (letters, inner periods, hyphens and apostrophes, so "Rep." and "O'Neill") and where the next one starts. */
function wordFrom(prose: string, at: number, to: number): [string, number] {
  let end = at;
  while (end < to && isWordCharacter(prose[end])) end++;
  return [prose.slice(at, end).replace(TRAILING_PERIOD, ''), skipSpaces(prose, end, to)];
}

function isWordCharacter(c: string): boolean {
  return c === '.' || c === '-' || c === "'" || c === '’' || c.toLowerCase() !== c.toUpperCase();
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
  while (start > 0 && isLetterOrPeriodAt(prose, start - 1)) start--;
  while (start < at && prose.charCodeAt(start) === 46) start++; // leading periods are not part of it
  return prose.slice(start, at);
}

/**
 * "U.S", "D.C": letters joined by periods. The word is letters and periods, each one UTF-16 unit
 * (wordBefore stops at a surrogate), so only one with a period second can be one; the pattern runs
 * for those alone (it runs once per sentence end).
 */
function isInitialism(word: string): boolean {
  return word.length >= 3 && word[1] === '.' && INITIALISM.test(word);
}

function wordAt(prose: string, at: number): string {
  let i = at;
  while (i < prose.length && OPENERS.has(prose[i])) i++;
  let end = i;
  while (end < prose.length && LETTER.test(prose[end])) end++;
  return prose.slice(i, end);
}

function skipSpaces(prose: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpaceAt(prose, i)) i++;
  return i;
}

function trimEnd(prose: string, from: number, to: number): number {
  let end = to;
  while (end > from && isSpaceAt(prose, end - 1)) end--;
  return end;
}

// ASCII characters are told by their code, with no one-character string made and no pattern run: the common case.

function isLetterOrPeriodAt(prose: string, at: number): boolean {
  const code = prose.charCodeAt(at);
  if (code < 128) return code === 46 || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return LETTER_OR_PERIOD.test(prose[at]);
}

function isSpaceAt(prose: string, at: number): boolean {
  const code = prose.charCodeAt(at);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return WHITE_SPACE.test(prose[at]);
}
