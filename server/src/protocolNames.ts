// Names shared by the language server, the VS Code client and the tests: command ids, the settings
// section and its shape. Commands run by the server have their own ids: vscode-languageclient
// registers them in VS Code itself, so they must not clash with the palette commands.
import type { Report } from './lint/report';
import type { SourceReportDetails } from './lint/sourceReportDetails';

export const DIAGNOSTIC_SOURCE = 'attribution-lint';

/**
 * Node options the server runs with (the VS Code client passes them; other editors should too).
 * A young generation of 4 MB semi-spaces (V8's default grows to 16) and a 1 GB heap limit make V8
 * collect linting's short-lived garbage sooner: with 50 drafts of 5,000 words open the server stays
 * under 100 MB resident instead of ~114 MB. Semi-spaces of 2 MB saved 5 MB more but doubled the
 * time of an edit's lint, which then met a collection every other keystroke.
 */
export const SERVER_NODE_OPTIONS = ['--max-semi-space-size=4', '--max-old-space-size=1024'];
/** The largest `maxFileSize` the server accepts: linting takes about 85 bytes of memory per byte of draft. */
export const MAX_FILE_SIZE_LIMIT = 8_000_000;
export const CONFIG_FILE_NAME = '.attributionlintrc.json';
export const SETTINGS_SECTION = 'attributionLint';
export const FIX_ALL_KIND = 'source.fixAll.attributionLint';

/** Run by the server through `workspace/executeCommand`. */
export const SERVER_COMMANDS = {
  /** [uri] → LintDocumentResult: lints one open or closed draft now and publishes its diagnostics. */
  lintDocument: 'attributionLint.server.lintDocument',
  /** [] → LintWorkspaceResult: lints every draft in the workspace folders (with progress, cancellable). */
  lintWorkspace: 'attributionLint.server.lintWorkspace',
  /** [uri] → FixAllResult: applies every auto-fixable edit in the draft through `workspace/applyEdit`. */
  fixAll: 'attributionLint.server.fixAll',
  /** [uri, phrase] → AcceptPhraseResult: adds the phrase to `acceptedPhrases` in `.attributionlintrc.json`. */
  acceptPhrase: 'attributionLint.server.acceptPhrase',
} as const;

/** Contributed to the command palette by the client (category "Attribution"). */
export const CLIENT_COMMANDS = {
  lintCurrentDraft: 'attributionLint.lintCurrentDraft',
  lintWorkspace: 'attributionLint.lintWorkspace',
  fixAll: 'attributionLint.fixAll',
  restartServer: 'attributionLint.restartServer',
  showOutput: 'attributionLint.showOutput',
  showSourceReport: 'attributionLint.showSourceReport',
} as const;

/** Custom request: SourceReportParams → SourceReportResult | null (null: not a draft, or linting is off for it). */
export const SOURCE_REPORT_REQUEST = 'attributionLint/sourceReport';

export interface SourceReportParams {
  uri: string;
}

/** The report `attribution-lint report FILE` prints, plus what the editor's panel and Sources view draw. */
export interface SourceReportResult extends SourceReportDetails {
  uri: string;
  /** The document version reported on (0 for a file that is not open). */
  version: number;
  report: Report;
}

/** The Explorer view listing the active draft's sources. */
export const SOURCES_VIEW_ID = 'attributionLint.sources';

export interface LintDocumentResult {
  uri: string;
  findings: number;
  /** Findings per rule id. */
  byRule: Record<string, number>;
}

export interface LintWorkspaceResult {
  files: number;
  findings: number;
  /** True when the user cancelled before every draft was linted. */
  cancelled: boolean;
}

export interface FixAllResult {
  uri: string;
  /** Number of edits applied (0 when there was nothing to fix). */
  applied: number;
}

export interface AcceptPhraseResult {
  /** Path of the configuration file written. */
  configFile: string;
  phrase: string;
}

export type RunMode = 'onType' | 'onSave';

/** The `attributionLint.*` settings. Rule severities and lists use the `.attributionlintrc.json` schema and win over it. */
export interface Settings {
  enable: boolean;
  run: RunMode;
  debounceMs: number;
  /** Language ids linted. */
  languages: string[];
  rules: Record<string, string>;
  acceptedPhrases: string[];
  extraHedges: string[];
  knownOutlets: string[];
  /** Files larger than this (in bytes) are skipped with one message. */
  maxFileSize: number;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  run: 'onType',
  debounceMs: 150,
  languages: ['markdown', 'plaintext', 'newsdraft'],
  rules: {},
  acceptedPhrases: [],
  extraHedges: [],
  knownOutlets: [],
  maxFileSize: 2_000_000,
};

/** File extensions of drafts, for workspace lint and the CLI. */
export const DRAFT_EXTENSIONS: readonly string[] = ['.md', '.markdown', '.txt', '.draft', '.news'];
