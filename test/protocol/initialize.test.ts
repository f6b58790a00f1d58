// What the server says it can do when an editor starts it.
import { test, describe, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver-protocol/node';
import { FIX_ALL_KIND, SERVER_COMMANDS } from '../../server/src/protocolNames';
import { ensureServerBuilt, LspClient } from './lspClient';

const T = { timeout: 10_000 };

function syncKind(capabilities: ServerCapabilities): number | undefined {
  const sync = capabilities.textDocumentSync;
  return typeof sync === 'number' ? sync : sync?.change;
}

describe('initialize', () => {
  const clients: LspClient[] = [];
  before(ensureServerBuilt, { timeout: 180_000 });
  after(async () => {
    await Promise.all(clients.map((client) => client.dispose()));
  });

  test('a push client: incremental sync, quick fixes and fix-all, hover, the four server commands', T, async () => {
    const client = await LspClient.start({ pull: false });
    clients.push(client);
    const capabilities = client.initializeResult!.capabilities;

    assert.equal(syncKind(capabilities), TextDocumentSyncKind.Incremental, `textDocumentSync: ${JSON.stringify(capabilities.textDocumentSync)}`);
    if (typeof capabilities.textDocumentSync === 'object') {
      assert.equal(capabilities.textDocumentSync.openClose, true, 'textDocumentSync.openClose');
    }

    const codeActions = capabilities.codeActionProvider;
    assert.ok(typeof codeActions === 'object' && codeActions !== null, `codeActionProvider should list its kinds, got ${JSON.stringify(codeActions)}`);
    assert.ok(codeActions.codeActionKinds?.includes('quickfix'), `codeActionKinds: ${JSON.stringify(codeActions.codeActionKinds)}`);
    assert.ok(codeActions.codeActionKinds?.includes(FIX_ALL_KIND), `codeActionKinds: ${JSON.stringify(codeActions.codeActionKinds)}`);

    assert.ok(capabilities.hoverProvider, 'hoverProvider');

    const commands = capabilities.executeCommandProvider?.commands ?? [];
    for (const command of Object.values(SERVER_COMMANDS)) assert.ok(commands.includes(command), `executeCommandProvider.commands lacks ${command}: ${JSON.stringify(commands)}`);
  });

  test('a pull-capable client also gets a diagnosticProvider', T, async () => {
    const client = await LspClient.start({ pull: true });
    clients.push(client);
    const capabilities = client.initializeResult!.capabilities;
    assert.ok(capabilities.diagnosticProvider, `diagnosticProvider: ${JSON.stringify(capabilities.diagnosticProvider)}`);
    assert.equal(syncKind(capabilities), TextDocumentSyncKind.Incremental);
  });
});
