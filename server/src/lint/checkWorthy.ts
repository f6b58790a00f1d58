// Is a sentence check-worthy? Figures, casualties, accusations, superlatives and causal claims,
// from the lists in words/claims.json. Years and dates alone are not figures, and neither are
// words someone else is reported as saying or thinking.
import type { Analysis, Span, Token } from './types';
import { PhraseMatcher } from './phraseMatcher';
import { AUXILIARIES, BE_FORMS, CONJUNCTIONS, DETERMINERS, NEGATIONS, PREPOSITIONS, RELATIVES, TIME_WORDS, isAdverbToken, isFunctionWord, isPossessive } from './grammar';
import { possessorOf } from './attributions';
import claims from './words/claims.json';

type ClaimKind = 'figures' | 'casualties' | 'an accusation' | 'a superlative' | 'a cause';

/** Phrases that may open a clause which is not the writer's claim (see opensClauseNotTheWriters). */
type Frame = 'impression' | 'question' | 'figureSource' | 'provision';
const FRAMES = new Set<string>(['impression', 'question', 'figureSource', 'provision'] satisfies Frame[]);

/** A topic or a category named with a trigger word ("illegal immigration", "assault weapons"), or an idiom ("a dead heat"): no claim. */
const phrases = new PhraseMatcher<ClaimKind | 'topic' | Frame>();
for (const word of claims.casualties) phrases.add(word, 'casualties');
for (const word of claims.accusations) phrases.add(word, 'an accusation');
for (const word of claims.superlatives) phrases.add(word, 'a superlative');
for (const word of claims.causal) phrases.add(word, 'a cause');
for (const word of claims.quantityPhrases) phrases.add(word, 'figures');
for (const phrase of [...claims.topics, ...claims.figuresOfSpeech]) phrases.add(phrase, 'topic');
for (const phrase of claims.impressionFrames) phrases.add(phrase, 'impression');
for (const phrase of claims.questionOpeners) phrases.add(phrase, 'question');
for (const verb of claims.figureSourceVerbs) phrases.add(verb, 'figureSource');
for (const verb of claims.provisionVerbs) phrases.add(verb, 'provision');
const FIGURE_UNITS = new Set(claims.figureUnits);
const REPORTED_CONTENT_NOUNS = new Set(claims.reportedContentNouns);
const REPORTED_OF_NOUNS = new Set(claims.reportedOfNouns);
const RELAYED_CLAIM_NOUNS = new Set(claims.relayedClaimNouns);
/** How far "that" may follow a noun of saying, across a prepositional phrase ("reports in the Washington Post that"). */
const MAX_PHRASE_BEFORE_THAT = 8;
const PROVISION_NOUNS = new Set(claims.provisionNouns);
/** How long an opening "Under the plan…," phrase may be, to its comma. */
const MAX_PROVISION_PHRASE = 16;
const ATTACHED_MARKS = new Set(['-', "'", '.', '/']);
const NUMBER = /^\d[\d,.]*$/;
const MONEY_SIGNS = '$€£¥';

/** A figure: digits, perhaps with inner commas and periods. The first digit is checked before the pattern, which most words fail at once. */
function isNumber(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57 && NUMBER.test(word);
}

function isMoneySign(word: string): boolean {
  return word.length === 1 && MONEY_SIGNS.includes(word);
}

/**
 * What makes the sentence check-worthy, or null. Words inside `reported` (someone's attributed words,
 * sorted and not overlapping) are theirs, not the writer's claim, and do not count.
 */
export function checkWorthyKind(analysis: Analysis, sentence: number, reported: readonly Span[] = []): ClaimKind | null {
  const { tokens, sentenceTokenStart } = analysis;
  const to = sentenceTokenStart[sentence + 1];
  if (opensWithProvision(tokens, sentenceTokenStart[sentence], to)) return null;
  let r = 0;
  // "Bernie has a particular critique of the economy: the banks are…", "both men had the same position
  // on global warming: It is caused by humans": after a noun of saying, a colon opens its content.
  let contentNoun = false;
  for (let i = sentenceTokenStart[sentence]; i < to; i++) {
    const token = tokens[i];
    if (token.quote >= 0) continue;
    if (token.lower === ':' && contentNoun) return null;
    while (r < reported.length && reported[r].end < token.end) r++;
    if (r < reported.length && reported[r].start <= token.start) continue;
    // One lookup a word: only a noun of saying opens a reported clause or makes a colon open its content.
    const isContentNoun = token.isWord && REPORTED_CONTENT_NOUNS.has(token.lower);
    if (isContentNoun) {
      const clause = reportedClauseEnd(tokens, i, sentenceTokenStart[sentence], to);
      if (clause !== null) {
        i = clause - 1;
        continue;
      }
      contentNoun = true;
    }
    if (isMoneySign(token.lower) && i + 1 < to && isNumber(tokens[i + 1].lower)) return 'figures';
    if (isNumber(token.lower)) {
      const next = i + 1 < to ? tokens[i + 1].lower : '';
      const afterNext = i + 2 < to ? tokens[i + 2].lower : '';
      // "2,000 more jobs", "4 million illegal immigrants", "500 registered voters": one modifier may come between.
      const modifier = i + 1 < to && tokens[i + 1].isWord && !tokens[i + 1].isCapitalized && !isFunctionWord(next) && !DETERMINERS.has(next);
      if (FIGURE_UNITS.has(next) || (next === 'per' && afterNext === 'cent') || (modifier && FIGURE_UNITS.has(afterNext))) return 'figures';
      continue;
    }
    if (!token.isWord) continue;
    const match = phrases.matchAt(tokens, i, to);
    if (!match) continue;
    const { value } = match;
    if (isFrame(value)) {
      if (opensClauseNotTheWriters(value, tokens, i, sentenceTokenStart[sentence], to)) i = clauseBoundaryAfter(tokens, i, to);
      continue;
    }
    if (value === 'topic') i += match.length - 1;
    else return value;
  }
  return null;
}

function isFrame(value: ClaimKind | 'topic' | Frame): value is Frame {
  return FRAMES.has(value);
}

/**
 * Whether the frame at `at` opens a clause that is someone else's, or no claim at all, to the clause's end:
 * an impression ("seemed impervious to all but the largest shocks", "is considered one of…"), a question
 * ("is looking into whether the deal was illegal"), what someone estimates, counts or rates ("PolitiFact
 * rated 32 percent of his claims as false"), or what a plan, law or rule provides ("a rule that will
 * require workers earning up to $47,476…").
 */
function opensClauseNotTheWriters(frame: Frame, tokens: readonly Token[], at: number, from: number, to: number): boolean {
  if (frame === 'figureSource') return isVerbAfterSubject(tokens, at, from, to);
  if (frame === 'provision') return hasProvisionSubject(tokens, at, from);
  return true;
}

/**
 * "Under Mrs. Clinton's plan, taxpayers would pay…", "Under Missouri law, candidates trailing by 0.5
 * percent…": what follows says what a plan, law or rule provides, which is its content, not the
 * writer's claim (like "according to the plan"). "Under pressure, the city paid $4 million" is a claim.
 */
function opensWithProvision(tokens: readonly Token[], from: number, to: number): boolean {
  if (from >= to || tokens[from].lower !== 'under') return false;
  let provision = false;
  for (let k = from + 1; k < to && k - from <= MAX_PROVISION_PHRASE; k++) {
    if (tokens[k].lower === ',') return provision;
    provision ||= PROVISION_NOUNS.has(tokens[k].lower);
  }
  return false;
}

/**
 * "fears that businesses will cut jobs", "amid reports that 40 people died": a noun of saying or
 * believing and its "that" clause, which is someone's words or thoughts, not the writer's claim.
 * The "that" may follow a short prepositional phrase ("a report from over the weekend that…",
 * "reports in the Post that…"), and a few nouns give their content with "of" ("allegations of
 * fraud", "reports of 40 deaths"). Returns the index just past the clause (a comma closes it when
 * the noun sits in an opening prepositional phrase: "Despite complaints that…, the party…"), or
 * null. Not a relative clause: "a report that could touch…", "statements that turned out…".
 * `noun` is one of REPORTED_CONTENT_NOUNS (the caller has looked it up).
 */
function reportedClauseEnd(tokens: readonly Token[], noun: number, from: number, to: number): number | null {
  if (noun + 2 >= to) return null;
  if (tokens[noun + 1].lower === 'of' && REPORTED_OF_NOUNS.has(tokens[noun].lower)) return isHeld(tokens, noun, noun + 1, from) ? ofPhraseEnd(tokens, noun + 2, to) : null;
  const that = thatAfter(tokens, noun + 1, to);
  if (that === null || that + 1 >= to || !isHeld(tokens, noun, that, from)) return null;
  const next = tokens[that + 1];
  if (AUXILIARIES.has(next.lower) || (next.isWord && !next.isCapitalized && next.lower.endsWith('ed'))) return null;
  if (!PREPOSITIONS.has(tokens[from].lower)) return to;
  for (let k = from; k < noun; k++) if (tokens[k].lower === ',') return to;
  for (let k = that + 1; k < to; k++) if (tokens[k].lower === ',' && tokens[k].quote < 0) return k;
  return to;
}

/**
 * Whose the noun's content is, where that matters: a noun that relays a claim of fact ("reports that
 * 40 people died", "allegations of fraud") needs a possessor ("the union's claim") or a name or "by"
 * between it and its content ("reports in the Post that", "allegations by three women that"); with
 * no one named, the writer passes the claim on unsourced. Nouns of feeling or intent ("fears that",
 * "hopes that", "promises that") need no holder.
 */
function isHeld(tokens: readonly Token[], noun: number, contentStart: number, from: number): boolean {
  if (!RELAYED_CLAIM_NOUNS.has(tokens[noun].lower) || possessorOf(tokens, noun, from) !== null || isNamedBefore(tokens, noun, from)) return true;
  for (let k = noun + 1; k < contentStart; k++) if (tokens[k].isCapitalized || tokens[k].lower === 'by') return true;
  return false;
}

/**
 * "a New York Times report that…", "Pentagon allegations of…": a name right before the noun says whose
 * it is. Not the sentence's first word, whose capital says nothing ("Unconfirmed reports that…"), nor a
 * day ("denied Sunday reports that…").
 */
function isNamedBefore(tokens: readonly Token[], noun: number, from: number): boolean {
  const before = tokens[noun - 1];
  return noun - 1 > from && before.isWord && before.isCapitalized && !isFunctionWord(before.lower) && !DETERMINERS.has(before.lower) && !TIME_WORDS.has(before.lower);
}

/** The "that" right after the noun, or after one short prepositional phrase with no verb or comma in it. */
function thatAfter(tokens: readonly Token[], at: number, to: number): number | null {
  if (tokens[at].lower === 'that') return at;
  if (!PREPOSITIONS.has(tokens[at].lower)) return null;
  for (let k = at + 1; k < to && k - at <= MAX_PHRASE_BEFORE_THAT; k++) {
    const token = tokens[k];
    if (token.lower === 'that') return k;
    if ((!token.isWord && !ATTACHED_MARKS.has(token.lower)) || AUXILIARIES.has(token.lower) || RELATIVES.has(token.lower)) return null;
  }
  return null;
}

/**
 * "allegations of voter fraud and abuse": the phrase after "of" runs to a comma, a clause or a verb
 * in the past ("allegations of fraud forced him out"; "reports of rigged votes" keeps its adjective).
 */
function ofPhraseEnd(tokens: readonly Token[], at: number, to: number): number {
  for (let k = at; k < to; k++) {
    const token = tokens[k];
    if ((!token.isWord && !ATTACHED_MARKS.has(token.lower) && !isMoneySign(token.lower) && !isNumber(token.lower)) || AUXILIARIES.has(token.lower) || RELATIVES.has(token.lower)) return k;
    if (k > at && !token.isCapitalized && token.lower.endsWith('ed') && !DETERMINERS.has(tokens[k - 1].lower) && !CONJUNCTIONS.has(tokens[k - 1].lower)) return k;
  }
  return to;
}

/**
 * "the rule will require", "a provision that allows", "the plan would also ban": a plan, law or rule is the
 * verb's subject, perhaps with a phrase between commas after it ("The program, called EB-5, allows…",
 * "Burma's constitution, drawn up by its military rulers in 2008, reserves…").
 */
function hasProvisionSubject(tokens: readonly Token[], verb: number, from: number): boolean {
  let before = verb - 1;
  while (before > from && (AUXILIARIES.has(tokens[before].lower) || RELATIVES.has(tokens[before].lower) || isAdverbToken(tokens[before]))) before--;
  if (before > from && tokens[before].lower === ',') before = beforeOpeningComma(tokens, before, from);
  return before >= from && PROVISION_NOUNS.has(tokens[before].lower);
}

/** How long a phrase between commas after a subject may be ("called EB-5", "drawn up by its military rulers in 2008"). */
const MAX_APPOSITIVE = 12;

/** The token before the comma that opens the phrase closed by the comma at `closing`, or -1. */
function beforeOpeningComma(tokens: readonly Token[], closing: number, from: number): number {
  for (let k = closing - 1; k > from && closing - k <= MAX_APPOSITIVE; k--) if (tokens[k].lower === ',') return k - 1;
  return -1;
}

const PARTICIPLE_FOLLOWERS = new Set(['to', 'by', 'as']);

/**
 * "The agency estimated…", "PolitiFact later rated…": a past form that follows its subject, adverbs
 * aside; not a denied one ("has never identified China as…": the figures after it are the writer's). Not a participle: "an estimated 11 million", "the group's estimated cost", "is projected to",
 * "the number projected to swell", "a man identified as".
 */
function isVerbAfterSubject(tokens: readonly Token[], verb: number, from: number, to: number): boolean {
  if (verb + 1 < to && PARTICIPLE_FOLLOWERS.has(tokens[verb + 1].lower)) return false;
  let before = verb - 1;
  while (before > from && isAdverbToken(tokens[before]) && !NEGATIONS.has(tokens[before].lower)) before--;
  if (before < from) return false;
  const word = tokens[before];
  return word.isWord && !NEGATIONS.has(word.lower) && !DETERMINERS.has(word.lower) && !BE_FORMS.has(word.lower) && !PREPOSITIONS.has(word.lower) && !isPossessive(word.lower);
}

const CLAUSE_BOUNDARIES = new Set([':', ';', '--', '—', '–']);

/** The next colon, semicolon or dash after `at` (quoted ones aside), or the sentence's end. */
function clauseBoundaryAfter(tokens: readonly Token[], at: number, to: number): number {
  for (let k = at + 1; k < to; k++) if (CLAUSE_BOUNDARIES.has(tokens[k].lower) && tokens[k].quote < 0) return k;
  return to;
}
