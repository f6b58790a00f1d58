// Hover for the why, and the commands the client runs on the server: lint one draft, lint the
// workspace with progress, fix everything fixable.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-protocol/node';
import { SERVER_COMMANDS, type FixAllResult, type LintDocumentResult, type LintWorkspaceResult } from '../../server/src/protocolNames';
import { lintText } from '../../server/src/lint';
import { applyWorkspaceEditTo, ensureServerBuilt, useServer, LspClient, normalizeUri, rangeOf, SEED, type ProgressValue } from './lspClient';
import { HEDGE, VERB, waitForEngineMatch } from './expectations';

const T = { timeout: 10_000 };
const STRESSED = 'Putin stressed that the talks failed.\n';
const SAID = 'Putin said that the talks failed.\n';

describe('hover', () => {
  let client: LspClient;
  useServer((started) => (client = started));

  test('on "alleged": markdown with the rule id, why it matters, how to fix, how to silence', T, async () => {
    const uri = client.uriFor('seed.txt');
    await client.open(uri, SEED, 'plaintext');
    await waitForEngineMatch(client, uri, 'plaintext');
    const alleged = rangeOf(SEED, 'alleged chemical attacks', 0, 'alleged');
    const hover = await client.hover(uri, { line: alleged.start.line, character: alleged.start.character + 3 });
    assert.ok(hover, 'a hover at "alleged"');
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown', `hover contents: ${JSON.stringify(hover.contents).slice(0, 200)}`);
    assert.ok(contents.value.includes(HEDGE), 'names the rule id');
    assert.match(contents.value, /\bwhy\b/i, 'says why it matters');
    assert.match(contents.value, /\bfix\b/i, 'says how to fix');
    assert.match(contents.value, /attribution-lint-disable/, 'says how to silence it');
    if (hover.range) {
      assert.ok(hover.range.start.line === alleged.start.line && hover.range.start.character <= alleged.start.character + 3 && hover.range.end.character >= alleged.start.character + 3, 'the hover range covers the position');
    }
  });
});

describe('server commands', () => {
  let client: LspClient;
  before(async () => {
    ensureServerBuilt();
    client = await LspClient.start({
      files: {
        'story.md': '# Raid\n\nThe alleged bribe was paid in cash.\n\nSources say the mayor knew.\n',
        'notes.txt': 'Critics say the plan will fail. The minister stressed that it would not.\n',
        'brief.draft': 'The mayor reportedly resigned on Monday.\n',
      },
    });
  }, { timeout: 180_000 });
  after(async () => {
    await client?.dispose();
  });

  test(`${SERVER_COMMANDS.lintDocument} [uri] → {uri, findings, byRule}`, T, async () => {
    const uri = client.uriFor('notes.txt');
    await client.open(uri, 'Critics say the plan will fail. The minister stressed that it would not.\n', 'plaintext');
    const result = await client.executeCommand<LintDocumentResult>(SERVER_COMMANDS.lintDocument, [uri]);
    const expected = lintText(client.document(uri).text, { format: 'plaintext' }).findings;
    assert.equal(normalizeUri(result.uri), uri);
    assert.equal(result.findings, expected.length, `findings: ${JSON.stringify(result)}`);
    const byRule: Record<string, number> = {};
    for (const finding of expected) byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    assert.deepEqual(result.byRule, byRule);
  });

  test(`${SERVER_COMMANDS.lintDocument} on the seed counts two hedged-wording findings`, T, async () => {
    const uri = client.uriFor('seed.txt');
    await client.open(uri, SEED, 'plaintext');
    const result = await client.executeCommand<LintDocumentResult>(SERVER_COMMANDS.lintDocument, [uri]);
    assert.equal(result.byRule[HEDGE], 2);
    assert.equal(result.findings, Object.values(result.byRule).reduce((a, b) => a + b, 0));
    await client.close(uri); // the workspace lint below should see only the three drafts on disk
  });

  test(`${SERVER_COMMANDS.lintWorkspace}: 3 drafts, progress begin/end, diagnostics for the closed ones`, T, async () => {
    const seq = client.lastSeq;
    const tokensBefore = client.createdProgressTokens.length;
    const result = await client.executeCommand<LintWorkspaceResult>(SERVER_COMMANDS.lintWorkspace, []);
    assert.equal(result.files, 3, `files: ${JSON.stringify(result)}`);
    assert.ok(result.findings > 0, `findings: ${JSON.stringify(result)}`);
    assert.equal(result.cancelled, false);

    const tokens = client.createdProgressTokens.slice(tokensBefore);
    assert.ok(tokens.length > 0, 'the server asked for a progress token with window/workDoneProgress/create');
    const values = await client.waitFor(
      () => tokens.map((token) => client.progress.get(token) ?? []).find((list) => list.some((v) => v.kind === 'end')),
      5_000,
      () => `$/progress end for ${JSON.stringify(tokens)}: ${JSON.stringify(tokens.map((t) => client.progress.get(t)))}`,
    );
    const kinds = values.map((v: ProgressValue) => v.kind);
    assert.equal(kinds[0], 'begin', `progress: ${JSON.stringify(values)}`);
    assert.equal(kinds[kinds.length - 1], 'end', `progress: ${JSON.stringify(values)}`);

    for (const name of ['story.md', 'brief.draft']) {
      const diagnostics = await client.waitForDiagnostics(client.uriFor(name), (d) => d.length > 0, 5_000, seq);
      assert.ok(diagnostics.some((d) => d.code === HEDGE), `${name}: ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    }
  });

  test(`${SERVER_COMMANDS.fixAll} [uri] applies "stressed" → "said" through workspace/applyEdit; then nothing is left`, T, async () => {
    const uri = client.uriFor('fix.txt');
    await client.open(uri, STRESSED, 'plaintext');
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === VERB));
    const editsBefore = client.applyEditRequests.length;

    const result = await client.executeCommand<FixAllResult>(SERVER_COMMANDS.fixAll, [uri]);
    const requests = client.applyEditRequests.slice(editsBefore);
    assert.equal(requests.length, 1, 'one workspace/applyEdit');
    assert.equal(applyWorkspaceEditTo(STRESSED, requests[0].edit, uri), SAID);
    assert.equal(client.document(uri).text, SAID);
    assert.ok(result.applied >= 1, `applied: ${JSON.stringify(result)}`);
    assert.equal(normalizeUri(result.uri), uri);

    const again = await client.executeCommand<FixAllResult>(SERVER_COMMANDS.fixAll, [uri]);
    assert.equal(again.applied, 0, `nothing fixable: ${JSON.stringify(again)}`);
    assert.equal(client.document(uri).text, SAID);
  });
});
