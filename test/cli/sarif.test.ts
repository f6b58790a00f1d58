// `--format sarif` for newsroom CI: the log must validate against the official SARIF 2.1.0 JSON
// schema (shipped in @microsoft/jest-sarif as sarif-2.1.0-rtm.5.json, the version schemastore
// serves as sarif-2.1.0.json; it is a draft-04 schema, hence ajv-draft-04).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/lint/rules';

const ROOT = path.resolve(__dirname, '../..');
const CLI = path.join(ROOT, 'dist', 'cli.js');
const VERB = 'loaded-attribution-verb';
const STRESSED = 'Putin stressed that the talks failed.\n';
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

// ---- harness (the same in cli.test.ts) ----

function ensureBuilt(): void {
  const lock = path.join(ROOT, 'dist', '.build-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (isStale()) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
}

function isStale(): boolean {
  if (!fs.existsSync(CLI)) return true;
  const built = fs.statSync(CLI).mtimeMs;
  const sources = [path.join(ROOT, 'package.json'), path.join(ROOT, 'scripts', 'build.mjs')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else sources.push(full);
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  return sources.some((file) => fs.statSync(file).mtimeMs > built);
}

function cli(args: string[], cwd: string): { code: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [CLI, ...args], { cwd, input: '', encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function onlyRules(rules: Record<string, string>): string {
  const all: Record<string, string> = {};
  for (const rule of RULES) all[rule.meta.id] = 'off';
  return JSON.stringify({ rules: { ...all, ...rules } });
}

const made: string[] = [];
function makeTree(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lint-sarif-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  made.push(dir);
  return dir;
}

let validate: ReturnType<Ajv['compile']>;
before(() => {
  ensureBuilt();
  // unicodeRegExp off: the schema's "language" pattern has a stray "]" that only non-Unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
});
after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function assertValidSarif(log: unknown): void {
  const valid = validate(log);
  assert.ok(valid, `not valid SARIF 2.1.0:\n${JSON.stringify(validate.errors, null, 2)}`);
}

// Parsed output is walked freely; the schema has checked its shape.
type Json = any;

test('the schema check is real: a log with a made-up level is rejected', () => {
  const bad = { version: '2.1.0', runs: [{ tool: { driver: { name: 'x' } }, results: [{ message: { text: 'm' }, level: 'info' }] }] };
  assert.equal(validate(bad), false);
});

test('a SARIF log with findings in several drafts validates and says what the brief asks', () => {
  const dir = makeTree({
    '.attributionlintrc.json': onlyRules({ [VERB]: 'info' }),
    'drafts/lead story.md': STRESSED,
    'drafts/wire/brief.txt': `Headline\n\nLavrov insisted that nothing changed.\n`,
    'desk/.attributionlintrc.json': onlyRules({ [VERB]: 'error' }),
    'desk/urgent.md': STRESSED,
  });
  const run = cli(['drafts', 'desk', '--format', 'sarif'], dir);
  assert.equal(run.code, 1, run.stderr);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);

  assert.equal(log.$schema, 'https://json.schemastore.org/sarif-2.1.0.json');
  assert.equal(log.version, '2.1.0');
  assert.equal(log.runs.length, 1);
  const [sarifRun] = log.runs;
  const driver = sarifRun.tool.driver;
  assert.equal(driver.name, 'attribution-lint');
  assert.equal(driver.version, JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version);
  assert.match(driver.informationUri, /^https?:\/\//);
  assert.deepEqual(driver.rules.map((r: Json) => r.id), RULES.map((r) => r.meta.id));
  for (const [index, rule] of RULES.entries()) {
    const entry = driver.rules[index];
    assert.equal(entry.shortDescription.text, rule.meta.description);
    assert.equal(entry.helpUri, rule.meta.docsUrl);
    assert.equal(entry.defaultConfiguration.level, { error: 'error', warning: 'warning', info: 'note', hint: 'note' }[rule.meta.defaultSeverity]);
  }

  const results = sarifRun.results;
  assert.deepEqual(
    results.map((r: Json) => [r.locations[0].physicalLocation.artifactLocation.uri, r.level]),
    [['drafts/lead%20story.md', 'note'], ['drafts/wire/brief.txt', 'note'], ['desk/urgent.md', 'error']],
  );
  for (const result of results) {
    assert.equal(result.ruleId, VERB);
    assert.equal(driver.rules[result.ruleIndex].id, VERB);
    assert.equal(typeof result.message.text, 'string');
  }
  const brief = results.find((r: Json) => r.locations[0].physicalLocation.artifactLocation.uri === 'drafts/wire/brief.txt');
  assert.deepEqual(brief.locations[0].physicalLocation.region, { startLine: 3, startColumn: 8, endLine: 3, endColumn: 16 });
});

test('configuration trouble still gives a valid log, marked as not successful', () => {
  const dir = makeTree({ '.attributionlintrc.json': '{"rules": {"no-such-rule": "error"}}', 'story.md': STRESSED });
  const run = cli(['story.md', '--format', 'sarif'], dir);
  assert.equal(run.code, 2);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);
  const [invocation] = log.runs[0].invocations;
  assert.equal(invocation.executionSuccessful, false);
  assert.match(invocation.toolExecutionNotifications[0].message.text, /no-such-rule/);
});

test('an empty directory gives a valid log with no results', () => {
  const dir = makeTree({ 'drafts/.keep': '' });
  const run = cli(['drafts', '--format', 'sarif'], dir);
  assert.equal(run.code, 0, run.stderr);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);
  assert.deepEqual(log.runs[0].results, []);
});

test('a draft outside the working directory gets a file: URI', () => {
  const outside = makeTree({ '.attributionlintrc.json': onlyRules({ [VERB]: 'warning' }), 'story.md': STRESSED });
  const cwd = makeTree({});
  const run = cli([path.join(outside, 'story.md'), '--format', 'sarif'], cwd);
  assert.equal(run.code, 0, run.stderr);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);
  assert.match(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.*story\.md$/);
  assert.equal(log.runs[0].results[0].level, 'warning');
});
