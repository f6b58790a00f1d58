// Runs the built command line as a newsroom pipeline would, on drafts in temporary folders.
import { before, after } from 'node:test';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { RULES } from '../../server/src/lint/rules';
import { ensureBuilt as ensureBundleBuilt } from '../support/ensureBuilt';

export const ROOT = path.resolve(__dirname, '../..');
export const CLI = path.join(ROOT, 'dist', 'cli.js');
export const VERB = 'loaded-attribution-verb';
export const STRESSED = 'Putin stressed that the talks failed.\n';


/** Builds dist/ when dist/cli.js is missing or older than the sources. */
export function ensureBuilt(): void {
  ensureBundleBuilt(CLI);
}

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd: string; input?: string | Buffer; env?: NodeJS.ProcessEnv }): Run {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A configuration with every rule off except the named ones (at their default severity unless given). */
export function onlyRules(rules: Record<string, string>): string {
  const all: Record<string, string> = {};
  for (const rule of RULES) all[rule.meta.id] = 'off';
  return JSON.stringify({ rules: { ...all, ...rules } }, null, 2);
}

export function makeTree(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lint-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  made.push(dir);
  return dir;
}

const made: string[] = [];

/** Call once at the top of a test file: builds dist/ first and removes the temporary folders after. */
export function useBuiltCli(): void {
  before(ensureBuilt);
  after(() => {
    for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
  });
}
