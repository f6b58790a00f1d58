// Findings to LSP diagnostics. A diagnostic carries no copy of its finding: quick fixes look the
// finding up in the document's current lint (findingOf), so a fix is never applied at the positions
// of an older version of the draft, and each diagnostics response is about a third smaller.
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, type Finding, type Severity } from '../lint';
import { DIAGNOSTIC_SOURCE } from '../protocolNames';

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const DOCS_URL = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.docsUrl]));

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  return {
    range: { start: document.positionAt(finding.span.start), end: document.positionAt(finding.span.end) },
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: DOCS_URL.get(finding.ruleId) ?? '' },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
  };
}

export function isOurs(diagnostic: Diagnostic): diagnostic is Diagnostic & { code: string } {
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.code === 'string';
}

/** The finding a diagnostic reports, in a lint of the document's current version; undefined when that lint has no such finding. */
export function findingOf(lint: { findings: readonly Finding[]; diagnostics: readonly Diagnostic[] }, diagnostic: Diagnostic): Finding | undefined {
  const { start, end } = diagnostic.range;
  const index = lint.diagnostics.findIndex(
    (candidate) =>
      candidate.code === diagnostic.code &&
      candidate.message === diagnostic.message &&
      candidate.range.start.line === start.line &&
      candidate.range.start.character === start.character &&
      candidate.range.end.line === end.line &&
      candidate.range.end.character === end.character,
  );
  return index < 0 ? undefined : lint.findings[index];
}
