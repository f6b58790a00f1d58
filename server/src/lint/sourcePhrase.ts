// The source of an attribution: the noun phrase before the cue ("the Russian leader said"), after it
// ("said Smith", "according to SANA news agency", "by the Russian leader"), and what kind it is.
// A small hand grammar over tokens, no tagger: determiners and function words bound the phrase.
import type { SourceKind, Token } from './types';
import type { WordLists } from './wordLists';
import {
  AUXILIARIES, CATENATIVES, DETERMINERS, DOCUMENT_NOUNS, DOCUMENT_WORD, INSTITUTIONS, NON_SOURCES, NOUN_PHRASE_PREPOSITIONS, PREPOSITIONS,
  CONJUNCTIONS, RELATIVES, TIME_WORDS, PARTS_OF_DAY, isAdverbToken, isFunctionWord, isPossessive, withoutContraction,
} from './grammar';
import pronounsData from './words/pronouns.json';
import grammar from './words/grammar.json';

const PRONOUNS = new Set(pronounsData.words);

/** Token indices of a phrase, both inclusive. */
export interface PhraseTokens {
  first: number;
  last: number;
}

/** Words that are prepositions or open a clause: "after half said so", "as police have said". */
const SUBORDINATORS = new Set(grammar.subordinators);
const CONTACT_VERBS = new Set(grammar.contactVerbs);
const RESPONDENT_PARTICIPLES = new Set(grammar.respondentParticiples);
const NAME_SUFFIXES = new Set(grammar.nameSuffixes);
const PARTICIPLE_ADJECTIVES = new Set(grammar.participleAdjectives);
const APPROXIMATORS = new Set(['about', 'around', 'nearly', 'almost', 'roughly', 'than', 'least', 'over', 'under', 'some', 'only']);
const NUMBER_WORD = /^(\d|half|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a$|a-)/;
const CONTACT_SUBJECTS = new Set(['i', 'we', 'you', 'he', 'she', 'they']);
const FLOATING_QUANTIFIERS = new Set(['all', 'both', 'each']);
const QUANTIFIER_HEADS = new Set(['some', 'many', 'others', 'most', 'few', 'several', 'both', 'all', 'one', 'two', 'three', 'four', 'five']);
const MAX_PHRASE_TOKENS = 9;
const YEAR = /^(1[89]|20)\d\d$/;
/** Adjectives that join an anonymity post-modifier to its head: "people familiar with", "a source close to". */
const POSTMODIFIER_ADJECTIVES = new Set(['familiar', 'close', 'briefed', 'knowledge', 'direct', 'involved', 'based']);

/** A word that can end a source phrase (its head). */
export function canBeHead(token: Token): boolean {
  // "42% say": a share of those polled.
  if (token.lower === '%') return true;
  if (!token.isWord || isPossessive(token.lower)) return false;
  if (isFunctionWord(token.lower) && token.lower !== 'who') return false;
  if (token.lower === 'who') return false;
  if (DETERMINERS.has(token.lower)) return QUANTIFIER_HEADS.has(token.lower);
  if (isAdverbToken(token)) return false;
  // Lower-case "-ing" and "-ed" words are verbs here, not heads: "avoids condemning", "Kaine defended people".
  if (!token.isCapitalized && token.lower.length > 5 && (token.lower.endsWith('ing') || token.lower.endsWith('ed'))) return false;
  return true;
}

/**
 * The source phrase that ends right before the cue at `cue`, skipping adverbs, auxiliaries and
 * catenative verbs ("has also said", "continued to insist"), or null.
 */
export function sourceBefore(tokens: readonly Token[], cue: number, min: number): PhraseTokens | null {
  const end = skipBackOverVerbGroup(tokens, cue - 1, min);
  if (!endsNameSuffix(tokens, end, min)) return sourceEndingAt(tokens, end, min);
  // "Vice President Joseph R. Biden Jr. said": the phrase ends at "Jr", its period kept.
  const phrase = sourceEndingAt(tokens, end - 1, min);
  return phrase && { first: phrase.first, last: phrase.last === end - 1 ? end : phrase.last };
}

/** The period of "Jr.", "Inc.", "Co." glued to its capitalised word: a name ends there. */
function endsNameSuffix(tokens: readonly Token[], at: number, min: number): boolean {
  if (at - 1 < min || tokens[at].lower !== '.') return false;
  const word = tokens[at - 1];
  return word.isWord && word.isCapitalized && word.end === tokens[at].start && NAME_SUFFIXES.has(word.lower);
}

/** The source phrase whose last word (past any verb group) is at `end`, or null. */
function sourceEndingAt(tokens: readonly Token[], end: number, min: number): PhraseTokens | null {
  let j = end;
  const placeholder = j >= min ? placeholderEndingAt(tokens, j, min) : null;
  if (placeholder) return placeholder;
  // "Sens. Merkley (D-Ore.) and Brown (D-Ohio) all suggested": skip the floating quantifier and a parenthesis.
  if (j >= min && FLOATING_QUANTIFIERS.has(tokens[j].lower) && j - 1 >= min && !DETERMINERS.has(tokens[j - 1].lower)) j--;
  j = skipParenthesisBack(tokens, j, min);
  if (j < min) return null;
  // "Broaddrick, who said…", "voters who say…": the relative pronoun stands for its antecedent.
  if (tokens[j].lower === 'who') return { first: j, last: j };
  const respondents = respondentsEndingAt(tokens, j, min);
  if (respondents) return respondents;
  // "the AP, which first reported", "families, many of whom say": the antecedent is the source.
  j = relativeAntecedent(tokens, j, min) ?? contactClauseHead(tokens, j, min) ?? j;
  let head = j;
  let last = j;
  const who = tokens[j].isWord ? unpunctuatedWhoBefore(tokens, j + 1, min) : null;
  const dash = dashEndingAt(tokens, j, min);
  if (tokens[j].lower === ',' || dash !== null) {
    // "Smith, who chairs the committee, said" / "Smith, the committee chairman, said" / "Kall -- co-editor of a book -- said"
    const opening = dash !== null ? previousDash(tokens, dash - 1, min) : previousComma(tokens, j - 1, min);
    if (opening === null) return null;
    // "Rep. Jim Jordan (R-Ohio), an oversight panel member, said": the name is before the parenthesis.
    // "James B. Comey Jr., the director of the FBI, said": the period of "Jr." is the name's.
    const beforeComma = skipParenthesisBack(tokens, opening - 1, min);
    const nameEnd = endsNameSuffix(tokens, beforeComma, min) ? beforeComma - 1 : beforeComma;
    if (nameEnd < min || !canBeHead(tokens[nameEnd])) return null;
    head = nameEnd;
    last = beforeComma;
  } else if (who !== null && who - 1 >= min && canBeHead(tokens[who - 1])) {
    // "Residents who spoke at the meeting said": the head stands before "who".
    head = who - 1;
  } else if (!canBeHead(tokens[j])) {
    return null;
  }
  if (isPronounLike(tokens[head])) return NON_SOURCES.has(tokens[head].lower) ? null : { first: head, last: Math.max(last, head) };
  let first = phraseStartBefore(tokens, head, min);
  first = afterApproximator(tokens, first, min);
  if (first - 1 >= min && PREPOSITIONS.has(tokens[first - 1].lower) && !(SUBORDINATORS.has(tokens[first - 1].lower) && !tokens[head].isCapitalized)) {
    // The phrase is a preposition's object ("for mental-health calls"); keep only a name at its end
    // ("After the meeting Smith said"). After a word that also opens clauses, a common noun before a
    // verb is that clause's subject: "after half said so", "as police have said".
    if (!tokens[head].isCapitalized) return null;
    first = head;
    while (first - 1 >= min && tokens[first - 1].isCapitalized && tokens[first - 1].isWord) first--;
  }
  if (isNonSource(tokens, first, head)) return null;
  // A subject starts a clause: a bare lower-case phrase after a verb is its object ("may not let editorials tell").
  if (!tokens[first].isCapitalized && !DETERMINERS.has(tokens[first].lower) && !startsClause(tokens, first, min)) return null;
  return { first, last: Math.max(last, head) };
}

/** "About 4 in 10", "more than half", "at least 52 percent": a rounded figure keeps its approximator. */
function afterApproximator(tokens: readonly Token[], first: number, min: number): number {
  if (first - 1 < min || !APPROXIMATORS.has(tokens[first - 1].lower) || !NUMBER_WORD.test(tokens[first].lower)) return first;
  let k = first - 1;
  if (k - 1 >= min && ['more', 'less', 'fewer', 'at', 'just', 'well'].includes(tokens[k - 1].lower)) k--;
  return k;
}

function startsClause(tokens: readonly Token[], at: number, min: number): boolean {
  if (at - 1 < min) return true;
  const previous = tokens[at - 1];
  return !previous.isWord || CONJUNCTIONS.has(previous.lower) || RELATIVES.has(previous.lower) || SUBORDINATORS.has(previous.lower) || isAdverbToken(previous);
}

/**
 * "the AP, which first reported…" → "AP"; "families of victims, many of whom say…" → "victims": the
 * last word of the antecedent a relative pronoun stands for, or null.
 */
function relativeAntecedent(tokens: readonly Token[], at: number, min: number): number | null {
  let k = at;
  const lower = tokens[k].lower;
  if (lower === 'whom' || lower === 'which') {
    // "many of whom", "some of which"
    if (k - 2 >= min && tokens[k - 1].lower === 'of' && QUANTIFIER_HEADS.has(tokens[k - 2].lower)) k -= 2;
    else if (lower === 'whom') return null;
  } else {
    return null;
  }
  k--;
  if (k >= min && tokens[k].lower === ',') k--;
  else if (k >= min) k = (dashEndingAt(tokens, k, min) ?? k + 1) - 1; // "the study -- which notes"
  k = skipParenthesisBack(tokens, k, min);
  return k >= min && canBeHead(tokens[k]) && !isPronounLike(tokens[k]) ? k : null;
}

/**
 * "those surveyed say", "Thirty-one percent of those surveyed say", "voters polled said": a participle of
 * asking after the head ends the phrase (canBeHead takes a lower-case "-ed" word for a verb).
 */
function respondentsEndingAt(tokens: readonly Token[], at: number, min: number): PhraseTokens | null {
  if (at - 1 < min || !RESPONDENT_PARTICIPLES.has(tokens[at].lower)) return null;
  const head = tokens[at - 1];
  if (!head.isWord || head.isCapitalized || !(head.lower === 'those' || (canBeHead(head) && !isPronounLike(head)))) return null;
  return { first: phraseStartBefore(tokens, at - 1, min), last: at };
}

/**
 * "the experts I interviewed said", "voters we spoke to say": a contact clause after the source's
 * head. Returns that head, or null.
 */
function contactClauseHead(tokens: readonly Token[], at: number, min: number): number | null {
  let k = at;
  if (k >= min && (tokens[k].lower === 'to' || tokens[k].lower === 'with')) k--;
  if (k - 2 < min || !CONTACT_VERBS.has(tokens[k].lower) || !CONTACT_SUBJECTS.has(tokens[k - 1].lower)) return null;
  const head = tokens[k - 2];
  return head.isWord && !head.isCapitalized && canBeHead(head) && !isPronounLike(head) ? k - 2 : null;
}

/** The first token of a dash that ends at `at` ("—", "–", or "--"), or null. */
function dashEndingAt(tokens: readonly Token[], at: number, min: number): number | null {
  const lower = tokens[at]?.lower;
  if (lower === '—' || lower === '–') return at;
  return lower === '-' && at - 1 >= min && tokens[at - 1].lower === '-' ? at - 1 : null;
}

/** The opening dash of a dash appositive that closes after `from`: the index of its first token, or null. */
function previousDash(tokens: readonly Token[], from: number, min: number): number | null {
  for (let k = from; k >= min && from - k < 30; k--) {
    const dash = dashEndingAt(tokens, k, min);
    if (dash !== null) return dash;
    if (!tokens[k].isWord && tokens[k].lower !== ',' && !APPOSITIVE_MARKS.has(tokens[k].lower)) return null;
  }
  return null;
}

/** Pronouns take no modifiers: "testifies she" is not a phrase. */
function isPronounLike(token: Token): boolean {
  return PRONOUNS.has(withoutContraction(token.lower)) || NON_SOURCES.has(token.lower);
}

/**
 * "no one", "anyone", "nobody": nobody in particular said anything, "anyone on the business side of TV"
 * either; "none of the candidates" is the candidates, every one of them.
 */
function isNonSource(tokens: readonly Token[], first: number, head: number): boolean {
  if (NON_SOURCES.has(tokens[head].lower)) return true;
  for (let k = first + 1; k < head; k++) if (NOUN_PHRASE_PREPOSITIONS.has(tokens[k].lower)) return NON_SOURCES.has(tokens[k - 1].lower) && tokens[k].lower !== 'of';
  return head === first + 1 && tokens[first].lower === 'no' && tokens[head].lower === 'one';
}

/** Back past adverbs, auxiliaries, catenatives and time words before a verb: "has also", "continued to". */
export function skipBackOverVerbGroup(tokens: readonly Token[], from: number, min: number): number {
  let j = from;
  while (j >= min) {
    const token = tokens[j];
    if (!token.isWord) break;
    // "have both argued", "were all told": a floating quantifier inside the verb group.
    if (isAdverbToken(token) || AUXILIARIES.has(token.lower) || (FLOATING_QUANTIFIERS.has(token.lower) && j - 1 >= min && AUXILIARIES.has(tokens[j - 1].lower))) {
      j--;
      continue;
    }
    if (token.lower === 'to') {
      const catenative = catenativeEndingAt(tokens, j - 1, min);
      if (catenative > 0) {
        j -= 1 + catenative;
        continue;
      }
    }
    // "who in 2010 said" (the pattern last: asked of each word of the verb group)
    if (j - 1 >= min && tokens[j - 1].lower === 'in' && YEAR.test(token.lower)) {
      j -= 2;
      continue;
    }
    // "Spicer on Thursday evening said": the part of the day belongs to the day before it.
    if (PARTS_OF_DAY.has(token.lower) && j - 1 >= min && TIME_WORDS.has(tokens[j - 1].lower)) {
      j--;
      continue;
    }
    if (TIME_WORDS.has(token.lower)) {
      j--;
      if (j >= min && ['on', 'last', 'this', 'late', 'early'].includes(tokens[j].lower)) j--;
      continue;
    }
    break;
  }
  return j;
}

function catenativeEndingAt(tokens: readonly Token[], end: number, min: number): number {
  for (const words of CATENATIVES) {
    const start = end - words.length + 1;
    if (start < min) continue;
    if (words.every((word, k) => tokens[start + k].lower === word)) return words.length;
  }
  return 0;
}

/** Marks an appositive may hold: "Sen. Smith (D-Ohio), a former…", "O'Brien". */
const APPOSITIVE_MARKS = new Set(['.', '-', "'", '(', ')']);

/** The token before a parenthesis that ends at `at` ("Brown (D-Ohio)"), or `at` itself. */
function skipParenthesisBack(tokens: readonly Token[], at: number, min: number): number {
  if (at < min || tokens[at].lower !== ')') return at;
  let open = at - 1;
  while (open >= min && tokens[open].lower !== '(' && at - open < 12) open--;
  return open >= min && tokens[open].lower === '(' ? open - 1 : at;
}

function previousComma(tokens: readonly Token[], from: number, min: number): number | null {
  for (let k = from; k >= min && from - k < 30; k--) {
    const lower = tokens[k].lower;
    if (lower === ',') return k;
    if (!tokens[k].isWord && !APPOSITIVE_MARKS.has(lower)) return null;
  }
  return null;
}

function unpunctuatedWhoBefore(tokens: readonly Token[], from: number, min: number): number | null {
  for (let k = from - 1; k >= min && from - k < 12; k--) {
    // Relatives are words: a mark ends the search before any lookup.
    if (!tokens[k].isWord) return null;
    if (tokens[k].lower === 'who') return k;
    if (RELATIVES.has(tokens[k].lower)) return null;
  }
  return null;
}

export function phraseStartBefore(tokens: readonly Token[], head: number, min: number): number {
  let first = coreStartBefore(tokens, head, min);
  // Post-modifiers: "people familiar with the matter", "a spokesman for the ministry", "Secretary of State".
  while (first - 2 >= min && NOUN_PHRASE_PREPOSITIONS.has(tokens[first - 1].lower) && head - first < MAX_PHRASE_TOKENS) {
    let before = first - 2;
    if (POSTMODIFIER_ADJECTIVES.has(tokens[before].lower) && before - 1 >= min) before--;
    // "people with (direct) knowledge of the talks"
    if (tokens[before].lower === 'direct' && before - 1 >= min) before--;
    if (tokens[before].lower === 'with' && POSTMODIFIER_ADJECTIVES.has(tokens[before + 1].lower) && before - 1 >= min) before--;
    if (!canBeHead(tokens[before]) || POSTMODIFIER_ADJECTIVES.has(tokens[before].lower)) break;
    first = coreStartBefore(tokens, before, min);
  }
  return first;
}

/** Start of the determiner–modifiers–head run that ends at `head`. */
function coreStartBefore(tokens: readonly Token[], head: number, min: number): number {
  let k = head;
  while (k - 1 >= min && head - k < MAX_PHRASE_TOKENS) {
    const previous = tokens[k - 1];
    if (!previous.isWord) {
      // "Sen. Smith", "U.S. officials"
      if (previous.lower === '.' && k - 2 >= min && tokens[k - 2].isCapitalized && tokens[k - 2].lower.length <= 4) {
        k--;
        continue;
      }
      break;
    }
    // "told the Times that Carter believes": before a name, "that" opens a clause, it is no determiner.
    if (DETERMINERS.has(previous.lower)) return previous.lower === 'that' && tokens[k].isCapitalized ? k : k - 1;
    if (previous.lower === 'and' && tokens[k].isCapitalized && tokens[k - 2]?.isCapitalized) {
      k--;
      continue;
    }
    if (isFunctionWord(previous.lower) || NON_SOURCES.has(previous.lower)) break;
    // "Kaine defended people": a lower-case "-ed" word is a verb unless a determiner precedes it ("the retired general").
    // "newly filed reports", "recently released data": after an adverb it is a participle modifier.
    const modified = k - 2 >= min && (DETERMINERS.has(tokens[k - 2].lower) || isAdverbToken(tokens[k - 2]));
    if (!previous.isCapitalized && previous.lower.endsWith('ed') && !modified && !PARTICIPLE_ADJECTIVES.has(previous.lower)) break;
    k--;
  }
  return k;
}

/** The source phrase starting at `from` ("said Smith", "according to SANA news agency", "by the leader"). */
export function sourceAfter(tokens: readonly Token[], from: number, max: number): PhraseTokens | null {
  if (from <= max && tokens[from].lower === '[') return placeholderStartingAt(tokens, from, max);
  if (from > max || !tokens[from].isWord) return null;
  const start = tokens[from];
  if (isFunctionWord(start.lower) && !DETERMINERS.has(start.lower)) return null;
  let k = from;
  let last = -1;
  while (k <= max && k - from < MAX_PHRASE_TOKENS) {
    const token = tokens[k];
    if (!token.isWord) {
      if (token.lower === '.' && k > from && tokens[k - 1].isCapitalized && tokens[k - 1].lower.length <= 4 && k < max && tokens[k + 1].isCapitalized) {
        k++;
        continue;
      }
      break;
    }
    // "the most recent data", "all the polls", "the two senators": a determiner after a determiner stays in the phrase.
    if (k > from && DETERMINERS.has(token.lower) && !opensPostmodifier(tokens, k - 1) && !DETERMINERS.has(tokens[k - 1].lower)) break;
    // "according to POLITICO's analysis", "said Trump's spokeswoman": a possessive opening the phrase is its determiner.
    const possessiveAlone = isPossessive(token.lower) && k === from && !(k < max && tokens[k + 1].isWord && !isFunctionWord(tokens[k + 1].lower));
    if (isFunctionWord(token.lower) || possessiveAlone) {
      if (k > from && opensPostmodifier(tokens, k) && k < max && tokens[k + 1].isWord && !isFunctionWord(tokens[k + 1].lower)) {
        k++;
        continue;
      }
      break;
    }
    if (canBeHead(token)) last = k;
    k++;
  }
  return last >= from ? { first: from, last } : null;
}

/** "of", "for", "from"… after a head, and "by" after a document ("a tally by the Associated Press"): the phrase goes on. */
function opensPostmodifier(tokens: readonly Token[], at: number): boolean {
  const lower = tokens[at].lower;
  return NOUN_PHRASE_PREPOSITIONS.has(lower) || (lower === 'by' && at > 0 && DOCUMENT_WORD.test(tokens[at - 1].lower));
}

/** named, pronoun, vague, anonymous or outlet. `text` is the prose; `extent` may include a relative clause. */
/**
 * A placeholder the quick fixes insert, "[source]", "[speaker]", "[named source]": a source still to be
 * filled in. It counts as a named source, so the finding it answers goes away once inserted.
 */
const PLACEHOLDER_WORDS = 3;

function placeholderStartingAt(tokens: readonly Token[], open: number, max: number): PhraseTokens | null {
  let k = open + 1;
  while (k <= max && k - open <= PLACEHOLDER_WORDS && tokens[k].isWord && !tokens[k].isCapitalized) k++;
  return k > open + 1 && k <= max && tokens[k].lower === ']' ? { first: open, last: k } : null;
}

function placeholderEndingAt(tokens: readonly Token[], close: number, min: number): PhraseTokens | null {
  if (tokens[close].lower !== ']') return null;
  let k = close - 1;
  while (k >= min && close - k <= PLACEHOLDER_WORDS && tokens[k].isWord && !tokens[k].isCapitalized) k--;
  return k < close - 1 && k >= min && tokens[k].lower === '[' ? { first: k, last: close } : null;
}

export function classifySource(tokens: readonly Token[], phrase: PhraseTokens, text: string, lists: WordLists): SourceKind {
  if (tokens[phrase.first].lower === '[') return 'named';
  const words: Token[] = [];
  for (let k = phrase.first; k <= phrase.last; k++) if (tokens[k].isWord) words.push(tokens[k]);
  if (words.length === 0) return 'vague';
  const head = headOf(words);

  if (words.length === 1 && lists.pronouns.has(withoutContraction(head.lower))) return 'pronoun';
  if (isOutlet(words, text, lists)) return 'outlet';
  // The phrase's text is made only here, past the pronouns and outlets, which need none.
  const lowerPhrase = lowerWords(words, 0);
  // A marker longer than the phrase is not in it: most phrases are shorter than most markers ("who asked not to be named").
  if (lists.anonymousMarkers.some((marker) => marker.length <= lowerPhrase.length && lowerPhrase.includes(marker))) return 'anonymous';
  const withoutDeterminer = DETERMINERS.has(words[0].lower) && words.length > 1 ? lowerWords(words, 1) : lowerPhrase;
  if (INSTITUTIONS.has(lowerPhrase) || INSTITUTIONS.has(withoutDeterminer)) return 'named';
  if (lists.vagueSources.has(lowerPhrase) || lists.vagueSources.has(withoutDeterminer)) return 'vague';
  const firstIsSentenceInitial = isSentenceInitial(tokens, phrase.first);
  if (!isName(head, words, firstIsSentenceInitial)) {
    if (head.lower === 'sources' || head.lower === 'source' && words[0].lower !== 'a' && words[0].lower !== 'one') {
      return head.lower === 'sources' && words.length === 1 ? 'vague' : 'anonymous';
    }
    // "data from the FBI", "studies by Harvard researchers": the post-modifier names the source.
    if (lists.vagueSources.has(head.lower) && !hasNameAfterHead(words, head)) return 'vague';
    if (lists.anonymousHeads.has(head.lower) && !hasNameAfterHead(words, head)) return 'anonymous';
  }
  // A capital that only starts the sentence still names someone once the lists above have had their say ("Putin said").
  if (head.isCapitalized || words.some((word) => isName(word, words, firstIsSentenceInitial))) return 'named';
  const determiner = words[0].lower;
  if (['the', 'his', 'her', 'its', 'their', 'our', 'this', 'that', 'my', 'your'].includes(determiner)) return 'named';
  if (DOCUMENT_NOUNS.has(head.lower)) return 'vague';
  if (['a', 'an', 'one'].includes(determiner)) return 'anonymous';
  // A bare singular role, headline style ("Former treasurer testifies"), names someone; a bare plural ("residents") does not.
  if (!DETERMINERS.has(determiner) && !head.lower.endsWith('s')) return 'named';
  return 'vague';
}

/** A capitalised word of the phrase, unless it is the first word and capitalised only because it opens the sentence. */
function isName(word: Token, words: readonly Token[], firstIsSentenceInitial: boolean): boolean {
  return word.isCapitalized && !(word === words[0] && firstIsSentenceInitial);
}

/** The words from `from` on, lower-cased and joined by spaces. */
function lowerWords(words: readonly Token[], from: number): string {
  let text = words[from].lower;
  for (let k = from + 1; k < words.length; k++) text += ' ' + words[k].lower;
  return text;
}

/** The head of "people familiar with the matter" is "people": the word before the first preposition. */
function headOf(words: Token[]): Token {
  for (let k = 1; k < words.length; k++) {
    if (NOUN_PHRASE_PREPOSITIONS.has(words[k].lower) || words[k].lower === 'who') {
      const before = POSTMODIFIER_ADJECTIVES.has(words[k - 1].lower) && k >= 2 ? words[k - 2] : words[k - 1];
      return before;
    }
  }
  return words[words.length - 1];
}

/** The first word of a sentence (or of a quotation opening it) is capitalised whatever it is. */
function isSentenceInitial(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index];
  for (let k = index - 1; k >= 0 && tokens[k].sentence === word.sentence; k--) {
    if (tokens[k].isWord) return false;
  }
  return true;
}

function hasNameAfterHead(words: Token[], head: Token): boolean {
  const at = words.indexOf(head);
  return words.slice(at + 1).some((word) => word.isCapitalized);
}

function isOutlet(words: Token[], text: string, lists: WordLists): boolean {
  if (!words.some((word) => lists.outletWords.has(word.lower))) return false;
  const written = words.map((word) => text.slice(word.start, word.end).replace(/['’]s$/, ''));
  const same = (writtenWord: string, part: string) => writtenWord === part || (isAcronym(part) && writtenWord.toUpperCase() === part);
  const endsWith = (name: string[], caseSensitive: boolean) => {
    if (name.length > written.length) return false;
    const offset = written.length - name.length;
    return name.every((part, k) => (caseSensitive ? same(written[offset + k], part) : written[offset + k].toLowerCase() === part));
  };
  const head = headOf(words);
  const headIndex = words.indexOf(head);
  const upToHead = written.slice(0, headIndex + 1);
  const endsUpToHead = (name: string[]) =>
    name.length <= upToHead.length && name.every((part, k) => same(upToHead[upToHead.length - name.length + k], part));
  // Only names ending in the phrase's last word (or its head) can match: look those up.
  const lastWord = written[written.length - 1].toLowerCase();
  const headWord = upToHead.length > 0 ? upToHead[upToHead.length - 1].toLowerCase() : '';
  return (
    (byLastWord(lists.outlets).get(lastWord) ?? []).some((name) => endsWith(name, true)) ||
    (byLastWord(lists.outlets).get(headWord) ?? []).some(endsUpToHead) ||
    (byLastWord(lists.outletSuffixes).get(lastWord) ?? []).some((suffix) => endsWith(suffix, false))
  );
}

const namesByLastWord = new WeakMap<readonly string[][], Map<string, string[][]>>();

/** Outlet names (or suffixes) by their last word, lower-cased; made once per word list. */
function byLastWord(names: readonly string[][]): Map<string, string[][]> {
  let index = namesByLastWord.get(names);
  if (!index) {
    index = new Map();
    for (const name of names) {
      const key = name[name.length - 1].toLowerCase();
      index.set(key, [...(index.get(key) ?? []), name]);
    }
    namesByLastWord.set(names, index);
  }
  return index;
}

function isAcronym(word: string): boolean {
  return word.length >= 3 && /^[A-Z]+$/.test(word);
}
