// `npm run bench`: how fast the bundled engine, language server and CLI are on real news text
// (seeds/ and the PolNeAR articles in ../shared/eval, or --data DIR, or ATTRIBUTION_LINT_EVAL_DIR),
// against write-good and alex in the same run. Prints one table with the targets of issue #6 and
// writes every figure to .bench-results/bench.json. Exits non-zero when the server's diagnostics
// after an edit differ from a cold lint of the same text (or when something fails); a target not
// met is reported, not an error.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { benchCli } from './cli';
import { countWords, draftSets, loadCorpus, ROOT, TextStream, warmUpText } from './corpus';
import { TOOLS, WARM_UP_PIECE_WORDS, WARM_UP_ROUNDS, type LintPlan, type LintTimes, type Tool } from './lintWorker';
import { benchEngineIncremental, MEASURED_CHANGES, SETTLING_CHANGES, type EngineIncrementalResult } from './engineIncremental';
import { benchIncremental, benchMemory, type IncrementalResult } from './server';
import { tuneHeapForLinting } from '../../server/src/heapTuning';

const SIZES = [1_000, 10_000, 100_000] as const;
const OURS: Tool = 'attribution-lint';

interface Options {
  dataDir: string;
  runs: number;
  seed: number;
  /** Advertise pull diagnostics to the server (as VS Code does); --push measures publishDiagnostics instead. */
  pull: boolean;
  /** --incremental-only: only the language server's and the engine's incremental edits (about 30 s), no bench.json. */
  incrementalOnly: boolean;
}

function parseArgs(argv: string[]): Options {
  const options: Options = { dataDir: process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval'), runs: 5, seed: 6, pull: true, incrementalOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split(/=(.*)/s);
    const value = () => inline ?? argv[++i];
    if (flag === '--data') options.dataDir = value();
    else if (flag === '--runs') options.runs = Math.max(5, Number(value()));
    else if (flag === '--seed') options.seed = Number(value());
    else if (flag === '--push') options.pull = false;
    else if (flag === '--incremental-only') options.incrementalOnly = true;
    else {
      console.log(`Usage: npm run bench [-- --data DIR] [--runs N (at least 5)] [--seed N] [--push] [--incremental-only]

Reads news text from DIR/polnear/{dev,train}/text (default: $ATTRIBUTION_LINT_EVAL_DIR, else
../shared/eval next to the repository) and seeds/. Prints one table and writes .bench-results/bench.json. --push: the server is told the client
cannot pull diagnostics, and times run to its publishDiagnostics. --incremental-only: only the edits to
the 10,000-word draft, in the server and in the engine (the same draft and edits as a full run).`);
      process.exit(flag === '--help' || flag === '-h' ? 0 : 2);
    }
  }
  options.dataDir = resolve(options.dataDir);
  return options;
}

// ---- statistics -------------------------------------------------------------------------------

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
}
const median = (values: readonly number[]) => percentile(values, 50);
const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;
const spread = (ms: readonly number[]) => ({ p50: percentile(ms, 50), p95: percentile(ms, 95), max: Math.max(...ms) });
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

// ---- engine, write-good and alex: cold lints, one process per tool ------------------------------

interface ColdResult {
  words: Record<number, number>;
  /** Milliseconds of each run, per tool and draft size. */
  ms: Record<Tool, Record<number, number[]>>;
  /** The first lint in the tool's process (of the warm-up text), per tool. */
  firstLintMs: Record<Tool, number>;
  findings: Record<Tool, Record<number, number[]>>;
  pageFaults: Record<Tool, Record<number, number[]>>;
  gcMs: Record<Tool, Record<number, number[]>>;
}

function benchCold(sets: string[][], warmUp: string | null): ColdResult {
  const dir = mkdtempSync(join(tmpdir(), 'attribution-lint-bench-'));
  const result: ColdResult = { words: {}, ms: {} as ColdResult['ms'], firstLintMs: {} as ColdResult['firstLintMs'], findings: {} as ColdResult['findings'], pageFaults: {} as ColdResult['pageFaults'], gcMs: {} as ColdResult['gcMs'] };
  try {
    const plan: LintPlan = { warmUpFile: warmUp === null ? null : join(dir, 'warm-up.md'), runs: [] };
    if (plan.warmUpFile && warmUp !== null) writeFileSync(plan.warmUpFile, warmUp);
    sets.forEach((drafts, run) => {
      plan.runs.push(SIZES.map((size) => join(dir, `run-${run + 1}-${size}.md`)));
      drafts.forEach((draft, i) => writeFileSync(plan.runs[run][i], draft));
    });
    SIZES.forEach((size, i) => (result.words[size] = countWords(sets[0][i])));
    const planFile = join(dir, 'plan.json');
    writeFileSync(planFile, JSON.stringify(plan));
    for (const tool of TOOLS) {
      process.stderr.write(`  ${tool}…\n`);
      const output = execFileSync(process.execPath, ['--import', 'tsx', join(__dirname, 'lintWorker.ts'), tool, planFile], { cwd: ROOT, encoding: 'utf8' });
      const times = JSON.parse(output.trim().split('\n').pop()!) as LintTimes;
      result.firstLintMs[tool] = times.firstLintMs;
      result.ms[tool] = Object.fromEntries(SIZES.map((size, i) => [size, times.ms.map((run) => run[i])]));
      result.findings[tool] = Object.fromEntries(SIZES.map((size, i) => [size, times.findings.map((run) => run[i])]));
      result.pageFaults[tool] = Object.fromEntries(SIZES.map((size, i) => [size, times.pageFaults.map((run) => run[i])]));
      result.gcMs[tool] = Object.fromEntries(SIZES.map((size, i) => [size, times.gcMs.map((run) => run[i])]));
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return result;
}

// ---- the table ----------------------------------------------------------------------------------

interface Row {
  section: string;
  measure: string;
  figure: string;
  target?: string;
  met?: boolean;
}

const n = (value: number, digits = 0) => value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const mb = (value: number | null) => (value === null ? 'n/a (no /proc)' : `${n(value, 1)} MB`);

function printTable(rows: Row[]): void {
  const status = (row: Row) => (row.met === undefined ? '' : row.met ? 'met' : 'NOT MET');
  const header: Row = { section: 'section', measure: 'measure', figure: 'figure', target: 'target' };
  const widths = {
    section: Math.max(...[header, ...rows].map((r) => r.section.length)),
    measure: Math.max(...[header, ...rows].map((r) => r.measure.length)),
    figure: Math.max(...[header, ...rows].map((r) => r.figure.length)),
    target: Math.max(...[header, ...rows].map((r) => (r.target ?? '').length)),
  };
  const line = (row: Row, last: string) =>
    `${row.section.padEnd(widths.section)}  ${row.measure.padEnd(widths.measure)}  ${row.figure.padStart(widths.figure)}  ${(row.target ?? '').padEnd(widths.target)}  ${last}`.trimEnd();
  console.log(line(header, 'status'));
  console.log('-'.repeat(line(header, 'status').length + 2));
  for (const row of rows) console.log(line(row, status(row)));
}

function gitDescription(): string {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const changed = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter(Boolean).length;
    return `${commit}${changed ? ` + ${changed} uncommitted files` : ''}`;
  } catch {
    return 'unknown commit';
  }
}

/** The rows of the server's and the engine's incremental edits. */
function incrementalRows(incremental: IncrementalResult, engineIncremental: EngineIncrementalResult): Row[] {
  const wordChange = spread(incremental.wordChangeMs);
  const wordChangeInServer = spread(incremental.wordChangeServerMs);
  const medianAndMax = (ms: number[]) => `${n(median(ms), 2)} ms (${n(Math.max(...ms), 2)})`;
  const server = `3 server, ${incremental.mode.split(' ')[0]}`;
  return [
    { section: server, measure: 'open the draft: first diagnostics, in the server / at the client', figure: `${n(incremental.openServerMs, 1)} / ${n(incremental.openMs, 1)} ms` },
    {
      section: server,
      measure: `one-word change ×${incremental.wordChangeMs.length}, ${n(incremental.draftWords)}-word draft, in the server (change → diagnostics computed): p50`,
      figure: `${n(wordChangeInServer.p50, 2)} ms`,
    },
    { section: server, measure: 'the same in the server: p95', figure: `${n(wordChangeInServer.p95, 2)} ms`, target: '≤ 5 ms', met: wordChangeInServer.p95 <= 5 },
    { section: server, measure: 'the same in the server: max', figure: `${n(wordChangeInServer.max, 2)} ms` },
    { section: server, measure: 'the same at the client (didChange sent → diagnostics received): p50 / p95', figure: `${n(wordChange.p50, 2)} / ${n(wordChange.p95, 2)} ms` },
    { section: server, measure: 'the same at the client: max', figure: `${n(wordChange.max, 2)} ms` },
    {
      section: server,
      measure: `paste a 100-word paragraph ×${incremental.pasteMs.length}: median (max), in the server / at the client`,
      figure: `${medianAndMax(incremental.pasteServerMs)} / ${medianAndMax(incremental.pasteMs)}`,
    },
    {
      section: server,
      measure: `close a quote opened 3 paragraphs up ×${incremental.closeQuoteMs.length}: median (max), in the server / at the client`,
      figure: `${medianAndMax(incremental.closeQuoteServerMs)} / ${medianAndMax(incremental.closeQuoteMs)}`,
    },
    {
      section: server,
      measure: 'diagnostics identical to a cold lint',
      figure: `${incremental.checked - incremental.mismatches.length} of ${incremental.checked} changes`,
      target: 'all',
      met: incremental.mismatches.length === 0,
    },
    ...(['earlyMs', 'settledMs'] as const).map((key) => ({
      section: '3 engine, incremental',
      measure: `one-word change, in one process, ${key === 'earlyMs' ? `first ${MEASURED_CHANGES}` : `${MEASURED_CHANGES} after ${n(SETTLING_CHANGES)} others`}: p50 / p95`,
      figure: `${n(percentile(engineIncremental[key], 50), 2)} / ${n(percentile(engineIncremental[key], 95), 2)} ms`,
    })),
    {
      section: '3 engine, incremental',
      measure: 'findings identical to a whole lint (every 100th change)',
      figure: `${engineIncremental.checked - engineIncremental.mismatches} of ${engineIncremental.checked}`,
      target: 'all',
      met: engineIncremental.mismatches === 0,
    },
  ];
}

/** --incremental-only: the server's and the engine's edits to the same draft as in a full run, printed, not written. */
async function benchIncrementalOnly(draft: string, stream: TextStream, options: Options, loadBefore: number): Promise<void> {
  process.stderr.write('Language server: incremental edits…\n');
  const incremental = await benchIncremental(draft, stream, options.seed, options.pull);
  process.stderr.write('Engine: incremental edits in one process…\n');
  const engineIncremental = benchEngineIncremental(draft, options.seed);
  printTable(incrementalRows(incremental, engineIncremental));
  console.log(`\nLoad average (1 min) at the start ${loadBefore.toFixed(2)}, at the end ${loadavg()[0].toFixed(2)}, on ${cpus().length} CPUs.`);
  if (incremental.mismatches.length > 0 || engineIncremental.mismatches > 0) {
    console.log(`FAILED: ${incremental.mismatches.length} server and ${engineIncremental.mismatches} engine results differ from a cold lint.`);
    process.exitCode = 1;
  }
}

// ---- main ---------------------------------------------------------------------------------------

async function main(): Promise<void> {
  // The engine's in-process incremental lints below run on the V8 settings of the server and CLI.
  tuneHeapForLinting();
  const options = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const corpus = loadCorpus(options.dataDir);
  // Every run lints new text; the incremental, memory and CLI drafts continue through the corpus.
  const stream = new TextStream(corpus);
  const sets = draftSets(stream, SIZES, options.runs);
  const repeated = stream.wraps > 0;
  const coldWords = options.runs * SIZES.reduce((sum, size) => sum + size, 0);
  const warmUp = warmUpText(corpus, coldWords);
  const machine = `${cpus().length} CPUs (${cpus()[0]?.model.trim() ?? 'unknown'}), Node ${process.version}`;
  console.log(`Attribution Lint speed benchmark — ${new Date().toISOString()} — ${gitDescription()} — ${machine}`);
  const loadBefore = loadavg()[0];
  console.log(`Text: ${corpus.description}.`);
  if (!corpus.realData) console.log('WARNING: the PolNeAR folder is missing, so every draft below repeats the seeds: figures are not from real, varied news text.');
  if (repeated) console.log(`Note: the corpus is shorter than the ${n(coldWords)} words the cold lints need, so later runs repeat earlier text.`);
  if (options.incrementalOnly) {
    await benchIncrementalOnly(sets[0][SIZES.indexOf(10_000)], stream, options, loadBefore);
    return;
  }
  console.log(
    `Cold lints: ${options.runs} runs, each on new text (run 1: words 1–1,000, then the next 10,000, then the next 100,000; run 2 goes on from there…); one process per tool, which first lints ${
      warmUp ? `a ${n(countWords(warmUp))}-word warm-up text (the end of the corpus, which no timed draft uses)` : 'THE FIRST DRAFT (no separate warm-up text in the seeds-only fallback)'
    } once, then its ${n(WARM_UP_PIECE_WORDS)}-word pieces ${WARM_UP_ROUNDS} times over (to let the JIT settle), then lints the drafts size by size; median shown, with the fastest and the slowest in brackets.\n`,
  );

  process.stderr.write('Engine, write-good and alex: cold lints…\n');
  const cold = benchCold(sets, warmUp);
  process.stderr.write('Language server: incremental edits…\n');
  const incremental = await benchIncremental(sets[0][SIZES.indexOf(10_000)], stream, options.seed, options.pull);
  process.stderr.write('Engine: incremental edits in one process…\n');
  const engineIncremental = benchEngineIncremental(sets[0][SIZES.indexOf(10_000)], options.seed);
  process.stderr.write('Language server: memory with 50 drafts…\n');
  const memory = await benchMemory(stream, 50, 5_000, options.pull);
  process.stderr.write('CLI on 1,000 files…\n');
  const cli = await benchCli(stream, 1_000, options.runs, options.seed);

  // -- figures
  const medianMs = (tool: Tool, size: number) => median(cold.ms[tool][size]);
  const wordsPerSecond = (tool: Tool, size: number) => cold.words[size] / (medianMs(tool, size) / 1000);
  const growth = (tool: Tool) => medianMs(tool, 100_000) / medianMs(tool, 10_000);
  /** Our lints' milliseconds at one size, each less the collection pauses inside it. */
  const pauseFree = (size: number) => cold.ms[OURS][size].map((ms, run) => ms - cold.gcMs[OURS][size][run]);
  const ratio = (tool: Tool, size: number) => medianMs(tool, size) / medianMs(OURS, size);
  const wordChange = spread(incremental.wordChangeMs);
  const wordChangeInServer = spread(incremental.wordChangeServerMs);
  const cliMs = median(cli.runsMs);

  const firstLintWords = countWords(warmUp ?? sets[0][0]);
  const rows: Row[] = [];
  for (const tool of TOOLS) {
    for (const size of SIZES) {
      const isTarget = tool === OURS && size === 10_000;
      rows.push({
        section: tool === OURS ? '1 engine, cold' : `2 ${tool}`,
        measure: `${n(cold.words[size])} words (median ${n(median(cold.findings[tool][size]))} findings)`,
        figure: `${n(wordsPerSecond(tool, size))} words/s, ${n(medianMs(tool, size), 1)} ms (${n(Math.min(...cold.ms[tool][size]), 1)}–${n(Math.max(...cold.ms[tool][size]), 1)})`,
        target: isTarget ? '≥ 1,000,000 words/s' : undefined,
        met: isTarget ? wordsPerSecond(tool, size) >= 1_000_000 : undefined,
      });
    }
    const isTarget = tool === OURS;
    rows.push({
      section: tool === OURS ? '1 engine, cold' : `2 ${tool}`,
      measure: 'growth: time(100k) / time(10k)',
      figure: `${n(growth(tool), 1)}×`,
      target: isTarget ? '≤ 12×' : undefined,
      met: isTarget ? growth(tool) <= 12 : undefined,
    });
    if (tool === OURS) {
      rows.push({
        section: '1 engine, cold',
        measure: 'memory touched for the first time: minor page faults per lint, median, 10k / 100k words',
        figure: `${n(median(cold.pageFaults[OURS][10_000]))} / ${n(median(cold.pageFaults[OURS][100_000]))}`,
      });
      const pauses = (size: number) => `${n(mean(cold.gcMs[OURS][size]), 1)} ms (${n((100 * mean(cold.gcMs[OURS][size])) / mean(cold.ms[OURS][size]))}%)`;
      rows.push({
        section: '1 engine, cold',
        measure: 'garbage-collection pauses inside a lint: mean per lint, 10k / 100k words (share of the lint time)',
        figure: `${pauses(10_000)} / ${pauses(100_000)}`,
      });
      rows.push({
        section: '1 engine, cold',
        measure: 'growth with those pauses taken out: time(100k) / time(10k), medians',
        figure: `${n(median(pauseFree(100_000)) / median(pauseFree(10_000)), 1)}×`,
      });
      rows.push({
        section: '1 engine, cold',
        measure: `first lint in a fresh process (${n(firstLintWords)} words, JIT not yet warm)`,
        figure: `${n(firstLintWords / (cold.firstLintMs[OURS] / 1000))} words/s, ${n(cold.firstLintMs[OURS], 1)} ms`,
      });
    }
  }
  for (const tool of TOOLS.filter((t) => t !== OURS)) {
    for (const size of SIZES) {
      const isTarget = tool === 'write-good' && size === 10_000;
      rows.push({
        section: '2 speed ratio',
        measure: `our speed ÷ ${tool}'s, ${n(cold.words[size])} words`,
        figure: `${n(ratio(tool, size), 1)}×`,
        target: isTarget ? '≥ 15×' : undefined,
        met: isTarget ? ratio(tool, size) >= 15 : undefined,
      });
    }
  }
  rows.push(
    ...incrementalRows(incremental, engineIncremental),
    { section: '4 memory', measure: 'server resident (VmRSS) after start', figure: mb(memory.startRssMb) },
    {
      section: '4 memory',
      measure: `VmRSS, ${memory.drafts} drafts of ${n(memory.wordsEach)} words open, diagnosed`,
      figure: mb(memory.rssMb),
      target: '≤ 100 MB',
      met: memory.rssMb === null ? undefined : memory.rssMb <= 100,
    },
    { section: '4 memory', measure: 'peak resident (VmHWM)', figure: mb(memory.hwmMb) },
    { section: '5 CLI', measure: `${n(cli.files)} files, ${n(cli.words)} words, --format json: wall time`, figure: `${n(cliMs / 1000, 2)} s` },
    { section: '5 CLI', measure: `files per second (${n(cli.findings)} findings)`, figure: `${n(cli.files / (cliMs / 1000), 0)} files/s` },
  );

  const loadAfter = loadavg()[0];
  printTable(rows);
  console.log(
    `\nServer: diagnostics by ${incremental.mode}, debounce 0 through workspace/configuration. "In the server": from the change's arrival to its diagnostics computed, as the server reports it in $/logTrace (trace: verbose). "At the client": from sending didChange to receiving the diagnostics of that version (the JSON round trip between the two processes included).`,
  );
  console.log(`Load average (1 min) at the start ${loadBefore.toFixed(2)}, at the end ${loadAfter.toFixed(2)}, on ${cpus().length} CPUs.`);
  if (loadBefore > 1.5) {
    console.log('WARNING: the machine was already busy when the benchmark started (other processes compete for the CPUs): timings are inflated and noisy; run again when it is idle.');
  }
  if (incremental.quoteParagraphsHadQuotes) console.log('Note: no four quote-free paragraphs were found for the unclosed quotation; the quote test ran where other quote marks stand.');
  for (const mismatch of incremental.mismatches) {
    console.log(`MISMATCH after ${mismatch.change} (version ${mismatch.version}):`);
    for (const item of mismatch.missing) console.log(`  cold lint only: ${item}`);
    for (const item of mismatch.extra) console.log(`  server only:    ${item}`);
  }
  if (cli.filesReported !== cli.files) console.log(`Note: the CLI reported ${cli.filesReported} files of ${cli.files}.`);

  const outDir = join(ROOT, '.bench-results');
  mkdirSync(outDir, { recursive: true });
  const outFile = join(outDir, 'bench.json');
  const json = {
    date: new Date().toISOString(),
    commit: gitDescription(),
    machine,
    loadAverage: { start: loadBefore, end: loadAfter },
    text: corpus.description,
    realData: corpus.realData,
    coldTextRepeated: repeated,
    runs: options.runs,
    seed: options.seed,
    cold: {
      words: cold.words,
      ms: cold.ms,
      findings: cold.findings,
      pageFaults: cold.pageFaults,
      gcMs: cold.gcMs,
      firstLintMs: cold.firstLintMs,
      medianMs: Object.fromEntries(TOOLS.map((tool) => [tool, Object.fromEntries(SIZES.map((size) => [size, round(medianMs(tool, size), 3)]))])),
      wordsPerSecond: Object.fromEntries(TOOLS.map((tool) => [tool, Object.fromEntries(SIZES.map((size) => [size, Math.round(wordsPerSecond(tool, size))]))])),
      growth100kOver10k: Object.fromEntries(TOOLS.map((tool) => [tool, round(growth(tool), 3)])),
      speedRatio: Object.fromEntries(TOOLS.filter((t) => t !== OURS).map((tool) => [tool, Object.fromEntries(SIZES.map((size) => [size, round(ratio(tool, size), 3)]))])),
    },
    incremental: { ...incremental, wordChange, wordChangeInServer },
    engineIncremental,
    memory,
    cli: { ...cli, medianMs: round(cliMs, 1), filesPerSecond: round(cli.files / (cliMs / 1000), 1) },
    targets: rows.filter((row) => row.target).map((row) => ({ measure: `${row.section}: ${row.measure}`, figure: row.figure, target: row.target, met: row.met ?? null })),
    seconds: round((performance.now() - started) / 1000, 1),
  };
  writeFileSync(outFile, `${JSON.stringify(json, null, 2)}\n`);
  console.log(`\nAll figures: ${outFile} (${json.seconds} s in all).`);
  if (engineIncremental.mismatches > 0) {
    console.log(`FAILED: ${engineIncremental.mismatches} of ${engineIncremental.checked} incremental engine results differ from a whole lint.`);
    process.exitCode = 1;
  }
  if (incremental.mismatches.length > 0) {
    console.log(`FAILED: ${incremental.mismatches.length} of ${incremental.checked} server results differ from a cold lint of the same text.`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
