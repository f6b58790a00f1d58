// Cold lints by one tool in a process of its own: `node --import tsx lintWorker.ts TOOL PLAN_FILE`.
// The plan names a warm-up text and, per run, one draft file per size. The worker lints the warm-up
// text four times first: V8 takes a couple of hundred thousand words of linting before our engine
// runs at its settled speed, and the warm-up text shares no paragraph with the drafts. Then it times one lint of every draft and prints {"ms": [[…]], "findings": [[…]]}
// (per run, per size). Every draft is new text to the process: no run can be served from a cache
// filled by an earlier one. The worker runs with --expose-gc and collects garbage before each timed
// lint, so that a lint pays for the garbage it makes, not for what the lint before it left (a
// 100,000-word lint leaves enough to stall the next one by tens of milliseconds).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Engine from '../../server/src/lint';

export const TOOLS = ['attribution-lint', 'write-good', 'alex'] as const;
export type Tool = (typeof TOOLS)[number];

export const WARM_UP_LINTS = 4;

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

/** A full collection, when the process runs with --expose-gc. */
function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

async function main(): Promise<void> {
  const [tool, planFile] = process.argv.slice(2);
  if (!TOOLS.includes(tool as Tool) || !planFile) throw new Error(`usage: lintWorker.ts ${TOOLS.join('|')} PLAN_FILE`);
  const plan = JSON.parse(readFileSync(planFile, 'utf8')) as LintPlan;
  const lint = await linterFor(tool as Tool);
  const warmUp = readFileSync(plan.warmUpFile ?? plan.runs[0][0], 'utf8');
  const first = performance.now();
  lint(warmUp);
  const times: LintTimes = { firstLintMs: performance.now() - first, ms: [], findings: [] };
  for (let i = 1; i < WARM_UP_LINTS; i++) lint(warmUp);
  for (const files of plan.runs) {
    const ms: number[] = [];
    const findings: number[] = [];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      collectGarbage();
      const start = performance.now();
      findings.push(lint(text));
      ms.push(performance.now() - start);
    }
    times.ms.push(ms);
    times.findings.push(findings);
  }
  process.stdout.write(`${JSON.stringify(times)}\n`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
