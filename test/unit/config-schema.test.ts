// The JSON schema VS Code uses to check `.attributionlintrc.json`, and the rule settings in the
// manifest, against the engine's own lists: rule ids, severities and word-list names cannot drift.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Ajv from 'ajv';
import { RULE_IDS, WORD_LIST_NAMES, SEVERITY_SETTINGS, emptyConfig, validateConfig } from '../../server/src/lint';

const ROOT = resolve(__dirname, '../..');
const schema = JSON.parse(readFileSync(resolve(ROOT, 'schemas/attributionlintrc.schema.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const settings = manifest.contributes.configuration.properties;

const sorted = (values: Iterable<string>) => [...values].sort();

test("the schema's rule ids are the engine's RULE_IDS, each with the five severities", () => {
  const rules = schema.properties.rules;
  assert.deepEqual(sorted(Object.keys(rules.properties)), sorted(RULE_IDS));
  assert.equal(rules.additionalProperties, false);
  for (const [id, rule] of Object.entries<{ enum: string[]; description?: string }>(rules.properties)) {
    assert.deepEqual(rule.enum, [...SEVERITY_SETTINGS], id);
    assert.ok(rule.description, `${id} has a description`);
  }
});

test("the schema's word lists are the engine's WORD_LIST_NAMES, each with add and remove", () => {
  const wordLists = schema.properties.wordLists;
  assert.deepEqual(sorted(Object.keys(wordLists.properties)), sorted(WORD_LIST_NAMES));
  assert.equal(wordLists.additionalProperties, false);
  for (const [name, list] of Object.entries<{ properties: Record<string, unknown>; additionalProperties: boolean }>(wordLists.properties)) {
    assert.deepEqual(sorted(Object.keys(list.properties)), ['add', 'remove'], name);
    assert.equal(list.additionalProperties, false, name);
  }
});

test("the schema's top-level keys are the configuration's keys (plus $schema)", () => {
  assert.deepEqual(sorted(Object.keys(schema.properties)), sorted(['$schema', ...Object.keys(emptyConfig())]));
  assert.equal(schema.additionalProperties, false);
});

test('the attributionLint.rules setting lists the same rule ids and severities', () => {
  const rules = settings['attributionLint.rules'];
  assert.equal(rules.type, 'object');
  assert.equal(rules.additionalProperties, false);
  assert.deepEqual(sorted(Object.keys(rules.properties)), sorted(RULE_IDS));
  for (const [id, rule] of Object.entries<{ enum: string[]; markdownDescription?: string }>(rules.properties)) {
    assert.deepEqual(rule.enum, [...SEVERITY_SETTINGS], id);
    assert.ok(rule.markdownDescription, `${id} has a description`);
  }
});

// VS Code's JSON service adds keywords (markdownDescription, enumDescriptions) that ajv does not know.
const ajv = new Ajv({ strict: false, allErrors: true });
const schemaAccepts = ajv.compile(schema);

const SAMPLES: { name: string; config: unknown }[] = [
  { name: 'empty', config: {} },
  { name: 'every key', config: {
    $schema: './node_modules/attribution-lint/schemas/attributionlintrc.schema.json',
    rules: { 'hedged-wording': 'error', 'scare-quote': 'off', 'anonymous-source': 'hint' },
    acceptedPhrases: ['so-called "fake news"'],
    extraHedges: ['purported'],
    knownOutlets: ['The Daily Bugle'],
    wordLists: { hedges: { add: ['is understood to'], remove: ['rumored'] }, outlets: { add: ['Gazette'] } },
  } },
  { name: 'unknown rule', config: { rules: { 'hedged-words': 'error' } } },
  { name: 'bad severity', config: { rules: { 'vague-source': 'fatal' } } },
  { name: 'unknown key', config: { rule: {} } },
  { name: 'list not an array', config: { extraHedges: 'purported' } },
  { name: 'empty phrase', config: { acceptedPhrases: [''] } },
  { name: 'unknown word list', config: { wordLists: { weasels: { add: ['x'] } } } },
  { name: 'unknown list field', config: { wordLists: { hedges: { append: ['x'] } } } },
];

for (const { name, config } of SAMPLES) {
  test(`the schema and the engine agree on the "${name}" configuration`, () => {
    const engineAccepts = validateConfig(config, '.attributionlintrc.json').problems.length === 0;
    assert.equal(schemaAccepts(config), engineAccepts, JSON.stringify(ajv.errorsText(schemaAccepts.errors)));
  });
}
