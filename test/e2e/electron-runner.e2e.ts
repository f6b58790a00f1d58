// The standard runner must never pass by accident: it either runs the suite in a downloaded VS Code
// and reports its tests, or (here, with no route to the VS Code update server) fails with a message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './workspace';

test('npm run test:vscode either runs the suite or exits non-zero with a clear message', () => {
  const run = spawnSync(process.execPath, ['--import', 'tsx', path.join('test', 'e2e', 'run-electron.ts')], { cwd: ROOT, encoding: 'utf8', timeout: 600_000 });
  if (run.status === 0) {
    assert.match(run.stdout, /^\d+ passed, 0 failed$/m, 'a pass reports the suite\'s own count');
  } else {
    assert.match(run.stderr, /test:vscode FAILED: @vscode\/test-electron could not run the suite/);
    assert.match(run.stderr, /npm run test:e2e/);
  }
});
