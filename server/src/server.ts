// The language server: translates between LSP and the engine, and owns caching and scheduling.
// No linguistics here. Runs over --stdio or --node-ipc (createConnection reads the transport from argv).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type Diagnostic,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lintText, mergeConfigs, formatForPath, type Analysis, type Finding, type LintConfig } from './lint';
import {
  CONFIG_FILE_NAME,
  FIX_ALL_KIND,
  SERVER_COMMANDS,
  SETTINGS_SECTION,
  type AcceptPhraseResult,
  type FixAllResult,
  type LintDocumentResult,
  type LintWorkspaceResult,
  type Settings,
  SOURCE_REPORT_REQUEST,
  type SourceReportParams,
  type SourceReportResult,
} from './protocolNames';
import { buildReport } from './lint/report';
import { sourceReportDetails } from './lint/sourceReportDetails';
import { resolveSettings, type ResolvedSettings } from './server/settings';
import { ConfigFileCache } from './server/configFiles';
import { ConfigProblemReporter } from './server/configProblems';
import { directoryOf, uriPath, workspaceRootOf } from './server/paths';
import { DocumentLintCache, type DocumentLint } from './server/documentLint';
import { toDiagnostic } from './server/diagnostics';
import { fixAllAction, fixAllEdits, quickFixes, wantsFixAll, wantsQuickFixes } from './server/codeActions';
import { hoverFor } from './server/hover';
import { planAcceptPhrase } from './server/acceptPhrase';
import { draftsIn } from './server/workspaceDrafts';
import { readDraft } from './cli/readDraft';
import { tuneHeapForLinting } from './heapTuning';
import { collectWhenIdle, lastIdleCollection } from './server/idleCollection';

tuneHeapForLinting();

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const configFiles = new ConfigFileCache();
const configProblems = new ConfigProblemReporter(connection);
const lints = new DocumentLintCache();

let usePullDiagnostics = false;
let canFetchConfiguration = false;
let canWatchFiles = false;
let workspaceFolders: WorkspaceFolder[] = [];

interface DocumentConfig {
  settings: Settings;
  config: LintConfig;
}

const settingsByUri = new Map<string, Promise<ResolvedSettings>>();
const pendingLints = new Map<string, NodeJS.Timeout>();
const lastChangeAt = new Map<string, number>();
/** When the last change of each document arrived (performance.now()), until its diagnostics are computed. */
const changeArrivedAt = new Map<string, { version: number; at: number }>();
const skippedLarge = new Set<string>();
/** Closed drafts given diagnostics by a workspace lint. */
const pushedForClosedFiles = new Set<string>();

connection.onInitialize((params): InitializeResult => {
  const capabilities = params.capabilities;
  usePullDiagnostics = capabilities.textDocument?.diagnostic !== undefined;
  canFetchConfiguration = capabilities.workspace?.configuration === true;
  canWatchFiles = capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  workspaceFolders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: path.basename(params.rootUri) }] : []);
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      diagnosticProvider: usePullDiagnostics ? { interFileDependencies: false, workspaceDiagnostics: false } : undefined,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'attribution-lint' },
  };
});

connection.onInitialized(() => {
  if (canFetchConfiguration) void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  // Editors other than VS Code (whose client watches the file itself) learn of config edits this way.
  if (canWatchFiles) void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: `**/${CONFIG_FILE_NAME}` }] });
  if (workspaceFolders.length > 0 && connection.workspace) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      workspaceFolders = workspaceFolders.filter((folder) => !event.removed.some((removed) => removed.uri === folder.uri)).concat(event.added);
    });
  }
});

// ---- configuration ----

function settingsFor(uri: string): Promise<ResolvedSettings> {
  let settings = settingsByUri.get(uri);
  if (!settings) {
    settings = canFetchConfiguration
      ? connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }).then(resolveSettings, () => resolveSettings({}))
      : Promise.resolve(resolveSettings({}));
    settingsByUri.set(uri, settings);
  }
  return settings;
}

async function configFor(uri: string): Promise<DocumentConfig> {
  const resolved = await settingsFor(uri);
  const file = configFiles.forDirectory(directoryOf(uri, workspaceRoots()));
  if (configFiles.takeNewlyLoaded()) configProblems.report(configFiles.loadedFiles());
  if (resolved.problems.length > 0) configProblems.announce('settings', resolved.problems);
  return { settings: resolved.settings, config: mergeConfigs(file.parsed.config, resolved.config) };
}

connection.onDidChangeConfiguration(() => {
  settingsByUri.clear();
  relintAll();
});

connection.onDidChangeWatchedFiles(() => {
  configFiles.clear();
  relintAll();
});

function relintAll(): void {
  lints.clear();
  if (usePullDiagnostics) {
    void connection.languages.diagnostics.refresh();
    // Pull clients do not ask about config files: report their problems now.
    for (const document of documents.all()) void configFor(document.uri);
  } else {
    for (const document of documents.all()) void lintAndPublish(document);
  }
}

// ---- linting open documents ----

async function lintDocument(document: TextDocument): Promise<DocumentLint | null> {
  const { settings, config } = await configFor(document.uri);
  if (!settings.enable || !settings.languages.includes(languageOf(document))) return null;
  if (isLargerThan(document.getText(), settings.maxFileSize)) {
    if (!skippedLarge.has(document.uri)) {
      skippedLarge.add(document.uri);
      void connection.window.showInformationMessage(
        `Attribution Lint skipped ${path.basename(uriPath(document.uri) || document.uri)}: it is larger than ${settings.maxFileSize.toLocaleString('en-US')} bytes (attributionLint.maxFileSize).`,
      );
    }
    return null;
  }
  const current = documents.get(document.uri);
  if (!current || current.version !== document.version) return null; // changed or closed meanwhile
  const started = performance.now();
  const lint = lints.lint(document, config);
  traceTiming(document, lint, started);
  collectWhenIdle();
  return lint;
}

/** With trace set to verbose, how long a change took to diagnose (`$/logTrace`; the benchmark reads it). */
function traceTiming(document: TextDocument, lint: DocumentLint, started: number): void {
  const arrived = changeArrivedAt.get(document.uri);
  if (!arrived || arrived.version !== document.version) return;
  changeArrivedAt.delete(document.uri);
  const now = performance.now();
  connection.tracer.log(
    `Diagnostics of ${document.uri} version ${document.version}: ${lint.diagnostics.length} computed ${(now - arrived.at).toFixed(2)} ms after the change arrived (lint ${(now - started).toFixed(2)} ms)`,
  );
}

async function lintAndPublish(document: TextDocument): Promise<DocumentLint | null> {
  try {
    const lint = await lintDocument(document);
    const current = documents.get(document.uri);
    if (!current || current.version !== document.version) return lint; // a newer edit will publish
    if (!usePullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: lint?.diagnostics ?? [] });
    return lint;
  } catch (error) {
    connection.console.error(`Linting ${document.uri} failed: ${(error as Error).stack ?? error}`);
    return null;
  }
}

function scheduleLint(document: TextDocument, delay: number): void {
  clearTimeout(pendingLints.get(document.uri));
  pendingLints.set(document.uri, setTimeout(() => {
    pendingLints.delete(document.uri);
    const latest = documents.get(document.uri);
    if (latest) void lintAndPublish(latest);
  }, delay));
}

documents.onDidOpen(({ document }) => {
  // Diagnostics a workspace lint pushed for this file would now stand beside the pulled ones.
  if (pushedForClosedFiles.delete(document.uri) && usePullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

// Fires on open too: the first content is linted at once, later edits once typing pauses.
documents.onDidChangeContent(({ document }) => {
  // A change read right after a collection between keystrokes may have waited for it: timed from its start.
  const now = performance.now();
  changeArrivedAt.set(document.uri, { version: document.version, at: now - lastIdleCollection.end < 1 ? lastIdleCollection.start : now });
  const isOpening = !lastChangeAt.has(document.uri);
  lastChangeAt.set(document.uri, isOpening ? 0 : Date.now());
  if (usePullDiagnostics) return;
  if (isOpening) {
    void lintAndPublish(document);
    return;
  }
  void settingsFor(document.uri).then(({ settings }) => {
    if (settings.run === 'onType') scheduleLint(document, settings.debounceMs);
  });
});

documents.onDidSave(({ document }) => {
  if (!usePullDiagnostics) scheduleLint(document, 0);
  else void connection.languages.diagnostics.refresh();
});

documents.onDidClose(({ document }) => {
  clearTimeout(pendingLints.get(document.uri));
  pendingLints.delete(document.uri);
  lints.delete(document.uri);
  settingsByUri.delete(document.uri);
  lastChangeAt.delete(document.uri);
  changeArrivedAt.delete(document.uri);
  skippedLarge.delete(document.uri);
  void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
});

connection.languages.diagnostics.on(async (params, token) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return { kind: DocumentDiagnosticReportKind.Full, items: [] };
  const { settings } = await configFor(document.uri);
  const previous = lints.get(document.uri);
  if (settings.run === 'onSave' && previous && previous.version !== document.version) {
    return { kind: DocumentDiagnosticReportKind.Full, resultId: previous.resultId, items: previous.diagnostics };
  }
  // Debounce: wait until typing pauses; a newer edit cancels this request.
  const wait = (lastChangeAt.get(document.uri) ?? 0) + settings.debounceMs - Date.now();
  if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
  const latest = documents.get(document.uri);
  if (token.isCancellationRequested || !latest) return { kind: DocumentDiagnosticReportKind.Full, items: previous?.diagnostics ?? [] };
  const lint = await lintDocument(latest);
  if (lint && params.previousResultId === lint.resultId) return { kind: DocumentDiagnosticReportKind.Unchanged, resultId: lint.resultId };
  return { kind: DocumentDiagnosticReportKind.Full, resultId: lint?.resultId, items: lint?.diagnostics ?? [] };
});

// ---- code actions and hover ----

connection.onCodeAction(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return [];
  const lint = await lintDocument(document);
  if (!lint) return [];
  const actions: CodeAction[] = [];
  if (wantsQuickFixes(params.context.only)) actions.push(...quickFixes(document, params.context.diagnostics, lint));
  if (wantsFixAll(params.context.only)) {
    const fixAll = fixAllAction(document, lint.findings);
    if (fixAll) actions.push(fixAll);
  }
  return actions;
});

connection.onHover(async (params) => {
  const document = documents.get(params.textDocument.uri);
  if (!document) return null;
  const lint = await lintDocument(document);
  return lint ? hoverFor(lint.diagnostics, params.position) : null;
});

// ---- commands ----

connection.onExecuteCommand(async (params, token) => {
  const args = params.arguments ?? [];
  switch (params.command) {
    case SERVER_COMMANDS.lintDocument:
      return lintDocumentCommand(String(args[0] ?? ''));
    case SERVER_COMMANDS.lintWorkspace:
      return lintWorkspaceCommand(params.workDoneToken, token);
    case SERVER_COMMANDS.fixAll:
      return fixAllCommand(String(args[0] ?? ''));
    case SERVER_COMMANDS.acceptPhrase:
      return acceptPhraseCommand(String(args[0] ?? ''), String(args[1] ?? ''));
    default:
      return null;
  }
});

async function lintDocumentCommand(uri: string): Promise<LintDocumentResult> {
  const document = documents.get(uri);
  let diagnostics: Diagnostic[] = [];
  if (document) {
    diagnostics = (await lintAndPublish(document))?.diagnostics ?? [];
    if (usePullDiagnostics) void connection.languages.diagnostics.refresh();
  } else {
    diagnostics = (await lintClosedFile(uriPath(uri))) ?? [];
  }
  const byRule: Record<string, number> = {};
  for (const diagnostic of diagnostics) byRule[String(diagnostic.code)] = (byRule[String(diagnostic.code)] ?? 0) + 1;
  return { uri, findings: diagnostics.length, byRule };
}

// ---- the source report (custom request) ----

connection.onRequest(SOURCE_REPORT_REQUEST, async (params: SourceReportParams): Promise<SourceReportResult | null> => {
  const uri = String(params?.uri ?? '');
  const document = documents.get(uri);
  let result: { findings: Finding[]; analysis: Analysis } | null = null;
  let version = 0;
  if (document) {
    const lint = await lintDocument(document);
    result = lint && { findings: lint.findings, analysis: lint.analysis() };
    version = document.version;
  } else {
    const file = uriPath(uri);
    const read = file ? readDraft(file) : null;
    if (read?.kind === 'text') {
      const { settings, config } = await configFor(uri);
      if (settings.enable && !isLargerThan(read.text, settings.maxFileSize)) result = lintText(read.text, { format: formatForPath(file), config });
    }
  }
  if (!result) return null;
  const report = buildReport(result.analysis, path.basename(uriPath(uri) || uri));
  return { uri, version, report, ...sourceReportDetails(result.analysis, result.findings, report) };
});

/** Lints a draft that is not open and publishes its diagnostics; null when it cannot be read as text. */
async function lintClosedFile(file: string): Promise<Diagnostic[] | null> {
  const uri = pathToFileURL(file).toString();
  const read = readDraft(file);
  if (read.kind !== 'text') return null;
  const { settings, config } = await configFor(uri);
  if (!settings.enable || isLargerThan(read.text, settings.maxFileSize)) return null;
  const document = TextDocument.create(uri, formatForPath(file) === 'markdown' ? 'markdown' : 'plaintext', 0, read.text);
  const diagnostics = lintText(read.text, { format: formatForPath(file), config }).findings.map((finding) => toDiagnostic(document, finding));
  pushedForClosedFiles.add(uri);
  void connection.sendDiagnostics({ uri, diagnostics });
  return diagnostics;
}

async function lintWorkspaceCommand(workDoneToken: string | number | undefined, token: { isCancellationRequested: boolean }): Promise<LintWorkspaceResult> {
  const folders = workspaceFolders.map((folder) => uriPath(folder.uri)).filter((folder) => folder !== '');
  const files = draftsIn(folders);
  const progress = workDoneToken !== undefined
    ? connection.window.attachWorkDoneProgress(workDoneToken)
    : await connection.window.createWorkDoneProgress();
  progress.begin('Attribution Lint', 0, `Linting ${files.length} drafts…`, true);
  let findings = 0;
  let linted = 0;
  let cancelled = false;
  for (const file of files) {
    if (token.isCancellationRequested || isCancelled(progress)) {
      cancelled = true;
      break;
    }
    const uri = pathToFileURL(file).toString();
    const open = documents.get(uri);
    const diagnostics = open ? (await lintAndPublish(open))?.diagnostics : await lintClosedFile(file);
    findings += diagnostics?.length ?? 0;
    linted++;
    progress.report(Math.round((linted / files.length) * 100), path.basename(file));
    await new Promise((resolve) => setImmediate(resolve)); // let a cancellation in
  }
  progress.done();
  if (usePullDiagnostics) void connection.languages.diagnostics.refresh();
  return { files: linted, findings, cancelled };
}

/** A progress the server created carries the user's Cancel button as a token. */
function isCancelled(progress: object): boolean {
  return 'token' in progress && (progress.token as { isCancellationRequested: boolean }).isCancellationRequested;
}

async function fixAllCommand(uri: string): Promise<FixAllResult> {
  const document = documents.get(uri);
  if (!document) return { uri, applied: 0 };
  const lint = await lintDocument(document);
  const edits = lint ? fixAllEdits(document, lint.findings) : [];
  if (edits.length === 0) return { uri, applied: 0 };
  const result = await connection.workspace.applyEdit({ label: 'Fix all attribution problems', edit: { changes: { [uri]: edits } } });
  return { uri, applied: result.applied ? edits.length : 0 };
}

async function acceptPhraseCommand(uri: string, phrase: string): Promise<AcceptPhraseResult | null> {
  if (phrase.trim() === '') return null;
  const draftDirectory = directoryOf(uri, workspaceRoots());
  const plan = planAcceptPhrase(draftDirectory, workspaceRootOf(uri, workspaceRoots()), phrase);
  if (plan.kind === 'invalid') {
    void connection.window.showErrorMessage(`Attribution Lint: ${plan.file} ${plan.reason}.`);
    return null;
  }
  // Written directly rather than through workspace/applyEdit: an edit would sit unsaved in an editor
  // buffer, and the CLI and the file watcher read the file on disk.
  if (plan.kind === 'write') fs.writeFileSync(plan.file, plan.newText);
  configFiles.clear();
  relintAll();
  return { configFile: plan.file, phrase };
}

/** Other editors name plain text differently (Neovim: "text"). */
const PLAIN_TEXT_ALIASES = new Set(['text', 'txt', 'plain']);

function languageOf(document: TextDocument): string {
  return PLAIN_TEXT_ALIASES.has(document.languageId) ? 'plaintext' : document.languageId;
}

/** UTF-8 size above the limit; counted only when the text could be that large (at most 3 bytes per UTF-16 unit). */
function isLargerThan(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true;
  return text.length * 3 > maxBytes && Buffer.byteLength(text, 'utf8') > maxBytes;
}

/** The workspace folders as file-system paths. */
function workspaceRoots(): string[] {
  return workspaceFolders.map((folder) => uriPath(folder.uri)).filter((root) => root !== '');
}

documents.listen(connection);
connection.listen();
