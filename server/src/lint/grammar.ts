// Closed-class word sets for the source-phrase grammar, from words/grammar.json.
import grammar from './words/grammar.json';

export const DETERMINERS = new Set(grammar.determiners);
export const PREPOSITIONS = new Set(grammar.prepositions);
export const NOUN_PHRASE_PREPOSITIONS = new Set(grammar.nounPhrasePrepositions);
export const CONJUNCTIONS = new Set(grammar.conjunctions);
export const RELATIVES = new Set(grammar.relatives);
export const AUXILIARIES = new Set(grammar.auxiliaries);
export const BE_FORMS = new Set(grammar.beForms);
export const ADVERBS = new Set(grammar.adverbs);
export const CATENATIVES = grammar.catenatives.map((phrase) => phrase.split(' '));
export const CLAUSE_OPENERS = new Set(grammar.clauseOpeners);
export const OBJECT_TAKERS = new Set(grammar.objectTakers);
export const DOCUMENT_NOUNS = new Set(grammar.documentNouns);
export const TIME_WORDS = new Set(grammar.weekdays);
export const PARTS_OF_DAY = new Set(grammar.partsOfDay);

/** Words that can never be part of a source phrase: one set, since it is asked of most words of a draft. */
const FUNCTION_WORDS = new Set([...PREPOSITIONS, ...CONJUNCTIONS, ...RELATIVES, ...AUXILIARIES, ...ADVERBS]);

export function isFunctionWord(lower: string): boolean {
  return FUNCTION_WORDS.has(lower);
}

/** Nouns that end like an adverb: "a tally by the AP", "the assembly voted", "a rally". */
const NOUNS_IN_LY = new Set(grammar.nounsInLy);

export function isAdverb(lower: string): boolean {
  return ADVERBS.has(lower) || endsLikeAdverb(lower);
}

/** An adverb, where a capital mid-sentence rules out the "-ly" guess: Kelly, Daly and Schlafly are names. */
export function isAdverbToken(token: { lower: string; isCapitalized: boolean }): boolean {
  return ADVERBS.has(token.lower) || (!token.isCapitalized && endsLikeAdverb(token.lower));
}

/** "-ly", not "-ply", and not a noun in "-ly". */
function endsLikeAdverb(lower: string): boolean {
  return lower.length > 4 && lower.endsWith('ly') && !lower.endsWith('ply') && !NOUNS_IN_LY.has(lower);
}

const PRONOUN_CONTRACTION = /^(he|she|it|they|we|i|you|who|that|there|what)'(s|d|ll|re|ve|m)$/;

export function isPossessive(lower: string): boolean {
  return (lower.endsWith("'s") || lower.endsWith("s'")) && !PRONOUN_CONTRACTION.test(lower);
}

/** "he's", "they'd", "we've": a pronoun and its auxiliary in one word, which opens a clause. */
export function isPronounContraction(lower: string): boolean {
  return hasApostrophe(lower) && PRONOUN_CONTRACTION.test(lower);
}

/** Asked of most words: a contraction needs an apostrophe, a cheaper test than the pattern. */
function hasApostrophe(lower: string): boolean {
  return lower.includes("'");
}

/** "he's" → "he", "they'd" → "they"; other words unchanged. */
export function withoutContraction(lower: string): string {
  const match = hasApostrophe(lower) ? PRONOUN_CONTRACTION.exec(lower) : null;
  return match ? match[1] : lower;
}
export const NOUN_LIKE_CUES = new Set(grammar.nounLikeCues);
export const NON_SOURCES = new Set(grammar.nonSources);
export const NEGATIONS = new Set(grammar.negations);
export const CLAUSE_ONLY_CUES = new Set(grammar.clauseOnlyCues);
export const THAT_ONLY_CUES = new Set(grammar.thatOnlyCues);
export const NAMING_CUES = new Set(grammar.namingCues);
export const INSTITUTIONS = new Set(grammar.institutions);
export const PLURAL_NOUNS = new Set(grammar.pluralNouns);
/** A word for a document or a finding: "studies", "polls", "statistics", "estimates" (matched by how it begins). */
export const DOCUMENT_WORD = new RegExp(`^(${grammar.documentStems.join('|')})`);
