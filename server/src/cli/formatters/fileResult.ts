// What the formatters are given: one entry per linted draft.
import type { Finding, Severity } from '../../lint/types';

export interface FileResult {
  /** Absolute path (for stdin: the --stdin-filename resolved, or "<stdin>"). */
  path: string;
  /** The path as shown to the user: relative to the working directory when inside it. */
  displayPath: string;
  text: string;
  findings: Finding[];
}

export type SeverityCounts = Record<Severity, number>;

export function countSeverities(results: readonly FileResult[]): SeverityCounts {
  const counts: SeverityCounts = { error: 0, warning: 0, info: 0, hint: 0 };
  for (const result of results) for (const finding of result.findings) counts[finding.severity]++;
  return counts;
}
