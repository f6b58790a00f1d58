// The TextMate grammars: both files parse, every regex compiles in Oniguruma (VS Code's engine),
// and sample lines of a draft get the scopes a reader's theme colours: quotations, attribution
// cues, hedges, placeholders and suppression comments; placeholders also inside Markdown prose.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as oniguruma from 'vscode-oniguruma';
import * as vsctm from 'vscode-textmate';

const SYNTAXES = resolve(__dirname, '../../syntaxes');
const DRAFT_GRAMMAR = resolve(SYNTAXES, 'newsdraft.tmLanguage.json');
const INJECTION_GRAMMAR = resolve(SYNTAXES, 'placeholders.injection.tmLanguage.json');
const INJECTION_SCOPE = 'text.newsdraft.placeholders.injection';

/** A stand-in for VS Code's Markdown grammar: fenced code, inline code, and plain text. */
const FAKE_MARKDOWN = {
  scopeName: 'text.html.markdown',
  patterns: [
    { name: 'markup.fenced_code.block.markdown', begin: '^```', end: '^```' },
    { name: 'markup.inline.raw.string.markdown', match: '`[^`]*`' },
  ],
};

let registry: vsctm.Registry;

before(async () => {
  const wasm = readFileSync(require.resolve('vscode-oniguruma/release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (text: string) => new oniguruma.OnigString(text),
    }),
    loadGrammar: async (scopeName: string) => {
      if (scopeName === 'text.newsdraft') return vsctm.parseRawGrammar(readFileSync(DRAFT_GRAMMAR, 'utf8'), DRAFT_GRAMMAR);
      if (scopeName === INJECTION_SCOPE) return vsctm.parseRawGrammar(readFileSync(INJECTION_GRAMMAR, 'utf8'), INJECTION_GRAMMAR);
      if (scopeName === 'text.html.markdown') return vsctm.parseRawGrammar(JSON.stringify(FAKE_MARKDOWN), 'markdown.json');
      return null;
    },
    // As VS Code does for a grammar contributed with injectTo: ["text.html.markdown"].
    getInjections: (scopeName: string) => (scopeName === 'text.html.markdown' ? [INJECTION_SCOPE] : undefined),
  });
});

interface Token {
  line: number;
  text: string;
  scopes: string[];
}

async function tokenize(scopeName: string, text: string): Promise<Token[]> {
  const grammar = await registry.loadGrammar(scopeName);
  assert.ok(grammar, `grammar ${scopeName} loads`);
  const tokens: Token[] = [];
  let stack = vsctm.INITIAL;
  text.split('\n').forEach((line, index) => {
    const result = grammar.tokenizeLine(line, stack);
    for (const token of result.tokens) tokens.push({ line: index, text: line.slice(token.startIndex, token.endIndex), scopes: token.scopes });
    stack = result.ruleStack;
  });
  return tokens;
}

/** The scopes of the token holding the first occurrence of `word` (on `line`, when given). */
function scopesAt(tokens: Token[], word: string, line?: number): string[] {
  const token = tokens.find((t) => (line === undefined || t.line === line) && t.text.includes(word));
  assert.ok(token, `a token contains ${JSON.stringify(word)}: ${JSON.stringify(tokens.map((t) => t.text))}`);
  return token.scopes;
}

const has = (scopes: string[], scope: string) => scopes.some((s) => s === scope || s.startsWith(`${scope}.`));

function regexesIn(node: unknown, path: string, out: { path: string; source: string }[] = []): { path: string; source: string }[] {
  if (Array.isArray(node)) node.forEach((child, i) => regexesIn(child, `${path}[${i}]`, out));
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (['match', 'begin', 'end', 'while'].includes(key) && typeof value === 'string') out.push({ path: `${path}.${key}`, source: value });
      else regexesIn(value, `${path}.${key}`, out);
    }
  }
  return out;
}

test('both grammar files parse as JSON and every regex compiles in Oniguruma', () => {
  for (const file of [DRAFT_GRAMMAR, INJECTION_GRAMMAR]) {
    const grammar = JSON.parse(readFileSync(file, 'utf8'));
    const regexes = regexesIn(grammar, file.split('/').pop()!);
    assert.ok(regexes.length > 0);
    for (const { path, source } of regexes) {
      assert.doesNotThrow(() => new oniguruma.OnigScanner([source]), `${path}: ${source}`);
    }
  }
});

test('the News Draft grammar has the scope name the manifest contributes', () => {
  const grammar = JSON.parse(readFileSync(DRAFT_GRAMMAR, 'utf8'));
  assert.equal(grammar.scopeName, 'text.newsdraft');
  const injection = JSON.parse(readFileSync(INJECTION_GRAMMAR, 'utf8'));
  assert.equal(injection.scopeName, INJECTION_SCOPE);
  assert.match(injection.injectionSelector, /^L:text\.html\.markdown -markup\.fenced_code -markup\.inline\.raw/);
});

test('the placeholder pattern is the same in the draft grammar and the Markdown injection', () => {
  const draft = JSON.parse(readFileSync(DRAFT_GRAMMAR, 'utf8'));
  const injection = JSON.parse(readFileSync(INJECTION_GRAMMAR, 'utf8'));
  assert.equal(draft.repository.placeholder.match, injection.repository.placeholder.match);
  assert.equal(draft.repository.placeholder.name, injection.repository.placeholder.name);
});

test('a quotation, straight or curly, is a string and its speech verb an attribution cue', async () => {
  const tokens = await tokenize('text.newsdraft', '"We will not back down," the mayor said. \u201cNever,\u201d she told reporters.');
  assert.ok(has(scopesAt(tokens, 'We will not back down'), 'string.quoted.double.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'Never'), 'string.quoted.double.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'said'), 'keyword.other.attribution.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'told'), 'keyword.other.attribution.newsdraft'));
  assert.ok(!has(scopesAt(tokens, 'the mayor'), 'string.quoted.double.newsdraft'), 'the quotation ends at its closing mark');
});

test('"according to" is a cue; loaded verbs get their own cue scope', async () => {
  const tokens = await tokenize('text.newsdraft', 'Turnout rose, according to the council. The minister claimed the figures were wrong.');
  assert.ok(has(scopesAt(tokens, 'according to'), 'keyword.other.attribution.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'claimed'), 'keyword.other.attribution.loaded.newsdraft'));
});

test('hedges are marked, single words and "is believed to" alike', async () => {
  const tokens = await tokenize('text.newsdraft', 'The alleged theft reportedly began at night. The suspect is believed to have fled.');
  for (const hedge of ['alleged', 'reportedly', 'is believed to']) {
    const scopes = scopesAt(tokens, hedge);
    assert.ok(has(scopes, 'keyword.other.hedge.newsdraft'), `${hedge}: ${scopes}`);
    assert.ok(has(scopes, 'markup.italic.hedge.newsdraft'), `${hedge}: ${scopes}`);
  }
  assert.ok(!has(scopesAt(tokens, 'theft'), 'keyword.other.hedge.newsdraft'));
});

test('placeholders the quick fixes insert are variables, also inside a quotation', async () => {
  const tokens = await tokenize('text.newsdraft', 'Critics [named source] say it failed, according to [source]. "It is over," [speaker] said. "Ask [speaker]."');
  assert.ok(has(scopesAt(tokens, '[named source]'), 'variable.other.placeholder.newsdraft'));
  assert.ok(has(scopesAt(tokens, '[source]'), 'variable.other.placeholder.newsdraft'));
  assert.ok(has(scopesAt(tokens, '[speaker]'), 'variable.other.placeholder.newsdraft'));
  const quoted = tokens.filter((t) => t.text === '[speaker]');
  assert.equal(quoted.length, 2);
  assert.ok(has(quoted[1].scopes, 'string.quoted.double.newsdraft') && has(quoted[1].scopes, 'variable.other.placeholder.newsdraft'));
});

test('link texts, task boxes and capitalised brackets are not placeholders', async () => {
  const tokens = await tokenize('text.newsdraft', 'See [the report](https://example.com) and [ref][1], [x] done, [Reuters] wrote.');
  assert.ok(!tokens.some((t) => has(t.scopes, 'variable.other.placeholder.newsdraft')), JSON.stringify(tokens));
});

test('suppression comments are block comments with the directive and rule ids marked', async () => {
  const tokens = await tokenize('text.newsdraft', '<!-- attribution-lint-disable-next-line scare-quote, vague-source -- quoting the bill title -->');
  assert.ok(has(scopesAt(tokens, 'attribution-lint-disable-next-line'), 'keyword.control.suppression.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'attribution-lint-disable-next-line'), 'comment.block.suppression.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'scare-quote'), 'constant.other.rule-id.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'vague-source'), 'constant.other.rule-id.newsdraft'));
  const reason = scopesAt(tokens, 'quoting the bill');
  assert.ok(has(reason, 'comment.block.reason.newsdraft') && !has(reason, 'constant.other.rule-id.newsdraft'));
  assert.ok(has(scopesAt(tokens, '-->'), 'comment.block.suppression.newsdraft'));
  const after = await tokenize('text.newsdraft', '<!-- attribution-lint-enable -->\nThe mayor said so.');
  assert.ok(!has(scopesAt(after, 'The mayor', 1), 'comment.block.suppression.newsdraft'), 'the comment ends at -->');
});

test('an unclosed quotation ends with its paragraph, so one stray mark does not colour the draft', async () => {
  const tokens = await tokenize('text.newsdraft', '"This quote never closes,\nand runs on.\n\nThe next paragraph said nothing.');
  assert.ok(has(scopesAt(tokens, 'and runs on', 1), 'string.quoted.double.newsdraft'), 'a quotation may wrap onto the next line');
  assert.ok(!has(scopesAt(tokens, 'The next paragraph', 3), 'string.quoted.double.newsdraft'));
  assert.ok(has(scopesAt(tokens, 'said', 3), 'keyword.other.attribution.newsdraft'));
});

test('in Markdown, placeholders in prose are highlighted by the injection, but not inside code', async () => {
  const tokens = await tokenize('text.html.markdown', 'Critics [named source] say so.\n\n```\nquote [speaker] here\n```\nInline `[source]` code and [source] prose.');
  assert.ok(has(scopesAt(tokens, '[named source]', 0), 'variable.other.placeholder.newsdraft'));
  assert.ok(!has(scopesAt(tokens, '[speaker]', 3), 'variable.other.placeholder.newsdraft'), 'fenced code is left alone');
  const onLastLine = tokens.filter((t) => t.line === 5 && t.text.includes('[source]'));
  assert.equal(onLastLine.length, 2, JSON.stringify(onLastLine));
  assert.ok(!has(onLastLine[0].scopes, 'variable.other.placeholder.newsdraft'), 'inline code is left alone');
  assert.ok(has(onLastLine[1].scopes, 'variable.other.placeholder.newsdraft'));
});
