// What a rule is: ESLint-style metadata plus a check that reads the shared analysis and reports.
import type { Analysis, Fix, Severity, Span } from '../types';
import type { WordLists } from '../wordLists';

/** Where each rule's documentation lives: its section in the README (anchor = rule id). */
export const DOCS_BASE_URL = 'https://github.com/attribution-lint/attribution-lint/blob/main/README.md';

export interface RuleDocs {
  /** What the rule flags. */
  checks: string;
  /** Why it matters in news writing, and the guidance it follows. */
  why: string;
  /** How to fix it. */
  fix: string;
}

export interface RuleMeta {
  id: string;
  defaultSeverity: Severity;
  /** One line, for settings, SARIF and the README table. */
  description: string;
  /** True when the fix is safe to apply without reading it (fix-all, --fix). */
  fixable: boolean;
  docsUrl: string;
  docs: RuleDocs;
}

export interface RuleReport {
  span: Span;
  message: string;
  fix?: Fix;
}

export interface RuleContext {
  analysis: Analysis;
  lists: WordLists;
  report(finding: RuleReport): void;
}

export interface Rule {
  meta: RuleMeta;
  check(context: RuleContext): void;
}

export function docsUrlFor(id: string): string {
  return `${DOCS_BASE_URL}#${id}`;
}
