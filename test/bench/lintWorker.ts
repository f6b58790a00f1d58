// Cold lints by one tool in a process of its own: `node --import tsx lintWorker.ts TOOL PLAN_FILE`.
// The plan names a warm-up text and, per run, one draft file per size. The worker first lints the
// whole warm-up text once (timed: the first lint of a fresh process), then its 10,000-word pieces,
// WARM_UP_ROUNDS times over. V8 optimises a function after enough calls, and much of a lint is
// functions called once per lint: four lints of one long text, as this benchmark first did, left
// the engine at half its settled speed (15–20 ms against 6–8 ms for a 10,000-word draft). The
// warm-up text is all of the corpus that no draft uses (corpus.ts, warmUpText): the more varied the
// text, the fewer branches V8 meets for the first time in a timed lint, each of which sends an
// optimised function back to the interpreter until it is compiled again. Then the worker times one
// lint of every draft and prints {"ms": [[…]], "findings": [[…]], …} (per run, per size, with the
// page faults and the garbage-collection pauses of each lint). Every draft is new text to the
// process: no run can be served from a cache filled by an earlier one. The drafts are linted size
// by size (all 1,000-word drafts, then all 10,000-word ones…), so that each lint follows one of its
// own size, as in an editor or a CI run over many drafts: a 100,000-word lint leaves enough garbage
// to stall a small one after it by tens of milliseconds, and forcing a collection before each lint
// shrinks V8's young generation and slows the lint after it instead. Every tool runs with the V8
// settings of our command line and server (heapTuning.ts).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { PerformanceObserver } from 'node:perf_hooks';
import type * as Engine from '../../server/src/lint';
import { tuneHeapForLinting } from '../../server/src/heapTuning';
import { loadCorpus, ROOT, TextStream, warmUpText } from './corpus';

export const TOOLS = ['attribution-lint', 'write-good', 'alex'] as const;
export type Tool = (typeof TOOLS)[number];

/** Rounds over the warm-up text's pieces before the timed lints. */
export const WARM_UP_ROUNDS = 5;
export const WARM_UP_PIECE_WORDS = 10_000;

export interface LintPlan {
  /** Null: warm up on the first draft itself (the seeds-only fallback has no other text). */
  warmUpFile: string | null;
  /** Per run, one file per draft size. */
  runs: string[][];
}

export interface LintTimes {
  /** The first lint of the warm-up text: what a fresh process (a CLI run, a just-started server) pays. */
  firstLintMs: number;
  ms: number[][];
  findings: number[][];
  /** Minor page faults of the process during each lint: memory it touched for the first time (all threads). */
  pageFaults: number[][];
  /** Milliseconds of each lint spent in V8's garbage-collection pauses (perf_hooks 'gc' entries). */
  gcMs: number[][];
}

/** A linter as the benchmark sees it: text in, number of findings out. */
type Linter = (text: string) => number;

async function linterFor(tool: Tool): Promise<Linter> {
  if (tool === 'attribution-lint') {
    // The bundled engine (npm run build): the code users run.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { lintText } = require(join(__dirname, '..', '..', 'dist', 'engine.js')) as typeof Engine;
    return (text) => lintText(text, { format: 'markdown' }).findings.length;
  }
  if (tool === 'write-good') {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const writeGood = require('write-good') as (text: string) => unknown[];
    return (text) => writeGood(text).length;
  }
  // alex is ESM only; its plain-text API (no Markdown parsing).
  const alex = await import('alex');
  return (text) => alex.text(text).messages.length;
}

async function main(): Promise<void> {
  // Every tool runs on the V8 settings our command line and server use (heapTuning.ts).
  tuneHeapForLinting();
  const [tool, planFile] = process.argv.slice(2);
  if (!TOOLS.includes(tool as Tool) || !planFile) throw new Error(`usage: lintWorker.ts ${TOOLS.join('|')} PLAN_FILE`);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as LintPlan;
  const lint = await linterFor(tool as Tool);
  const times: LintTimes = {
    firstLintMs: warmUpOn(lint, readFileSync(plan.warmUpFile ?? plan.runs[0][0], 'utf8')),
    ms: plan.runs.map(() => []),
    findings: plan.runs.map(() => []),
    pageFaults: plan.runs.map(() => []),
    gcMs: plan.runs.map(() => []),
  };
  const pauses = new CollectionPauses();
  const windows: LintWindow[][] = plan.runs.map(() => []);
  for (let size = 0; size < (plan.runs[0]?.length ?? 0); size++) {
    plan.runs.forEach((files, run) => {
      const timed = timedLint(lint, readFileSync(files[size], 'utf8'));
      times.findings[run].push(timed.findings);
      times.ms[run].push(timed.ms);
      times.pageFaults[run].push(timed.pageFaults);
      windows[run].push(timed);
    });
  }
  const gcMs = await pauses.within(windows.flat());
  windows.forEach((lints, run) => (times.gcMs[run] = gcMs.splice(0, lints.length)));
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

/** When a lint ran: from `start` (performance.now()) for `ms` milliseconds. */
interface LintWindow {
  start: number;
  ms: number;
}

/** One lint of `text`: its findings, when it ran, and the process's minor page faults meanwhile. */
export function timedLint(lint: (text: string) => number, text: string): LintWindow & { findings: number; pageFaults: number } {
  const faults = process.resourceUsage().minorPageFault;
  const start = performance.now();
  const findings = lint(text);
  const ms = performance.now() - start;
  return { findings, start, ms, pageFaults: process.resourceUsage().minorPageFault - faults };
}

/**
 * V8's garbage-collection pauses from now on. Node reports each one (a perf_hooks 'gc' entry) on a
 * later turn of the event loop, so lints that run back to back are timed first and the pauses that
 * began inside each are summed once they are over.
 */
export class CollectionPauses {
  private readonly pauses: { start: number; ms: number }[] = [];
  private readonly observer = new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) this.pauses.push({ start: entry.startTime, ms: entry.duration });
  });

  constructor() {
    this.observer.observe({ entryTypes: ['gc'] });
  }

  /** Milliseconds of the pauses that began inside each window, in order; stops observing. */
  async within(windows: readonly LintWindow[]): Promise<number[]> {
    await new Promise((done) => setTimeout(done, 100));
    this.observer.disconnect();
    return windows.map(({ start, ms }) => this.pauses.filter((pause) => pause.start >= start && pause.start < start + ms).reduce((sum, pause) => sum + pause.ms, 0));
  }
}

/**
 * Lints the warm-up text once, then its WARM_UP_PIECE_WORDS-word pieces WARM_UP_ROUNDS times over;
 * returns the milliseconds of the first lint (the first of a fresh process).
 */
export function warmUpOn(lint: (text: string) => unknown, warmUp: string): number {
  const first = performance.now();
  lint(warmUp);
  const firstLintMs = performance.now() - first;
  const pieces = piecesOf(warmUp, WARM_UP_PIECE_WORDS);
  for (let round = 0; round < WARM_UP_ROUNDS; round++) for (const piece of pieces) lint(piece);
  return firstLintMs;
}

/**
 * For scripts that compare builds of the engine (compareSpeed.ts, countInstructions.ts), each in a
 * process of its own: the build at `engineFile` with V8 set up as our command line sets it,
 * `drafts` new drafts of `words` words, and the engine warmed up as here on the corpus those drafts
 * do not use. Lints as Markdown; the lint returns the number of findings.
 */
export function warmedUpEngine(engineFile: string, drafts: number, words: number): { lint: (text: string) => number; texts: string[] } {
  tuneHeapForLinting();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(resolve(engineFile)) as typeof Engine;
  return warmedUp((text) => engine.lintText(text, { format: 'markdown' }).findings.length, drafts, words);
}

/** `drafts` new drafts of `words` words, and `lint` warmed up on the corpus they do not use (warmUpOn). */
export function warmedUp(lint: (text: string) => number, drafts: number, words: number): { lint: (text: string) => number; texts: string[] } {
  const corpus = loadCorpus(process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval'));
  const stream = new TextStream(corpus);
  const texts = Array.from({ length: drafts }, () => stream.next(words));
  warmUpOn(lint, warmUpText(corpus, drafts * words) ?? texts[0]);
  return { lint, texts };
}

/** The middle value (the upper of the two for an even count), as compareSpeed.ts and lintStages.ts report it. */
export function median(values: readonly number[]): number {
  return [...values].sort((a, b) => a - b)[values.length >> 1];
}

/** The positive number after `name` on the command line (`--rounds 3`), or `fallback`. */
export function countOption(name: string, fallback: number): number {
  const at = process.argv.indexOf(name);
  return at >= 0 ? Math.max(1, Number(process.argv[at + 1]) || fallback) : fallback;
}

/** The text cut at paragraph breaks into pieces of about `words` words. */
function piecesOf(text: string, words: number): string[] {
  const pieces: string[] = [];
  let piece: string[] = [];
  let count = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    piece.push(paragraph);
    count += paragraph.split(/\s+/).filter(Boolean).length;
    if (count >= words) {
      pieces.push(piece.join('\n\n'));
      piece = [];
      count = 0;
    }
  }
  if (piece.length > 0) pieces.push(piece.join('\n\n'));
  return pieces;
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
