// Applying automatic fixes to a draft's text. Only fixes of rules marked fixable are taken; a fix
// is applied whole or not at all, and a fix that overlaps one already taken waits for the next pass.
import type { Finding, TextEdit } from '../lint/types';

export interface AppliedFixes {
  text: string;
  /** How many findings' fixes were applied. */
  applied: number;
}

export function applyFixes(text: string, findings: readonly Finding[], fixableRuleIds: ReadonlySet<string>): AppliedFixes {
  const candidates = findings
    .filter((finding) => finding.fix && finding.fix.edits.length > 0 && fixableRuleIds.has(finding.ruleId))
    .map((finding) => [...finding.fix!.edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end))
    .filter((edits) => edits.every((edit) => isValidEdit(edit, text.length)) && !overlapsWithin(edits))
    .sort((a, b) => a[0].span.start - b[0].span.start);

  const taken: TextEdit[] = [];
  let applied = 0;
  for (const edits of candidates) {
    if (edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...edits);
    applied++;
  }
  // From the end backwards, so earlier offsets stay valid.
  taken.sort((a, b) => b.span.start - a.span.start || b.span.end - a.span.end);
  let result = text;
  for (const edit of taken) result = result.slice(0, edit.span.start) + edit.newText + result.slice(edit.span.end);
  return { text: result, applied };
}

function isValidEdit(edit: TextEdit, length: number): boolean {
  return Number.isInteger(edit.span.start) && Number.isInteger(edit.span.end) && 0 <= edit.span.start && edit.span.start <= edit.span.end && edit.span.end <= length;
}

/** Two edits clash when their spans share a character, or both insert at the same point. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.span.start === a.span.end && b.span.start === b.span.end) return a.span.start === b.span.start;
  return a.span.start < b.span.end && b.span.start < a.span.end;
}

function overlapsWithin(sorted: TextEdit[]): boolean {
  for (let i = 1; i < sorted.length; i++) if (overlaps(sorted[i - 1], sorted[i])) return true;
  return false;
}
