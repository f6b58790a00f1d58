// Instructions per cold lint, counted by valgrind's callgrind (Debian's `valgrind` package; neither
// the tests nor CI need it):
//
//   node --import tsx test/bench/countInstructions.ts ENGINE.js [--lints N (40)] [--words W (10000)]
//
// A process under callgrind warms up as the benchmark's lint workers do (lintWorker.ts, warmUpOn),
// then lints N new drafts of W words (--words 100000 --lints 5 for the benchmark's long drafts).
// Only those lints are counted, and only on the thread that runs them: the counters are zeroed
// when the warm-up ends and written out when the lints end, each thread apart, so neither the
// start-up nor V8's background compiling and collecting moves the figure. Prints the instructions
// per lint, and the part of them in compiled JavaScript and V8's built-in functions. How settled V8
// is after the warm-up still moves both: two runs of one build gave 30.58 and 30.67 million in that
// part, two of another 31.00 and 33.71; and a session later the same build gave a third more. Compare
// builds only by runs taken in turn, two or more each. Takes 5–8 minutes on an idle machine.
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { ROOT } from './corpus';
import { countOption, warmedUpEngine } from './lintWorker';

/** In the process under callgrind: warm up, then lint, telling the driver when each part ends. */
function lintUnderCallgrind(engineFile: string, lints: number, words: number, syncDir: string): void {
  const { lint, texts } = warmedUpEngine(engineFile, lints, words);
  // Writes `mine`, then waits (without running any JavaScript) until the driver writes `theirs`.
  const handOver = (mine: string, theirs: string) => {
    writeFileSync(join(syncDir, mine), '');
    const cell = new Int32Array(new SharedArrayBuffer(4));
    while (!existsSync(join(syncDir, theirs))) Atomics.wait(cell, 0, 0, 20);
  };
  handOver('warm', 'counting');
  for (const text of texts) lint(text);
  handOver('linted', 'dumped');
}

/** Each function's own instructions (calls to others left out) in a callgrind output file. */
function selfCosts(callgrindOutput: string): Map<string, number> {
  const names = new Map<string, string>();
  const costs = new Map<string, number>();
  // Names are written once in full, "(12) name", and after that as "(12)".
  const nameOf = (field: string) => {
    const match = /^\((\d+)\)(?: (.*))?$/.exec(field);
    if (!match) return field;
    if (match[2] !== undefined) names.set(match[1], match[2]);
    return names.get(match[1]) ?? field;
  };
  let fn = '';
  let nextIsCall = false;
  for (const line of callgrindOutput.split('\n')) {
    if (line.startsWith('fn=')) fn = nameOf(line.slice(3));
    else if (line.startsWith('cfn=')) nameOf(line.slice(4));
    else if (line.startsWith('calls=')) nextIsCall = true;
    else if (/^([+-]?\d|\*)/.test(line)) {
      // The line after "calls=" holds the called function's inclusive cost, not this one's.
      if (!nextIsCall) costs.set(fn, (costs.get(fn) ?? 0) + Number(line.trim().split(/\s+/)[1] ?? 0));
      nextIsCall = false;
    }
  }
  return costs;
}

const waitFor = async (file: string, valgrind: ReturnType<typeof spawn>) => {
  while (!existsSync(file)) {
    if (valgrind.exitCode !== null) throw new Error(`valgrind ended early (exit ${valgrind.exitCode}); run again with ATTRIBUTION_LINT_DEBUG=1 to see its output`);
    await new Promise((done) => setTimeout(done, 500));
  }
};

async function main(): Promise<void> {
  if (process.argv[2] === '--child') return lintUnderCallgrind(process.argv[3], Number(process.argv[4]), Number(process.argv[5]), process.argv[6]);
  const engineFile = process.argv[2];
  const lints = countOption('--lints', 40);
  const words = countOption('--words', 10_000);
  if (!engineFile || engineFile.startsWith('--')) {
    console.log('Usage: node --import tsx test/bench/countInstructions.ts ENGINE.js [--lints N (40)] [--words W (10000)]');
    process.exit(2);
  }
  try {
    execFileSync('valgrind', ['--version'], { stdio: 'ignore' });
  } catch {
    console.log('countInstructions needs valgrind (Debian: apt-get install valgrind).');
    process.exit(2);
  }
  const dir = mkdtempSync(join(tmpdir(), 'attribution-lint-callgrind-'));
  const args = ['--tool=callgrind', '--separate-threads=yes', `--callgrind-out-file=${join(dir, 'callgrind.out')}`, process.execPath, '--import', 'tsx', __filename, '--child', resolve(engineFile), String(lints), String(words), dir];
  const valgrind = spawn('valgrind', args, { cwd: ROOT, stdio: process.env.ATTRIBUTION_LINT_DEBUG ? 'inherit' : 'ignore' });
  const control = (...options: string[]) => execFileSync('callgrind_control', [...options, String(valgrind.pid)], { stdio: 'ignore' });
  try {
    await waitFor(join(dir, 'warm'), valgrind);
    control('--zero');
    writeFileSync(join(dir, 'counting'), '');
    await waitFor(join(dir, 'linted'), valgrind);
    control('--dump=linted');
    writeFileSync(join(dir, 'dumped'), '');
    await new Promise((done) => valgrind.once('exit', done));
    // The first dump's file for thread 1, the one that ran the lints: callgrind.out.1-01.
    const dump = readdirSync(dir).find((name) => name.endsWith('.1-01'));
    if (!dump) throw new Error(`callgrind wrote no dump of the lints in ${dir}`);
    let total = 0;
    let code = 0;
    for (const [name, cost] of selfCosts(readFileSync(join(dir, dump), 'utf8'))) {
      total += cost;
      // Compiled JavaScript has no symbol (an address); V8's built-in functions are named Builtins_….
      if (name.startsWith('0x') || name.startsWith('Builtins_')) code += cost;
    }
    const millions = (instructions: number) => `${(instructions / lints / 1e6).toFixed(2)} million`;
    console.log(`${lints} cold lints of new ${words.toLocaleString('en-US')}-word drafts after the benchmark's warm-up, on the linting thread:`);
    console.log(`per lint ${millions(total)} instructions, ${millions(code)} of them in compiled JavaScript and V8 built-ins`);
  } finally {
    if (valgrind.exitCode === null) valgrind.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: Error) => {
  console.error(`countInstructions: ${error.message}`);
  process.exit(1);
});
