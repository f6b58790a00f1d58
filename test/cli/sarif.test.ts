// `--format sarif` for newsroom CI: the log must validate against the official SARIF 2.1.0 JSON
// schema (shipped in @microsoft/jest-sarif as sarif-2.1.0-rtm.5.json, the version schemastore
// serves as sarif-2.1.0.json; it is a draft-04 schema, hence ajv-draft-04).
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { RULES } from '../../server/src/lint/rules';

import { ROOT, STRESSED, VERB, cli, makeTree, onlyRules, useBuiltCli } from './harness';
const SCHEMA_FILE = path.join(path.dirname(require.resolve('@microsoft/jest-sarif/package.json')), 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

useBuiltCli();

let validate: ReturnType<Ajv['compile']>;
before(() => {
  // unicodeRegExp off: the schema's "language" pattern has a stray "]" that only non-Unicode regular expressions accept.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(fs.readFileSync(SCHEMA_FILE, 'utf8')));
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
  const run = cli(['drafts', 'desk', '--format', 'sarif'], { cwd: dir });
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
  const run = cli(['story.md', '--format', 'sarif'], { cwd: dir });
  assert.equal(run.code, 2);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);
  const [invocation] = log.runs[0].invocations;
  assert.equal(invocation.executionSuccessful, false);
  assert.match(invocation.toolExecutionNotifications[0].message.text, /no-such-rule/);
});

test('an empty directory gives a valid log with no results', () => {
  const dir = makeTree({ 'drafts/.keep': '' });
  const run = cli(['drafts', '--format', 'sarif'], { cwd: dir });
  assert.equal(run.code, 0, run.stderr);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);
  assert.deepEqual(log.runs[0].results, []);
});

test('a draft outside the working directory gets a file: URI', () => {
  const outside = makeTree({ '.attributionlintrc.json': onlyRules({ [VERB]: 'warning' }), 'story.md': STRESSED });
  const cwd = makeTree({});
  const run = cli([path.join(outside, 'story.md'), '--format', 'sarif'], { cwd: cwd });
  assert.equal(run.code, 0, run.stderr);
  const log: Json = JSON.parse(run.stdout);
  assertValidSarif(log);
  assert.match(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri, /^file:\/\/\/.*story\.md$/);
  assert.equal(log.runs[0].results[0].level, 'warning');
});
