// Who said what: finds attribution cues ("said", "told", "according to", "blames", "asked"…),
// their source phrase and their content span, once per document. Cues inside quotations are the
// quoted speaker's words and are skipped.
import type { Attribution, Paragraph, Quotation, Sentence, Source, SourceKind, Span, SurnameQuery, Token } from './types';
import type { WordLists, CueEntry } from './wordLists';
import { canBeHead, classifySource, phraseStartBefore, skipBackOverVerbGroup, sourceAfter, sourceBefore, type PhraseTokens } from './sourcePhrase';
import { ADVERBS, AUXILIARIES, BE_FORMS, DOCUMENT_NOUNS, DOCUMENT_WORD, NOUN_PHRASE_PREPOSITIONS, PLURAL_NOUNS, NON_SOURCES, CLAUSE_ONLY_CUES, NAMING_CUES, RELATIVES, THAT_ONLY_CUES, PREPOSITIONS, TIME_WORDS, CLAUSE_OPENERS, CONJUNCTIONS, DETERMINERS, NEGATIONS, NOUN_LIKE_CUES, OBJECT_TAKERS, isAdverb, isAdverbToken, isFunctionWord, isPossessive, isPronounContraction, withoutContraction } from './grammar';
import pronounsData from './words/pronouns.json';
import { firstTokenAtOrAfter, lastStartingAtOrBefore } from './search';
import { dropRespondentsOfReportedPolls } from './pollRespondents';
import { findQuoteSignOffs } from './quoteSignOffs';
import cueVerbsData from './words/cueVerbs.json';
import grammarData from './words/grammar.json';

const PRONOUN_WORDS = new Set(pronounsData.words);
const NOMINAL_CUES = new Set(cueVerbsData.nouns);
const POLL_WORD = /^(poll|survey)$/;
const POSSESSIVE_PRONOUNS = new Set(['his', 'her', 'their', 'its', 'our', 'my', 'your']);
const PLURAL_QUANTIFIERS = new Set(grammarData.pluralQuantifiers);
const PLACE_PREPOSITIONS = new Set(grammarData.placePrepositions);
/** "CORRECTION:", "UPDATE:", "EXCLUSIVE:": labels of a part of the story, not speakers. */
const EDITORIAL_LABELS = new Set(grammarData.editorialLabels);
/**
 * A cue verb and the word after it that give it another sense than saying: "adding to her lead",
 * "doesn't add up", "charged with fraud", "a server maintained by aides". A name after the word keeps
 * a verb of saying's sense: "Trump added to People".
 */
const OTHER_SENSES = new Map<string, Set<string>>();
for (const sense of grammarData.otherSenses) {
  // By the cue's lemma, then the word after it: no string is built per cue to look one up.
  const at = sense.lastIndexOf(' ');
  const lemma = sense.slice(0, at);
  OTHER_SENSES.set(lemma, (OTHER_SENSES.get(lemma) ?? new Set()).add(sense.slice(at + 1)));
}
/** Modal verbs: a stance under one is possible or to come, not taken ("will endorse", "cannot defend"). */
const MODALS = new Set(grammarData.modals);
/** Idioms in which a cue word says nothing ("it goes without saying", "say goodbye", "the final say"), by that word. */
const IDIOMS_BY_WORD = new Map<string, { words: string[]; at: number }[]>();
for (const idiom of grammarData.idioms) {
  const words = idiom.split(' ');
  words.forEach((word, at) => IDIOMS_BY_WORD.set(word, [...(IDIOMS_BY_WORD.get(word) ?? []), { words, at }]));
}
/** "think tank" → think: {tank}: a cue word and the words that make a noun of it. */
const CUE_NOUN_COMPOUNDS = new Map<string, Set<string>>();
for (const compound of grammarData.cueNounCompounds) {
  const [first, second] = compound.split(' ');
  CUE_NOUN_COMPOUNDS.set(first, (CUE_NOUN_COMPOUNDS.get(first) ?? new Set()).add(second));
}

const CLOSING_QUOTES = new Set(['”', '"', '’', "'", '»']);
const OPENING_QUOTES = new Set(['“', '"', '‘', "'", '«']);
const SENTENCE_END = new Set(['.', '!', '?', '…']);
const DASHES = new Set(['-', '—', '–']);
const PLAIN_WORD = /^\p{L}+$/u;
/** Made once at module load: a pattern literal inside a function is a new object on every call. */
const TWO_CAPITALS = /\p{Lu}{2}/u;
const PARTICLES = new Set(['up', 'off', 'out', 'down', 'in']);
const TAG_DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'its', 'their', 'our']);
/** Cues that report what someone holds true or wants rather than what they said. */
const BELIEF_CUES = new Set(['believe', 'think', 'expect', 'fear', 'worry', 'suspect', 'hope']);
const OBJECT_PRONOUNS = new Set(['him', 'her', 'them', 'me', 'us', 'it']);
const REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'itself', 'myself', 'ourselves', 'yourself']);
const NAMED_OR_PRONOUN: ReadonlySet<SourceKind> = new Set(['named', 'pronoun']);
const ANY_SOURCE: ReadonlySet<SourceKind> = new Set(['named', 'pronoun', 'vague', 'anonymous', 'outlet']);
/** Words that make the clause after them a question: "asked if she believed", "who they think will win". */
const QUESTION_LEADS = new Set(['if', 'whether', 'who', 'what', 'how', 'why', 'when', 'where', 'which', 'whom']);
/** Times after a telephone call's object: "called Clinton last week", "called her shortly after". */
const CALL_TIMES = new Set(['last', 'this', 'shortly', 'back', 'again']);
/** Marks and words between a cue and its content: "said, that…", "said: …", "said that…". */
const CONTENT_LEADS = new Set([',', ':', 'that', '-', '—']);
/** What must follow a cue that is one only before a clause ("states that…", "states: …"). */
const CLAUSE_LEADS = new Set(['that', ':']);
/** Words after which a gerund cue belongs to the sentence's subject: "before asking her". */
const GERUND_LEADS = new Set(['before', 'after', 'while', 'when', 'by', 'without', 'in', 'also', 'then']);

export interface AttributionInput {
  prose: string;
  tokens: Token[];
  sentences: Sentence[];
  sentenceTokenStart: number[];
  paragraphs: Paragraph[];
  quotations: Quotation[];
  lists: WordLists;
  /** Surnames of named sources in blocks of the draft that are not being analysed (empty for a whole draft). */
  outsideSurnames: SurnameSet;
  /** Filled in: the words checked against those surnames, by sentence. */
  surnameQueries: SurnameQuery[];
}

/** Surnames as analysis asks about them: a Set, or a Map keyed by surname (sections.ts). */
export interface SurnameSet {
  has(surname: string): boolean;
}

export function findAttributions(input: AttributionInput): Attribution[] {
  const attributions: Attribution[] = [];
  // Nouns of saying ("Trump's claim that…") and "in" before a poll are looked at once the verb cues are
  // known; the one pass over the tokens below notes where they may be, so no other pass reads every token.
  const nominalCandidates: number[] = [];
  const pollCandidates: number[] = [];
  // Read once: the loop below visits every token, and a field read from `input` is repeated on each visit.
  const { tokens, sentenceTokenStart } = input;
  const cues = input.lists.cues;
  for (let s = 0; s < input.sentences.length; s++) {
    const from = sentenceTokenStart[s];
    const to = sentenceTokenStart[s + 1];
    let cueEnd = -1;
    for (let i = from; i < to; i++) {
      const token = tokens[i];
      const lower = token.lower;
      // A noun of saying is looked for before "that" or a colon: the mark is rarer than the noun, and a cheaper test.
      if ((lower === 'that' || lower === ':') && i - 1 > from && i + 1 < to && isNominalCue(tokens[i - 1])) nominalCandidates.push(i - 1);
      if (i + 1 < to && lower === 'in' && token.quote < 0) pollCandidates.push(i);
      // The words of the cue found last are not looked at again.
      if (i <= cueEnd) continue;
      if (!token.isWord || token.quote >= 0) continue;
      // Most words are no cue: the one map lookup comes before the costlier tests of capitals below.
      const match = cues.matchAt(tokens, i, to);
      if (!match) continue;
      // A capital mid-sentence is a name or a headline word: "Halvorsen State University", "Putin Calls for…";
      // only the last word of a Title Case headline may be its cue ("…, Lindsey Graham Says.").
      // After a colon a capital opens a clause: "It has not gone unnoticed: According to recent polls…".
      const opensClause = i > from && ((i === from + 1 && !tokens[from].isWord) || tokens[i - 1].lower === ':');
      if (token.isCapitalized && i > from && !opensClause && !isHeadlineTag(input, i, to) && !isHeadlineVerb(input, i, from, to)) continue;
      const cueLast = i + match.length - 1;
      // "a liberal think tank", "report cards": the cue word is the first half of a noun.
      if (cueLast + 1 < to && CUE_NOUN_COMPOUNDS.get(tokens[cueLast].lower)?.has(tokens[cueLast + 1].lower)) continue;
      if (hasOtherSense(tokens, match.value, cueLast, to) || isInIdiom(tokens, i, from, to)) continue;
      const found = match.value.kind === 'according'
        ? accordingTo(input, s, i, cueLast)
        : verbCue(input, s, i, cueLast, match.value, attributions);
      if (!found) continue;
      attributions.push(found);
      cueEnd = cueLast;
    }
  }
  addNominalAttributions(input, attributions, nominalCandidates);
  addPollAttributions(input, attributions, pollCandidates);
  dropRespondentsOfReportedPolls(input.tokens, attributions);
  // The steps below look attributions up by cue or content, never by position: the cue starts are
  // collected once for the three that need them (each adds the cues it makes), and the attributions
  // are put in text order once, at the end. The sort is stable, so ties keep the order they were added in.
  const cueStarts = new Set(attributions.map((attribution) => attribution.cue.start));
  addQuoteTagAttributions(input, attributions, cueStarts);
  addQuoteLeadInAttributions(input, attributions, cueStarts);
  addSpeakerLabelAttributions(input, attributions, cueStarts);
  addQuoteSignOffAttributions(input, attributions);
  attributions.sort((a, b) => a.cue.start - b.cue.start);
  resolvePronouns(input, attributions);
  return attributions;
}

function hasOtherSense(tokens: readonly Token[], cue: CueEntry, cueLast: number, to: number): boolean {
  if (cueLast + 1 >= to || !OTHER_SENSES.get(cue.lemma)?.has(tokens[cueLast + 1].lower)) return false;
  // Only a verb of saying reports to a name: "models opposed to Mexicans" is against them.
  return !(cue.kind === 'speech' && cueLast + 2 < to && tokens[cueLast + 2].isCapitalized);
}

/** "22 percent", "30 percent of voters", "three in 10": a share of those polled. */
function isPollShare(tokens: readonly Token[], phrase: PhraseTokens): boolean {
  const first = tokens[phrase.first].lower;
  const second = tokens[phrase.first + 1]?.lower ?? '';
  return /^\d/.test(first) && (second === 'percent' || second === '%') || (phrase.first + 2 <= phrase.last && second === 'in' && /^(\d+|ten)$/.test(tokens[phrase.first + 2].lower));
}

/** Nothing of the clause follows: its end, a comma, a dash or a conjunction ("asked for, even though…", "asked for or"). */
function endsClause(tokens: readonly Token[], at: number, to: number): boolean {
  return at >= to || SENTENCE_END.has(tokens[at].lower) || [',', ';', ')'].includes(tokens[at].lower) || DASHES.has(tokens[at].lower) || CONJUNCTIONS.has(tokens[at].lower);
}

/** The cue word at `at` is part of an idiom in which it says nothing: "It goes without saying that…". */
function isInIdiom(tokens: readonly Token[], at: number, from: number, to: number): boolean {
  const idioms = IDIOMS_BY_WORD.get(tokens[at].lower);
  if (!idioms) return false;
  return idioms.some(({ words, at: offset }) => {
    const start = at - offset;
    return start >= from && start + words.length <= to && words.every((word, k) => tokens[start + k].lower === word);
  });
}

/**
 * "Trump's claim that…", "the report's finding that…", "his warning that…": a noun of saying between
 * its possessor, who is the source, and "that" or a colon, which open the content.
 */
function addNominalAttributions(input: AttributionInput, attributions: Attribution[], candidates: readonly number[]): void {
  const { tokens } = input;
  const cueStarts = new Set(attributions.map((attribution) => attribution.cue.start));
  for (const i of candidates) {
    const token = tokens[i];
    const s = token.sentence;
    const from = input.sentenceTokenStart[s];
    if (cueStarts.has(token.start)) continue;
    const possessor = possessorOf(tokens, i, from);
    if (possessor === null) continue;
    const phrase = POSSESSIVE_PRONOUNS.has(tokens[possessor].lower) ? { first: possessor, last: possessor } : possessivePhrase(tokens, possessor, from);
    const source = sourceOf(input, phrase);
    if (phrase.first === phrase.last && POSSESSIVE_PRONOUNS.has(tokens[phrase.first].lower)) source.kind = 'pronoun';
    attributions.push({
      cue: { start: token.start, end: token.end },
      cueKind: 'speech',
      cueLemma: token.lower,
      cueForm: 'base',
      source,
      content: { start: tokens[i + 2].start, end: opensWithPrepositionalPhrase(tokens, from, i) ? relativeClauseEnd(input, s, i + 2) : contentEnd(input, s) },
      sentence: s,
    });
  }
}

/** A noun of saying outside quotations: before "that" or a colon ("claim that", "warning:"), a candidate for addNominalAttributions. */
function isNominalCue(token: Token): boolean {
  return token.isWord && token.quote < 0 && NOMINAL_CUES.has(token.lower);
}

/**
 * "In an NBC News/Wall Street Journal poll released Monday, 50 percent…", "…a decisive lead in the
 * polls": "in" a poll or survey works like "according to" it.
 */
function addPollAttributions(input: AttributionInput, attributions: Attribution[], candidates: readonly number[]): void {
  const { tokens } = input;
  // A poll's phrase is not looked at again for another "in".
  let pollEnd = -1;
  for (const i of candidates) {
    if (i <= pollEnd) continue;
    const s = tokens[i].sentence;
    const from = input.sentenceTokenStart[s];
    const to = input.sentenceTokenStart[s + 1];
    const poll = pollAfter(tokens, i + 1, to);
    if (poll === null) continue;
    // "In a poll released Monday, …": the phrase runs to the comma of an opening phrase.
    const comma = i === from ? nextComma(tokens, poll + 1, Math.min(to, poll + 6)) : null;
    const attribution = accordingTo(input, s, i, i, { first: i + 1, last: comma === null ? poll : comma - 1 });
    if (!attribution) continue;
    attributions.push(sameShape({ ...attribution, cueLemma: 'in' }));
    pollEnd = poll;
  }
}

/** The word "poll" or "survey" heading the phrase at `at` ("the most recent YouGov/Economist survey"), or null. */
function pollAfter(tokens: readonly Token[], at: number, to: number): number | null {
  // One poll, named or new to the reader: "in a CNN poll", "in a recent survey"; "in the polls" is the race.
  let named = tokens[at].lower === 'a' || tokens[at].lower === 'an';
  if (!(named || DETERMINERS.has(tokens[at].lower) || tokens[at].isCapitalized)) return null;
  for (let k = at; k < to && k - at < 10; k++) {
    const token = tokens[k];
    named ||= token.isCapitalized;
    if (token.isWord && POLL_WORD.test(token.lower)) {
      if (!named) return null;
      // The poll word heads its phrase: "a CNN poll" and "the polls", not "poll workers"; a capital ends a
      // poll's name ("the latest Washington Post-ABC News Poll stands at…").
      const next = tokens[k + 1];
      return token.isCapitalized || !next || !next.isWord || next.isCapitalized || !isAdjectiveLike(next) || TIME_WORDS.has(next.lower) || next.lower.endsWith('ed') ? k : null;
    }
    if (!token.isWord && !['/', '-', '.', "'"].includes(token.lower)) return null;
    if (token.isWord && k > at && (isFunctionWord(token.lower) || PRONOUN_WORDS.has(token.lower))) return null;
  }
  return null;
}

/** A lower-case content word: not a function word, determiner or pronoun. */
function isAdjectiveLike(token: Token): boolean {
  return token.isWord && !token.isCapitalized && !isFunctionWordOrDeterminer(token.lower);
}

/** "Contrary to his claim that X, Y", "Despite Trump's insistence that X, Y": the content ends at the phrase's comma. */
function opensWithPrepositionalPhrase(tokens: readonly Token[], from: number, cue: number): boolean {
  if (!(PREPOSITIONS.has(tokens[from].lower) || (from + 1 < cue && PREPOSITIONS.has(tokens[from + 1].lower)))) return false;
  for (let k = from; k < cue; k++) if (tokens[k].lower === ',') return false;
  return true;
}

/**
 * The possessor of a noun: "Trump's claim", "his earlier claim", "Tulsa police's repeated claims".
 * Returns the index of the possessive word ("Trump's", "his"), at most two modifiers before the noun.
 */
export function possessorOf(tokens: readonly Token[], noun: number, from: number): number | null {
  let k = noun - 1;
  for (let modifiers = 0; k >= from && modifiers < 2; modifiers++, k--) {
    const word = tokens[k];
    // Adverbs may modify: "his earlier claim", "her repeated warnings"; other closed-class words end the phrase.
    if (!word.isWord || word.isCapitalized || isPossessive(word.lower) || POSSESSIVE_PRONOUNS.has(word.lower) || (isFunctionWordOrDeterminer(word.lower) && !ADVERBS.has(word.lower))) break;
  }
  if (k < from || !tokens[k].isWord) return null;
  return isPossessive(tokens[k].lower) || POSSESSIVE_PRONOUNS.has(tokens[k].lower) ? k : null;
}

/** "the report's", "Tulsa police's", "Mr. Trump's": the noun phrase that ends in a possessive. */
function possessivePhrase(tokens: readonly Token[], possessive: number, from: number): PhraseTokens {
  let first = phraseStartBefore(tokens, possessive, from);
  // "contradicting Tulsa police's": a lower-case word that is not a determiner opens no noun phrase here.
  while (first < possessive && !tokens[first].isCapitalized && !DETERMINERS.has(tokens[first].lower)) first++;
  return { first, last: possessive };
}

/**
 * `"…," Blige sings.` / `"…?" she wondered aloud.`: a quotation ending in a comma, question or
 * exclamation mark, then a source and a verb. The verb need not be in the cue list: the shape of
 * the sentence says it is an attribution.
 */
function addQuoteTagAttributions(input: AttributionInput, attributions: Attribution[], cueStarts: Set<number>): void {
  const { tokens, prose } = input;
  const claimed = new Set(attributions.map((attribution) => attribution.content?.end ?? -1));
  let k = 0;
  for (const quotation of input.quotations) {
    const lastInside = prose[quotation.span.end - 2];
    if (lastInside !== ',' && lastInside !== '?' && lastInside !== '!') continue;
    if (claimed.has(quotation.span.end)) continue;
    // The first token after the quotation (a binary search, not a walk over every token between quotations).
    k = Math.max(k, firstTokenAtOrAfter(tokens, quotation.span.end));
    if (k >= tokens.length) break;
    const s = tokens[k].sentence;
    const to = input.sentenceTokenStart[s + 1];
    if (s !== tokens[k - 1]?.sentence) continue;
    const phrase = nameOrPronounAt(tokens, k, to) ?? documentTagAt(tokens, k, to);
    if (!phrase || phrase.last + 1 >= to) continue;
    const verb = tokens[phrase.last + 1];
    // A tag verb is a plain word: not `"Collapse," Jared Diamond's 2005 best seller` or
    // `"Fox News Sunday," Republican vice-presidential nominee…`.
    if (!verb.isWord || verb.isCapitalized || isFunctionWord(verb.lower) || !PLAIN_WORD.test(verb.lower) || cueStarts.has(verb.start)) continue;
    cueStarts.add(verb.start);
    attributions.push(quoteTagAttribution(input, verb, phrase, quotation, s));
  }
}

/**
 * "Sanders: Clinton needs to change course", "TAPPER: And obviously…": a sentence that opens with a
 * name and a colon gives that person's words, in headlines and transcripts. The name must be a
 * transcript label in capitals, the surname of someone the draft names as a source elsewhere, or
 * followed by a quotation ("Kasich: ‘We Are Going All the Way’"): "Update:" or "Poll:" name nobody.
 */
function addSpeakerLabelAttributions(input: AttributionInput, attributions: Attribution[], cueStarts: ReadonlySet<number>): void {
  const { tokens, prose } = input;
  const surnames = speakerSurnames(input, attributions);
  for (let s = 0; s < input.sentences.length; s++) {
    const from = input.sentenceTokenStart[s];
    const to = input.sentenceTokenStart[s + 1];
    // `"WALLACE: Let's start…"`: a transcript pasted inside quotation marks keeps its labels.
    const quoted = from + 1 < to && OPENING_QUOTES.has(tokens[from].lower);
    const labelStart = quoted ? from + 1 : from;
    const labelQuote = quoted ? tokens[labelStart].quote : -1;
    let k = labelStart;
    while (k < to && k - labelStart < 3 && tokens[k].isWord && tokens[k].isCapitalized && tokens[k].quote === labelQuote) k++;
    // A label's words hold no cue ("Said Ellis: “…”" already has its cue): asked only of the few sentences that open with a label's shape.
    if (k === labelStart || k + 1 >= to || tokens[k].lower !== ':' || holdsCueStart(tokens, labelStart, k, cueStarts)) continue;
    // "Ryan: ‘Anti-Semitic Images’ Have ‘No Place…’": a headline's speaker with their quoted words.
    const quoteFollows = OPENING_QUOTES.has(tokens[k + 1].lower) && tokens[k + 1].quote >= 0 && input.quotations[tokens[k + 1].quote].span.start === tokens[k + 1].start;
    if (!tokens[k + 1].isWord && !quoteFollows) continue;
    const label = prose.slice(tokens[labelStart].start, tokens[k - 1].end);
    if (EDITORIAL_LABELS.has(label.toLowerCase())) continue;
    const isTranscriptLabel = label === label.toUpperCase() && TWO_CAPITALS.test(label);
    if (!isTranscriptLabel && (quoted || (!quoteFollows && !surnames.has(tokens[k - 1].lower, s)))) continue;
    attributions.push({
      cue: { start: tokens[k].start, end: tokens[k].end },
      cueKind: 'speech',
      cueLemma: ':',
      cueForm: 'base',
      source: sourceOf(input, { first: labelStart, last: k - 1 }),
      content: { start: tokens[k + 1].start, end: contentEnd(input, s) },
      sentence: s,
    });
  }
}

/** Some token in [from, to) starts a cue. */
function holdsCueStart(tokens: readonly Token[], from: number, to: number, cueStarts: ReadonlySet<number>): boolean {
  for (let k = from; k < to; k++) if (cueStarts.has(tokens[k].start)) return true;
  return false;
}

/** `“We will not back down.” — Maria Lopez`: the dash before the name is the cue (quoteSignOffs.ts). */
function addQuoteSignOffAttributions(input: AttributionInput, attributions: Attribution[]): void {
  const signOffs = findQuoteSignOffs(input.prose, input.tokens, input.quotations);
  if (signOffs.length === 0) return;
  const claimed = new Set(attributions.map((attribution) => attribution.content?.start ?? -1));
  for (const { dash, name, quotation } of signOffs) {
    if (claimed.has(quotation.span.start)) continue;
    attributions.push(quoteTagAttribution(input, input.tokens[dash], name, quotation, input.tokens[dash].sentence));
  }
}

/**
 * The surnames of everyone the draft names as a source, in the analysed blocks and outside them.
 * Each word asked about is noted with its sentence in `input.surnameQueries`: an edit that adds or
 * removes a source can change the outcome only in those sentences (incremental linting uses this).
 */
export function speakerSurnames(input: AttributionInput, attributions: readonly Attribution[]): { has(word: string, sentence: number): boolean } {
  // Collected at the first question, if any is asked: few sentences open with a label. Attributions added
  // after this call are speaker labels, whose sources are no surnames (sourceSurname), so the set is the same.
  // Those outside are asked apart, not copied in: a long draft's sections would each copy all the surnames before them.
  let surnames: Set<string> | null = null;
  return {
    has(word, sentence) {
      input.surnameQueries.push({ word, sentence });
      surnames ??= surnamesOf(input.tokens, attributions);
      return surnames.has(word) || input.outsideSurnames.has(word);
    },
  };
}

function surnamesOf(tokens: readonly Token[], attributions: readonly Attribution[]): Set<string> {
  const surnames = new Set<string>();
  for (const attribution of attributions) {
    const surname = sourceSurname(tokens, attribution);
    if (surname !== null) surnames.add(surname);
  }
  return surnames;
}

/**
 * The last word of a named source, lower-cased ("okafor" for "Finance Director Paul Okafor"), which a
 * speaker label may use; null for other sources and for speaker labels themselves.
 */
export function sourceSurname(tokens: readonly Token[], attribution: Attribution): string | null {
  const source = attribution.source;
  if (source?.kind !== 'named' || attribution.cueLemma === ':') return null;
  return tokens[tokenAt(tokens, source.span.end - 1)]?.lower ?? '';
}

/** The index of the token covering `offset` (binary search over the token starts). */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  return lastStartingAtOrBefore(tokens.length, offset, (index) => tokens[index].start);
}

/**
 * `"…," the letter reads.`: a short phrase opened by a determiner, whose last word before the
 * sentence's end (or a comma) is the verb. Only right after a quotation, where the shape is a tag.
 */
function documentTagAt(tokens: readonly Token[], at: number, to: number): PhraseTokens | null {
  if (!TAG_DETERMINERS.has(tokens[at].lower)) return null;
  let end = at + 1;
  // "the way it's heard": a pronoun makes a clause of it, no document.
  while (end < to && end - at <= 4 && tokens[end].isWord && !isFunctionWord(tokens[end].lower) && !PRONOUN_WORDS.has(withoutContraction(tokens[end].lower))) end++;
  if (end - at < 3 || end >= to || !(SENTENCE_END.has(tokens[end].lower) || tokens[end].lower === ',')) return null;
  return { first: at, last: end - 2 };
}

/**
 * `She continued, “…”`: a sentence that opens with a name or pronoun and a verb, then a comma or
 * colon and a quotation, introduces that quotation whatever the verb.
 */
function addQuoteLeadInAttributions(input: AttributionInput, attributions: Attribution[], cueStarts: Set<number>): void {
  const { tokens } = input;
  const claimedQuotes = new Set(attributions.filter((a) => a.content).map((a) => a.content!.start));
  for (const s of sentencesOpeningQuotations(input.quotations)) {
    const from = input.sentenceTokenStart[s];
    const to = input.sentenceTokenStart[s + 1];
    // A name or a pronoun, not a sentence-opening "The" ("The smell, “like rotten eggs,” hung…").
    const opensWithSpeaker = from < to && (PRONOUN_WORDS.has(tokens[from].lower) || !isFunctionWordOrDeterminer(tokens[from].lower));
    const phrase = opensWithSpeaker ? nameOrPronounAt(tokens, from, to) : null;
    const verbAt = phrase ? phrase.last + 1 : to;
    if (verbAt + 2 >= to || tokens[verbAt].quote >= 0) continue;
    const verb = tokens[verbAt];
    const mark = tokens[verbAt + 1].lower;
    if (!verb.isWord || verb.isCapitalized || isFunctionWord(verb.lower) || (mark !== ',' && mark !== ':') || !OPENING_QUOTES.has(tokens[verbAt + 2].lower)) continue;
    const quotation = quotationOpeningAt(input, tokens[verbAt + 2]);
    if (!quotation || claimedQuotes.has(quotation.span.start) || cueStarts.has(verb.start)) continue;
    cueStarts.add(verb.start);
    attributions.push(quoteTagAttribution(input, verb, phrase!, quotation, s));
  }
}

/** The sentences in which a quotation opens, in order: only there can a lead-in introduce one. */
function sentencesOpeningQuotations(quotations: readonly Quotation[]): number[] {
  const sentences: number[] = [];
  for (const quotation of quotations) if (sentences[sentences.length - 1] !== quotation.firstSentence) sentences.push(quotation.firstSentence);
  return sentences;
}

/** An attribution whose verb is known only by its place next to a quotation ("…," Blige sings). */
function quoteTagAttribution(input: AttributionInput, verb: Token, phrase: PhraseTokens, quotation: Quotation, sentence: number): Attribution {
  return {
    cue: { start: verb.start, end: verb.end },
    cueKind: 'speech',
    cueLemma: verb.lower,
    cueForm: verb.lower.endsWith('ed') ? 'past' : verb.lower.endsWith('s') ? 'present' : 'base',
    source: sourceOf(input, phrase),
    content: quotation.span,
    sentence,
  };
}

/** A pronoun, or a run of capitalised words (a name), starting at `at`. */
function nameOrPronounAt(tokens: readonly Token[], at: number, to: number): PhraseTokens | null {
  const first = tokens[at];
  if (!first.isWord) return null;
  if (PRONOUN_WORDS.has(first.lower)) return { first: at, last: at };
  let k = at;
  // "Rep. Glenn Thompson", "J. K. Rowling": a period between capitalised words is an abbreviation's.
  while (k < to && ((tokens[k].isWord && tokens[k].isCapitalized) || (k > at && tokens[k].lower === '.' && tokens[k + 1]?.isCapitalized && k + 1 < to))) k++;
  return k > at ? { first: at, last: k - 1 } : null;
}

/**
 * A pronoun source refers back to the last person named before it: a named source, or a name of two
 * or more capitalised words ("Councilmember Rosa Delgado voted no. She said…"). Sources that are
 * themselves reported speech do not count ("Russia has confirmed…, he said": "he" is not Russia).
 */
function resolvePronouns(input: AttributionInput, attributions: Attribution[]): void {
  const names = nameMentions(input);
  attributions.forEach((attribution, index) => {
    const source = attribution.source;
    if (source && source.kind === 'named' && !isReported(attributions, index)) names.push(source.span);
  });
  names.sort((a, b) => a.start - b.start);
  for (const attribution of attributions) {
    const source = attribution.source;
    if (!source || source.kind !== 'pronoun') continue;
    // The last name that starts before the pronoun.
    const found = lastStartingAtOrBefore(names.length, source.span.start - 1, (index) => names[index].start);
    // The name's text is cut only here: most names are never referred back to.
    source.refersTo = names.length > 0 && names[found].start < source.span.start ? input.prose.slice(names[found].start, names[found].end) : null;
  }
}

/**
 * Sentence subjects that are names of two or more capitalised words ("Councilmember Rosa Delgado
 * voted no."), in sentences that end like prose (not headlines). Names elsewhere in a sentence are
 * too often places and organisations ("allegations about Syria Arab army").
 */
function nameMentions(input: AttributionInput): Span[] {
  const { tokens } = input;
  const names: Span[] = [];
  for (let s = 0; s < input.sentences.length; s++) {
    const from = input.sentenceTokenStart[s];
    const to = input.sentenceTokenStart[s + 1];
    if (to === from || (!SENTENCE_END.has(tokens[to - 1].lower) && !CLOSING_QUOTES.has(tokens[to - 1].lower))) continue;
    let k = from;
    if (k < to && DETERMINERS.has(tokens[k].lower)) k++;
    const runStart = k;
    while (k < to && tokens[k].isWord && tokens[k].isCapitalized && tokens[k].quote < 0 && !isFunctionWordOrDeterminer(tokens[k].lower)) k++;
    if (k - runStart >= 2) names.push({ start: tokens[runStart].start, end: tokens[k - 1].end });
  }
  return names;
}

function isFunctionWordOrDeterminer(lower: string): boolean {
  return DETERMINERS.has(lower) || isFunctionWord(lower) || PRONOUN_WORDS.has(lower);
}

/** The cue lies in the content of another attribution of the same sentence (they sit next to each other). */
function isReported(attributions: Attribution[], index: number): boolean {
  const { sentence, cue } = attributions[index];
  const holds = (other: Attribution) => other.content !== null && other.content.start <= cue.start && other.content.end >= cue.end;
  for (let k = index - 1; k >= 0 && attributions[k].sentence === sentence; k--) if (holds(attributions[k])) return true;
  for (let k = index + 1; k < attributions.length && attributions[k].sentence === sentence; k++) if (holds(attributions[k])) return true;
  return false;
}

function accordingTo(input: AttributionInput, s: number, i: number, cueLast: number, source?: PhraseTokens): Attribution | null {
  const { tokens } = input;
  const from = input.sentenceTokenStart[s];
  const to = input.sentenceTokenStart[s + 1];
  const phrase = source ?? sourceAfter(tokens, cueLast + 1, to - 1);
  if (!phrase) return null;
  const sentence = input.sentences[s].span;
  let content: Span;
  const startsClause = i === from || (i === from + 1 && !tokens[from].isWord) || tokens[i - 1].lower === 'but' || tokens[i - 1].lower === ':';
  if (startsClause) {
    const comma = phrase.last + 1 < to && tokens[phrase.last + 1].lower === ',' ? phrase.last + 2 : phrase.last + 1;
    content = { start: comma < to ? tokens[comma].start : tokens[phrase.last].end, end: contentEnd(input, s) };
  } else {
    const before = (tokens[i - 1].lower === ',' || DASHES.has(tokens[i - 1].lower)) && i - 2 >= from ? tokens[i - 2].end : tokens[i - 1].end;
    content = { start: sentence.start, end: before };
  }
  return {
    cue: { start: tokens[i].start, end: tokens[cueLast].end },
    cueKind: 'according',
    cueLemma: 'according to',
    cueForm: 'base',
    source: sourceOf(input, phrase),
    content: nonEmpty(content),
    sentence: s,
  };
}

/**
 * The attribution with its fields written out in one order: a copy made by spreading (`{ ...a, source: null }`)
 * gets an object layout of its own in V8, and code reading attributions of several layouts is slower.
 */
function sameShape(a: Attribution): Attribution {
  return { cue: a.cue, cueKind: a.cueKind, cueLemma: a.cueLemma, cueForm: a.cueForm, source: a.source, content: a.content, sentence: a.sentence };
}

function verbCue(input: AttributionInput, s: number, i: number, cueLast: number, cue: CueEntry, earlier: readonly Attribution[]): Attribution | null {
  const { tokens } = input;
  const from = input.sentenceTokenStart[s];
  const to = input.sentenceTokenStart[s + 1];
  const sentence = input.sentences[s].span;
  const cueSpan = { start: tokens[i].start, end: tokens[cueLast].end };
  const make = (phrase: PhraseTokens, content: Span | null): Attribution => ({
    cue: cueSpan,
    cueKind: cue.kind,
    cueLemma: cue.lemma,
    cueForm: cue.form,
    source: sourceOf(input, phrase),
    content: content && nonEmpty(content),
    sentence: s,
  });

  // "As reported by Western Journalism, …", "…, as first noted by the Times.": like "according to".
  const as = cue.form === 'past' || cue.form === 'participle' ? asBefore(tokens, i, from) : null;
  if (as !== null && cueLast + 1 < to && tokens[cueLast + 1].lower === 'by') {
    const by = accordingTo(input, s, as, cueLast + 1);
    return by && sameShape({ ...by, cue: cueSpan, cueKind: cue.kind, cueLemma: cue.lemma, cueForm: 'participle' });
  }
  // "credit cards they never asked for or…", "the changes his aides have asked for,": a thing requested, named before.
  if (cue.kind === 'question' && tokens[cueLast + 1]?.lower === 'for' && endsClause(tokens, cueLast + 2, to)) return null;
  // "Trump was asked whether…", "she said when asked about the deal": a question put by an asker left unnamed.
  const asked = cue.kind === 'question' && (cue.form === 'past' || cue.form === 'participle') ? questionPutByNoOne(tokens, i, cueLast, from, to) : null;
  if (asked) return sameShape({ ...make({ first: i, last: i }, asked), source: null });
  // "Lerer reported from Los Angeles", "Additional reporting by…": where or by whom, not what.
  if (cue.lemma === 'report' && cue.form !== 'participle' && ['from', 'by', 'live'].includes(tokens[cueLast + 1]?.lower ?? '') && !isPassive(tokens, i, from)) return null;
  if ((cue.form === 'past' || cue.form === 'participle') && isPassive(tokens, i, from)) {
    // "Possession is expressed by a suffix", "the concerns being expressed": what expresses is rarely a speaker.
    if (cue.lemma === 'express') return null;
    // "Those claims were rebuffed as 'fake news' by the Russian leader."
    const by = findBy(tokens, cueLast + 1, to);
    if (by === null) return null;
    const phrase = sourceAfter(tokens, by + 1, to - 1);
    return phrase && by > i ? make(phrase, { start: sentence.start, end: tokens[by - 1].end }) : null;
  }

  const previous = i > from ? tokens[i - 1] : null;
  if (cue.form === 'gerund' && !isProgressive(tokens, i, from)) {
    // "Kasich's showing", "the finding", "her telling of the story": after a possessive or a determiner it is a noun.
    if (previous && (isPossessive(previous.lower) || DETERMINERS.has(previous.lower))) return null;
    // "Smith left the meeting, saying that…", "before asking her": the sentence's subject speaks.
    // A gerund after any other word is that word's object ("avoids condemning").
    if (previous?.isCapitalized && previous.isWord) {
      // "footage of Hillary Clinton asking, …": the name just before speaks.
      let first = i - 1;
      while (first - 1 >= from && tokens[first - 1].isWord && tokens[first - 1].isCapitalized) first--;
      const contentStart = cueLast + 1 < to && tokens[cueLast + 1].lower === ',' ? cueLast + 2 : cueLast + 1;
      if (contentStart >= to) return null;
      return make({ first, last: i - 1 }, { start: tokens[contentStart].start, end: contentEnd(input, s) });
    }
    // "with 22 percent saying they would not", "62 percent of voters saying…": a share of those polled says it.
    const share = previous?.isWord && !previous.isCapitalized ? { first: phraseStartBefore(tokens, i - 1, from), last: i - 1 } : null;
    if (share && isPollShare(tokens, share) && cueLast + 1 < to && tokens[cueLast + 1].isWord) return make(share, { start: tokens[cueLast + 1].start, end: contentEnd(input, s) });
    // "Trump issued a statement saying that…", "released a letter stating…": whoever puts out the document says it;
    // not after another cue in the sentence, whose document it is reported ("Christie said Trump's tweet saying…").
    if (previous && DOCUMENT_NOUNS.has(previous.lower) && cue.kind === 'speech' && cueLast + 1 < to && tokens[cueLast + 1].isWord) {
      if (earlier.length > 0 && earlier[earlier.length - 1].sentence === s) return null;
      const author = sentenceSubject(input, s, ANY_SOURCE);
      return author && author.last < i - 1 ? make(author, { start: tokens[cueLast + 1].start, end: contentEnd(input, s) }) : null;
    }
    // ", saying", `values,” saying` (the comma inside the quote), "– saying", "and saying".
    const afterComma = previous && (previous.lower === ',' || DASHES.has(previous.lower) || (CLOSING_QUOTES.has(previous.lower) && tokens[i - 2]?.lower === ','));
    if (!previous || !(afterComma || GERUND_LEADS.has(previous.lower))) return null;
    // After a comma a verb of saying or believing is the subject's own act whoever the subject is ("One
    // operative inside Trump Tower tried to downplay the comments, saying…"); after "by" or "without" it
    // is named people's only ("workers use more care without worrying about the cost" says nothing), and
    // what "showing" follows is the clause before, no one's words ("Four people were injured, showing…").
    const anyone = afterComma && cue.kind !== 'evidence';
    const subject = sourceOfEarlierCue(input, s, earlier) ?? sentenceSubject(input, s, anyone ? ANY_SOURCE : NAMED_OR_PRONOUN);
    const contentStart = cueLast + 1 < to && tokens[cueLast + 1].lower === ',' ? cueLast + 2 : cueLast + 1;
    return subject && subject.last < i && contentStart < to ? make(subject, { start: tokens[contentStart].start, end: contentEnd(input, s) }) : null;
  }
  if (cue.kind === 'question' && cue.form === 'past' && opensSentence(tokens, i, from)) {
    // "Asked whether he would run, Smith said no": the question is put to the main clause's subject,
    // which the sentence's own cue names; what was asked runs to the comma.
    const comma = nextComma(tokens, cueLast + 1, to);
    return comma === null || comma === cueLast + 1 ? null : sameShape({ ...make({ first: i, last: i }, { start: tokens[cueLast + 1].start, end: tokens[comma].start }), source: null });
  }
  let phrase = cue.form === 'base' ? madeToSpeak(tokens, i, from) ?? sourceBefore(tokens, i, from) : sourceBefore(tokens, i, from);
  // "A CNN/ORC poll last month showed", "A poll from Marquette Law School released Wednesday found".
  const document = cue.kind === 'evidence' && !(phrase && isDocument(tokens, phrase)) ? documentBefore(tokens, i, from) : null;
  if (document) phrase = document;
  // "A news report published Wednesday said…": a document with its modifiers says things too.
  // Only a finite verb that is no noun and takes no plain object ("the number of pledged delegates").
  else if (!phrase && cue.kind === 'speech' && (cue.form === 'past' || cue.form === 'present') && !NOUN_LIKE_CUES.has(cue.lemma) && !CLAUSE_ONLY_CUES.has(cue.lemma)) phrase = documentBefore(tokens, i, from);
  let inverted = false;
  // "…and said", "…but has since said": the word before the verb group joins this verb to an earlier one.
  // Looked for only when no source came before: sourceBefore has already walked back over the verb group.
  const joiner = phrase ? null : tokens[skipBackOverVerbGroup(tokens, i - 1, from)] ?? null;
  if (!phrase && joiner && joiner.sentence === tokens[i].sentence && (joiner.lower === 'and' || joiner.lower === 'but')) {
    // "The nominee outlined his plan and vowed to…": the sentence's subject speaks; "…, the senator
    // criticized the plan and said…": so does the source of the cue this one is coordinated with.
    // Whoever the subject is ("The AP has surveyed these delegates and noted…", "Other former CIA officers
    // chafed at it and said…"), unless a parenthesis opens another clause before the verb
    // ("Democrats want X (they want lower rates and suggest…)": "they" suggests, not "Democrats").
    phrase = sourceOfEarlierCue(input, s, earlier) ?? sentenceSubject(input, s) ?? unnamedSubject(input, s);
    if (!phrase || phrase.last >= i || insideParenthesisBetween(tokens, phrase.last + 1, i)) return null;
  } else if (!phrase) {
    // "…," said Smith; "Said Ellis: …" opening the sentence. A name after ", called" is what something is
    // called, not who calls it: "The program, called EB-5, allows…".
    if (NAMING_CUES.has(cue.lemma)) return null;
    const afterQuoteOrComma = previous !== null && (previous.lower === ',' || (CLOSING_QUOTES.has(previous.lower) && !isPluralPossessiveMark(tokens, i - 1)));
    if (!afterQuoteOrComma && !(cue.form === 'past' && opensSentence(tokens, i, from))) return null;
    phrase = sourceAfter(tokens, cueLast + 1, to - 1);
    inverted = true;
    if (!phrase) return null;
    // "Declared 2016 Presidential Candidates.", "Suspected Terror on Bastille Day.": a headline, nothing said.
    if (!afterQuoteOrComma && endsClause(tokens, phrase.last + 1, to) && tokens[phrase.last + 1]?.lower !== ',') return null;
  }
  // "may not let editorials tell them": the one let speak is not reported as speaking ("Let me say" is the writer).
  const letsSpeak = inverted ? null : tokens[phrase.first].lower === 'let' ? tokens[phrase.first + 1] : tokens[phrase.first - 1]?.lower === 'let' ? tokens[phrase.first] : null;
  if (letsSpeak && !['me', 'us'].includes(letsSpeak.lower)) return null;
  // "Time will tell if…", "if you can't already tell.": "tell" with no one told means "know" (not `"…," she tells.`).
  const tagAfterContent = phrase.first > from && (tokens[phrase.first - 1].lower === ',' || CLOSING_QUOTES.has(tokens[phrase.first - 1].lower));
  if (!inverted && !tagAfterContent && cue.lemma === 'tell' && cueLast + 1 < to && [...SENTENCE_END, ',', ';', 'if', 'whether'].includes(tokens[cueLast + 1].lower)) return null;
  // "Beck will endorse Cruz on Saturday", "he cannot defend his record": a stance not (yet) taken.
  if (!inverted && cue.kind === 'stance' && cue.form === 'base' && isUnderModal(tokens, i, from)) return null;
  // "He did not say whether…", "The campaign did not respond": a refusal or silence, like "declined to
  // comment": it names a source but attributes no claim to it.
  // A belief or a finding denied ("I don't think", "did not find") reports nobody's words.
  if (!inverted && isNegated(tokens, afterLastComma(tokens, phrase.last + 1, i), i)) {
    // "…for not doing more for federal and state offices": "state" is a verb only before "that" or a colon.
    if (THAT_ONLY_CUES.has(tokens[i].lower) && !CLAUSE_LEADS.has(tokens[cueLast + 1]?.lower ?? '')) return null;
    return BELIEF_CUES.has(cue.lemma) || cue.kind === 'evidence' ? null : sameShape({ ...make(phrase, null), cueKind: 'stance' });
  }
  // "studies show", not "chemicals found in"; "it showed that…" stands for the document named before.
  // "Military Times found that…", "it showed that…": whoever finds or shows "that" a thing is so reports it.
  const showsThat = tokens[cueLast + 1]?.lower === 'that';
  if (cue.kind === 'evidence' && !document && !isDocument(tokens, phrase) && !showsThat) return null;

  if (isNestedBelief(tokens, phrase, cue, earlier, s) || isBeliefAskedAbout(tokens, phrase, cue, cueLast, from, to)) return null;
  if (!inverted && (isNounAfterSingular(tokens, phrase, cue, i, from) || isPluralNoun(input, phrase, cue, i, cueLast, to))) return null;

  let after = (inverted ? phrase.last : cueLast) + 1;
  if (!inverted && !cue.lemma.includes(' ') && OBJECT_TAKERS.has(cue.lemma) && after < to && tokens[after].isWord && tokens[after].lower !== 'that') {
    const object = sourceAfter(tokens, after, to - 1);
    if (object) after = object.last + 1;
  }

  if (!inverted && isNamingNotSaying(tokens, phrase, cue, cueLast, from, to)) return null;

  const speakerFirst = inverted ? i : phrase.first;
  const separator = speakerFirst - 1 >= from ? tokens[speakerFirst - 1] : null;
  const trailing = after >= to || SENTENCE_END.has(tokens[after].lower) || CLAUSE_OPENERS.has(tokens[after].lower) || tokens[after].lower === ',';
  const contentPrecedes = separator !== null && (separator.lower === ',' || CLOSING_QUOTES.has(separator.lower)) && trailing;
  // A cue that is also a noun ("the new report shows") or takes plain objects ("added two new
  // responders", "revealed its new wing") counts only when speech follows or precedes it.
  // A poll or a study "shows" whatever follows, with or without "that"; "shows up" is another verb.
  const documentShows = cue.kind === 'evidence' && !(after < to && PARTICLES.has(tokens[after].lower));
  // A document says what it mentions, notes or reveals: "The ad also mentions Percy Walton".
  const documentSays = !inverted && cue.kind !== 'evidence' && DETERMINERS.has(tokens[phrase.first].lower) && (isDocument(tokens, phrase) || DOCUMENT_NOUNS.has(tokens[phrase.last].lower));
  const thatOnly = THAT_ONLY_CUES.has(tokens[i].lower);
  const ambiguous = !documentShows && !documentSays && !characterizesNamedObject(tokens, phrase, cue, cueLast, to) && (NOUN_LIKE_CUES.has(tokens[i].lower) || CLAUSE_ONLY_CUES.has(cue.lemma) || thatOnly);
  if (ambiguous && !inverted && !contentPrecedes && !speechFollows(tokens, cueLast + 1, to)) return null;
  // "state" is a noun far more often than a verb ("state senator … is"): only "states that" is a cue.
  if (thatOnly && !inverted && !contentPrecedes && !CLAUSE_LEADS.has(tokens[after]?.lower ?? '')) return null;
  // "…, state officials said", "On Tuesday, state health officials…": "state" after a comma opens a noun phrase.
  if (thatOnly && (inverted ? cue.form === 'base' : cue.form === 'present' && !statesSubject(tokens, phrase, after, to))) return null;
  if (contentPrecedes) {
    // "…," the Russian leader said as he sat down / …, Putin told the journalist.
    let content = contentBefore(input, s, speakerFirst - 1);
    const continuation = quotationAfterComma(input, after, to);
    if (continuation) content = { start: content.start, end: continuation.span.end };
    return make(phrase, content);
  }
  if (after < to && tokens[after].lower === ':' && after + 1 >= to - 1) {
    // "Putin said:" closing its paragraph: the next paragraph is what he said.
    const paragraph = input.paragraphs[input.sentences[s].paragraph + 1];
    if (paragraph && input.sentences[s].paragraph + 1 < input.paragraphs.length && s + 1 === input.paragraphs[input.sentences[s].paragraph].endSentence) {
      return make(phrase, paragraph.span);
    }
  }
  // What is characterized is part of the claim: "called [the charges unsubstantiated]".
  let contentStart = cue.kind === 'characterization' && !inverted ? cueLast + 1 : after;
  while (contentStart < to && CONTENT_LEADS.has(tokens[contentStart].lower)) contentStart++;
  if (contentStart >= to || SENTENCE_END.has(tokens[contentStart].lower)) return make(phrase, null);
  // "Broaddrick, who said Clinton raped her, recounted…": the relative clause ends at its comma.
  const end = isCommaRelative(tokens, phrase, from) || hasCommaRelativeBefore(tokens, phrase.last + 1, i) ? relativeClauseEnd(input, s, contentStart) : contentEnd(input, s);
  return make(phrase, { start: tokens[contentStart].start, end });
}

/**
 * A vague or anonymous subject or an outlet ("Other former CIA officers", "The AP"), not a phrase that has
 * taken in its own verb ("Some in the crowd booed, and…") or a time before the subject ("A few minutes later they…").
 */
function unnamedSubject(input: AttributionInput, s: number): PhraseTokens | null {
  const phrase = sentenceSubject(input, s, ANY_SOURCE);
  if (!phrase) return null;
  const last = input.tokens[phrase.last];
  const next = input.tokens[phrase.last + 1];
  if (!last.isCapitalized && last.lower.endsWith('ed')) return null;
  return next && ['later', 'ago', 'earlier'].includes(next.lower) ? null : phrase;
}

/** A parenthesis still open between a subject and a verb holds a clause of its own (semicolons may only separate a series). */
function insideParenthesisBetween(tokens: readonly Token[], from: number, to: number): boolean {
  let open = 0;
  for (let k = from; k < to; k++) {
    if (tokens[k].lower === '(') open++;
    else if (tokens[k].lower === ')') open = Math.max(0, open - 1);
  }
  return open > 0;
}

const SINGULAR_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'each']);

/**
 * "The document states that…", "It states that…", "Byrne … states that…": the verb "states" has one
 * subject, a pronoun, a name or a phrase opened by "the", "a", "its"…. "nine states: Ohio…",
 * "battleground states, according to…", "several states that voted" (a relative clause after
 * "that") are the noun.
 */
function statesSubject(tokens: readonly Token[], phrase: PhraseTokens, after: number, to: number): boolean {
  if (after + 1 < to && tokens[after].lower === 'that' && (AUXILIARIES.has(tokens[after + 1].lower) || (!tokens[after + 1].isCapitalized && tokens[after + 1].lower.endsWith('ed')))) return false;
  const first = tokens[phrase.first];
  const last = tokens[phrase.last].lower;
  if (/^\d/.test(last) || (DETERMINERS.has(last) && !SINGULAR_DETERMINERS.has(last))) return false;
  if (PRONOUN_WORDS.has(first.lower) || SINGULAR_DETERMINERS.has(first.lower)) return true;
  for (let k = phrase.first; k <= phrase.last; k++) if (!tokens[k].isCapitalized || DETERMINERS.has(tokens[k].lower)) return false;
  return true;
}

/**
 * "Smith said he believes…", "told the Times that Carter believes…", "says she opposes the deal": the
 * belief or stance is part of what was said, one attribution, not two. A belief cue whose source is inside
 * an earlier speech cue's content, or a stance whose pronoun source opens it.
 */
function isNestedBelief(tokens: readonly Token[], phrase: PhraseTokens, cue: CueEntry, earlier: readonly Attribution[], s: number): boolean {
  const stance = cue.kind === 'stance' && PRONOUN_WORDS.has(tokens[phrase.first].lower);
  if (!BELIEF_CUES.has(cue.lemma) && !stance) return false;
  const outer = earlier.length > 0 ? earlier[earlier.length - 1] : null;
  if (outer === null || outer.sentence !== s || outer.cueKind !== 'speech' || outer.content === null) return false;
  // "Clinton now says she opposes the deal": a stance is part of what was said when it opens what was said.
  if (stance && !BELIEF_CUES.has(cue.lemma)) return outer.content.start === tokens[phrase.first].start;
  return outer.content.start <= tokens[phrase.first].start && outer.content.end >= tokens[phrase.first].end;
}

/**
 * "Do you think…?", "asked if she believed…", "what he thinks of Obama": a belief asked about, or one
 * about a topic rather than a proposition, attributes nothing.
 */
function isBeliefAskedAbout(tokens: readonly Token[], phrase: PhraseTokens, cue: CueEntry, cueLast: number, from: number, to: number): boolean {
  if (!BELIEF_CUES.has(cue.lemma)) return false;
  const before = phrase.first - 1 >= from ? tokens[phrase.first - 1].lower : '';
  const after = cueLast + 1 < to ? tokens[cueLast + 1].lower : '';
  return QUESTION_LEADS.has(before) || AUXILIARIES.has(before) || after === 'of' || after === 'about';
}

/**
 * Naming verbs (call, dub, label, brand, term) that say what something is named, or that make a
 * phone call, not what someone calls it: "a company called Harmony Enterprises", "launched a campaign
 * called…", "called Sanders to congratulate him", "called off the deal".
 */
function isNamingNotSaying(tokens: readonly Token[], phrase: PhraseTokens, cue: CueEntry, cueLast: number, from: number, to: number): boolean {
  if (!NAMING_CUES.has(cue.lemma)) return false;
  const next = cueLast + 1 < to ? tokens[cueLast + 1] : null;
  if (next && (PARTICLES.has(next.lower) || next.lower === 'into' || next.lower === 'back')) return true;
  // "Eric Trump called.": a telephone call.
  if (next === null || SENTENCE_END.has(next.lower)) return true;
  // "called Sanders to congratulate him", "called her at one point", "called Mr. Ortiz on Friday"
  // ("called on Kurds to…" is a public call). One calls a person, not "it": "as he called it." names something.
  const called = OBJECT_PRONOUNS.has(next.lower) ? { first: cueLast + 1, last: cueLast + 1 } : nameOrPronounAt(tokens, cueLast + 1, to);
  if (called && next.lower !== 'it' && (called.last + 1 >= to || endsCall(tokens, called.last + 1, to))) return true;
  if (cue.form !== 'past' && cue.form !== 'participle') return false;
  const head = tokens[phrase.last];
  if (head.isCapitalized || PRONOUN_WORDS.has(head.lower)) return false;
  // The named thing is an object ("lead a program called…") or a new indefinite one ("A new group called Black Votes Matter").
  const before = phrase.first - 1 >= from ? tokens[phrase.first - 1] : null;
  const isObject = before !== null && before.isWord && !CONJUNCTIONS.has(before.lower) && !RELATIVES.has(before.lower) && !isAdverbToken(before);
  return isObject || (['a', 'an', 'one'].includes(tokens[phrase.first].lower) && next !== null && next.isCapitalized);
}

/**
 * "Sanders calls Clinton unqualified", "Sanders calls himself a socialist", "Judge rejects New York Times
 * request": after a name or a pronoun, a characterization verb with a name or a pronoun after it is the verb,
 * no noun ("calls", "rejects", "praises" are nouns too).
 */
function characterizesNamedObject(tokens: readonly Token[], phrase: PhraseTokens, cue: CueEntry, cueLast: number, to: number): boolean {
  // The base form after a modal or "to" may be a telephone call ("she should call Compaq's chief right away").
  if (cue.kind !== 'characterization' || cue.form === 'base' || cueLast + 1 >= to) return false;
  const subject = tokens[phrase.last];
  const object = tokens[cueLast + 1];
  return (subject.isCapitalized || PRONOUN_WORDS.has(subject.lower)) && object.isWord && (object.isCapitalized || OBJECT_PRONOUNS.has(object.lower) || REFLEXIVES.has(object.lower));
}

/** After whom was called: "to" ("called Sanders to congratulate him"), a preposition other than "as", the end, or a time. */
function endsCall(tokens: readonly Token[], at: number, to: number): boolean {
  const lower = tokens[at].lower;
  if (lower === 'to' || SENTENCE_END.has(lower) || TIME_WORDS.has(lower) || CALL_TIMES.has(lower)) return true;
  if (lower === 'on') return at + 1 < to && TIME_WORDS.has(tokens[at + 1].lower);
  return PREPOSITIONS.has(lower) && lower !== 'as';
}

/**
 * "the Associated Press report, which…", "The October report exceeded…", "a CNN report that…": a base
 * form right after a singular subject cannot be its verb ("the agency report" is no "the agency reports"),
 * so the cue word is a noun. Pronouns ("I report", "they claim") and plurals ("officials report") agree.
 */
function isNounAfterSingular(tokens: readonly Token[], phrase: PhraseTokens, cue: CueEntry, i: number, from: number): boolean {
  if (cue.form !== 'base' || !NOUN_LIKE_CUES.has(tokens[i].lower) || phrase.last !== i - 1) return false;
  // "Data from the Census Bureau show": a plural head before a post-modifier agrees with the verb.
  const head = tokens[phrase.last];
  const modified = tokens[headBeforePostmodifier(tokens, phrase)];
  if (modified !== head && (modified.lower.endsWith('s') || PLURAL_NOUNS.has(modified.lower))) return false;
  if (PRONOUN_WORDS.has(head.lower) || NON_SOURCES.has(head.lower) || head.lower === 'who') return false;
  // A capital is a name ("the Associated Press report") unless it only opens the sentence ("Studies show").
  return (head.isCapitalized && phrase.last > from) || !head.lower.endsWith('s');
}

/**
 * "Sanders' comments Tuesday", "his introductory remarks were…", "top news tweets about the attacks",
 * "22% of Democratic claims as true", "newly filed campaign-finance reports shows": a plural noun,
 * not a verb. After a possessive or a plural determiner an -s word cannot be a verb; after any other
 * modifier it is the noun when what follows is no clause but its own verb ("remarks were", "reports
 * shows"), a relative clause ("reports that track…") or "of", "about", "as" ("reports of").
 */
function isPluralNoun(input: AttributionInput, phrase: PhraseTokens, cue: CueEntry, i: number, cueLast: number, to: number): boolean {
  const { tokens } = input;
  if (cue.form !== 'present' || cueLast !== i || !NOUN_LIKE_CUES.has(tokens[i].lower)) return false;
  // "Brunei and Taiwan have claims in the area": after an auxiliary a verb takes no -s.
  if (AUXILIARIES.has(tokens[i - 1].lower) && !tokens[i - 1].isCapitalized) return true;
  if (phrase.last !== i - 1) return false;
  const previous = tokens[i - 1];
  if (isPossessive(previous.lower) || POSSESSIVE_PRONOUNS.has(previous.lower) || isPluralPossessiveMark(tokens, i - 1)) return true;
  // "several reports", "these claims", "multiple tweets": a plural determiner agrees with no -s verb.
  if ((DETERMINERS.has(previous.lower) && !SINGULAR_DETERMINERS.has(previous.lower) && previous.lower !== 'one') || PLURAL_QUANTIFIERS.has(previous.lower)) return true;
  if (PRONOUN_WORDS.has(previous.lower) || i + 1 >= to) return false;
  const next = tokens[i + 1];
  // "Republican claims as false": no verb of saying takes "as", "of" or "about" right after it, after a name either.
  if (next.lower === 'of' || next.lower === 'about' || next.lower === 'as') return true;
  // A name before may be the subject ("what Trump claims is a hoax"); a lower-case modifier may not.
  if (phrase.first === phrase.last && previous.isCapitalized) return false;
  // "mass protests in Charlotte": a place, time or group after the noun; a verb of saying takes none of these first.
  if (AUXILIARIES.has(next.lower) || PLACE_PREPOSITIONS.has(next.lower)) return true;
  // "late-night tweets targeting Machado": a participle right after it modifies the noun; a verb of saying takes none.
  if (next.isWord && !next.isCapitalized && next.lower.length > 5 && next.lower.endsWith('ing')) return true;
  if (next.isWord && !next.isCapitalized && next.lower.endsWith('s') && input.lists.cues.matchAt(tokens, i + 1, to)?.value.form === 'present') return true;
  const afterNext = i + 2 < to ? tokens[i + 2] : null;
  return RELATIVES.has(next.lower) && afterNext !== null && (next.lower !== 'that' || AUXILIARIES.has(afterNext.lower) || (!afterNext.isCapitalized && afterNext.lower.endsWith('ed')));
}

/** "Sanders’ comments": an apostrophe closing no quotation, right after a word in -s, makes it possessive. */
function isPluralPossessiveMark(tokens: readonly Token[], mark: number): boolean {
  const word = tokens[mark - 1];
  return tokens[mark].quote < 0 && word !== undefined && word.isWord && word.end === tokens[mark].start && word.lower.endsWith('s');
}

/** The source of the last cue before this one in the sentence, as token indices. */
function sourceOfEarlierCue(input: AttributionInput, s: number, earlier: readonly Attribution[]): PhraseTokens | null {
  const last = earlier.length > 0 ? earlier[earlier.length - 1] : null;
  if (!last || last.sentence !== s || !last.source || last.cueKind === 'question') return null;
  const { tokens } = input;
  let first = input.sentenceTokenStart[s];
  while (first < tokens.length && tokens[first].start < last.source.span.start) first++;
  let end = first;
  while (end + 1 < tokens.length && tokens[end + 1].end <= last.source.span.end) end++;
  return tokens[first]?.start === last.source.span.start ? { first, last: end } : null;
}

/** Where to look for a negation of the cue: after an appositive ("Clinton, who did not say X, said"). */
function afterLastComma(tokens: readonly Token[], from: number, cue: number): number {
  let start = from;
  for (let k = from; k < cue; k++) if (tokens[k].lower === ',') start = k + 1;
  return start;
}

/** "The AP, which first reported…", "the study -- which notes…": the cue is in a relative clause that a comma or dash opens. */
function hasCommaRelativeBefore(tokens: readonly Token[], from: number, cue: number): boolean {
  for (let k = from; k < cue; k++) if ((tokens[k].lower === ',' || DASHES.has(tokens[k].lower)) && k + 1 < cue && ['which', 'many', 'most', 'some', 'all'].includes(tokens[k + 1].lower)) return true;
  return false;
}

function isCommaRelative(tokens: readonly Token[], phrase: PhraseTokens, from: number): boolean {
  return phrase.first === phrase.last && tokens[phrase.first].lower === 'who' && phrase.first - 1 >= from && tokens[phrase.first - 1].lower === ',';
}

/** The end of a relative clause: its closing comma or dash, or the sentence's end. */
function relativeClauseEnd(input: AttributionInput, s: number, from: number): number {
  const { tokens } = input;
  const to = input.sentenceTokenStart[s + 1];
  for (let k = from; k < to; k++) if ((tokens[k].lower === ',' || DASHES.has(tokens[k].lower)) && tokens[k].quote < 0) return k > from ? tokens[k - 1].end : tokens[k].start;
  return contentEnd(input, s);
}

function sourceOf(input: AttributionInput, phrase: PhraseTokens): Source {
  const { tokens } = input;
  return {
    span: { start: tokens[phrase.first].start, end: tokens[phrase.last].end },
    kind: classifySource(tokens, phrase, input.prose, input.lists),
    refersTo: null,
  };
}

/** "is saying", "is now saying", "was repeatedly telling": a form of "be", perhaps with adverbs, before the gerund. */
function isProgressive(tokens: readonly Token[], cue: number, from: number): boolean {
  let k = cue - 1;
  while (k > from && tokens[k].isWord && isAdverbToken(tokens[k]) && !BE_FORMS.has(tokens[k].lower)) k--;
  return k >= from && BE_FORMS.has(tokens[k].lower);
}

/** "As reported", "as first noted": the index of "as" before the participle (adverbs between), or null. */
function asBefore(tokens: readonly Token[], cue: number, from: number): number | null {
  let k = cue - 1;
  while (k > from && tokens[k].isWord && isAdverbToken(tokens[k])) k--;
  return k >= from && tokens[k].lower === 'as' && (k === from || tokens[k - 1].lower === ',') ? k : null;
}

function isPassive(tokens: readonly Token[], cue: number, from: number): boolean {
  let k = cue - 1;
  while (k >= from && tokens[k].isWord && isAdverbToken(tokens[k])) k--;
  return k >= from && BE_FORMS.has(tokens[k].lower);
}

const CAUSATIVE_VERBS = new Set<string>(grammarData.causativeVerbs);
/** How long the object of a verb of causing may be ("Republican National Committee Chairman Reince Priebus"). */
const MAX_CAUSED_OBJECT = 7;

/**
 * "The victory led Republican National Committee Chairman Reince Priebus to declare…", "forced Sanders
 * to acknowledge…", "prompted the atlas to state…": the object of a verb of causing is made to speak,
 * and did. Only an object of words with no comma or verb group of its own.
 */
function madeToSpeak(tokens: readonly Token[], cue: number, from: number): PhraseTokens | null {
  if (cue - 3 < from || tokens[cue - 1].lower !== 'to') return null;
  for (let k = cue - 2; k > from && cue - 1 - k <= MAX_CAUSED_OBJECT; k--) {
    if (CAUSATIVE_VERBS.has(tokens[k].lower)) return k < cue - 2 && canBeHead(tokens[cue - 2]) ? { first: k + 1, last: cue - 2 } : null;
    const token = tokens[k];
    if ((!token.isWord && token.lower !== '.') || AUXILIARIES.has(token.lower) || RELATIVES.has(token.lower) || PREPOSITIONS.has(token.lower)) return null;
  }
  return null;
}

/** Words before a bare "asked" that make it a question put to someone: "said when asked whether…", "…, asked about his claims,". */
const ASKED_CLAUSE_LEADS = new Set(['when', 'whenever', 'after', 'once', ',']);

/**
 * "Trump was asked whether…", "Mrs. Clinton said when asked what…", "Carson, asked about his claims, said…":
 * a question put to someone by an asker the text leaves out, so no one is its source (the one asked
 * answers in a cue of their own). Only passive or after "when" or a comma, and only before what was
 * asked (a question word, "about", a colon or a quotation; "was asked to speak" is a request): `"…," asked
 * Smith` names the asker, and "was asked by a reporter" is the passive with its agent. Returns what was
 * asked, to the next comma or the sentence's end.
 */
function questionPutByNoOne(tokens: readonly Token[], cue: number, cueLast: number, from: number, to: number): Span | null {
  let k = cue - 1;
  while (k >= from && tokens[k].isWord && isAdverbToken(tokens[k])) k--;
  if (k < from || !(BE_FORMS.has(tokens[k].lower) || ASKED_CLAUSE_LEADS.has(tokens[k].lower))) return null;
  // "was asked, “If you had known…?”": the question may follow a comma.
  const questionAt = tokens[cueLast + 1]?.lower === ',' && OPENING_QUOTES.has(tokens[cueLast + 2]?.lower ?? '') ? cueLast + 2 : cueLast + 1;
  const next = tokens[questionAt];
  if (!next || !(QUESTION_LEADS.has(next.lower) || next.lower === 'about' || next.lower === ':' || OPENING_QUOTES.has(next.lower))) return null;
  const comma = nextComma(tokens, questionAt + 1, to);
  const last = comma === null ? lastWordBefore(tokens, to - 1, cueLast + 1) : comma - 1;
  return { start: next.start, end: tokens[last].end };
}

/** The last token at or before `at` that is not a sentence's final mark, not before `min`. */
function lastWordBefore(tokens: readonly Token[], at: number, min: number): number {
  let k = at;
  while (k > min && SENTENCE_END.has(tokens[k].lower)) k--;
  return k;
}

function findBy(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to && k - from < 14; k++) {
    if (tokens[k].lower === 'by') return k;
    if (tokens[k].lower === ';') return null;
  }
  return null;
}

/**
 * Speech follows the cue: "that", a colon, a quotation or a dash, possibly after an object ("told
 * reporters that"), or a clause ("claims the election was stolen": a subject, then "was", "would"…).
 */
/**
 * The sentence's subject when it names someone: the phrase that opens the sentence (after "But",
 * "And", "Still"…) and is followed by a lower-case word, its verb. Named or pronoun sources only.
 */
export function sentenceSubject(input: Pick<AttributionInput, 'tokens' | 'sentenceTokenStart' | 'prose' | 'lists'>, s: number, kinds: ReadonlySet<SourceKind> = NAMED_OR_PRONOUN): PhraseTokens | null {
  const { tokens } = input;
  let from = input.sentenceTokenStart[s];
  const to = input.sentenceTokenStart[s + 1];
  from = afterIntroductoryPhrase(tokens, afterDateline(tokens, from, to), to);
  while (from < to && tokens[from].isWord && (CONJUNCTIONS.has(tokens[from].lower) || isAdverb(tokens[from].lower))) from++;
  if (from >= to || !tokens[from].isWord || tokens[from].quote >= 0) return null;
  // A pronoun takes no modifiers: "it attacked Trump" is "it" and its verb.
  const found = PRONOUN_WORDS.has(tokens[from].lower) ? { first: from, last: from } : sourceAfter(tokens, from, to - 1);
  if (!found) return null;
  const phrase = nameOnly(tokens, found, input.sentenceTokenStart[s]);
  const verbAt = afterAppositive(tokens, afterParenthesis(tokens, phrase.last + 1, to), to);
  if (verbAt >= to) return null;
  const verb = tokens[verbAt];
  if (!verb.isWord || verb.isCapitalized) return null;
  return kinds.has(classifySource(tokens, phrase, input.prose, input.lists)) ? phrase : null;
}

/** "Says" ending a Title Case headline after a name: "Trump Could Address Clean Energy, Lindsey Graham Says." */
function isHeadlineTag(input: AttributionInput, at: number, to: number): boolean {
  const { tokens } = input;
  let end = to;
  while (end > at + 1 && !tokens[end - 1].isWord) end--;
  // "…Over Police Shooting Comments.": a word that is also a noun ends a headline as its noun.
  return end === at + 1 && at >= 2 && !NOUN_LIKE_CUES.has(tokens[at].lower) && tokens[at - 1].isCapitalized && tokens[at - 2].isCapitalized && isTitleCaseSentence(tokens, input.sentenceTokenStart[tokens[at].sentence], to);
}

/** "Bernie Sanders Says He’s Already Started…": in a Title Case headline a present-tense cue may follow its capitalised source. */
function isHeadlineVerb(input: AttributionInput, at: number, from: number, to: number): boolean {
  const { tokens } = input;
  return at >= from + 1 && tokens[at - 1].isWord && tokens[at - 1].isCapitalized && tokens[at].lower.endsWith('s') && !NOUN_LIKE_CUES.has(tokens[at].lower) && isTitleCaseSentence(tokens, from, to);
}

function isTitleCaseSentence(tokens: readonly Token[], from: number, to: number): boolean {
  let long = 0;
  let capitalized = 0;
  for (let k = from; k < to; k++) {
    if (!tokens[k].isWord || tokens[k].lower.length <= 3) continue;
    long++;
    if (tokens[k].isCapitalized) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.7;
}

/** The word opens its sentence, perhaps after "When" or an opening quote: "Asked whether…", "When asked…". */
function opensSentence(tokens: readonly Token[], at: number, from: number): boolean {
  let k = from;
  while (k < at && !tokens[k].isWord) k++;
  if (k < at && tokens[k].lower === 'when') k++;
  return k === at;
}

function nextComma(tokens: readonly Token[], from: number, to: number): number | null {
  for (let k = from; k < to; k++) if (tokens[k].lower === ',' && tokens[k].quote < 0) return k;
  return null;
}

/** "President Barack Obama met survivors": a name ends at the first lower-case word after it. */
function nameOnly(tokens: readonly Token[], phrase: PhraseTokens, sentenceStart: number): PhraseTokens {
  let k = phrase.first;
  if (DETERMINERS.has(tokens[k].lower)) k++; // "The", capitalised only because it opens the sentence
  if (k > phrase.last || !tokens[k].isCapitalized) return phrase;
  const nameStart = k;
  while (k <= phrase.last && (tokens[k].isCapitalized || tokens[k].lower === '.')) k++;
  // One capitalised word may only be capitalised because it opens the sentence ("Veteran analyst …"),
  // unless a past tense follows ("Trump attacked Clinton").
  const isName = k - nameStart >= 2 || !opensSentence(tokens, nameStart, sentenceStart) || tokens[k]?.lower.endsWith('ed');
  return k <= phrase.last && isName ? { first: phrase.first, last: k - 1 } : phrase;
}

/** "Dean, a former party chairman, poked at…": the verb after an appositive set off by commas. */
function afterAppositive(tokens: readonly Token[], at: number, to: number): number {
  if (at >= to || tokens[at].lower !== ',') return at;
  for (let k = at + 1; k < to && k - at <= 15; k++) {
    if (tokens[k].lower === ',') return k + 1;
    if (!tokens[k].isWord && !['.', '(', ')', '-', "'"].includes(tokens[k].lower)) return to;
  }
  return to;
}

/** Past a parenthesis after a name: "Rep. Hakeem Jeffries (D-N.Y.) reacted…". */
function afterParenthesis(tokens: readonly Token[], at: number, to: number): number {
  if (at >= to || tokens[at].lower !== '(') return at;
  for (let k = at + 1; k < to && k - at <= 8; k++) if (tokens[k].lower === ')') return k + 1;
  return at;
}

/**
 * Past the short opening phrases before the subject, each with its comma: "In 2016, Smith endorsed…",
 * "At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton tried…" (a state after its town, then a time).
 */
function afterIntroductoryPhrase(tokens: readonly Token[], from: number, to: number): number {
  const next = afterOneIntroductoryPhrase(tokens, from, to);
  if (next === from) return from;
  // "…in Ames, Iowa, on Sunday,": a capitalised word and its comma before another opening phrase.
  const place = next + 2 < to && tokens[next].isCapitalized && tokens[next + 1].lower === ',' && PREPOSITIONS.has(tokens[next + 2].lower) ? next + 2 : next;
  const further = afterOneIntroductoryPhrase(tokens, place, to);
  return further === place ? next : further;
}

function afterOneIntroductoryPhrase(tokens: readonly Token[], from: number, to: number): number {
  // "Minutes later, the campaign…", "Two days ago, she…": a span of time counted back or on.
  for (let k = from + 1; k < to && k - from <= 3; k++) if (['later', 'ago'].includes(tokens[k].lower) && tokens[k + 1]?.lower === ',') return k + 2;
  // "Meanwhile, it attacked…", "However, she…": one word and a comma.
  if (from + 1 < to && isAdverb(tokens[from].lower) && tokens[from + 1].lower === ',') return from + 2;
  if (from >= to || !(PREPOSITIONS.has(tokens[from].lower) || TIME_WORDS.has(tokens[from].lower) || isAdverb(tokens[from].lower))) return from;
  for (let k = from + 1; k < to && k - from <= 10; k++) {
    // "On July 6, 2015, Sanders said": the year of a date is part of the phrase.
    if (tokens[k].lower === ',' && k + 2 < to && /^(1[89]|20)\d\d$/.test(tokens[k + 1].lower) && tokens[k + 2].lower === ',') return k + 3;
    if (tokens[k].lower === ',') return k + 1;
    if (!tokens[k].isWord && tokens[k].lower !== '.') return from;
  }
  return from;
}

/** Past a wire dateline opening the sentence: "(Reuters) -", "WASHINGTON (AP) —". */
function afterDateline(tokens: readonly Token[], from: number, to: number): number {
  let k = from;
  while (k < to && k - from < 3 && tokens[k].isWord && tokens[k].isCapitalized) k++;
  if (k >= to || tokens[k].lower !== '(') return from;
  const open = k;
  while (k < to && tokens[k].lower !== ')' && k - open < 6) k++;
  if (k + 1 >= to || tokens[k].lower !== ')' || !DASHES.has(tokens[k + 1].lower)) return from;
  return k + 2;
}

export function speechFollows(tokens: readonly Token[], at: number, to: number): boolean {
  // "calls into the hotline were…", "protests in Charlotte broke out": a clause cannot open with a
  // preposition, so a later auxiliary shows a noun, not a cue ("confirmed on Monday that…" still counts).
  const opensWithPreposition = at < to && PREPOSITIONS.has(tokens[at].lower);
  for (let k = at; k < to && k < at + 8; k++) {
    const lower = tokens[k].lower;
    if (lower === 'that' || lower === ':' || OPENING_QUOTES.has(lower) || lower === '—') return true;
    if (k === at && lower === ',') return true;
    if (!tokens[k].isWord) return false;
    if (k > at && AUXILIARIES.has(lower) && !opensWithPreposition) return true;
    // "claims he's worth $10 billion": a subject and its auxiliary in one word.
    if (isPronounContraction(lower)) return true;
  }
  return false;
}

/** "will endorse", "would not push for", "he'll oppose": a modal, perhaps with adverbs or "not", before the verb. */
function isUnderModal(tokens: readonly Token[], cue: number, from: number): boolean {
  for (let k = cue - 1; k >= from && tokens[k].isWord; k--) {
    if (MODALS.has(tokens[k].lower) || tokens[k].lower.endsWith("'ll")) return true;
    if (!isAdverbToken(tokens[k]) && !NEGATIONS.has(tokens[k].lower)) return false;
  }
  return false;
}

function isNegated(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (NEGATIONS.has(tokens[k].lower) || tokens[k].lower === 'declined' || tokens[k].lower === 'refused') return true;
  return false;
}

/** The phrase's last word, or its head before a post-modifier ("Exit polls from the primary"), is a document. */
function isDocument(tokens: readonly Token[], phrase: PhraseTokens): boolean {
  return DOCUMENT_WORD.test(tokens[phrase.last].lower) || DOCUMENT_WORD.test(tokens[headBeforePostmodifier(tokens, phrase)].lower);
}

/** "Data from the Census Bureau" → "Data": the word before the phrase's first preposition, else its last word. */
function headBeforePostmodifier(tokens: readonly Token[], phrase: PhraseTokens): number {
  for (let k = phrase.first + 1; k <= phrase.last; k++) if (NOUN_PHRASE_PREPOSITIONS.has(tokens[k].lower)) return k - 1;
  return phrase.last;
}

/**
 * A document with its modifiers before an evidence cue: "A CNN/ORC poll last month", "The poll by the
 * Public Policy Institute of California", "A survey conducted by the network". The phrase runs from
 * the document's determiner to the cue; it does not cross a comma or a clause.
 */
function documentBefore(tokens: readonly Token[], cue: number, from: number): PhraseTokens | null {
  for (let k = cue - 1; k >= from && cue - k <= 12; k--) {
    const token = tokens[k];
    if (token.quote >= 0 || (!token.isWord && token.lower !== '/' && token.lower !== '-' && token.lower !== '.') || RELATIVES.has(token.lower) || CONJUNCTIONS.has(token.lower)) return null;
    if (!token.isWord || token.isCapitalized || !DOCUMENT_WORD.test(token.lower)) continue;
    // The document word heads its phrase: "poll last month", "poll by…", "poll released…", not "report area".
    const next = tokens[k + 1];
    const heads = k + 1 === cue || !next.isWord || next.isCapitalized || PREPOSITIONS.has(next.lower) || TIME_WORDS.has(next.lower)
      || ['last', 'this', 'out'].includes(next.lower) || (next.lower.endsWith('ed') && next.lower.length > 4);
    if (!heads) return null;
    const first = phraseStartBefore(tokens, k, from);
    let last = skipBackOverVerbGroup(tokens, cue - 1, from);
    while (last > k && !tokens[last].isCapitalized && tokens[last].lower.endsWith('ed')) last--; // "…released" Wednesday
    return DETERMINERS.has(tokens[first].lower) || tokens[first].isCapitalized || first === from ? { first, last } : null;
  }
  return null;
}

/** Content that precedes its speaker: the quotation that closes right before, or the sentence up to the comma. */
function contentBefore(input: AttributionInput, s: number, separatorIndex: number): Span {
  const { tokens } = input;
  const from = input.sentenceTokenStart[s];
  let k = separatorIndex;
  if (tokens[k].lower === ',' && k - 1 >= from && CLOSING_QUOTES.has(tokens[k - 1].lower)) k--;
  if (CLOSING_QUOTES.has(tokens[k].lower)) {
    const quotation = tokens[k].quote >= 0 ? input.quotations[tokens[k].quote] : undefined;
    if (quotation && quotation.span.end === tokens[k].end) return quotation.span;
  }
  return { start: input.sentences[s].span.start, end: tokens[separatorIndex].start };
}

/** `"Part one," he said, "part two."`: the quotation that resumes after the attribution. */
function quotationAfterComma(input: AttributionInput, at: number, to: number): Quotation | null {
  const { tokens } = input;
  if (at + 1 >= to || tokens[at].lower !== ',' || !OPENING_QUOTES.has(tokens[at + 1].lower)) return null;
  return quotationOpeningAt(input, tokens[at + 1]);
}

/** The quotation whose opening mark is this token (tokens know their quotation: no search). */
function quotationOpeningAt(input: AttributionInput, mark: Token): Quotation | null {
  const quotation = mark.quote >= 0 ? input.quotations[mark.quote] : undefined;
  return quotation && quotation.span.start === mark.start ? quotation : null;
}

/** The sentence's end, before its final punctuation. */
function contentEnd(input: AttributionInput, s: number): number {
  const { tokens } = input;
  const from = input.sentenceTokenStart[s];
  let k = input.sentenceTokenStart[s + 1] - 1;
  while (k > from && !tokens[k].isWord && (SENTENCE_END.has(tokens[k].lower) || CLOSING_QUOTES.has(tokens[k].lower) || tokens[k].lower === ')')) {
    if (CLOSING_QUOTES.has(tokens[k].lower)) return input.sentences[s].span.end;
    k--;
  }
  return tokens[k].end;
}

function nonEmpty(span: Span): Span | null {
  return span.end > span.start ? span : null;
}
