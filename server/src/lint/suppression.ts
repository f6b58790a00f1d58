// Inline suppression: `<!-- attribution-lint-disable rule-a, rule-b -->` … `<!-- attribution-lint-enable -->`
// and `<!-- attribution-lint-disable-next-line rule-id -->`. No rule ids means every rule.
import type { Directive } from './types';
import { nextLineStart } from './positions';

interface SuppressedRegion {
  start: number;
  end: number;
  /** null: every rule. */
  rules: Set<string> | null;
}

export type IsSuppressed = (ruleId: string, offset: number) => boolean;

export function suppressionsFor(text: string, directives: readonly Directive[]): IsSuppressed {
  if (directives.length === 0) return () => false;
  const regions: SuppressedRegion[] = [];
  const openSince = new Map<string, number>(); // rule id ('*' for all) → where its disable began
  const close = (rule: string, end: number) => {
    const start = openSince.get(rule);
    if (start === undefined) return;
    regions.push({ start, end, rules: rule === '*' ? null : new Set([rule]) });
    openSince.delete(rule);
  };
  for (const directive of directives) {
    const rules = directive.rules.length > 0 ? directive.rules : ['*'];
    if (directive.kind === 'disable') {
      for (const rule of rules) if (!openSince.has(rule)) openSince.set(rule, directive.span.end);
    } else if (directive.kind === 'enable') {
      for (const rule of directive.rules.length > 0 ? rules : [...openSince.keys()]) close(rule, directive.span.start);
    } else {
      const start = nextLineStart(text, directive.span.end);
      if (start !== null) regions.push({ start, end: nextLineStart(text, start) ?? text.length, rules: directive.rules.length > 0 ? new Set(directive.rules) : null });
    }
  }
  for (const rule of [...openSince.keys()]) close(rule, text.length);

  return (ruleId, offset) => regions.some((region) => offset >= region.start && offset < region.end && (region.rules === null || region.rules.has(ruleId)));
}
