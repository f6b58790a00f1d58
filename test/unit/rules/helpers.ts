// Shared helpers for the rule corpus: lint a plain-text draft and look at one rule's findings.
// Each rule file is a table of draft sentences; these helpers keep the assertions out of the way.
import assert from 'node:assert/strict';
import { lintText } from '../../../server/src/lint';
import type { Finding, Fix, Severity, Span } from '../../../server/src/lint';

/** Lints a plain-text draft (every character is prose). */
export function lintPlain(text: string) {
  return lintText(text, { format: 'plaintext' });
}

/** The findings of one rule in `text`. */
export function findingsOf(text: string, ruleId: string): Finding[] {
  return lintPlain(text).findings.filter((f) => f.ruleId === ruleId);
}

/** The text a span covers. */
export function spanText(text: string, span: Span): string {
  return text.slice(span.start, span.end);
}

/** The exact stretches of `text` one rule flags, in order. */
export function flaggedTexts(text: string, ruleId: string): string[] {
  return findingsOf(text, ruleId).map((f) => spanText(text, f.span));
}

/**
 * Asserts that `ruleId` flags exactly the words `expected` somewhere in `text`, and returns that
 * finding so a test can look at its severity or fix.
 */
export function expectFlagged(text: string, ruleId: string, expected: string, severity?: Severity): Finding {
  const findings = findingsOf(text, ruleId);
  const hit = findings.find((f) => spanText(text, f.span) === expected);
  assert.ok(
    hit,
    `expected ${ruleId} to flag ${JSON.stringify(expected)}; it flagged ${JSON.stringify(
      findings.map((f) => spanText(text, f.span)),
    )}`,
  );
  if (severity) assert.equal(hit.severity, severity, `${ruleId} should report at ${severity} by default`);
  return hit;
}

/** Asserts that `ruleId` reports nothing at all in `text`. */
export function expectClean(text: string, ruleId: string): void {
  const flagged = flaggedTexts(text, ruleId);
  assert.deepEqual(flagged, [], `expected no ${ruleId} finding; it flagged ${JSON.stringify(flagged)}`);
}

/** Asserts the finding carries a fix and returns it. */
export function fixOf(finding: Finding): Fix {
  assert.ok(finding.fix, `expected the ${finding.ruleId} finding to carry a fix`);
  assert.ok(finding.fix.edits.length > 0, 'a fix should have at least one edit');
  return finding.fix;
}

/** Applies a fix's edits to `text` (edits are non-overlapping; applied back to front). */
export function applyFix(text: string, fix: Fix): string {
  const edits = [...fix.edits].sort((a, b) => b.span.start - a.span.start);
  let out = text;
  for (const edit of edits) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  return out;
}

/** The text all of a fix's edits insert, joined, for "the fix mentions [source]" checks. */
export function insertedText(fix: Fix): string {
  return fix.edits.map((e) => e.newText).join('');
}

/** Builds a multi-paragraph draft: paragraphs separated by a blank line. */
export function paragraphs(...paras: string[]): string {
  return paras.join('\n\n');
}

/** A draft shown on one line for a test name. */
export function show(text: string): string {
  const oneLine = text.replace(/\n\n/g, ' ¶ ').replace(/\n/g, ' ');
  return oneLine.length > 110 ? `${oneLine.slice(0, 107)}...` : oneLine;
}
