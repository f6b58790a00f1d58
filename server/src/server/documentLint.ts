// Lints an open document with its configuration, keeping the last result per document so code
// actions, hover and pull requests reuse it instead of linting again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { formatForPath, lintText, type LintConfig, type LintResult } from '../lint';
import { toDiagnostic } from './diagnostics';

export interface DocumentLint {
  uri: string;
  version: number;
  configKey: string;
  result: LintResult;
  diagnostics: Diagnostic[];
  /** Changes with every new result: the pull-diagnostics result id. */
  resultId: string;
}

let nextResultId = 1;

export class DocumentLintCache {
  private readonly byUri = new Map<string, DocumentLint>();

  get(uri: string): DocumentLint | undefined {
    return this.byUri.get(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
  }

  /** Lints unless the same version was already linted with the same configuration. */
  lint(document: TextDocument, config: LintConfig): DocumentLint {
    const configKey = JSON.stringify(config);
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.configKey === configKey) return cached;
    const result = lintText(document.getText(), { format: formatFor(document), config });
    const lint: DocumentLint = {
      uri: document.uri,
      version: document.version,
      configKey,
      result,
      diagnostics: result.findings.map((finding) => toDiagnostic(document, finding)),
      resultId: String(nextResultId++),
    };
    this.byUri.set(document.uri, lint);
    return lint;
  }
}

/** Markdown documents are read as Markdown (code and markup skipped); everything else as plain text. */
export function formatFor(document: TextDocument): 'markdown' | 'plaintext' {
  return document.languageId === 'markdown' ? 'markdown' : formatForPath(document.uri);
}
