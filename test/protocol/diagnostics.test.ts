// The seed article opened in an editor: its findings arrive as diagnostics (pushed, or pulled by
// clients that ask), and follow the text as the reporter edits it.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { useServer, LspClient, rangeOf, SEED, sleep, textIn } from './lspClient';
import { assertDiagnosticShape, assertFlags, diagnosticKeys, engineKeys, HEDGE, SEED_FLAGGED, VERB, waitForEngineMatch } from './expectations';

const T = { timeout: 10_000 };
const NEW_PARAGRAPH = 'The alleged bribe was paid in cash.\n\n';

describe('push diagnostics', () => {
  let client: LspClient;
  useServer((started) => (client = started), { pull: false });

  test('opening the seed publishes its findings: source, rule id as code, docs link, message', T, async () => {
    const uri = client.uriFor('seed.txt');
    await client.open(uri, SEED, 'plaintext');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.length > 0);
    assertDiagnosticShape(diagnostics);
    assertFlags(SEED, diagnostics, SEED_FLAGGED, client.context());
    assert.deepEqual(diagnosticKeys(SEED, diagnostics), engineKeys(SEED, 'plaintext'), 'the diagnostics are the engine findings, rule, range and severity');
  });

  test('an incremental edit: "stressed" → "said" drops that finding, the rest still point at their words', T, async () => {
    const uri = client.uriFor('edited.txt');
    await client.open(uri, SEED, 'plaintext');
    const before = await waitForEngineMatch(client, uri, 'plaintext');
    const rtBefore = findOne(SEED, before, 'secondhand-source', 'RT');

    const seq = client.lastSeq;
    await client.change(uri, [{ range: rangeOf(SEED, 'Putin stressed that', 0, 'stressed'), text: 'said' }]);
    const text = client.document(uri).text;
    assert.ok(text.includes('Putin said that'));
    const after = await waitForEngineMatch(client, uri, 'plaintext', seq);

    assertFlags(text, after, { ...SEED_FLAGGED, [VERB]: ['pointed out', 'noted', 'stressed', 'claimed'] }, client.context());
    // "RT" is on the same line, after the edit: four characters further left ("stressed" → "said").
    const rtAfter = findOne(text, after, 'secondhand-source', 'RT');
    assert.equal(rtAfter.range.start.line, rtBefore.range.start.line);
    assert.equal(rtAfter.range.start.character, rtBefore.range.start.character - 4);
  });

  test('a new paragraph at the top: a new hedged-wording finding on line 0, the others two lines down', T, async () => {
    const uri = client.uriFor('edited.txt');
    const beforeText = client.document(uri).text;
    const before = client.latestDiagnostics(uri) ?? [];
    assert.ok(before.length > 0, 'the previous test left diagnostics for edited.txt');

    const seq = client.lastSeq;
    await client.insert(uri, { line: 0, character: 0 }, NEW_PARAGRAPH);
    const text = client.document(uri).text;
    const after = await waitForEngineMatch(client, uri, 'plaintext', seq);

    // The engine also flags the sentence as an unattributed claim; the brief asks for the hedge.
    const hedgesOnFirstLine = after.filter((d) => d.range.start.line === 0 && d.code === HEDGE).map((d) => textIn(text, d.range));
    assert.deepEqual(hedgesOnFirstLine, ['alleged'], 'line 0 has a hedged-wording finding on "alleged"');
    const shifted = after
      .filter((d) => d.range.start.line >= 2)
      .map((d) => ({ code: d.code, start: d.range.start.line - 2, character: d.range.start.character }));
    const original = before.map((d) => ({ code: d.code, start: d.range.start.line, character: d.range.start.character }));
    assert.deepEqual(sortPositions(shifted), sortPositions(original), 'every earlier finding moved down by exactly two lines');
    assertFlags(text, after, { ...SEED_FLAGGED, [HEDGE]: ['alleged', 'alleged', 'alleged'], [VERB]: ['pointed out', 'noted', 'stressed', 'claimed'] });
    assert.equal(text.slice(NEW_PARAGRAPH.length), beforeText);
  });
});

describe('pull diagnostics', () => {
  let client: LspClient;
  useServer((started) => (client = started), { pull: true });

  test('textDocument/diagnostic returns a full report with the seed findings', T, async () => {
    const uri = client.uriFor('seed.txt');
    await client.open(uri, SEED, 'plaintext');
    const report = await client.pullDiagnostics(uri);
    assert.equal(report.kind, 'full', `report kind: ${JSON.stringify(report).slice(0, 200)}`);
    const items = report.kind === 'full' ? report.items : [];
    assertDiagnosticShape(items);
    assertFlags(SEED, items, SEED_FLAGGED, client.context());
    assert.deepEqual(diagnosticKeys(SEED, items), engineKeys(SEED, 'plaintext'));
  });

  test('after an incremental edit the next pull reports the new text', T, async () => {
    const uri = client.uriFor('seed.txt');
    await client.change(uri, [{ range: rangeOf(SEED, 'Putin stressed that', 0, 'stressed'), text: 'said' }]);
    const text = client.document(uri).text;
    const report = await client.pullDiagnostics(uri);
    assert.equal(report.kind, 'full');
    const items = report.kind === 'full' ? report.items : [];
    assert.deepEqual(diagnosticKeys(text, items), engineKeys(text, 'plaintext'));
    assertFlags(text, items, { [VERB]: ['pointed out', 'noted', 'stressed', 'claimed'] });
  });

  // Not in the brief's list, but what VS Code needs: a server that is pulled must not also push
  // the same diagnostics for open documents, or every problem shows up twice.
  test('(beyond the brief) a pulled document does not also get pushed diagnostics', T, async () => {
    const uri = client.uriFor('seed.txt');
    await sleep(1_000); // well past the default 150 ms debounce
    const pushed = client.publishedFor(uri).filter((p) => p.diagnostics.length > 0);
    assert.deepEqual(pushed.map((p) => p.diagnostics.length), [], 'publishDiagnostics with items for a document the client pulls');
  });
});

function findOne(text: string, diagnostics: readonly Diagnostic[], code: string, words: string): Diagnostic {
  const hits = diagnostics.filter((d) => d.code === code && textIn(text, d.range) === words);
  assert.equal(hits.length, 1, `one ${code} on ${JSON.stringify(words)}`);
  return hits[0];
}

function sortPositions<T extends { code: string | number | undefined; start: number; character: number }>(list: T[]): T[] {
  return [...list].sort((a, b) => a.start - b.start || a.character - b.character || String(a.code).localeCompare(String(b.code)));
}

describe('timing trace', () => {
  for (const trace of ['verbose', 'off'] as const) {
    test(`with trace ${trace}, the server ${trace === 'verbose' ? 'says' : 'does not say'} how long a change took to diagnose ($/logTrace)`, T, async () => {
      const client = await LspClient.start({ pull: true, trace });
      try {
        const { uri } = await client.open('traced.txt', SEED, 'plaintext');
        await client.pullDiagnostics(uri);
        await client.change(uri, [{ range: rangeOf(SEED, 'Putin stressed that', 0, 'stressed'), text: 'said' }]);
        const version = client.document(uri).version;
        await client.pullDiagnostics(uri);
        const timing = client.traces.filter((message) => message.startsWith(`Diagnostics of ${uri} version ${version}: `));
        if (trace === 'off') {
          assert.deepEqual(client.traces, [], 'no trace messages when trace is off');
          return;
        }
        assert.equal(timing.length, 1, `one timing trace for version ${version}; got ${JSON.stringify(client.traces)}`);
        assert.match(timing[0], /: \d+ computed \d+\.\d\d ms after the change arrived \(lint \d+\.\d\d ms\)$/);
      } finally {
        await client.dispose();
      }
    });
  }
});
