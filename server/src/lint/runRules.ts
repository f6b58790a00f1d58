// Runs the rules over an analysis, then leaves out what the writer silenced: findings under an
// inline `attribution-lint-disable` comment and findings on an accepted phrase.
import type { Analysis, Directive, Finding, Severity } from './types';
import type { LintConfig } from './config';
import type { WordLists } from './wordLists';
import { RULES } from './rules';
import { normalizePhrase } from './wordLists';
import { suppressionsFor } from './suppression';

/** Every rule's findings, in rule order, before suppression. */
export function runRules(analysis: Analysis, lists: WordLists, config: LintConfig | undefined): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    const setting = config?.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    const ruleId = rule.meta.id;
    rule.check({
      analysis,
      lists,
      // Fields written out (no object spread, which is slow in V8 on this path).
      report: ({ message, span, fix }) => findings.push(fix ? { ruleId, severity, message, span, fix } : { ruleId, severity, message, span }),
    });
  }
  return findings;
}

/**
 * The findings not suppressed by a directive nor on an accepted phrase, sorted by position, each
 * once: two cues sharing one source ("A lawyer … admitted …, but said …") make one finding on it.
 */
export function keepReported(text: string, directives: readonly Directive[], lists: WordLists, findings: readonly Finding[]): Finding[] {
  const isSuppressed = suppressionsFor(text, directives);
  const accepted = new Set(lists.acceptedPhrases);
  const kept = findings.filter(
    (finding) =>
      !isSuppressed(finding.ruleId, finding.span.start) &&
      !(accepted.size > 0 && accepted.has(normalizePhrase(text.slice(finding.span.start, finding.span.end)))),
  );
  kept.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId) || compareText(a.message, b.message));
  return kept.filter((finding, index) => index === 0 || !isSameFinding(kept[index - 1], finding));
}

function isSameFinding(a: Finding, b: Finding): boolean {
  return a.ruleId === b.ruleId && a.span.start === b.span.start && a.span.end === b.span.end && a.message === b.message;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
