// Whether one build of the engine lints faster than another, by wall clock, as the benchmark's cold
// lints do it, but interleaved so that both builds meet the same machine:
//
//   node --import tsx test/bench/compareSpeed.ts OLD_ENGINE.js NEW_ENGINE.js [--rounds R] [--drafts D]
//
// Each round runs each build in a fresh process (old first, then new): it warms up as lintWorker.ts
// does (the end of the corpus once, then its 10,000-word pieces five times over), then times one
// lint of each of D new 10,000-word drafts (the same drafts for both). Prints each process's median,
// fastest and slowest; a difference smaller than the spread between rounds is noise. For figures
// that hardly depend on the machine, count instructions instead (README, "How fast is it?").
import { execFileSync } from 'node:child_process';
import { ROOT } from './corpus';
import { countOption, warmedUpEngine } from './lintWorker';

const DRAFT_WORDS = 10_000;

/** In a child process: warm up, then the milliseconds of each timed lint, as one JSON line. */
function timeLints(engineFile: string, drafts: number): void {
  const { lint, texts } = warmedUpEngine(engineFile, drafts, DRAFT_WORDS);
  const ms = texts.map((text) => {
    const start = performance.now();
    lint(text);
    return performance.now() - start;
  });
  process.stdout.write(`${JSON.stringify(ms)}\n`);
}

function main(): void {
  if (process.argv[2] === '--child') return timeLints(process.argv[3], Number(process.argv[4]));
  const [oldEngine, newEngine] = process.argv.slice(2);
  if (!oldEngine || !newEngine || oldEngine.startsWith('--')) {
    console.log('Usage: node --import tsx test/bench/compareSpeed.ts OLD_ENGINE.js NEW_ENGINE.js [--rounds R (5)] [--drafts D (20)]');
    process.exit(2);
  }
  const rounds = countOption('--rounds', 5);
  const drafts = countOption('--drafts', 20);
  const sorted = (ms: number[]) => [...ms].sort((a, b) => a - b);
  const summary = (ms: number[]) => {
    const s = sorted(ms);
    return `median ${s[s.length >> 1].toFixed(2)} ms (fastest ${s[0].toFixed(2)}, slowest ${s[s.length - 1].toFixed(2)})`;
  };
  const all: Record<string, number[]> = { old: [], new: [] };
  console.log(`${rounds} rounds; each build lints ${drafts} new ${DRAFT_WORDS.toLocaleString('en-US')}-word drafts per round after a warm-up.`);
  for (let round = 1; round <= rounds; round++) {
    for (const [name, file] of [['old', oldEngine], ['new', newEngine]] as const) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', file, String(drafts)], { cwd: ROOT, encoding: 'utf8' });
      const ms = JSON.parse(output.trim().split('\n').pop()!) as number[];
      all[name].push(...ms);
      console.log(`round ${round}, ${name}: ${summary(ms)}`);
    }
  }
  console.log(`all rounds, old: ${summary(all.old)}`);
  console.log(`all rounds, new: ${summary(all.new)}`);
}

main();
