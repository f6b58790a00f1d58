// The palette commands. Linting happens in the server: each command asks it through
// `workspace/executeCommand` and says what came back, or says why there was nothing to do.
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import {
  CLIENT_COMMANDS,
  SERVER_COMMANDS,
  type FixAllResult,
  type LintDocumentResult,
  type LintWorkspaceResult,
} from '../../server/src/protocolNames';
import { activeDraft } from './languages';
import * as messages from './messages';

export interface CommandHost {
  /** The current language client (a restart may replace it). */
  client(): LanguageClient;
  restartServer(): Promise<void>;
  outputChannel: vscode.LogOutputChannel;
  /** Opens the source report beside a draft; resolves to the report shown. */
  showSourceReport(document: vscode.TextDocument): Promise<unknown>;
}

/** Registers the palette commands. Each returns the server's result (or undefined), for tests. */
export function registerCommands(host: CommandHost): vscode.Disposable[] {
  const register = (id: string, title: string, run: () => Promise<unknown>) =>
    vscode.commands.registerCommand(id, async () => {
      try {
        return await run();
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        host.outputChannel.error(`${title} failed: ${reason}`);
        void vscode.window.showErrorMessage(`Attribution Lint: ${title} failed: ${reason}`);
        return undefined;
      }
    });

  const runOnServer = <T>(command: string, args: unknown[]): Promise<T> =>
    host.client().sendRequest(ExecuteCommandRequest.type, { command, arguments: args }) as Promise<T>;

  return [
    register(CLIENT_COMMANDS.lintCurrentDraft, 'Lint Current Draft', async () => {
      const draft = activeDraft();
      if (!draft) return inform(messages.NO_DRAFT_TO_LINT);
      const result = await runOnServer<LintDocumentResult>(SERVER_COMMANDS.lintDocument, [draft.uri.toString()]);
      inform(messages.lintDocumentMessage(result, fileLabel(draft.uri)));
      return result;
    }),
    register(CLIENT_COMMANDS.lintWorkspace, 'Lint All Drafts in Workspace', async () => {
      if (!vscode.workspace.workspaceFolders?.length) return inform(messages.NO_WORKSPACE);
      const result = await runOnServer<LintWorkspaceResult>(SERVER_COMMANDS.lintWorkspace, []);
      inform(messages.lintWorkspaceMessage(result));
      return result;
    }),
    register(CLIENT_COMMANDS.fixAll, 'Fix All Auto-fixable Problems', async () => {
      const draft = activeDraft();
      if (!draft) return inform(messages.NO_DRAFT_TO_FIX);
      const result = await runOnServer<FixAllResult>(SERVER_COMMANDS.fixAll, [draft.uri.toString()]);
      inform(messages.fixAllMessage(result));
      return result;
    }),
    register(CLIENT_COMMANDS.showSourceReport, 'Show Source Report', async () => {
      const draft = activeDraft();
      if (!draft) return inform(messages.NO_DRAFT_TO_REPORT);
      return host.showSourceReport(draft);
    }),
    register(CLIENT_COMMANDS.restartServer, 'Restart Server', async () => {
      await host.restartServer();
      inform(messages.SERVER_RESTARTED);
    }),
    register(CLIENT_COMMANDS.showOutput, 'Show Output', async () => {
      host.outputChannel.show(true);
    }),
  ];
}

/** Not awaited: the promise settles only when the notification is dismissed. */
function inform(message: string): undefined {
  void vscode.window.showInformationMessage(message);
  return undefined;
}

function fileLabel(uri: vscode.Uri): string {
  return uri.scheme === 'file' ? vscode.workspace.asRelativePath(uri, false) : uri.path;
}
