// Is a sentence check-worthy? Figures, casualties, accusations, superlatives and causal claims,
// from the lists in words/claims.json. Years and dates alone are not figures.
import type { Analysis } from './types';
import { PhraseMatcher } from './phraseMatcher';
import claims from './words/claims.json';

type ClaimKind = 'figures' | 'casualties' | 'an accusation' | 'a superlative' | 'a cause';

const phrases = new PhraseMatcher<ClaimKind>();
for (const word of claims.casualties) phrases.add(word, 'casualties');
for (const word of claims.accusations) phrases.add(word, 'an accusation');
for (const word of claims.superlatives) phrases.add(word, 'a superlative');
for (const word of claims.causal) phrases.add(word, 'a cause');
for (const word of claims.quantityPhrases) phrases.add(word, 'figures');
const FIGURE_UNITS = new Set(claims.figureUnits);
const NUMBER = /^\d[\d,.]*$/;
const MONEY = /^[$€£¥]$/;

/** What makes the sentence check-worthy, or null. */
export function checkWorthyKind(analysis: Analysis, sentence: number): ClaimKind | null {
  const { tokens, sentenceTokenStart } = analysis;
  const to = sentenceTokenStart[sentence + 1];
  for (let i = sentenceTokenStart[sentence]; i < to; i++) {
    const token = tokens[i];
    if (token.quote >= 0) continue;
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
