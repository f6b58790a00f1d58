// How much of a cold 10,000-word lint its first stages take, which no analysis can do without:
//
//   node --import tsx test/bench/lintStages.ts [--rounds R (3)] [--drafts D (20)]
//
// Bundles lintStagesEntry.ts as the build bundles the engine, then, in each round, runs one process
// per stage: it warms up as the benchmark's lint workers do (lintWorker.ts) and times one lint of
// each of D new 10,000-word drafts (the same drafts in every process), running the lint only up to
// that stage. Prints each stage's median over all rounds, what it adds to the stage before, and its
// share of the whole lint. For judging the target of 15 times write-good's speed (README, "How fast
// is it?"). Only drafts linted whole, as a 10,000-word one is: a long draft is linted in sections
// (sections.ts), whose stages these are not.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from '../../scripts/bundleOptions.mjs';
import { tuneHeapForLinting } from '../../server/src/heapTuning';
import { ROOT } from './corpus';
import { countOption, median, timedLint, warmedUp } from './lintWorker';
import type * as Entry from './lintStagesEntry';

const WORDS = 10_000;

/** In a child process: warm up the lint cut at `stage`, then print the milliseconds of each timed lint as one JSON line. */
function timeStage(bundle: string, stage: number, drafts: number): void {
  tuneHeapForLinting();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { lintUpTo } = require(bundle) as typeof Entry;
  const { lint, texts } = warmedUp((text) => lintUpTo(text, stage), drafts, WORDS);
  process.stdout.write(`${JSON.stringify(texts.map((text) => timedLint(lint, text).ms))}\n`);
}

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return timeStage(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
  const rounds = countOption('--rounds', 3);
  const drafts = countOption('--drafts', 20);
  const dir = mkdtempSync(join(tmpdir(), 'lint-stages-'));
  try {
    const bundle = join(dir, 'lintStages.js');
    await build({ ...BUNDLE_OPTIONS, entryPoints: [join(__dirname, 'lintStagesEntry.ts')], outfile: bundle });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { STAGES } = require(bundle) as typeof Entry;
    const ms: number[][] = STAGES.map(() => []);
    console.log(`${rounds} rounds; in each, one process per stage lints the same ${drafts} new ${WORDS.toLocaleString('en-US')}-word drafts after a warm-up.`);
    for (let round = 1; round <= rounds; round++) {
      for (let stage = 0; stage < STAGES.length; stage++) {
        const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', bundle, String(stage), String(drafts)], { cwd: ROOT, encoding: 'utf8' });
        const times = JSON.parse(output.trim().split('\n').pop()!) as number[];
        ms[stage].push(...times);
        console.log(`round ${round}, stage ${stage + 1}: median ${median(times).toFixed(2)} ms`);
      }
    }
    const medians = ms.map(median);
    const whole = medians[medians.length - 1];
    console.log('\nall rounds, median per lint:');
    STAGES.forEach((name, stage) => {
      const added = stage === 0 ? '' : `, adds ${(medians[stage] - medians[stage - 1]).toFixed(2)} ms`;
      console.log(`  ${stage + 1}. ${name}: ${medians[stage].toFixed(2)} ms (${((100 * medians[stage]) / whole).toFixed(0)}% of the whole lint${added})`);
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
