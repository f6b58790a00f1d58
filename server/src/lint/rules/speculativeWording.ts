import type { Analysis, Span, Token } from '../types';
import type { SpeculativeKind } from '../wordLists';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { attributionsBySentence, cueAt, isAttributedAt, listedPhrasesAt, startsNounPhrase, textOf } from './shared';
import speculativeData from '../words/speculative.json';

const TIME_SPANS = new Set(speculativeData.timeSpans);
const ROUNDED_NUMBERS = new Set(speculativeData.roundedNumbers);
const IRREGULAR_PARTICIPLES = new Set(speculativeData.irregularParticiples);
const PERFECT_ADVERBS = new Set(speculativeData.perfectAdverbs);
const PLURAL_ONLY_QUANTIFIERS = new Set(speculativeData.pluralOnlyQuantifiers);
const DEFINITE_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their', 'our', 'my', 'your', 'these', 'those']);

const SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'they', 'who']);

/** "more likely to", "as likely as": a comparison of odds, stated as fact, not a guess. */
const COMPARATIVES = new Set(['more', 'less', 'as', 'equally', 'twice']);

/** Words that make "seen as" the first half of "as … as". */
const COMPARED_DEGREES = new Set(['far', 'early', 'late', 'much', 'many', 'long', 'well', 'soon', 'recently', 'often', 'high', 'low']);

const MESSAGES: Record<SpeculativeKind, (words: string) => string> = {
  speculation: (words) => `"${words}" speculates in the story's own voice: say who thinks so, or state what is known.`,
  quantifier: (words) => `"${words}" stands in for a count or a group: say how many, or who.`,
  consensus: (words) => `"${words}" claims a shared opinion without saying whose: name who holds it.`,
};

export const speculativeWording: Rule = {
  meta: {
    id: 'speculative-wording',
    defaultSeverity: 'hint',
    description: 'Speculation ("may have", "probably", "appears to"), vague quantities ("many", "some") and claimed consensus ("is widely considered") that no one is named as making.',
    fixable: false,
    docsUrl: docsUrlFor('speculative-wording'),
    docs: {
      checks: 'may have/might, probably, likely, possibly, perhaps, apparently, "appears/seems to", "suggests that"; vague quantities (some, many, several, certain before a plural); claimed consensus ("widely", "generally", "is considered", "seen as", "deemed") and praise by no one\'s measure ("best known", "one of the finest", "the city\'s most popular") — outside quotations, vague sources and what a named source said. Bare "may" is left alone: it mostly gives permission ("Residents may apply until June").',
      why: 'Speculation and generalisation in the reporter\'s own voice leave the reader unsure what is known and who thinks so. Wikipedia flags unattributed "is widely regarded", "some say" and "many" as weasel words; news style asks for the source of any judgement and a number where there is one.',
      fix: 'Say who speculates or holds the view ("…, analysts at the bank said"), give the figure instead of "many", state what is known instead, or cut the hedge.',
    },
  },
  check({ analysis, lists, report }) {
    const { tokens, sentenceTokenStart } = analysis;
    // Read without those inside a hedge ("is believed to", "allegedly"): hedged-wording's to report, once.
    for (const { start: i, match } of listedPhrasesAt(analysis, lists).speculative) {
      const token = tokens[i];
      const s = token.sentence;
      const from = sentenceTokenStart[s];
      const to = sentenceTokenStart[s + 1];
      const last = i + match.length - 1;
      const span = { start: token.start, end: tokens[last].end };
      if (isMonth(token, i, from) || isLookAlike(analysis, match.value, i, last, from, to) || cueAt(analysis, s, span.start) || isAttributedAt(analysis, s, span)) continue;
      report({ span, message: MESSAGES[match.value](textOf(analysis, span)) });
    }
  },
};

function isMonth(token: Token, i: number, from: number): boolean {
  return token.lower.startsWith('may') && token.isCapitalized && i > from;
}

/** A phrase from the lists used in a sense that is not a guess, a vague count or a claimed consensus. */
function isLookAlike(analysis: Analysis, kind: SpeculativeKind, first: number, last: number, from: number, to: number): boolean {
  const { tokens } = analysis;
  const previous = first > from ? tokens[first - 1].lower : '';
  const next = last + 1 < to ? tokens[last + 1] : null;
  // "Residents may have two pets", "Patients may have signs of shock": after bare "may", "have" with an object is permission or
  // possession, not a perfect. "The city may have to close schools" still guesses; "might have a buyer" guesses as "might" does.
  if (tokens[first].lower === 'may' && tokens[last].lower === 'have' && next?.lower !== 'to' && !participleFollows(tokens, last + 1, to)) return true;
  if (tokens[last].lower.endsWith('likely') && COMPARATIVES.has(previous)) return true;
  // "The ghost appeared to Andrew": "to" is a preposition, so nothing is said to seem so.
  if (tokens[last].lower === 'to' && next && startsNounPhrase(next)) return true;
  // "It is possible to use two cogs": what can be done, not what may be so.
  if (tokens[last].lower === 'possible' && next?.lower === 'to') return true;
  // "could be seen as far away as Kansas": a comparison, not an opinion.
  if (tokens[last].lower === 'as' && next && COMPARED_DEGREES.has(next.lower)) return true;
  // "The council considered raising fares", "She considered the offer": someone weighs something; nothing is held to be so.
  if (tokens[first].lower === 'considered' && next && (SUBJECT_PRONOUNS.has(previous) || (next.lower.endsWith('ing') && next.lower !== 'being'))) return true;
  // "considered by historians the finest": the holder of the opinion is named.
  if (kind === 'consensus') return next?.lower === 'by';
  if (kind !== 'quantifier') return false;
  // "some 300 people", "several hundred", "as many as 40", "as many points as possible": the usual way to round a figure; "how many" asks.
  if (next && (/^\d/.test(next.lower) || ROUNDED_NUMBERS.has(next.lower))) return true;
  // "certain officials" is a vague group; "a certain age", "almost certain", "for certain" are not.
  if (PLURAL_ONLY_QUANTIFIERS.has(tokens[first].lower) && !(next && looksPlural(next))) return true;
  // "for several years", "many times": a span of time or a count of repetitions, not a group.
  if (next && TIME_SPANS.has(next.lower)) return true;
  if (previous === 'how' || previous === 'as') return true;
  // "his many travels", "the several parties": a definite set, every one of them, not a vague part.
  if (DEFINITE_DETERMINERS.has(previous)) return true;
  return isInsideVagueSource(analysis, tokens[first].sentence, tokens[first]);
}

/** "may have fled", "may have already been": a past participle, perhaps after an adverb, makes "have" a perfect. */
function participleFollows(tokens: Token[], at: number, to: number): boolean {
  let i = at;
  while (i < to && (PERFECT_ADVERBS.has(tokens[i].lower) || tokens[i].lower.endsWith('ly'))) i++;
  return i < to && isPastParticiple(tokens[i]);
}

function isPastParticiple(token: Token): boolean {
  return token.isWord && (IRREGULAR_PARTICIPLES.has(token.lower) || (token.lower.length > 3 && token.lower.endsWith('ed')));
}

const NOT_PLURAL_ENDINGS = ['ss', 'us', 'is'];

/** "officials", "drugs": a lower-case word ending in a single s (not "class", "bus", "basis"). */
function looksPlural(token: Token): boolean {
  const word = token.lower;
  return token.isWord && !token.isCapitalized && word.length > 3 && word.endsWith('s') && !NOT_PLURAL_ENDINGS.some((ending) => word.endsWith(ending));
}

/** "Many residents say…": the vague source is vague-source's finding. "Many Muslims criticise" is not: the quantifier is the only sign that no one is named. */
function isInsideVagueSource(analysis: Analysis, sentence: number, token: Span): boolean {
  return attributionsBySentence(analysis)[sentence].some(({ source }) => source !== null && source.kind === 'vague' && source.span.start <= token.start && source.span.end >= token.end);
}
