// The extension manifest (package.json) against the names the client, server and tests share
// (server/src/protocolNames.ts), and the files it points at.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { CLIENT_COMMANDS, SERVER_COMMANDS, DEFAULT_SETTINGS, DRAFT_EXTENSIONS, SETTINGS_SECTION } from '../../server/src/protocolNames';

const ROOT = resolve(__dirname, '../..');
const manifest = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8'));
const contributes = manifest.contributes;
const settings: Record<string, { default: unknown; markdownDescription?: string; enum?: string[] }> = contributes.configuration.properties;
const readJson = (path: string) => JSON.parse(readFileSync(resolve(ROOT, path), 'utf8'));

test('every contributed command has a title and the category "Attribution"', () => {
  assert.ok(contributes.commands.length > 0);
  for (const command of contributes.commands) {
    assert.ok(typeof command.title === 'string' && command.title.length > 0, command.command);
    assert.equal(command.category, 'Attribution', command.command);
  }
});

test('the contributed commands are exactly the client commands; server commands are not contributed', () => {
  const contributed: string[] = contributes.commands.map((c: { command: string }) => c.command).sort();
  assert.deepEqual(contributed, Object.values<string>(CLIENT_COMMANDS).sort());
  for (const id of Object.values(SERVER_COMMANDS)) assert.ok(!contributed.includes(id), id);
});

test('palette menu entries name contributed commands, and the draft-only ones list the draft languages', () => {
  const ids = new Set(contributes.commands.map((c: { command: string }) => c.command));
  for (const entry of contributes.menus.commandPalette) assert.ok(ids.has(entry.command), entry.command);
  for (const id of [CLIENT_COMMANDS.lintCurrentDraft, CLIENT_COMMANDS.fixAll]) {
    const entry = contributes.menus.commandPalette.find((e: { command: string }) => e.command === id);
    assert.ok(entry, id);
    for (const language of DEFAULT_SETTINGS.languages) assert.match(entry.when, new RegExp(`editorLangId == ${language}\\b`), id);
  }
});

test('activation events cover the three draft languages', () => {
  for (const language of ['markdown', 'plaintext', 'newsdraft']) {
    assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
  }
  for (const language of DEFAULT_SETTINGS.languages) assert.ok(manifest.activationEvents.includes(`onLanguage:${language}`), language);
  assert.ok(!manifest.activationEvents.includes('*'), 'no start-up activation');
});

test('setting defaults equal DEFAULT_SETTINGS, and every setting is described', () => {
  for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
    const setting = settings[`${SETTINGS_SECTION}.${key}`];
    assert.ok(setting, `${SETTINGS_SECTION}.${key} is contributed`);
    assert.deepEqual(setting.default, value, key);
  }
  const known = new Set([...Object.keys(DEFAULT_SETTINGS), 'trace.server'].map((key) => `${SETTINGS_SECTION}.${key}`));
  for (const [key, setting] of Object.entries(settings)) {
    assert.ok(known.has(key), `${key} is in DEFAULT_SETTINGS (or is trace.server)`);
    assert.ok(setting.markdownDescription, `${key} has a markdownDescription`);
  }
  assert.equal(contributes.configuration.title, 'Attribution Lint');
  assert.deepEqual(settings['attributionLint.run'].enum, ['onType', 'onSave']);
  assert.deepEqual(settings['attributionLint.trace.server'].enum, ['off', 'messages', 'verbose']);
  assert.equal(settings['attributionLint.trace.server'].default, 'off');
});

test('the newsdraft language takes .draft and .news, and every draft extension has a language', () => {
  const newsdraft = contributes.languages.find((l: { id: string }) => l.id === 'newsdraft');
  assert.deepEqual(newsdraft.extensions, ['.draft', '.news']);
  assert.ok(newsdraft.aliases.includes('News Draft'));
  // VS Code's own Markdown and plain-text languages take the rest.
  const builtIn = ['.md', '.markdown', '.txt'];
  for (const extension of DRAFT_EXTENSIONS) assert.ok(builtIn.includes(extension) || newsdraft.extensions.includes(extension), extension);
});

test('the files the manifest points at exist and parse', () => {
  const newsdraft = contributes.languages.find((l: { id: string }) => l.id === 'newsdraft');
  const languageConfiguration = readJson(newsdraft.configuration);
  const pairs = languageConfiguration.autoClosingPairs.map((p: { open: string; close: string }) => p.open + p.close);
  for (const pair of ['\u201c\u201d', '""', '\u2018\u2019', '()', '[]']) assert.ok(pairs.includes(pair), pair);
  const word = new RegExp(languageConfiguration.wordPattern, 'g');
  assert.deepEqual("so-called don\u2019t council's".match(word), ['so-called', 'don\u2019t', "council's"]);
  for (const grammar of contributes.grammars) assert.ok(readJson(grammar.path).scopeName === grammar.scopeName, grammar.path);
  const injection = contributes.grammars.find((g: { injectTo?: string[] }) => g.injectTo);
  assert.deepEqual(injection.injectTo, ['text.html.markdown']);
  for (const validation of contributes.jsonValidation) {
    assert.equal(validation.fileMatch, '.attributionlintrc.json');
    assert.ok(readJson(validation.url).properties.rules);
  }
  assert.equal(manifest.main, './dist/client.js');
  assert.match(readFileSync(resolve(ROOT, 'scripts/build.mjs'), 'utf8'), /entryPoints: \['client\/src\/extension\.ts'\], outfile: 'dist\/client\.js', external: \['vscode'\]/);
  assert.ok(existsSync(resolve(ROOT, 'LICENSE')));
});

test('the engine range stays within what the test editor runs, and @types/vscode does not exceed it', () => {
  const minimum = /^\^1\.(\d+)\.\d+$/.exec(manifest.engines.vscode);
  assert.ok(minimum, manifest.engines.vscode);
  assert.ok(Number(minimum[1]) <= 100, 'code-server used by the editor tests runs VS Code <= 1.100');
  const types = /^1\.(\d+)\./.exec(manifest.devDependencies['@types/vscode']);
  assert.ok(types && Number(types[1]) <= Number(minimum[1]), 'vsce refuses @types/vscode newer than engines.vscode');
});

test('the workspace trust and virtual workspace capabilities are declared', () => {
  assert.equal(manifest.capabilities.untrustedWorkspaces.supported, true);
  assert.equal(manifest.capabilities.virtualWorkspaces.supported, false);
  assert.equal(manifest.repository.url, 'https://github.com/attribution-lint/attribution-lint');
});

test('the VSIX ships the bundles and data files only', () => {
  const lines = readFileSync(resolve(ROOT, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
  assert.equal(lines[0], '**', 'everything is excluded first');
  for (const kept of ['!dist/client.js', '!dist/server.js', '!package.json', '!README.md', '!LICENSE', '!syntaxes/**', '!schemas/**', '!language-configuration.json']) {
    assert.ok(lines.includes(kept), kept);
  }
  assert.ok(!lines.some((l) => /node_modules|\.map/.test(l) && l.startsWith('!')), 'no dependencies or source maps are brought back');
  assert.match(manifest.scripts.package, /vsce package --no-dependencies --out attribution-lint\.vsix/);
});
