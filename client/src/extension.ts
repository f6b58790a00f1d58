// The VS Code side: starts the language server (dist/server.js) and wires the palette commands
// and the status bar to it. All linting happens in the server.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { CONFIG_FILE_NAME, DIAGNOSTIC_SOURCE, SERVER_NODE_OPTIONS, SETTINGS_SECTION, SOURCES_VIEW_ID } from '../../server/src/protocolNames';
import { ActiveDraftReport, revealRange } from './activeDraftReport';
import { SourceReportPanel } from './sourceReportPanel';
import { REVEAL_COMMAND, SourcesTreeProvider } from './sourcesView';
import { registerCommands } from './commands';
import { documentSelector, lintedLanguages } from './languages';
import { FindingsStatusBar } from './statusBar';
import { SettingTraceChannel } from './traceChannel';

/** The client id is the settings section, so vscode-languageclient reads `attributionLint.trace.server`. */
const CLIENT_ID = SETTINGS_SECTION;
const CLIENT_NAME = 'Attribution Lint';
/** Lets the palette's `when` clauses follow `attributionLint.languages`. */
const LANGUAGES_CONTEXT_KEY = 'attributionLint.lintedLanguages';

let client: LanguageClient | undefined;

/** What `activate` returns: a hook for the extension-host tests. */
export interface AttributionLintApi {
  sourcesProvider: SourcesTreeProvider;
  reports: ActiveDraftReport;
}

export async function activate(context: vscode.ExtensionContext): Promise<AttributionLintApi> {
  const outputChannel = vscode.window.createOutputChannel(CLIENT_NAME, { log: true });
  const traceOutputChannel = new SettingTraceChannel(`${CLIENT_NAME} Trace`, `${SETTINGS_SECTION}.trace.server`);
  const configWatcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  context.subscriptions.push(outputChannel, traceOutputChannel, configWatcher);

  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { execArgv: SERVER_NODE_OPTIONS } },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_OPTIONS, '--nolazy', '--inspect=6011'] } },
  };
  // The server reads the settings itself (workspace/configuration), so no initializationOptions.
  const newClient = (): LanguageClient => {
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(lintedLanguages()),
      synchronize: { fileEvents: configWatcher },
      diagnosticCollectionName: DIAGNOSTIC_SOURCE,
      outputChannel,
      traceOutputChannel,
    };
    return new LanguageClient(CLIENT_ID, CLIENT_NAME, serverOptions, clientOptions);
  };
  const current = (): LanguageClient => (client ??= newClient());

  /** A fresh client each time: it picks up a changed `languages` setting, and works after a failed start. */
  const restartServer = async (): Promise<void> => {
    const old = client;
    client = undefined;
    if (old) await old.dispose().catch((error: unknown) => outputChannel.warn(`Stopping the server failed: ${String(error)}`));
    await current().start();
  };

  const statusBar = new FindingsStatusBar();
  const reports = new ActiveDraftReport(current);
  const reportPanel = new SourceReportPanel(reports);
  const sourcesProvider = new SourcesTreeProvider(reports);
  const sourcesView = vscode.window.createTreeView(SOURCES_VIEW_ID, { treeDataProvider: sourcesProvider, showCollapseAll: true });
  reports.isWanted = () => reportPanel.isOpen || sourcesView.visible;
  context.subscriptions.push(
    sourcesView,
    sourcesView.onDidChangeVisibility(({ visible }) => {
      if (visible) void reports.refresh().catch(() => undefined);
    }),
    statusBar,
    reports,
    reportPanel,
    sourcesProvider,
    vscode.commands.registerCommand(REVEAL_COMMAND, (uri: vscode.Uri, range: Parameters<typeof revealRange>[1]) => revealRange(uri, range)),
    ...registerCommands({ client: current, restartServer, outputChannel, showSourceReport: (document) => reportPanel.show(document) }),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(`${SETTINGS_SECTION}.languages`)) return;
      void setLanguagesContext();
      restartServer().catch((error: unknown) => reportStartFailure(outputChannel, error));
    }),
  );
  await setLanguagesContext();

  try {
    await current().start();
    void reports.refresh().catch(() => undefined);
  } catch (error) {
    reportStartFailure(outputChannel, error);
  }
  return { sourcesProvider, reports };
}

export async function deactivate(): Promise<void> {
  const old = client;
  client = undefined;
  await old?.stop().catch(() => undefined);
}

function setLanguagesContext(): Thenable<unknown> {
  return vscode.commands.executeCommand('setContext', LANGUAGES_CONTEXT_KEY, lintedLanguages());
}

function reportStartFailure(outputChannel: vscode.LogOutputChannel, error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  outputChannel.error(`The language server did not start: ${reason}`);
  void vscode.window.showErrorMessage(`Attribution Lint: the language server did not start (${reason}). Run "Attribution: Show Output" for details.`);
}
