// Configuration: what a newsroom may set, and how bad configuration is reported without stopping linting.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, parseConfigText, mergeConfigs } from '../../server/src/lint';

const FILE = '/news/.attributionlintrc.json';

test('a valid file sets rule severities, accepted phrases, extra hedges and outlets', () => {
  const { config, problems } = parseConfigText(
    JSON.stringify({ rules: { 'hedged-wording': 'error', 'scare-quote': 'off' }, acceptedPhrases: ['fake news'], extraHedges: ['purported'], knownOutlets: ['The Daily Bugle'] }),
    FILE,
  );
  assert.deepEqual(problems, []);
  assert.deepEqual(config.rules, { 'hedged-wording': 'error', 'scare-quote': 'off' });
  assert.deepEqual(config.extraHedges, ['purported']);
});

test('comments and trailing commas are allowed, as in VS Code settings files', () => {
  const { problems } = parseConfigText('{\n // newsroom defaults\n "rules": { "scare-quote": "off", },\n}', FILE);
  assert.deepEqual(problems, []);
});

test('invalid JSON gives one problem naming the file, line and column, and the defaults', () => {
  const { config, problems } = parseConfigText('{\n  "rules": { "scare-quote": "off" \n', FILE);
  assert.equal(problems.length, 1);
  assert.match(problems[0].message, /\.attributionlintrc\.json:\d+:\d+: invalid JSON/);
  assert.deepEqual(config.rules, {});
});

test('an unknown rule id names the file and the key; the other rules still apply', () => {
  const { config, problems } = parseConfigText(JSON.stringify({ rules: { 'hedged-wordin': 'off', 'scare-quote': 'off' } }), FILE);
  assert.equal(problems.length, 1);
  assert.equal(problems[0].key, 'rules.hedged-wordin');
  assert.match(problems[0].message, /attributionlintrc\.json.*"rules\.hedged-wordin" names no rule/);
  assert.deepEqual(config.rules, { 'scare-quote': 'off' });
});

test('a wrong severity or a wrong type is reported by key and left at its default', () => {
  const { config, problems } = parseConfigText(JSON.stringify({ rules: { 'scare-quote': 'loud' }, acceptedPhrases: 'fake news', wordLists: { hedges: { add: [1] } } }), FILE);
  assert.deepEqual(problems.map((problem) => problem.key), ['rules.scare-quote', 'acceptedPhrases', 'wordLists.hedges.add']);
  assert.deepEqual(config.rules, {});
  assert.deepEqual(config.acceptedPhrases, []);
});

test('an unknown top-level key and an unknown word list are reported', () => {
  const { problems } = parseConfigText(JSON.stringify({ rulez: {}, wordLists: { hedgez: { add: ['x'] } } }), FILE);
  assert.deepEqual(problems.map((problem) => problem.key), ['rulez', 'wordLists.hedgez']);
});

test('a configuration that is not an object is reported and ignored', () => {
  const { problems } = parseConfigText('[1, 2]', FILE);
  assert.equal(problems.length, 1);
});

test('a rule set to "off" reports nothing; a severity carries into findings', () => {
  const text = 'The alleged meeting took place in March.';
  const off = parseConfigText('{"rules": {"hedged-wording": "off"}}', FILE).config;
  const error = parseConfigText('{"rules": {"hedged-wording": "error"}}', FILE).config;
  assert.equal(lintText(text, { format: 'plaintext', config: off }).findings.length, 0);
  assert.deepEqual(lintText(text, { format: 'plaintext', config: error }).findings.map((finding) => finding.severity), ['error']);
});

test('a config that turns every rule off lints to nothing', () => {
  const allOff = parseConfigText(JSON.stringify({ rules: Object.fromEntries(['hedged-wording', 'vague-source', 'anonymous-source', 'unattributed-quote', 'scare-quote', 'unattributed-claim', 'secondhand-source', 'loaded-attribution-verb'].map((id) => [id, 'off'])) }), FILE).config;
  assert.deepEqual(lintText('Critics say the alleged bribe was "huge," RT reported.', { format: 'plaintext', config: allOff }).findings, []);
});

test('accepted phrases are never flagged', () => {
  const config = parseConfigText('{"acceptedPhrases": ["fake news"]}', FILE).config;
  assert.deepEqual(lintText('The so-called "fake news" spread fast.', { format: 'plaintext', config }).findings.map((finding) => finding.ruleId), ['hedged-wording']);
});

test('extra hedges and removed hedges change what is flagged', () => {
  const config = parseConfigText('{"extraHedges": ["purported"], "wordLists": {"hedges": {"remove": ["alleged"]}}}', FILE).config;
  const flagged = lintText('The purported meeting and the alleged meeting took place.', { format: 'plaintext', config }).findings.map((finding) => finding.ruleId + ':' + finding.message.split('"')[1]);
  assert.deepEqual(flagged, ['hedged-wording:purported']);
});

test('known outlets are second-hand sources', () => {
  const config = parseConfigText('{"knownOutlets": ["The Daily Bugle"]}', FILE).config;
  const findings = lintText('The mayor resigned, the Daily Bugle reported.', { format: 'plaintext', config }).findings;
  assert.deepEqual(findings.map((finding) => finding.ruleId), ['secondhand-source']);
});

test('later configurations win key by key (settings over the file)', () => {
  const file = parseConfigText('{"rules": {"scare-quote": "off", "hedged-wording": "error"}}', FILE).config;
  const settings = parseConfigText('{"rules": {"hedged-wording": "hint"}}', 'settings').config;
  assert.deepEqual(mergeConfigs(file, settings).rules, { 'scare-quote': 'off', 'hedged-wording': 'hint' });
});
