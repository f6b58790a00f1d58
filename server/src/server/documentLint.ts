// Lints an open document with its configuration, keeping the last result per document so code
// actions, hover and pull requests reuse it instead of linting again. Each document has its own
// incremental linter: after an edit only the paragraphs around it are analysed again.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver';
import { analyzeText, formatForPath, IncrementalLinter, type Analysis, type Finding, type FrontMatter, type LintConfig } from '../lint';
import { toDiagnostic } from './diagnostics';

export interface DocumentLint {
  uri: string;
  version: number;
  configKey: string;
  findings: Finding[];
  frontMatter: FrontMatter | null;
  /** The whole draft's analysis (for quick fixes and the source report), made when first asked for. */
  analysis: () => Analysis;
  diagnostics: Diagnostic[];
  /** Changes with every new result: the pull-diagnostics result id. */
  resultId: string;
}

let nextResultId = 1;

export class DocumentLintCache {
  private readonly byUri = new Map<string, DocumentLint>();
  private readonly linters = new Map<string, IncrementalLinter>();

  get(uri: string): DocumentLint | undefined {
    return this.byUri.get(uri);
  }

  delete(uri: string): void {
    this.byUri.delete(uri);
    this.linters.delete(uri);
  }

  clear(): void {
    this.byUri.clear();
    this.linters.clear();
  }

  /** Lints unless the same version was already linted with the same configuration. */
  lint(document: TextDocument, config: LintConfig): DocumentLint {
    const configKey = JSON.stringify(config);
    const cached = this.byUri.get(document.uri);
    if (cached && cached.version === document.version && cached.configKey === configKey) return cached;
    const linter = this.linters.get(document.uri) ?? new IncrementalLinter();
    this.linters.set(document.uri, linter);
    const text = document.getText();
    const options = { format: formatFor(document), config };
    const { findings, frontMatter } = linter.lint(text, options);
    let analysis: Analysis | undefined;
    const lint: DocumentLint = {
      uri: document.uri,
      version: document.version,
      configKey,
      findings,
      frontMatter,
      analysis: () => (analysis ??= analyzeText(text, options)),
      diagnostics: findings.map((finding) => toDiagnostic(document, finding)),
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
