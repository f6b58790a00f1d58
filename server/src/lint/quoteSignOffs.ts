// Quotations signed with a dash and a name: `“We will not back down.” — Maria Lopez`. Collected
// reactions, reader comments and epigraphs are printed this way; the name is the speaker and the
// dash stands for "said". Only a quotation that stands alone (it opens its sentence or its line,
// or follows the previous sign-off) and ends a sentence inside its marks counts: not a title and an aside
// (`“Fox News Sunday” — ABC, …`), nor a reporter's credit after prose (`…was "No. 1."--Kim Lee`).
import type { Quotation, Token } from './types';
import type { PhraseTokens } from './sourcePhrase';
import { isFunctionWord } from './grammar';
import { firstTokenAtOrAfter } from './search';

const SIGN_OFF_DASHES = new Set(['—', '–', '―', '-']);

/** A sign-off's cue: its dash (the cue lemma of the attributions made here). */
export function isSignOffDash(word: string): boolean {
  return SIGN_OFF_DASHES.has(word);
}

const SENTENCE_END_INSIDE = new Set(['.', '!', '?']);
/** What may follow the name: the end of its sentence, the next quotation, a handle in parentheses or a date after a comma. */
const AFTER_NAME = new Set(['.', '!', '?', '(', ',', '“', '"', '‘', '«']);
const MAX_NAME_WORDS = 5;

export interface QuoteSignOff {
  /** The dash's first token: the cue. */
  dash: number;
  name: PhraseTokens;
  quotation: Quotation;
}

/** Every quotation followed by a dash and a name. `tokens` and `quotations` are in text order. */
export function findQuoteSignOffs(prose: string, tokens: readonly Token[], quotations: readonly Quotation[]): QuoteSignOff[] {
  const signOffs: QuoteSignOff[] = [];
  let k = 0;
  let previousNameEnd = -1;
  for (const quotation of quotations) {
    // Most quotations end otherwise, and are passed over before any search: the quotations are in text
    // order, so the tokens found for a later one lie after this one's anyway.
    if (!SENTENCE_END_INSIDE.has(prose[quotation.span.end - 2])) continue;
    // The quotation's first token and the first after it, found by binary search rather than a walk over every token.
    const opening = Math.max(k, firstTokenAtOrAfter(tokens, quotation.span.start));
    k = Math.max(opening, firstTokenAtOrAfter(tokens, quotation.span.end));
    const standsAlone = opening === 0 || opening - 1 === previousNameEnd || opensLine(prose, tokens[opening - 1], tokens[opening]);
    const nameStart = standsAlone ? dashEnd(tokens, k) : null;
    const name = nameStart === null ? null : nameAt(tokens, nameStart);
    if (!name) continue;
    signOffs.push({ dash: k, name, quotation });
    previousNameEnd = name.last;
  }
  return signOffs;
}

/** Nothing but a line break, or a sentence's end, between the previous token and this one. */
function opensLine(prose: string, previous: Token, token: Token): boolean {
  return previous.sentence !== token.sentence || prose.slice(previous.end, token.start).includes('\n');
}

/** The token after a dash at `at` ("—", "–", "―", "-" or "--"), or null when there is no dash. */
function dashEnd(tokens: readonly Token[], at: number): number | null {
  if (at >= tokens.length || !SIGN_OFF_DASHES.has(tokens[at].lower)) return null;
  return tokens[at].lower === '-' && tokens[at + 1]?.lower === '-' ? at + 2 : at + 1;
}

/** A run of capitalised words ("Edwin G. Monroy") ending the sentence or followed by a quotation, a comma or a parenthesis. */
function nameAt(tokens: readonly Token[], at: number): PhraseTokens | null {
  let k = at;
  let words = 0;
  while (k < tokens.length && words <= MAX_NAME_WORDS) {
    const token = tokens[k];
    if (token.isWord && token.isCapitalized && !isFunctionWord(token.lower)) words++;
    // "Edwin G. Monroy": the period of an initial, inside the sentence.
    else if (!(token.lower === '.' && k > at && tokens[k + 1]?.isCapitalized && tokens[k + 1].sentence === token.sentence)) break;
    k++;
  }
  if (words === 0 || words > MAX_NAME_WORDS) return null;
  const next = tokens[k];
  const endsHere = next === undefined || next.sentence !== tokens[k - 1].sentence || AFTER_NAME.has(next.lower);
  return endsHere ? { first: at, last: k - 1 } : null;
}
