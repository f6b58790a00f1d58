// Runner 2 of 2 for the extension-host suite: code-server in headless Chromium, the suite passed
// through the workbench `payload` (extensionDevelopmentPath + extensionTestsPath), the exit code
// through window.codeAutomationExit, and one result per mocha test read back from a JSON file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { execFileSync } from 'node:child_process';
import { format } from 'node:util';
import { ensureCodeServer, launchChromium, startCodeServer } from './codeServer';
import { ROOT, scratchWorkspace } from './workspace';

interface Outcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
}

test('the extension-host suite runs inside code-server', async (t) => {
  ensureCodeServer();
  execFileSync(process.execPath, ['test/e2e/build-suite.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const { dir, workspace } = scratchWorkspace('extension-host');
  const resultsFile = path.join(dir, 'results.json');
  const server = await startCodeServer({ stateDir: path.join(dir, 'code-server'), workspace, env: { ATTRIBUTION_LINT_E2E_RESULTS: resultsFile } });
  const browser = await launchChromium(dir);
  let exitCode: unknown;
  try {
    const remote = (file: string) => `vscode-remote://${server.authority}${file}`;
    const payload = [
      ['extensionDevelopmentPath', remote(ROOT)],
      ['extensionTestsPath', remote(path.join(ROOT, 'out', 'e2e', 'suite', 'index.js'))],
      ['skipWelcome', 'true'],
    ];
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    let finish: (code: unknown) => void = () => undefined;
    const exited = new Promise((resolve) => (finish = resolve));
    await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown) => {
      const line = Array.isArray(args) ? format(...(args as unknown[])) : String(args);
      if (line.trim() !== '') t.diagnostic(line.slice(0, 400));
    });
    await page.exposeFunction('codeAutomationExit', (code: unknown) => finish(code));
    await page.goto(`${server.base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve('timed out after 6 minutes'), 360_000)));
    exitCode = await Promise.race([exited, timeout]);
    clearTimeout(timer);
    await page.screenshot({ path: path.join(dir, 'workbench.png') }).catch(() => undefined);
  } finally {
    await browser.close();
    await server.stop();
  }

  assert.ok(fs.existsSync(resultsFile), `the suite wrote its results (exit: ${String(exitCode)}); see ${dir}`);
  const outcomes = JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as Outcome[];
  assert.ok(outcomes.length >= 10, `the suite ran its tests (${outcomes.length} reported)`);
  for (const outcome of outcomes) {
    await t.test(outcome.title, () => {
      if (outcome.state === 'failed') assert.fail(outcome.error ?? 'failed');
    });
  }
  assert.equal(exitCode, 0, 'the extension host exits with 0');
});
