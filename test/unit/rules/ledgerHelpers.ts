// Helpers for the source-ledger rules: their drafts are Markdown with a `sources:` list in the
// front matter, so they are linted as Markdown (the shared helpers lint plain text).
import assert from 'node:assert/strict';
import { lintText } from '../../../server/src/lint';
import type { Finding } from '../../../server/src/lint';
import { spanText } from './helpers';

/** A Markdown draft: front matter listing `sources` (YAML lines, as written), then the body. */
export function draftWith(sources: string[], body: string): string {
  return ['---', 'title: Test story', 'sources:', ...sources, '---', '', body, ''].join('\n');
}

export function lintMarkdown(text: string) {
  return lintText(text, { format: 'markdown' });
}

export function markdownFindingsOf(text: string, ruleId: string): Finding[] {
  return lintMarkdown(text).findings.filter((f) => f.ruleId === ruleId);
}

export function markdownFlagged(text: string, ruleId: string): string[] {
  return markdownFindingsOf(text, ruleId).map((f) => spanText(text, f.span));
}

export function expectMarkdownFlagged(text: string, ruleId: string, expected: string): Finding {
  const findings = markdownFindingsOf(text, ruleId);
  const hit = findings.find((f) => spanText(text, f.span) === expected);
  assert.ok(hit, `expected ${ruleId} to flag ${JSON.stringify(expected)}; it flagged ${JSON.stringify(findings.map((f) => spanText(text, f.span)))}`);
  return hit;
}

export function expectMarkdownClean(text: string, ruleId: string): void {
  assert.deepEqual(markdownFlagged(text, ruleId), [], `expected no ${ruleId} finding`);
}
