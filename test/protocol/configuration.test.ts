// Settings changed in the editor and a configuration file changed on disk: the diagnostics follow,
// and a bad file is reported without stopping the linting.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import { FileChangeType, MessageType } from 'vscode-languageserver-protocol/node';
import { CONFIG_FILE_NAME } from '../../server/src/protocolNames';
import { ensureServerBuilt, LspClient, messageOf, SEED } from './lspClient';
import { assertFlags, HEDGE, SEED_FLAGGED, VERB } from './expectations';

const T = { timeout: 10_000 };
const ALLEGED = 'The alleged bribe was paid in cash.\n';

describe('configuration', () => {
  const clients: LspClient[] = [];
  before(ensureServerBuilt, { timeout: 180_000 });
  after(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  async function start(): Promise<LspClient> {
    const client = await LspClient.start();
    clients.push(client);
    return client;
  }

  test(`settings: rules {"${VERB}": "off"} + workspace/didChangeConfiguration → those diagnostics disappear`, T, async () => {
    const client = await start();
    const uri = client.uriFor('draft.txt');
    await client.open(uri, SEED, 'plaintext');
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === VERB));

    const seq = client.lastSeq;
    await client.changeConfiguration({ rules: { [VERB]: 'off' } });
    const after = await client.waitForDiagnostics(uri, (d) => !d.some((x) => x.code === VERB), undefined, seq);
    assertFlags(SEED, after, { ...SEED_FLAGGED, [VERB]: [] }, client.context());
  });

  test('an invalid .attributionlintrc.json (bad JSON, misspelt rule): diagnostic on the file naming the key, a warning naming the file, drafts still linted', T, async () => {
    const client = await start();
    const draft = client.uriFor('draft.txt');
    await client.open(draft, SEED, 'plaintext');
    await client.waitForDiagnostics(draft, (d) => d.length > 0);

    const configPath = client.pathOf(CONFIG_FILE_NAME);
    const configUri = client.uriFor(CONFIG_FILE_NAME);
    fs.writeFileSync(configPath, '{ "rules": { "hedged-wordin": "off" } ');
    const seq = client.lastSeq;
    await client.changeWatchedFiles([{ uri: configUri, type: FileChangeType.Created }]);

    const [configDiagnostics, warning, draftAgain] = await Promise.allSettled([
      client.waitForDiagnostics(configUri, (d) => d.some((x) => messageOf(x).includes('hedged-wordin'))),
      client.waitForMessage((m) => m.type === MessageType.Warning && m.message.includes(CONFIG_FILE_NAME)),
      client.waitForDiagnostics(draft, (d) => d.some((x) => x.code === HEDGE), undefined, seq),
    ]);
    const problems: string[] = [];
    if (configDiagnostics.status === 'rejected') {
      problems.push(`no diagnostic naming "hedged-wordin" on ${configUri}; published there: ${JSON.stringify(client.publishedFor(configUri).map((p) => p.diagnostics.map(messageOf)))}`);
    }
    if (warning.status === 'rejected') problems.push(`no warning window/showMessage naming ${CONFIG_FILE_NAME}; messages: ${JSON.stringify(client.messages)}`);
    if (draftAgain.status === 'rejected') problems.push(`the open draft was not linted again after the change (with defaults: hedged-wording expected)`);
    assert.deepEqual(problems, [], client.context());

    // A draft opened now is linted with the defaults (the misspelt rule is ignored, hedged-wording stays on).
    const second = client.uriFor('second.txt');
    await client.open(second, ALLEGED, 'plaintext');
    const diagnostics = await client.waitForDiagnostics(second, (d) => d.length > 0);
    assert.ok(diagnostics.some((d) => d.code === HEDGE), JSON.stringify(diagnostics.map((d) => d.code)));
  });

  // The same misspelling in well-formed JSON, to tell "the key is not named because the JSON is
  // broken" apart from "unknown keys are never reported".
  test('(companion) a well-formed .attributionlintrc.json with a misspelt rule id: diagnostic naming the key, warning naming the file', T, async () => {
    const client = await start();
    const draft = client.uriFor('draft.txt');
    await client.open(draft, ALLEGED, 'plaintext');
    await client.waitForDiagnostics(draft, (d) => d.length > 0);

    const configUri = client.uriFor(CONFIG_FILE_NAME);
    fs.writeFileSync(client.pathOf(CONFIG_FILE_NAME), '{ "rules": { "hedged-wordin": "off" } }\n');
    const seq = client.lastSeq;
    await client.changeWatchedFiles([{ uri: configUri, type: FileChangeType.Created }]);

    const diagnostics = await client.waitForDiagnostics(configUri, (d) => d.some((x) => messageOf(x).includes('hedged-wordin')));
    assert.ok(diagnostics.length > 0);
    await client.waitForMessage((m) => m.type === MessageType.Warning && m.message.includes(CONFIG_FILE_NAME));
    const draftAgain = await client.waitForDiagnostics(draft, (d) => d.some((x) => x.code === HEDGE), undefined, seq);
    assert.ok(draftAgain.length > 0);
  });
});
