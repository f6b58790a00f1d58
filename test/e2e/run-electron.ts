// Runner 1 of 2 for the extension-host suite: the standard @vscode/test-electron, which downloads a
// VS Code build and runs the suite in it. Where the download cannot happen (no access to the VS Code
// update server, as on this project's CI) it exits non-zero with a message saying so: never a pass.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runTests } from '@vscode/test-electron';
import { ROOT, scratchWorkspace } from './workspace';

async function main(): Promise<void> {
  execFileSync(process.execPath, ['test/e2e/build-suite.mjs'], { cwd: ROOT, stdio: 'inherit' });
  const { dir, workspace } = scratchWorkspace('vscode-electron');
  const resultsFile = path.join(dir, 'results.json');
  try {
    await runTests({
      extensionDevelopmentPath: ROOT,
      extensionTestsPath: path.join(ROOT, 'out', 'e2e', 'suite', 'index.js'),
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust'],
      extensionTestsEnv: { ATTRIBUTION_LINT_E2E_RESULTS: resultsFile },
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`test:vscode FAILED: @vscode/test-electron could not run the suite (${reason}).`);
    console.error('It downloads VS Code from the VS Code update server; where that is not reachable, run "npm run test:e2e" (the same suite in code-server).');
    process.exit(1);
  }
  const outcomes = fs.existsSync(resultsFile) ? (JSON.parse(fs.readFileSync(resultsFile, 'utf8')) as { state: string }[]) : [];
  const failed = outcomes.filter((outcome) => outcome.state !== 'passed').length;
  console.log(`${outcomes.length - failed} passed, ${failed} failed`);
  if (outcomes.length === 0 || failed > 0) process.exit(1);
}

void main();
