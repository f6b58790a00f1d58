// Ctrl+. on a finding: the rule's own fix, silencing it on the line or in the file, accepting a
// phrase for the whole workspace; and the fix-all source action.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { CodeActionRequest, type CodeAction, type Command } from 'vscode-languageserver-protocol/node';
import { CONFIG_FILE_NAME, FIX_ALL_KIND, SERVER_COMMANDS, type AcceptPhraseResult } from '../../server/src/protocolNames';
import { applyWorkspaceEditTo, editsFor, useServer, isCodeAction, LspClient, rangeOf, SEED, wholeRange } from './lspClient';
import { assertFlags, SEED_FLAGGED, VERB, waitForEngineMatch } from './expectations';

const T = { timeout: 10_000 };
const DISABLE_LINE = `<!-- attribution-lint-disable-next-line ${VERB} -->`;
const DISABLE_FILE = `<!-- attribution-lint-disable ${VERB} -->`;

function titled(actions: (CodeAction | Command)[], title: string | RegExp): CodeAction | Command {
  const found = actions.find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  assert.ok(found, `no action titled ${title}; got ${JSON.stringify(actions.map((a) => a.title))}`);
  return found;
}

function asCodeAction(action: CodeAction | Command): CodeAction {
  assert.ok(isCodeAction(action), `${action.title} should be a CodeAction literal, got a bare Command`);
  return action;
}

describe('code actions', () => {
  let client: LspClient;
  useServer((started) => (client = started));

  async function openSeed(name: string): Promise<string> {
    const uri = client.uriFor(name);
    await client.open(uri, SEED, 'plaintext');
    await waitForEngineMatch(client, uri, 'plaintext');
    return uri;
  }

  test(`at "stressed": a preferred quick fix "Replace with 'said'"`, T, async () => {
    const uri = await openSeed('replace.txt');
    const actions = await client.codeActions(uri, rangeOf(SEED, 'Putin stressed that', 0, 'stressed'));
    const fix = asCodeAction(titled(actions, "Replace with 'said'"));
    assert.equal(fix.kind, 'quickfix');
    assert.equal(fix.isPreferred, true, 'the rule fix is the preferred action');
    assert.ok(fix.edit, 'the fix carries its edit');
    const fixed = applyWorkspaceEditTo(SEED, fix.edit, uri);
    assert.equal(fixed, SEED.replace('Putin stressed that', 'Putin said that'));
  });

  test('a diagnostic from before an edit gets no rule fix: the fix comes from the lint of the current text', T, async () => {
    const uri = await openSeed('stale.txt');
    const flagged = rangeOf(SEED, 'Putin stressed that', 0, 'stressed');
    const stale = (client.latestDiagnostics(uri) ?? []).filter((d) => d.code === VERB && d.range.start.line === flagged.start.line && d.range.start.character === flagged.start.character);
    assert.equal(stale.length, 1, 'the seed flags "stressed"');
    await client.change(uri, [{ range: { start: flagged.start, end: flagged.start }, text: 'reportedly ' }]);
    const actions = await client.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range: flagged, context: { diagnostics: stale } });
    const titles = (actions ?? []).map((action) => action.title);
    assert.ok(!titles.includes("Replace with 'said'"), `no fix at the old positions; got ${JSON.stringify(titles)}`);
    assert.ok(titles.includes(`Disable ${VERB} for this line`), 'the other actions are still offered');
  });

  test('"Disable loaded-attribution-verb for this line" puts the directive on its own line above; the finding goes', T, async () => {
    const uri = await openSeed('disable-line.txt');
    const actions = await client.codeActions(uri, rangeOf(SEED, 'Putin stressed that', 0, 'stressed'));
    const disable = asCodeAction(titled(actions, `Disable ${VERB} for this line`));
    assert.equal(disable.kind, 'quickfix');
    assert.ok(disable.edit);
    const newText = applyWorkspaceEditTo(SEED, disable.edit, uri);

    const lines = newText.split('\n');
    const at = lines.findIndex((line) => line.includes('Putin stressed that'));
    assert.equal(lines[at - 1].trim(), DISABLE_LINE, 'the directive is alone on the line above');
    assert.equal([...lines.slice(0, at - 1), ...lines.slice(at)].join('\n'), SEED, 'nothing else changed');

    const seq = client.lastSeq;
    await client.applyEdits(uri, editsFor(disable.edit, uri));
    assert.equal(client.document(uri).text, newText);
    const after = await waitForEngineMatch(client, uri, 'plaintext', seq);
    assertFlags(newText, after, { [VERB]: ['pointed out', 'noted', 'stressed', 'claimed'] });
  });

  test('"Disable loaded-attribution-verb in this file" puts the directive at the top', T, async () => {
    const uri = await openSeed('disable-file.txt');
    const actions = await client.codeActions(uri, rangeOf(SEED, 'Putin stressed that', 0, 'stressed'));
    const disable = asCodeAction(titled(actions, `Disable ${VERB} in this file`));
    assert.ok(disable.edit);
    const newText = applyWorkspaceEditTo(SEED, disable.edit, uri);
    assert.ok(newText.startsWith(`${DISABLE_FILE}\n`), `the text should start with the directive line: ${JSON.stringify(newText.slice(0, 80))}`);
    assert.equal(newText.slice(DISABLE_FILE.length + 1), SEED, 'nothing else changed');

    const seq = client.lastSeq;
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${DISABLE_FILE}\n` }]);
    const after = await waitForEngineMatch(client, uri, 'plaintext', seq);
    assertFlags(newText, after, { ...SEED_FLAGGED, [VERB]: [] });
  });

  test('source.fixAll.attributionLint: one action that turns every loaded verb into said/says and touches nothing else', T, async () => {
    const uri = await openSeed('fix-all.txt');
    const actions = await client.codeActions(uri, wholeRange(SEED), [FIX_ALL_KIND]);
    assert.equal(actions.length, 1, `one action for only=[${FIX_ALL_KIND}], got ${JSON.stringify(actions.map((a) => a.title))}`);
    const fixAll = asCodeAction(actions[0]);
    assert.equal(fixAll.kind, FIX_ALL_KIND);
    assert.ok(fixAll.edit, 'the fix-all action carries its edit');
    const expected = SEED.replace('Putin pointed out that', 'Putin said that')
      .replace('Putin stressed that', 'Putin said that')
      .replace('Putin noted that', 'Putin said that')
      .replace('President stressed that', 'President said that')
      .replace('he claimed that', 'he said that');
    assert.equal(applyWorkspaceEditTo(SEED, fixAll.edit, uri), expected);
  });

  test(`"Accept '…' in this workspace" on “at times combative” runs ${SERVER_COMMANDS.acceptPhrase}; the config file gets the phrase, the finding goes`, T, async () => {
    const uri = await openSeed('accept.txt');
    const actions = await client.codeActions(uri, rangeOf(SEED, '“at times combative”'));
    const accept = titled(actions, /^Accept '.*at times combative.*' in this workspace$/);
    const command: Command | undefined = isCodeAction(accept) ? accept.command : accept;
    assert.ok(command, `"${accept.title}" should be a command action`);
    assert.equal(command.command, SERVER_COMMANDS.acceptPhrase);

    const seq = client.lastSeq;
    const result = await client.executeCommand<AcceptPhraseResult>(command.command, command.arguments ?? []);
    const configFile = client.pathOf(CONFIG_FILE_NAME);
    assert.ok(fs.existsSync(configFile), `${configFile} should exist (result: ${JSON.stringify(result)}, applyEdit requests: ${client.applyEditRequests.length})`);
    const written = JSON.parse(fs.readFileSync(configFile, 'utf8')) as { acceptedPhrases?: string[] };
    assert.ok(
      written.acceptedPhrases?.some((phrase) => phrase.includes('at times combative')),
      `acceptedPhrases should hold the phrase: ${JSON.stringify(written)}`,
    );
    assert.equal(result?.configFile, configFile, 'AcceptPhraseResult.configFile is the path written');
    assert.ok(result.phrase.includes('at times combative'), `AcceptPhraseResult.phrase: ${JSON.stringify(result.phrase)}`);

    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === 'scare-quote'), undefined, seq);
    assertFlags(SEED, after, { ...SEED_FLAGGED, 'scare-quote': [] });
  });
});
