// Whether one build of the engine lints faster than another, by wall clock, as the benchmark's cold
// lints do it, but interleaved so that both builds meet the same machine:
//
//   node --import tsx test/bench/compareSpeed.ts OLD_ENGINE.js NEW_ENGINE.js [--rounds R] [--drafts D] [--words W]
//
// Each round runs each build in a fresh process (old first, then new): it warms up as lintWorker.ts
// does (the end of the corpus once, then its 10,000-word pieces five times over), then times one
// lint of each of D new drafts of W words (10,000 unless told; the same drafts for both). Prints
// each process's median, fastest and slowest, and the median of the minor page faults per lint
// (memory touched for the first time, which costs about 12 µs a page on this project's machine); a
// difference smaller than the spread between rounds is noise. For figures that hardly depend on
// the machine, count instructions instead (README, "How fast is it?").
import { execFileSync } from 'node:child_process';
import { ROOT } from './corpus';
import { countOption, median, timedLint, warmedUpEngine } from './lintWorker';

interface Timed {
  ms: number[];
  pageFaults: number[];
}

/** In a child process: warm up, then the milliseconds and page faults of each timed lint, as one JSON line. */
function timeLints(engineFile: string, drafts: number, words: number): void {
  const { lint, texts } = warmedUpEngine(engineFile, drafts, words);
  const timed: Timed = { ms: [], pageFaults: [] };
  for (const text of texts) {
    const { ms, pageFaults } = timedLint(lint, text);
    timed.ms.push(ms);
    timed.pageFaults.push(pageFaults);
  }
  process.stdout.write(`${JSON.stringify(timed)}\n`);
}

function main(): void {
  if (process.argv[2] === '--child') return timeLints(process.argv[3], Number(process.argv[4]), Number(process.argv[5]));
  const [oldEngine, newEngine] = process.argv.slice(2);
  if (!oldEngine || !newEngine || oldEngine.startsWith('--')) {
    console.log('Usage: node --import tsx test/bench/compareSpeed.ts OLD_ENGINE.js NEW_ENGINE.js [--rounds R (5)] [--drafts D (20)] [--words W (10000)]');
    process.exit(2);
  }
  const rounds = countOption('--rounds', 5);
  const drafts = countOption('--drafts', 20);
  const words = countOption('--words', 10_000);
  const summary = ({ ms, pageFaults }: Timed) =>
    `median ${median(ms).toFixed(2)} ms (fastest ${Math.min(...ms).toFixed(2)}, slowest ${Math.max(...ms).toFixed(2)}), ${median(pageFaults)} page faults`;
  const all: Record<string, Timed> = { old: { ms: [], pageFaults: [] }, new: { ms: [], pageFaults: [] } };
  console.log(`${rounds} rounds; each build lints ${drafts} new ${words.toLocaleString('en-US')}-word drafts per round after a warm-up.`);
  for (let round = 1; round <= rounds; round++) {
    for (const [name, file] of [['old', oldEngine], ['new', newEngine]] as const) {
      const output = execFileSync(process.execPath, ['--import', 'tsx', __filename, '--child', file, String(drafts), String(words)], { cwd: ROOT, encoding: 'utf8' });
      const timed = JSON.parse(output.trim().split('\n').pop()!) as Timed;
      all[name].ms.push(...timed.ms);
      all[name].pageFaults.push(...timed.pageFaults);
      console.log(`round ${round}, ${name}: ${summary(timed)}`);
    }
  }
  console.log(`all rounds, old: ${summary(all.old)}`);
  console.log(`all rounds, new: ${summary(all.new)}`);
}

main();
