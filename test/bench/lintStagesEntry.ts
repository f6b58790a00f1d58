// The first stages of a lint on their own, for lintStages.ts: each stage runs those before it, in
// the order and with the engine functions that analyzeBlocks (analyze.ts) uses, and the last is
// the whole lint. Bundled by lintStages.ts as the build bundles the engine.
import { extractProse } from '../../server/src/lint/extractProse';
import { splitSentences } from '../../server/src/lint/sentences';
import { lowerCaseProse, tokenizeSentence } from '../../server/src/lint/tokenize';
import { findQuotations } from '../../server/src/lint/quotations';
import { lintText } from '../../server/src/lint';
import type { Span, Token } from '../../server/src/lint/types';

export const STAGES = [
  'Markdown read, prose blocks extracted',
  '+ sentences split',
  '+ tokens made',
  '+ quotation marks paired',
  'the whole lint (attributions and rules too)',
] as const;

/** Runs stages 0 to `last` of a lint of Markdown `text`; returns a count, so that no stage's work is dead code. */
export function lintUpTo(text: string, last: number): number {
  if (last === STAGES.length - 1) return lintText(text, { format: 'markdown' }).findings.length;
  const { prose, blocks } = extractProse(text, 'markdown');
  if (last === 0) return blocks.length;
  const sentences: Span[] = [];
  for (const block of blocks) for (const sentence of splitSentences(prose, block)) sentences.push(sentence);
  if (last === 1) return sentences.length;
  const lowerProse = blocks.length > 0 ? lowerCaseProse(prose, blocks[0].start, blocks[blocks.length - 1].end) : null;
  const tokens: Token[] = [];
  let count = 0;
  for (let index = 0; index < sentences.length; index++) count = tokenizeSentence(prose, lowerProse, sentences[index], index, tokens, count);
  if (last === 2) return count;
  return count + findQuotations(prose, blocks).length;
}
