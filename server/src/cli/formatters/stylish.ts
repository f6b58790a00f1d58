// --format stylish: ESLint's stylish layout. A header per draft with findings, aligned rows of
// "line:col  severity  message  rule-id" (1-based), and a one-line summary.
import { LineIndex } from '../../lint/positions';
import type { Severity } from '../../lint/types';
import { countSeverities, type FileResult } from './fileResult';

export interface StylishOptions {
  color: boolean;
  /** Rule ids whose fixes --fix would apply, for the "potentially fixable" line. */
  fixableRuleIds: ReadonlySet<string>;
}

const SEVERITY_COLOR: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };

export function formatStylish(results: readonly FileResult[], options: StylishOptions): string {
  const paint = (code: string, text: string) => (options.color ? `\x1b[${code}m${text}\x1b[0m` : text);
  const out: string[] = [];
  let fixable = 0;

  for (const result of results) {
    if (result.findings.length === 0) continue;
    const lines = new LineIndex(result.text);
    const rows = result.findings.map((finding) => {
      const start = lines.positionAt(finding.span.start);
      if (finding.fix && options.fixableRuleIds.has(finding.ruleId)) fixable++;
      return {
        position: `${start.line + 1}:${start.character + 1}`,
        severity: finding.severity,
        message: finding.message.replace(/\s*\n\s*/g, ' '),
        ruleId: finding.ruleId,
      };
    });
    const positionWidth = Math.max(...rows.map((row) => row.position.length));
    const severityWidth = Math.max(...rows.map((row) => row.severity.length));
    const messageWidth = Math.max(...rows.map((row) => row.message.length));
    out.push('', paint('4', result.displayPath));
    for (const row of rows) {
      out.push(
        `  ${paint('2', row.position.padEnd(positionWidth))}  ${paint(SEVERITY_COLOR[row.severity], row.severity.padEnd(severityWidth))}  ` +
          `${row.message.padEnd(messageWidth)}  ${paint('2', row.ruleId)}`,
      );
    }
  }

  const counts = countSeverities(results);
  const total = counts.error + counts.warning + counts.info + counts.hint;
  if (total === 0) return '';
  const summary =
    `✖ ${plural(total, 'problem')} (${plural(counts.error, 'error')}, ${plural(counts.warning, 'warning')}, ` +
    `${plural(counts.info, 'info')}, ${plural(counts.hint, 'hint')})`;
  out.push('', paint(counts.error > 0 ? '1;31' : '1;33', summary));
  if (fixable > 0) out.push(paint(counts.error > 0 ? '1;31' : '1;33', `  ${plural(fixable, 'problem')} potentially fixable with the \`--fix\` option.`));
  out.push('');
  return `${out.map((line) => line.trimEnd()).join('\n')}\n`;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
