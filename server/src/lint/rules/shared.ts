// Questions several rules ask of the analysis, and the placeholder fixes they share.
import type { Analysis, Attribution, Fix, Quotation, Span, Token } from '../types';
import type { SpeculativeKind, WordLists } from '../wordLists';
import type { PhraseMatch } from '../phraseMatcher';
import { DETERMINERS } from '../grammar';
import { speechFollows } from '../attributions';

/** Attributions with a source, by the sentence their cue is in, and which sentences hold one that makes a claim. */
interface SentenceAttributions {
  bySentence: Attribution[][];
  /** True at a sentence with an attribution that makes a claim (see makesClaim): what hasSpeakerInReach asks of up to three sentences each. */
  makesClaimIn: boolean[];
}

/** Shared by every sentence without an attribution; never pushed to (a sentence's first attribution gets a list of its own). */
const NO_ATTRIBUTIONS: Attribution[] = [];

const sentenceAttributionsCache = new WeakMap<Analysis, SentenceAttributions>();

function sentenceAttributions(analysis: Analysis): SentenceAttributions {
  let cached = sentenceAttributionsCache.get(analysis);
  if (!cached) {
    cached = groupBySentence(analysis);
    sentenceAttributionsCache.set(analysis, cached);
  }
  return cached;
}

/** Arrays by sentence index, not maps: every sentence is asked about, and an index is cheaper than a lookup. */
function groupBySentence(analysis: Analysis): SentenceAttributions {
  const count = analysis.sentences.length;
  const bySentence: Attribution[][] = new Array(count).fill(NO_ATTRIBUTIONS);
  const makesClaimIn: boolean[] = new Array(count).fill(false);
  for (const attribution of analysis.attributions) {
    if (!attribution.source) continue;
    const s = attribution.sentence;
    if (bySentence[s] === NO_ATTRIBUTIONS) bySentence[s] = [attribution];
    else bySentence[s].push(attribution);
    if (makesClaim(attribution)) makesClaimIn[s] = true;
  }
  return { bySentence, makesClaimIn };
}

/** Attributions with a source, grouped by the sentence their cue is in (an empty list for a sentence with none). */
export function attributionsBySentence(analysis: Analysis): readonly (readonly Attribution[])[] {
  return sentenceAttributions(analysis).bySentence;
}

/** A listed phrase and the token index of its first word. */
export interface PhraseAt<T> {
  start: number;
  match: PhraseMatch<T>;
}

/** The phrases of three word lists outside quotations, each within its sentence, as the rules that report them read them. */
export interface ListedPhrases {
  /** Hedges ("is said to", "allegedly"), in order, overlapping ones included. */
  hedges: PhraseAt<string>[];
  /** Speculative wording, in order: none inside a hedge (hedged-wording's to report) nor inside another. */
  speculative: PhraseAt<SpeculativeKind>[];
  /** Grants of anonymity ("on condition of anonymity"), in order, none inside another. */
  anonymity: PhraseAt<string>[];
}

const listedPhrasesCache = new WeakMap<Analysis, { lists: WordLists; phrases: ListedPhrases }>();

/**
 * The hedges, speculative wording and grants of anonymity, looked up once for the rules that need them
 * (hedged-wording reports hedges and speculative-wording steps over them), in one reading of the
 * tokens: the step from token to token, not the lookup, is most of a reading's cost, and each of the
 * three rules used to read every token itself.
 */
export function listedPhrasesAt(analysis: Analysis, lists: WordLists): ListedPhrases {
  const cached = listedPhrasesCache.get(analysis);
  if (cached && cached.lists === lists) return cached.phrases;
  const phrases = findListedPhrases(analysis, lists);
  listedPhrasesCache.set(analysis, { lists, phrases });
  return phrases;
}

/**
 * The lookup itself, in a function that ends with its loop. V8 compiles a long loop while it runs,
 * before the statements after it have ever run; compiled that way, the caching after the loop sent
 * every later lint back to the interpreter there (a deoptimisation per lint, ten per long draft).
 */
function findListedPhrases(analysis: Analysis, lists: WordLists): ListedPhrases {
  const { tokens, sentenceTokenStart } = analysis;
  const phrases: ListedPhrases = { hedges: [], speculative: [], anonymity: [] };
  // Where the next speculative phrase and the next grant of anonymity may start: a phrase's words are
  // not read again for another of its list, and speculative wording is not looked for inside a hedge.
  let speculativeFrom = 0;
  let anonymityFrom = 0;
  for (let s = 0; s < analysis.sentences.length; s++) {
    const to = sentenceTokenStart[s + 1];
    for (let i = sentenceTokenStart[s]; i < to; i++) {
      // Every listed phrase starts with a word ("allegedly", "on condition of anonymity").
      if (!tokens[i].isWord || tokens[i].quote >= 0) continue;
      const hedge = lists.hedges.matchAt(tokens, i, to);
      if (hedge) {
        phrases.hedges.push({ start: i, match: hedge });
        if (i >= speculativeFrom) speculativeFrom = i + hedge.length;
      } else if (i >= speculativeFrom) {
        const match = lists.speculative.matchAt(tokens, i, to);
        if (match) {
          phrases.speculative.push({ start: i, match });
          speculativeFrom = i + match.length;
        }
      }
      if (i >= anonymityFrom) {
        const match = lists.anonymityPhrases.matchAt(tokens, i, to);
        if (match) {
          phrases.anonymity.push({ start: i, match });
          anonymityFrom = i + match.length;
        }
      }
    }
  }
  return phrases;
}

/**
 * True when someone is named as saying what lies at `span`: it is inside the content of an
 * attribution with a source (from its own sentence, or a lead-in "X said:" in the paragraph before).
 * Questions ("the anchor asked about alleged attacks") attribute nothing.
 */
export function isAttributedAt(analysis: Analysis, sentence: number, span: Span): boolean {
  const { bySentence } = sentenceAttributions(analysis);
  const paragraphIndex = analysis.sentences[sentence].paragraph;
  const paragraph = analysis.paragraphs[paragraphIndex];
  // Content lies in the cue's own sentence, except a quotation that ends in the next sentence
  // ("A. B," he said) and the paragraph after a lead-in ("X said:").
  const candidates = [sentence];
  if (sentence + 1 < paragraph.endSentence) candidates.push(sentence + 1);
  if (paragraphIndex > 0) candidates.push(analysis.paragraphs[paragraphIndex - 1].endSentence - 1);
  for (const s of candidates) {
    // A paragraph before may hold no sentence (s = -1): nothing is attributed there.
    for (const attribution of bySentence[s] ?? NO_ATTRIBUTIONS) {
      if (!makesClaim(attribution) || !attribution.content) continue;
      if (attribution.content.start <= span.start && attribution.content.end >= span.end) return true;
    }
  }
  return false;
}

/** Questions ("asked about alleged attacks") and stances ("wants the alleged bribe investigated") attribute no claim. */
function makesClaim(attribution: Attribution): boolean {
  return attribution.cueKind !== 'question' && attribution.cueKind !== 'stance';
}

/** A speaker is named in this sentence or a neighbouring sentence of the same paragraph. */
export function hasSpeakerInReach(analysis: Analysis, sentence: number): boolean {
  const { makesClaimIn } = sentenceAttributions(analysis);
  const paragraph = analysis.paragraphs[analysis.sentences[sentence].paragraph];
  for (let s = Math.max(paragraph.firstSentence, sentence - 1); s <= Math.min(paragraph.endSentence - 1, sentence + 1); s++) {
    if (makesClaimIn[s]) return true;
  }
  return false;
}

/** Where a sentence's final punctuation starts (before closing quotes), or its end when it has none. */
export function beforeFinalPunctuation(analysis: Analysis, sentence: number): number {
  const { start, end } = analysis.sentences[sentence].span;
  const text = analysis.text;
  let at = end;
  while (at > start && /[\s"”’')\]]/.test(text[at - 1])) at--;
  if (at > start && /[.!?…]/.test(text[at - 1])) {
    while (at > start && /[.!?…]/.test(text[at - 1])) at--;
    return at;
  }
  return end;
}

/** Inserts ", according to [source]" before the sentence's final punctuation. Deletes nothing. */
export function accordingToPlaceholderFix(analysis: Analysis, sentence: number): Fix {
  const at = beforeFinalPunctuation(analysis, sentence);
  return {
    title: 'Add "according to [source]"',
    edits: [{ span: { start: at, end: at }, newText: ', according to [source]' }],
  };
}

export function textOf(analysis: Analysis, span: Span): string {
  return analysis.text.slice(span.start, span.end);
}


/** The attribution (with a source) whose cue starts at or covers `offset` in this sentence. */
export function cueAt(analysis: Analysis, sentence: number, offset: number): Attribution | undefined {
  return attributionsBySentence(analysis)[sentence].find((attribution) => attribution.cue.start <= offset && attribution.cue.end > offset);
}

/** A determiner, pronoun, number or name: what follows a preposition, never an infinitive "to". */
export function startsNounPhrase(token: Token): boolean {
  return !token.isWord || token.isCapitalized || DETERMINERS.has(token.lower) || /^\d/.test(token.lower)
    || ['him', 'her', 'them', 'us', 'me', 'it', 'you', 'whom'].includes(token.lower);
}

/**
 * The cue introduces reported speech: "stressed that…", "insisted:", a quotation, a clause, or it
 * follows its content ("…, Putin stressed."). Not "revealed its new wing", "pointed out of the window".
 */
export function introducesSpeech(analysis: Analysis, attribution: Attribution): boolean {
  if (attribution.content && attribution.content.end <= attribution.cue.start) return true;
  const { tokens, sentenceTokenStart } = analysis;
  const to = sentenceTokenStart[attribution.sentence + 1];
  let next = sentenceTokenStart[attribution.sentence];
  while (next < to && tokens[next].start < attribution.cue.end) next++;
  return speechFollows(tokens, next, to);
}

const TITLE_MINOR_WORDS = new Set(['a', 'an', 'the', 'and', 'or', 'but', 'nor', 'of', 'in', 'on', 'at', 'to', 'for', 'with', 'from', 'by', 'as', 'into', 'over', 'up', 'upon', 'vs']);

/** A title of a work or a name in Title Case, four words at most: "Star Wars", "The 411." */
export function isShortTitle(analysis: Analysis, quotation: Quotation): boolean {
  return isTitleCase(analysis, quotation, 4);
}

/** A title of a work in Title Case, up to `maxWords` words: "How to Foster Long-Term Innovation Investment". */
export function isTitleCase(analysis: Analysis, quotation: Quotation, maxWords: number): boolean {
  if (quotation.wordCount > maxWords) return false;
  const words = analysis.text.slice(quotation.inner.start, quotation.inner.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu) ?? [];
  const significant = words.filter((word, index) => index === 0 || !TITLE_MINOR_WORDS.has(word.toLowerCase()));
  return significant.length > 0 && significant.every((word) => /^[\p{Lu}\p{N}]/u.test(word));
}

/** Words that introduce a mention, a name or a title rather than someone's words. */
const MENTION_LEAD_INS = ['the word', 'the words', 'the term', 'the phrase', 'the slogan', 'the name', 'the title', 'the hashtag', 'known as', 'titled', 'entitled', 'called', 'named', 'nicknamed', 'dubbed', 'so-called', 'labeled', 'labelled', 'branded', 'headlined', 'signed', 'reads', 'read', 'marked', 'stamped', 'spelled'];

/** Each lead-in after a space, as it ends a longer text: made once, not for every quotation. */
const SPACED_MENTION_LEAD_INS = MENTION_LEAD_INS.map((leadIn) => ` ${leadIn}`);

/** The quotation follows "the term", "known as", "titled"…: it is mentioned, not said. */
export function followsMentionLeadIn(analysis: Analysis, quotation: Quotation): boolean {
  const before = analysis.prose.slice(Math.max(0, quotation.span.start - 24), quotation.span.start).toLowerCase().replace(/[\s,:]+$/, '');
  return MENTION_LEAD_INS.some((leadIn, k) => before.endsWith(SPACED_MENTION_LEAD_INS[k]) || before === leadIn);
}
