// --format json: one entry per draft, findings with 0-based LSP ranges and their fixes.
import { LineIndex, type Range } from '../../lint/positions';
import type { Finding } from '../../lint/types';
import type { FileResult } from './fileResult';

export interface JsonFinding {
  ruleId: string;
  severity: Finding['severity'];
  message: string;
  range: Range;
  fix?: { title: string; edits: { range: Range; newText: string }[] };
}

export interface JsonFileResult {
  file: string;
  findings: JsonFinding[];
}

export function toJsonResults(results: readonly FileResult[]): JsonFileResult[] {
  return results.map((result) => {
    const lines = new LineIndex(result.text);
    return {
      file: result.displayPath,
      findings: result.findings.map((finding) => {
        const out: JsonFinding = { ruleId: finding.ruleId, severity: finding.severity, message: finding.message, range: lines.rangeOf(finding.span) };
        if (finding.fix) {
          out.fix = { title: finding.fix.title, edits: finding.fix.edits.map((edit) => ({ range: lines.rangeOf(edit.span), newText: edit.newText })) };
        }
        return out;
      }),
    };
  });
}

export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(toJsonResults(results), null, 2)}\n`;
}
