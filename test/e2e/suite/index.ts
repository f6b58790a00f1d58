// Extension-host test entry (`extensionTestsPath`): runs the mocha suite inside VS Code's extension
// host, under @vscode/test-electron or code-server alike. Each test's outcome is also written as JSON
// to $ATTRIBUTION_LINT_E2E_RESULTS, so the runner can report one result per test.
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';

interface TestOutcome {
  title: string;
  state: 'passed' | 'failed';
  error?: string;
  durationMs?: number;
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, color: false, reporter: 'spec' });
  mocha.addFile(path.join(__dirname, 'extension.test.js'));
  const outcomes: TestOutcome[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run((failures) => {
      const file = process.env.ATTRIBUTION_LINT_E2E_RESULTS;
      if (file) fs.writeFileSync(file, JSON.stringify(outcomes, null, 2));
      if (failures > 0) reject(new Error(`${failures} extension test(s) failed`));
      else resolve();
    });
    runner.on('pass', (test) => outcomes.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration }));
    runner.on('fail', (test, error: Error) => outcomes.push({ title: test.fullTitle(), state: 'failed', error: error.stack ?? error.message }));
  });
}
