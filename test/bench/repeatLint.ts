// One draft linted again and again in this process: `node [V8 flags] --import tsx
// test/bench/repeatLint.ts [--engine FILE] [--lints N] [--words W] [--pieces K] [--warm-up M]`.
// M unmeasured lints (30 by default), then N timed (thirty by default); prints the median. The
// draft is the corpus's first W words (10,000 by default); with --pieces K it is cut at paragraph
// breaks into K pieces of about equal length, and one lint is a lint of each piece in turn. For
// comparing V8 settings, or two builds of the engine (--engine, default dist/engine.js), on the
// engine alone (docs/speed-history.md): this process keeps V8's defaults unless flags are
// given. Under valgrind's callgrind, the instructions of one lint after warm-up are
// (total with --lints 41 − total with --lints 1) / 40; `--words 100000` against `--words 100000
// --pieces 10` tells whether a long draft costs more than its parts.
import { join, resolve } from 'node:path';
import type * as Engine from '../../server/src/lint';
import { loadCorpus, ROOT, TextStream } from './corpus';

const option = (name: string, fallback: string) => {
  const at = process.argv.indexOf(name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
};
const count = (name: string, fallback: number) => Math.max(1, Number(option(name, String(fallback))) || fallback);
// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(resolve(option('--engine', join(ROOT, 'dist', 'engine.js')))) as typeof Engine;
const WARM_UP_LINTS = count('--warm-up', 30);
const LINTS = count('--lints', 30);
const WORDS = count('--words', 10_000);
const PIECES = count('--pieces', 1);

const stream = new TextStream(loadCorpus(process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval')));
const pieces = piecesOf(stream.next(WORDS), PIECES);
const lint = () => {
  for (const piece of pieces) engine.lintText(piece, { format: 'markdown' });
};
for (let i = 0; i < WARM_UP_LINTS; i++) lint();
const ms: number[] = [];
for (let i = 0; i < LINTS; i++) {
  const start = performance.now();
  lint();
  ms.push(performance.now() - start);
}
ms.sort((a, b) => a - b);
const what = PIECES === 1 ? `one ${WORDS.toLocaleString('en-US')}-word draft` : `a ${WORDS.toLocaleString('en-US')}-word draft in ${pieces.length} pieces`;
console.log(`${LINTS} lints of ${what}: median ${ms[LINTS >> 1].toFixed(1)} ms (fastest ${ms[0].toFixed(1)}, slowest ${ms[LINTS - 1].toFixed(1)})`);

/** The draft cut at paragraph breaks into about `count` pieces of about equal length. */
function piecesOf(draft: string, count: number): string[] {
  if (count === 1) return [draft];
  const pieces: string[] = [];
  let piece: string[] = [];
  let length = 0;
  for (const paragraph of draft.split('\n\n')) {
    piece.push(paragraph);
    length += paragraph.length + 2;
    if (length >= draft.length / count) {
      pieces.push(piece.join('\n\n'));
      piece = [];
      length = 0;
    }
  }
  if (piece.length > 0) pieces.push(piece.join('\n\n'));
  return pieces;
}
