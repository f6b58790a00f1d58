// One 10,000-word draft linted again and again in this process: `node [V8 flags] --import tsx
// test/bench/repeatLint.ts [--engine FILE] [--lints N]`. Thirty unmeasured lints, then N timed
// (thirty by default); prints the median. For comparing V8 settings, or two builds of the engine
// (--engine, default dist/engine.js), on the engine alone (README, "How fast is it?"): this process
// keeps V8's defaults unless flags are given. Under valgrind's callgrind, the instructions of one
// lint after warm-up are (total with --lints 41 − total with --lints 1) / 40.
import { join, resolve } from 'node:path';
import type * as Engine from '../../server/src/lint';
import { loadCorpus, ROOT, TextStream } from './corpus';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(resolve(option('--engine', join(ROOT, 'dist', 'engine.js')))) as typeof Engine;
const WARM_UP_LINTS = 30;
const LINTS = Math.max(1, Number(option('--lints', '30')) || 30);

const stream = new TextStream(loadCorpus(process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval')));
const draft = stream.next(10_000);
for (let i = 0; i < WARM_UP_LINTS; i++) engine.lintText(draft, { format: 'markdown' });
const ms: number[] = [];
for (let i = 0; i < LINTS; i++) {
  const start = performance.now();
  engine.lintText(draft, { format: 'markdown' });
  ms.push(performance.now() - start);
}
ms.sort((a, b) => a - b);
console.log(`${LINTS} lints of one 10,000-word draft: median ${ms[LINTS >> 1].toFixed(1)} ms (fastest ${ms[0].toFixed(1)}, slowest ${ms[LINTS - 1].toFixed(1)})`);
