// The command line on a folder of drafts, as a newsroom pipeline runs it: `node dist/cli.js DIR
// --format json`, timed from spawn to exit. Exit code 1 (findings) is expected.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seededRandom } from '../protocol/lspClient';
import { countWords, ROOT, type TextStream } from './corpus';

export interface CliResult {
  files: number;
  words: number;
  /** Wall time of each timed run, in milliseconds. */
  runsMs: number[];
  filesReported: number;
  findings: number;
}

function runCli(dir: string): Promise<{ ms: number; stdout: string; code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const began = performance.now();
    const child = spawn(process.execPath, [join(ROOT, 'dist', 'cli.js'), dir, '--format', 'json'], { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ ms: performance.now() - began, stdout: Buffer.concat(stdout).toString('utf8'), code, stderr: Buffer.concat(stderr).toString('utf8') }));
  });
}

/** Writes `files` drafts of 500 to 1,000 words (seeded) to a temporary folder and times the CLI on it, once to warm the disk cache and then `runs` times. */
export async function benchCli(stream: TextStream, files: number, runs: number, seed: number): Promise<CliResult> {
  const dir = mkdtempSync(join(tmpdir(), 'attribution-lint-bench-'));
  const random = seededRandom(seed);
  let words = 0;
  try {
    for (let i = 0; i < files; i++) {
      const text = stream.next(500 + Math.floor(random() * 501));
      words += countWords(text);
      writeFileSync(join(dir, `draft-${String(i + 1).padStart(4, '0')}.md`), `${text}\n`);
    }
    const runsMs: number[] = [];
    let last = { stdout: '', code: null as number | null, stderr: '' };
    for (let i = 0; i <= runs; i++) {
      const run = await runCli(dir);
      if (run.code !== 0 && run.code !== 1) throw new Error(`the CLI exited with ${run.code}: ${run.stderr.slice(0, 2000)}`);
      if (i > 0) runsMs.push(run.ms);
      last = run;
    }
    const report = JSON.parse(last.stdout) as { findings: unknown[] }[];
    return { files, words, runsMs, filesReported: report.length, findings: report.reduce((sum, file) => sum + file.findings.length, 0) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
