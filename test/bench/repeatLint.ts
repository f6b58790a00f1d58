// One 10,000-word draft linted again and again in this process: `node [V8 flags] --import tsx
// test/bench/repeatLint.ts`. Thirty unmeasured lints, then thirty timed; prints the median. For
// comparing V8 settings on the engine alone (README, "How fast is it?"): this process keeps V8's
// defaults unless flags are given.
import { join } from 'node:path';
import type * as Engine from '../../server/src/lint';
import { loadCorpus, ROOT, TextStream } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(ROOT, 'dist', 'engine.js')) as typeof Engine;
const LINTS = 30;

const stream = new TextStream(loadCorpus(process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval')));
const draft = stream.next(10_000);
for (let i = 0; i < LINTS; i++) engine.lintText(draft, { format: 'markdown' });
const ms: number[] = [];
for (let i = 0; i < LINTS; i++) {
  const start = performance.now();
  engine.lintText(draft, { format: 'markdown' });
  ms.push(performance.now() - start);
}
ms.sort((a, b) => a - b);
console.log(`${LINTS} lints of one 10,000-word draft: median ${ms[LINTS / 2].toFixed(1)} ms (fastest ${ms[0].toFixed(1)}, slowest ${ms[LINTS - 1].toFixed(1)})`);
