// The engine's incremental linter alone, in this process (no protocol, no JSON): the same kind of
// one-word change as the server section, first on a just-warmed process and then after many edits,
// to tell the lint's own time from the just-in-time compiler settling. Every 100th result is
// compared with a whole lint of the same text.
import { join } from 'node:path';
import type * as Engine from '../../server/src/lint';
import { seededRandom } from '../protocol/lspClient';
import { ROOT } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(ROOT, 'dist', 'engine.js')) as typeof Engine;

export const MEASURED_CHANGES = 300;
export const SETTLING_CHANGES = 1_700;

export interface EngineIncrementalResult {
  /** Milliseconds of the first MEASURED_CHANGES changes. */
  earlyMs: number[];
  /** Milliseconds of the last MEASURED_CHANGES changes, after SETTLING_CHANGES others. */
  settledMs: number[];
  checked: number;
  mismatches: number;
}

export function benchEngineIncremental(draft: string, seed: number): EngineIncrementalResult {
  const random = seededRandom(seed);
  const vocabulary = [...new Set(draft.match(/\b[A-Za-z]{3,}\b/g) ?? [])];
  const linter = new engine.IncrementalLinter();
  const options = { format: 'markdown' as const };
  let text = draft;
  linter.lint(text, options);
  const result: EngineIncrementalResult = { earlyMs: [], settledMs: [], checked: 0, mismatches: 0 };
  const total = MEASURED_CHANGES + SETTLING_CHANGES + MEASURED_CHANGES;
  for (let change = 0; change < total; change++) {
    const words = [...text.matchAll(/\b[A-Za-z]{3,}\b/g)];
    const word = words[Math.floor(random() * words.length)];
    text = text.slice(0, word.index) + vocabulary[Math.floor(random() * vocabulary.length)] + text.slice(word.index + word[0].length);
    const start = performance.now();
    const { findings } = linter.lint(text, options);
    const ms = performance.now() - start;
    if (change < MEASURED_CHANGES) result.earlyMs.push(ms);
    else if (change >= total - MEASURED_CHANGES) result.settledMs.push(ms);
    if (change % 100 === 0) {
      result.checked++;
      if (JSON.stringify(findings) !== JSON.stringify(engine.lintText(text, options).findings)) result.mismatches++;
    }
  }
  return result;
}
