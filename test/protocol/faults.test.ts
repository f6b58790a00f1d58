// Faults a reporter on deadline can cause: a workspace lint cancelled halfway, a draft changed or
// closed while it is being linted. Nothing stale is published and the server keeps answering.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { WorkDoneProgressCancelNotification } from 'vscode-languageserver-protocol/node';
import { SERVER_COMMANDS, type LintWorkspaceResult } from '../../server/src/protocolNames';
import { LspClient, SEED, normalizeUri, rangeOf, sleep } from './lspClient';
import { waitForEngineMatch } from './expectations';

const clients: LspClient[] = [];
after(async () => {
  for (const client of clients) await client.dispose();
});

test('a workspace lint cancelled halfway stops, says so, and the server goes on', async () => {
  const files: Record<string, string> = {};
  for (let i = 0; i < 400; i++) files[`draft-${String(i).padStart(3, '0')}.txt`] = SEED;
  const client = await LspClient.start({ files });
  clients.push(client);
  const running = client.executeCommand<LintWorkspaceResult>(SERVER_COMMANDS.lintWorkspace, []);
  // Cancel through the progress the server created, as the Cancel button of the notification does.
  const token = await waitForValue(() => client.createdProgressTokens[0]);
  await waitForValue(() => (client.published.size >= 20 ? true : undefined));
  await client.connection.sendNotification(WorkDoneProgressCancelNotification.type, { token });
  const result = await running;
  assert.equal(result.cancelled, true);
  assert.ok(result.files > 0 && result.files < 400, `stopped partway (${result.files} of 400 drafts)`);
  const ends = (client.progress.get(token) ?? []).filter((value) => value.kind === 'end');
  assert.equal(ends.length, 1, 'the progress ends once');
  const again = await client.executeCommand<{ findings: number }>(SERVER_COMMANDS.lintDocument, [client.uriFor('draft-000.txt')]);
  assert.ok(again.findings > 0, 'the server still lints');
});

test('a draft closed right after edits gets no diagnostics published after its close', async () => {
  const client = await LspClient.start({ settings: { debounceMs: 50 } });
  clients.push(client);
  const document = await client.open('closing.txt', SEED);
  await waitForEngineMatch(client, document.uri, 'plaintext');
  await client.change(document.uri, [{ range: rangeOf(document.text, 'stressed'), text: 'said' }]);
  await client.change(document.uri, [{ range: rangeOf(client.document(document.uri).text, 'noted'), text: 'said' }]);
  await client.close(document.uri);
  await sleep(400); // longer than the debounce: a pending lint would have published by now
  const published = client.published.get(normalizeUri(document.uri)) ?? [];
  assert.deepEqual(published[published.length - 1].diagnostics, [], 'the last word on a closed draft is an empty list');
});

test('edits arriving faster than the debounce end in the diagnostics of the last text only', async () => {
  const client = await LspClient.start({ settings: { debounceMs: 100 } });
  clients.push(client);
  const document = await client.open('typing.txt', 'The meeting took place in March.\n');
  await client.waitForDiagnostics(document.uri, () => true);
  const before = client.published.get(normalizeUri(document.uri))?.length ?? 0;
  for (const word of ['alleged ', 'reportedly ', 'so-called ']) {
    await client.insert(document.uri, { line: 0, character: 4 }, word);
    await sleep(10);
  }
  await waitForEngineMatch(client, document.uri, 'plaintext');
  await sleep(300);
  const publishes = (client.published.get(normalizeUri(document.uri))?.length ?? 0) - before;
  assert.ok(publishes <= 2, `typing three words in a burst published ${publishes} times`);
});

async function waitForValue<T>(probe: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('timed out');
    await sleep(20);
  }
}
