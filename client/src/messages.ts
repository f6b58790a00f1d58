// What the client says to the user: pure text, no `vscode` import, so the wording is unit-tested.
import { DRAFT_EXTENSIONS, type FixAllResult, type LintDocumentResult, type LintWorkspaceResult } from '../../server/src/protocolNames';

export const NO_DRAFT_TO_LINT = 'Attribution Lint: open a Markdown, plain-text or .draft file to lint it.';
export const NO_DRAFT_TO_FIX = 'Attribution Lint: open a Markdown, plain-text or .draft file to fix it.';
export const NO_DRAFT_TO_REPORT = 'Attribution Lint: open a Markdown, plain-text or .draft file to see its source report.';
export const NO_WORKSPACE = 'Attribution Lint: open a folder to lint the drafts in it.';
export const SERVER_RESTARTED = 'Attribution Lint: server restarted.';

/** "1 finding", "3 findings". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

export function lintDocumentMessage(result: LintDocumentResult, fileLabel: string): string {
  return result.findings === 0
    ? `Attribution Lint: no findings in ${fileLabel}`
    : `Attribution Lint: ${count(result.findings, 'finding')} in ${fileLabel}`;
}

export function lintWorkspaceMessage(result: LintWorkspaceResult): string {
  const summary = `${count(result.files, 'draft')}: ${count(result.findings, 'finding')}`;
  if (result.cancelled) return `Attribution Lint: Cancelled after linting ${summary}`;
  if (result.files === 0) return `Attribution Lint: No drafts found in this workspace (${DRAFT_EXTENSIONS.join(', ')})`;
  return `Attribution Lint: Linted ${summary}`;
}

export function fixAllMessage(result: FixAllResult): string {
  return result.applied === 0
    ? 'Attribution Lint: No auto-fixable problems in this draft'
    : `Attribution Lint: Applied ${count(result.applied, 'fix', 'fixes')}`;
}

export interface StatusSummary {
  /** Status bar text, with a codicon. */
  text: string;
  tooltip: string;
}

/** The status bar's text and tooltip for the rule ids of the active draft's diagnostics. */
export function statusSummary(ruleIds: readonly string[]): StatusSummary {
  if (ruleIds.length === 0) return { text: '$(check) 0', tooltip: 'Attribution Lint: no findings in this draft' };
  const byRule = new Map<string, number>();
  for (const id of ruleIds) byRule.set(id, (byRule.get(id) ?? 0) + 1);
  const lines = [...byRule]
    .sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
    .map(([id, n]) => `${id}: ${n}`);
  return {
    text: `$(quote) ${ruleIds.length}`,
    tooltip: [`Attribution Lint: ${count(ruleIds.length, 'finding')} in this draft`, ...lines, '', 'Click to open the Problems panel.'].join('\n'),
  };
}
