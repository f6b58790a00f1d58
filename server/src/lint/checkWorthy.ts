// Is a sentence check-worthy? Figures, casualties, accusations, superlatives and causal claims,
// from the lists in words/claims.json. Years and dates alone are not figures, and neither are
// words someone else is reported as saying or thinking.
import type { Analysis, Span, Token } from './types';
import { PhraseMatcher } from './phraseMatcher';
import { AUXILIARIES, PREPOSITIONS } from './grammar';
import claims from './words/claims.json';

type ClaimKind = 'figures' | 'casualties' | 'an accusation' | 'a superlative' | 'a cause';

const phrases = new PhraseMatcher<ClaimKind>();
for (const word of claims.casualties) phrases.add(word, 'casualties');
for (const word of claims.accusations) phrases.add(word, 'an accusation');
for (const word of claims.superlatives) phrases.add(word, 'a superlative');
for (const word of claims.causal) phrases.add(word, 'a cause');
for (const word of claims.quantityPhrases) phrases.add(word, 'figures');
const FIGURE_UNITS = new Set(claims.figureUnits);
const REPORTED_CONTENT_NOUNS = new Set(claims.reportedContentNouns);
const NUMBER = /^\d[\d,.]*$/;
const MONEY = /^[$€£¥]$/;

/**
 * What makes the sentence check-worthy, or null. Words inside `reported` (someone's attributed words,
 * sorted and not overlapping) are theirs, not the writer's claim, and do not count.
 */
export function checkWorthyKind(analysis: Analysis, sentence: number, reported: readonly Span[] = []): ClaimKind | null {
  const { tokens, sentenceTokenStart } = analysis;
  const to = sentenceTokenStart[sentence + 1];
  let r = 0;
  for (let i = sentenceTokenStart[sentence]; i < to; i++) {
    const token = tokens[i];
    if (token.quote >= 0) continue;
    while (r < reported.length && reported[r].end < token.end) r++;
    if (r < reported.length && reported[r].start <= token.start) continue;
    const clause = reportedClauseEnd(tokens, i, sentenceTokenStart[sentence], to);
    if (clause !== null) {
      i = clause - 1;
      continue;
    }
    if (MONEY.test(token.lower) && i + 1 < to && NUMBER.test(tokens[i + 1].lower)) return 'figures';
    if (NUMBER.test(token.lower)) {
      const next = i + 1 < to ? tokens[i + 1].lower : '';
      const afterNext = i + 2 < to ? tokens[i + 2].lower : '';
      if (FIGURE_UNITS.has(next) || (next === 'per' && afterNext === 'cent') || (next === 'more' || next === 'fewer') && FIGURE_UNITS.has(afterNext)) return 'figures';
      continue;
    }
    if (!token.isWord) continue;
    const match = phrases.matchAt(tokens, i, to);
    if (match) return match.value;
  }
  return null;
}

/**
 * "fears that businesses will cut jobs", "amid reports that 40 people died": a noun of saying or
 * believing and its "that" clause, which is someone's words or thoughts, not the writer's claim.
 * Returns the index just past the clause (a comma closes it when the noun sits in an opening
 * prepositional phrase: "Despite complaints that…, the party…"), or null. Not a relative clause:
 * "a report that could touch…", "statements that turned out…".
 */
function reportedClauseEnd(tokens: readonly Token[], noun: number, from: number, to: number): number | null {
  if (noun + 2 >= to || !REPORTED_CONTENT_NOUNS.has(tokens[noun].lower) || tokens[noun + 1].lower !== 'that') return null;
  const next = tokens[noun + 2];
  if (AUXILIARIES.has(next.lower) || (next.isWord && !next.isCapitalized && next.lower.endsWith('ed'))) return null;
  if (!PREPOSITIONS.has(tokens[from].lower)) return to;
  for (let k = from; k < noun; k++) if (tokens[k].lower === ',') return to;
  for (let k = noun + 2; k < to; k++) if (tokens[k].lower === ',' && tokens[k].quote < 0) return k;
  return to;
}
