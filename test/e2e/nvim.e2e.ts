// A second LSP client we did not write: headless Neovim talks to dist/server.js over stdio. Its
// diagnostics on the seed must equal the command line's findings (same rule ids and positions),
// and a code action request must return the fixes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, scratchWorkspace } from './workspace';

const SEED = '000_3bec0c1ae2dd0ebf.txt';

interface LspDiagnostic {
  code: string;
  source: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

const keyOf = (ruleId: string, range: LspDiagnostic['range']) =>
  `${ruleId}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

test('Neovim as an LSP client gets the same findings as the command line, and the fixes', () => {
  const { dir, workspace } = scratchWorkspace('neovim');
  const file = path.join(workspace, SEED);
  const outFile = path.join(dir, 'nvim.json');
  const xdg = path.join(dir, 'xdg');
  const run = spawnSync('nvim', ['--headless', '--clean', '-n', '-c', `luafile ${path.join(ROOT, 'test', 'e2e', 'nvim', 'lsp_client.lua')}`, file], {
    cwd: workspace,
    encoding: 'utf8',
    timeout: 60_000,
    env: {
      ...process.env,
      ATTRIBUTION_LINT_SERVER: path.join(ROOT, 'dist', 'server.js'),
      ATTRIBUTION_LINT_NVIM_OUT: outFile,
      XDG_CONFIG_HOME: path.join(xdg, 'config'),
      XDG_DATA_HOME: path.join(xdg, 'data'),
      XDG_STATE_HOME: path.join(xdg, 'state'),
      XDG_CACHE_HOME: path.join(xdg, 'cache'),
    },
  });
  assert.equal(run.status, 0, `nvim exited with ${run.status}: ${run.stdout}${run.stderr}`);
  const result = JSON.parse(fs.readFileSync(outFile, 'utf8')) as { nvim: string; diagnostics: LspDiagnostic[]; actions: { title: string; edit?: unknown }[] };
  assert.match(result.nvim, /^0\.\d+\.\d+$/);

  const cli = JSON.parse(execFileSync(process.execPath, [path.join(ROOT, 'dist', 'cli.js'), '--format', 'json', file], { encoding: 'utf8' })) as { findings: { ruleId: string; range: LspDiagnostic['range'] }[] }[];
  const expected = cli[0].findings.map((finding) => keyOf(finding.ruleId, finding.range)).sort();
  const received = result.diagnostics.map((diagnostic) => keyOf(diagnostic.code, diagnostic.range)).sort();
  assert.ok(expected.length >= 10, 'the seed has its findings');
  assert.deepEqual(received, expected);
  assert.ok(result.diagnostics.every((diagnostic) => diagnostic.source === 'attribution-lint'));

  const titles = result.actions.map((action) => action.title);
  assert.ok(titles.includes("Replace with 'said'"), JSON.stringify(titles));
  assert.ok(titles.includes('Disable loaded-attribution-verb for this line'), JSON.stringify(titles));
  assert.ok(result.actions.find((action) => action.title === "Replace with 'said'")?.edit, 'the fix carries its edit');
});
