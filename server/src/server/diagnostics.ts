// Findings to LSP diagnostics and back: the finding travels in `data`, so code actions need no re-lint.
import { DiagnosticSeverity, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, type Finding, type Severity } from '../lint';
import { DIAGNOSTIC_SOURCE } from '../protocolNames';

export interface DiagnosticData {
  ruleId: string;
  fix?: { title: string; edits: TextEdit[] };
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

const DOCS_URL = new Map(RULES.map((rule) => [rule.meta.id, rule.meta.docsUrl]));

export function toDiagnostic(document: TextDocument, finding: Finding): Diagnostic {
  const rangeOf = (span: { start: number; end: number }): Range => ({ start: document.positionAt(span.start), end: document.positionAt(span.end) });
  const data: DiagnosticData = {
    ruleId: finding.ruleId,
    fix: finding.fix && { title: finding.fix.title, edits: finding.fix.edits.map((edit) => ({ range: rangeOf(edit.span), newText: edit.newText })) },
  };
  return {
    range: rangeOf(finding.span),
    severity: SEVERITY[finding.severity],
    code: finding.ruleId,
    codeDescription: { href: DOCS_URL.get(finding.ruleId) ?? '' },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    data,
  };
}

export function isOurs(diagnostic: Diagnostic): diagnostic is Diagnostic & { data: DiagnosticData } {
  return diagnostic.source === DIAGNOSTIC_SOURCE && typeof diagnostic.data === 'object' && diagnostic.data !== null;
}
