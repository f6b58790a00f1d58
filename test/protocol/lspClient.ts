// A small LSP client for the protocol tests: it starts the bundled server (`node dist/server.js
// --stdio`) and talks to it the way an editor does. It answers the requests a server sends to its
// client (configuration, progress, apply-edit, capability registration), keeps its own copy of every
// open document, and records what the server publishes so tests can wait for it.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { before, after } from 'node:test';
import { ensureBuilt } from '../support/ensureBuilt';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  ApplyWorkspaceEditRequest,
  CodeActionRequest,
  CodeActionTriggerKind,
  ConfigurationRequest,
  createProtocolConnection,
  DidChangeConfigurationNotification,
  LogTraceNotification,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentDiagnosticRequest,
  ExecuteCommandRequest,
  ExitNotification,
  FileChangeType,
  HoverRequest,
  InitializedNotification,
  InitializeRequest,
  LogMessageNotification,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShowMessageNotification,
  ShowMessageRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  UnregistrationRequest,
  WorkDoneProgress,
  WorkDoneProgressCreateRequest,
  type ApplyWorkspaceEditParams,
  type ApplyWorkspaceEditResult,
  type ClientCapabilities,
  type CodeAction,
  type Command,
  type ConfigurationItem,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type FileEvent,
  type Hover,
  type InitializeResult,
  type LogMessageParams,
  type Position,
  type ProtocolConnection,
  type Range,
  type Registration,
  type ShowMessageParams,
  type TextEdit,
  type WorkDoneProgressBegin,
  type WorkDoneProgressEnd,
  type WorkDoneProgressReport,
  type WorkspaceEdit,
} from 'vscode-languageserver-protocol/node';
import { DEFAULT_SETTINGS, SERVER_NODE_OPTIONS, SETTINGS_SECTION, type Settings } from '../../server/src/protocolNames';

export const ROOT = path.resolve(__dirname, '../..');
export const SERVER = path.join(ROOT, 'dist', 'server.js');
export const SEED_PATH = path.join(ROOT, 'seeds', '000_3bec0c1ae2dd0ebf.txt');
export const SEED = fs.readFileSync(SEED_PATH, 'utf8');

/** Generous wait for anything the server does after a message (debounce + lint). */
export const WAIT_MS = 8_000;

// ---------------------------------------------------------------------------------------------
// Building

/**
 * Call inside a describe(): builds dist/ if needed, starts a server before its tests (handing the
 * client to `onStart`) and disposes of it after them.
 */
export function useServer(onStart: (client: LspClient) => void, options?: StartOptions): void {
  let started: LspClient | undefined;
  before(async () => {
    ensureServerBuilt();
    started = await LspClient.start(options);
    onStart(started);
  }, { timeout: 180_000 });
  after(async () => {
    await started?.dispose();
  });
}

/** Builds dist/ when dist/server.js is missing or older than the sources (shared with the CLI tests). */
export function ensureServerBuilt(): void {
  ensureBuilt(SERVER);
}

// ---------------------------------------------------------------------------------------------
// Text helpers (pure)

export function uriOf(file: string): string {
  return pathToFileURL(file).href;
}

/** One spelling per file URI, whatever encoding the server chose (`%3A`, upper-case drive…). */
export function normalizeUri(uri: string): string {
  return uri.startsWith('file:') ? pathToFileURL(fileURLToPath(uri)).href : uri;
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

export function positionAt(text: string, offset: number): Position {
  const starts = lineStarts(text);
  const clamped = Math.max(0, Math.min(offset, text.length));
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= clamped) line++;
  return { line, character: clamped - starts[line] };
}

export function offsetAt(text: string, position: Position): number {
  const starts = lineStarts(text);
  if (position.line >= starts.length) return text.length;
  if (position.line < 0) return 0;
  const start = starts[position.line];
  const next = position.line + 1 < starts.length ? starts[position.line + 1] : text.length;
  return Math.min(start + Math.max(0, position.character), next);
}

export function rangeAt(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

/** The range of the `occurrence`-th (0-based) `needle` in `text`, narrowed to `inner` inside it. */
export function rangeOf(text: string, needle: string, occurrence = 0, inner: string = needle): Range {
  let at = -1;
  for (let i = 0; i <= occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`${JSON.stringify(needle)} occurs fewer than ${occurrence + 1} times`);
  }
  const within = needle.indexOf(inner);
  if (within < 0) throw new Error(`${JSON.stringify(inner)} is not inside ${JSON.stringify(needle)}`);
  return rangeAt(text, at + within, at + within + inner.length);
}

export function textIn(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

export function wholeRange(text: string): Range {
  return rangeAt(text, 0, text.length);
}

/** Applies LSP text edits (all against the same original text, non-overlapping) as an editor does. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const resolved = edits
    .map((edit, index) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText, index }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.index - b.index);
  let result = '';
  let at = 0;
  for (const edit of resolved) {
    if (edit.start < at) throw new Error(`overlapping text edits at offset ${edit.start}: ${JSON.stringify(edits)}`);
    result += text.slice(at, edit.start) + edit.newText;
    at = edit.end;
  }
  return result + text.slice(at);
}

/** The text edits a workspace edit makes to one URI (from `changes` and `documentChanges`). */
export function editsFor(edit: WorkspaceEdit, uri: string): TextEdit[] {
  const wanted = normalizeUri(uri);
  const edits: TextEdit[] = [];
  for (const [target, list] of Object.entries(edit.changes ?? {})) if (normalizeUri(target) === wanted) edits.push(...list);
  for (const change of edit.documentChanges ?? []) {
    if ('textDocument' in change && normalizeUri(change.textDocument.uri) === wanted) {
      for (const e of change.edits) edits.push(plainEdit(e));
    }
  }
  return edits;
}

/** A text edit of a TextDocumentEdit (plain, annotated, or a 3.18 snippet edit taken literally). */
export function plainEdit(edit: TextEdit | { range: Range; snippet: { value: string } }): TextEdit {
  return { range: edit.range, newText: 'newText' in edit ? edit.newText : edit.snippet.value };
}

/** The message of a diagnostic as text (3.18 allows MarkupContent). */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}

/** Applies a workspace edit to the text of one document, without touching the server or the disk. */
export function applyWorkspaceEditTo(text: string, edit: WorkspaceEdit, uri: string): string {
  return applyTextEdits(text, editsFor(edit, uri));
}

/** Deterministic pseudo-random numbers, so a failing "random" input can be reproduced. */
export { seededRandom } from '../eval/tally';

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

// ---------------------------------------------------------------------------------------------
// The client

export interface OpenDocument {
  uri: string;
  languageId: string;
  version: number;
  text: string;
}

export interface PublishedDiagnostics {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
  /** Order of arrival across all URIs (1, 2, …). */
  seq: number;
}

export type ProgressValue = WorkDoneProgressBegin | WorkDoneProgressReport | WorkDoneProgressEnd;

export interface StartOptions {
  /** Advertise `textDocument.diagnostic` (pull diagnostics). Default false: push. */
  pull?: boolean;
  /** Settings answered for `workspace/configuration` (merged over DEFAULT_SETTINGS). */
  settings?: Partial<Settings>;
  /** Files written into the temporary workspace folder before the server starts. */
  files?: Record<string, string | Buffer>;
  /** Extra `initializationOptions`. */
  initializationOptions?: unknown;
  /** The `trace` of `initialize`: with 'verbose' the server's `$/logTrace` messages are kept in `traces`. Default 'off'. */
  trace?: 'off' | 'messages' | 'verbose';
}

export class LspClient {
  readonly connection: ProtocolConnection;
  readonly workspaceDir: string;
  readonly workspaceUri: string;
  /** What `workspace/configuration` answers for the `attributionLint` section; tests may change it. */
  settings: Settings;
  initializeResult: InitializeResult | undefined;

  readonly documents = new Map<string, OpenDocument>();
  /** Every publishDiagnostics, oldest first, keyed by normalised URI. */
  readonly published = new Map<string, PublishedDiagnostics[]>();
  readonly messages: ShowMessageParams[] = [];
  readonly logMessages: LogMessageParams[] = [];
  /** `$/logTrace` messages, when started with `trace`. */
  readonly traces: string[] = [];
  readonly progress = new Map<string | number, ProgressValue[]>();
  readonly createdProgressTokens: (string | number)[] = [];
  readonly applyEditRequests: ApplyWorkspaceEditParams[] = [];
  readonly registrations: Registration[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  readonly unexpectedRequests: { method: string; params: unknown }[] = [];
  readonly diagnosticRefreshes: number[] = [];

  private seq = 0;
  private stderrText = '';
  private exitInfo: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  private readonly exitWaiters: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  private constructor(
    readonly child: ChildProcessWithoutNullStreams,
    readonly options: StartOptions,
    workspaceDir: string,
  ) {
    this.workspaceDir = workspaceDir;
    this.workspaceUri = uriOf(workspaceDir);
    this.settings = { ...structuredClone(DEFAULT_SETTINGS), ...structuredClone(options.settings ?? {}) };
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk: string) => {
      this.stderrText = (this.stderrText + chunk).slice(-20_000);
    });
    child.on('exit', (code, signal) => {
      this.exitInfo = { code, signal };
      for (const waiter of this.exitWaiters.splice(0)) waiter();
      this.notifyListeners();
    });
    this.connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    this.installHandlers();
    this.connection.listen();
  }

  /** Starts the server on a fresh temporary workspace folder and runs `initialize` + `initialized`. */
  static async start(options: StartOptions = {}): Promise<LspClient> {
    const workspaceDir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'attribution-lint-lsp-')));
    for (const [name, content] of Object.entries(options.files ?? {})) {
      const full = path.join(workspaceDir, name);
      fs.mkdirSync(path.dirname(full), { recursive: true });
      fs.writeFileSync(full, content);
    }
    // Started as the VS Code client starts it: with the server's Node options.
    const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS, SERVER, '--stdio'], { cwd: workspaceDir, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = new LspClient(child, options, workspaceDir);
    await client.initialize();
    return client;
  }

  get stderr(): string {
    return this.stderrText;
  }

  get exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined {
    return this.exitInfo;
  }

  /** For assertion messages: what the server wrote to stderr, if anything. */
  context(): string {
    const tail = this.stderrText.trim().split('\n').slice(-15).join('\n');
    return tail ? `\n--- server stderr (tail) ---\n${tail}` : '';
  }

  pathOf(name: string): string {
    return path.join(this.workspaceDir, name);
  }

  uriFor(name: string): string {
    return uriOf(this.pathOf(name));
  }

  capabilities(): ClientCapabilities {
    const capabilities: ClientCapabilities = {
      workspace: {
        applyEdit: true,
        configuration: true,
        workspaceFolders: true,
        didChangeConfiguration: { dynamicRegistration: true },
        didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: false },
        workspaceEdit: { documentChanges: true, resourceOperations: ['create'], failureHandling: 'abort' },
        executeCommand: { dynamicRegistration: false },
        diagnostics: this.options.pull ? { refreshSupport: true } : undefined,
      },
      window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: false } } },
      textDocument: {
        synchronization: { dynamicRegistration: false, didSave: true, willSave: false, willSaveWaitUntil: false },
        publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: {
          dynamicRegistration: false,
          isPreferredSupport: true,
          dataSupport: true,
          resolveSupport: { properties: ['edit'] },
          codeActionLiteralSupport: {
            codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source', 'source.organizeImports', 'source.fixAll'] },
          },
        },
        hover: { dynamicRegistration: false, contentFormat: ['markdown', 'plaintext'] },
      },
      general: { positionEncodings: ['utf-16'] },
    };
    if (this.options.pull) capabilities.textDocument!.diagnostic = { dynamicRegistration: false, relatedDocumentSupport: false };
    return capabilities;
  }

  private async initialize(): Promise<void> {
    this.initializeResult = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      clientInfo: { name: 'attribution-lint protocol tests', version: '0' },
      locale: 'en',
      rootPath: this.workspaceDir,
      rootUri: this.workspaceUri,
      workspaceFolders: [{ uri: this.workspaceUri, name: path.basename(this.workspaceDir) }],
      capabilities: this.capabilities(),
      initializationOptions: this.options.initializationOptions,
      trace: this.options.trace ?? 'off',
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
  }

  private installHandlers(): void {
    const c = this.connection;
    c.onRequest(ConfigurationRequest.type, (params) => {
      this.configurationRequests.push(params.items);
      return params.items.map((item) => this.configurationFor(item.section));
    });
    c.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    c.onRequest(UnregistrationRequest.type, (params) => {
      const gone = new Set(params.unregisterations.map((u) => u.id));
      for (let i = this.registrations.length - 1; i >= 0; i--) if (gone.has(this.registrations[i].id)) this.registrations.splice(i, 1);
    });
    c.onRequest(WorkDoneProgressCreateRequest.type, (params) => {
      this.createdProgressTokens.push(params.token);
      this.progress.set(params.token, []);
      c.onProgress(WorkDoneProgress.type, params.token, (value) => {
        this.progress.get(params.token)!.push(value);
        this.notifyListeners();
      });
      this.notifyListeners();
    });
    c.onRequest('workspace/workspaceFolders', () => [{ uri: this.workspaceUri, name: path.basename(this.workspaceDir) }]);
    c.onRequest('workspace/diagnostic/refresh', () => {
      this.diagnosticRefreshes.push(++this.seq);
      this.notifyListeners();
      return null;
    });
    c.onRequest(ShowMessageRequest.type, (params) => {
      this.messages.push(params);
      this.notifyListeners();
      return null;
    });
    c.onRequest(ApplyWorkspaceEditRequest.type, (params) => this.onApplyEdit(params));
    // Anything else the server asks is recorded (and refused, as an editor without the feature would).
    (c as unknown as { onRequest(handler: (method: string, params: unknown) => unknown): void }).onRequest((method, params) => {
      this.unexpectedRequests.push({ method, params });
      throw new Error(`the test client does not implement ${method}`);
    });
    c.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const uri = normalizeUri(params.uri);
      const list = this.published.get(uri) ?? [];
      list.push({ uri, version: params.version, diagnostics: params.diagnostics, seq: ++this.seq });
      this.published.set(uri, list);
      this.notifyListeners();
    });
    c.onNotification(ShowMessageNotification.type, (params) => {
      this.messages.push(params);
      this.notifyListeners();
    });
    c.onNotification(LogMessageNotification.type, (params) => {
      this.logMessages.push(params);
    });
    c.onNotification('telemetry/event', () => undefined);
    c.onNotification(LogTraceNotification.type, (params) => {
      this.traces.push(params.message);
    });
  }

  private configurationFor(section: string | undefined): unknown {
    const settings = structuredClone(this.settings);
    if (section === undefined || section === '') return { [SETTINGS_SECTION]: settings };
    if (section === SETTINGS_SECTION) return settings;
    if (section.startsWith(`${SETTINGS_SECTION}.`)) {
      let value: unknown = settings;
      for (const key of section.slice(SETTINGS_SECTION.length + 1).split('.')) {
        value = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined;
      }
      return value ?? null;
    }
    return null;
  }

  // -- workspace/applyEdit -----------------------------------------------------------------------

  private async onApplyEdit(params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult> {
    this.applyEditRequests.push(params);
    this.notifyListeners();
    const edit = params.edit;
    try {
      const diskWrites: FileEvent[] = [];
      if (edit.documentChanges) {
        for (const change of edit.documentChanges) {
          if ('kind' in change) {
            if (change.kind !== 'create') return { applied: false, failureReason: `unsupported resource operation ${change.kind}` };
            const file = fileURLToPath(change.uri);
            const exists = fs.existsSync(file);
            if (exists && change.options?.ignoreIfExists) continue;
            if (exists && !change.options?.overwrite) return { applied: false, failureReason: `${file} exists` };
            fs.mkdirSync(path.dirname(file), { recursive: true });
            fs.writeFileSync(file, '');
            diskWrites.push({ uri: uriOf(file), type: exists ? FileChangeType.Changed : FileChangeType.Created });
          } else {
            const open = this.documents.get(normalizeUri(change.textDocument.uri));
            const version = change.textDocument.version;
            if (open && version !== null && version !== undefined && version !== open.version) {
              return { applied: false, failureReason: `version mismatch for ${open.uri}: edit for ${version}, document at ${open.version}` };
            }
            await this.applyEditsToUri(change.textDocument.uri, change.edits.map(plainEdit), diskWrites);
          }
        }
      }
      for (const [uri, edits] of Object.entries(edit.changes ?? {})) await this.applyEditsToUri(uri, edits, diskWrites);
      await this.notifyWatchers(diskWrites);
      return { applied: true };
    } catch (error) {
      return { applied: false, failureReason: String(error) };
    }
  }

  /** Open documents: changed in the local copy and sent to the server as an editor would; closed ones: written to disk. */
  private async applyEditsToUri(uri: string, edits: TextEdit[], diskWrites: FileEvent[]): Promise<void> {
    const open = this.documents.get(normalizeUri(uri));
    if (open) {
      const sorted = edits
        .map((edit, index) => ({ edit, start: offsetAt(open.text, edit.range.start), index }))
        .sort((a, b) => b.start - a.start || b.index - a.index);
      // Applied from the end backwards, each change's range is still valid in the text it applies to.
      await this.change(open.uri, sorted.map(({ edit }) => ({ range: edit.range, text: edit.newText })));
      return;
    }
    const file = fileURLToPath(uri);
    const exists = fs.existsSync(file);
    const before = exists ? fs.readFileSync(file, 'utf8') : '';
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, applyTextEdits(before, edits));
    diskWrites.push({ uri: uriOf(file), type: exists ? FileChangeType.Changed : FileChangeType.Created });
  }

  /** What the editor's file watcher would report for files the client itself wrote, when the server asked to watch them. */
  private async notifyWatchers(writes: FileEvent[]): Promise<void> {
    const watched = writes.filter((event) => this.isWatched(fileURLToPath(event.uri)));
    if (watched.length > 0) await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: watched });
  }

  private isWatched(file: string): boolean {
    for (const registration of this.registrations) {
      if (registration.method !== DidChangeWatchedFilesNotification.method) continue;
      const watchers = (registration.registerOptions as { watchers?: { globPattern: unknown }[] } | undefined)?.watchers ?? [];
      for (const watcher of watchers) {
        const pattern = typeof watcher.globPattern === 'string' ? watcher.globPattern : (watcher.globPattern as { pattern?: string }).pattern;
        if (!pattern) continue;
        const matcher = globToRegExp(pattern);
        if (matcher.test(path.relative(this.workspaceDir, file).split(path.sep).join('/')) || matcher.test(file.split(path.sep).join('/'))) return true;
      }
    }
    return false;
  }

  // -- documents ---------------------------------------------------------------------------------

  /** Opens a document (a name in the workspace folder, or a URI) with the given text. */
  async open(nameOrUri: string, text: string, languageId = 'plaintext'): Promise<OpenDocument> {
    const uri = normalizeUri(nameOrUri.includes(':') ? nameOrUri : this.uriFor(nameOrUri));
    const document: OpenDocument = { uri, languageId, version: 1, text };
    this.documents.set(uri, document);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text } });
    return document;
  }

  document(uri: string): OpenDocument {
    const document = this.documents.get(normalizeUri(uri));
    if (!document) throw new Error(`${uri} is not open`);
    return document;
  }

  /** Sends incremental changes (applied in order, each against the result of the previous) and updates the local copy. */
  async change(uri: string, changes: { range: Range; text: string }[]): Promise<OpenDocument> {
    const document = this.document(uri);
    for (const change of changes) {
      const start = offsetAt(document.text, change.range.start);
      const end = offsetAt(document.text, change.range.end);
      document.text = document.text.slice(0, start) + change.text + document.text.slice(end);
    }
    document.version++;
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri: document.uri, version: document.version },
      contentChanges: changes.map((change) => ({ range: change.range, text: change.text })),
    });
    return document;
  }

  /** Replaces the `occurrence`-th `needle` with `replacement` through one incremental change. */
  async replace(uri: string, needle: string, replacement: string, occurrence = 0): Promise<OpenDocument> {
    const document = this.document(uri);
    return this.change(uri, [{ range: rangeOf(document.text, needle, occurrence), text: replacement }]);
  }

  /** Inserts text at a position through one incremental change. */
  async insert(uri: string, position: Position, text: string): Promise<OpenDocument> {
    return this.change(uri, [{ range: { start: position, end: position }, text }]);
  }

  /** Applies text edits (e.g. from a code action) to an open document, as one didChange. */
  async applyEdits(uri: string, edits: readonly TextEdit[]): Promise<OpenDocument> {
    const document = this.document(uri);
    const sorted = edits
      .map((edit, index) => ({ edit, start: offsetAt(document.text, edit.range.start), index }))
      .sort((a, b) => b.start - a.start || b.index - a.index);
    return this.change(uri, sorted.map(({ edit }) => ({ range: edit.range, text: edit.newText })));
  }

  async close(uri: string): Promise<void> {
    const document = this.document(uri);
    this.documents.delete(document.uri);
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: document.uri } });
  }

  // -- requests ----------------------------------------------------------------------------------

  /** `textDocument/codeAction` as VS Code sends it: the diagnostics overlapping the range in the context. */
  async codeActions(uri: string, range: Range, only?: string[]): Promise<(CodeAction | Command)[]> {
    const document = this.document(uri);
    const diagnostics = (this.latestDiagnostics(document.uri) ?? []).filter((d) => rangesTouch(d.range, range, document.text));
    const result = await this.connection.sendRequest(CodeActionRequest.type, {
      textDocument: { uri: document.uri },
      range,
      context: { diagnostics, only, triggerKind: CodeActionTriggerKind.Invoked },
    });
    return result ?? [];
  }

  async hover(uri: string, position: Position): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri: normalizeUri(uri) }, position });
  }

  async executeCommand<T = unknown>(command: string, args: unknown[] = []): Promise<T> {
    return (await this.connection.sendRequest(ExecuteCommandRequest.type, { command, arguments: args })) as T;
  }

  /** `textDocument/diagnostic`; the items of a full report are also kept as this URI's latest diagnostics. */
  async pullDiagnostics(uri: string, previousResultId?: string): Promise<DocumentDiagnosticReport> {
    const report = await this.connection.sendRequest(DocumentDiagnosticRequest.type, {
      textDocument: { uri: normalizeUri(uri) },
      previousResultId,
    });
    if (report.kind === 'full') this.pulled.set(normalizeUri(uri), report.items);
    return report;
  }

  private readonly pulled = new Map<string, Diagnostic[]>();

  async changeConfiguration(settings: Partial<Settings>): Promise<void> {
    this.settings = { ...this.settings, ...structuredClone(settings) };
    // What vscode-languageclient sends when the server pulls its settings: the new value of the section.
    await this.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SETTINGS_SECTION]: structuredClone(this.settings) } });
  }

  async changeWatchedFiles(changes: FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  // -- waiting -----------------------------------------------------------------------------------

  /** The latest diagnostics for a URI: pushed, or (pull mode) from the last full pull report. */
  latestDiagnostics(uri: string): Diagnostic[] | undefined {
    const key = normalizeUri(uri);
    if (this.options.pull && this.pulled.has(key)) return this.pulled.get(key);
    const list = this.published.get(key);
    return list?.[list.length - 1]?.diagnostics;
  }

  publishedFor(uri: string): PublishedDiagnostics[] {
    return this.published.get(normalizeUri(uri)) ?? [];
  }

  get lastSeq(): number {
    return this.seq;
  }

  /**
   * Resolves with the first published diagnostics for `uri` (at or after `sinceSeq`, default: any, the
   * latest counting) that satisfy `predicate`; rejects after `timeoutMs` with what was last seen.
   */
  async waitForDiagnostics(
    uri: string,
    predicate: (diagnostics: Diagnostic[]) => boolean = () => true,
    timeoutMs = WAIT_MS,
    sinceSeq = 0,
  ): Promise<Diagnostic[]> {
    const key = normalizeUri(uri);
    const found = () => {
      const list = (this.published.get(key) ?? []).filter((p) => p.seq > sinceSeq);
      const latest = list[list.length - 1];
      return latest && predicate(latest.diagnostics) ? latest.diagnostics : undefined;
    };
    return this.waitFor(found, timeoutMs, () => {
      const list = this.published.get(key) ?? [];
      const latest = list[list.length - 1];
      return `diagnostics for ${key} matching the expectation (${list.length} publishes; last: ${
        latest ? JSON.stringify(latest.diagnostics.map((d) => `${d.code}@${d.range.start.line}:${d.range.start.character}`)) : 'none'
      })`;
    });
  }

  async waitForMessage(predicate: (message: ShowMessageParams) => boolean, timeoutMs = WAIT_MS): Promise<ShowMessageParams> {
    return this.waitFor(() => this.messages.find(predicate), timeoutMs, () => `a window/showMessage matching the expectation (got ${JSON.stringify(this.messages)})`);
  }

  /** Polls `probe` whenever something arrives from the server, until it returns a value. */
  waitFor<T>(probe: () => T | undefined, timeoutMs: number, describe: () => string): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        let value: T | undefined;
        try {
          value = probe();
        } catch (error) {
          finish();
          reject(error);
          return;
        }
        if (value !== undefined) {
          finish();
          resolve(value);
        } else if (this.exitInfo) {
          finish();
          reject(new Error(`the server exited (${JSON.stringify(this.exitInfo)}) while waiting for ${describe()}${this.context()}`));
        }
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`timed out after ${timeoutMs} ms waiting for ${describe()}${this.context()}`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.listeners.delete(check);
      };
      this.listeners.add(check);
      check();
    });
  }

  private notifyListeners(): void {
    for (const listener of [...this.listeners]) listener();
  }

  // -- lifecycle ---------------------------------------------------------------------------------

  /** Resolves with the exit code, or rejects when the process is still running after `timeoutMs`. */
  waitForExit(timeoutMs: number): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.exitInfo) return Promise.resolve(this.exitInfo);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the server did not exit within ${timeoutMs} ms${this.context()}`)), timeoutMs);
      this.exitWaiters.push(() => {
        clearTimeout(timer);
        resolve(this.exitInfo!);
      });
    });
  }

  /** `shutdown` then `exit`; resolves with how the process ended (expected: code 0 within 2 s). */
  async shutdown(timeoutMs = 2_000): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    return this.waitForExit(timeoutMs);
  }

  /** For `after` hooks: ends the server however it is (shutdown if it answers, else kill) and removes the workspace. */
  async dispose(): Promise<void> {
    if (!this.exitInfo) {
      try {
        await Promise.race([this.shutdown(2_000), sleep(2_500)]);
      } catch {
        // the kill below
      }
    }
    if (!this.exitInfo) {
      this.child.kill('SIGKILL');
      await this.waitForExit(2_000).catch(() => undefined);
    }
    this.connection.dispose();
    fs.rmSync(this.workspaceDir, { recursive: true, force: true });
  }
}

/** Enough of the glob syntax for file watchers: `**`, `*`, `?`, `{a,b}`. */
export function globToRegExp(glob: string): RegExp {
  let source = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*' && glob[i + 1] === '*') {
      const slash = glob[i + 2] === '/';
      source += slash ? '(?:.*/)?' : '.*';
      i += slash ? 2 : 1;
    } else if (ch === '*') source += '[^/]*';
    else if (ch === '?') source += '[^/]';
    else if (ch === '{') source += '(?:';
    else if (ch === '}') source += ')';
    else if (ch === ',') source += '|';
    else source += ch.replace(/[.+^$()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`);
}

function rangesTouch(a: Range, b: Range, text: string): boolean {
  const [as, ae, bs, be] = [offsetAt(text, a.start), offsetAt(text, a.end), offsetAt(text, b.start), offsetAt(text, b.end)];
  return as <= be && bs <= ae;
}

export function isCodeAction(item: CodeAction | Command): item is CodeAction {
  return typeof (item as Command).command !== 'string';
}
