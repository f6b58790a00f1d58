// Measure 1: hedges and weasel wording against CoNLL-2010 Wikipedia. Each sentence is linted on
// its own; the engine calls it uncertain when any rule that flags uncertain wording fires.
// Sentence-level precision, recall and F1, the official measure of the shared task.
import type { EngineResult } from './engineResult';
import { groupKey } from './spans';
import { percent, sample, topGroups, type Group } from './tally';

/** Rules whose findings mean "uncertain wording". Named by id so a rule counts as soon as it exists. */
export const UNCERTAINTY_RULES: readonly string[] = ['hedged-wording', 'vague-source', 'speculative-wording'];

export interface HedgeItem {
  line: number;
  uncertain: boolean;
  sentence: string;
  result: EngineResult;
}

export interface FlaggedWords {
  rule: string;
  words: string;
}

export interface HedgeExample {
  line: number;
  sentence: string;
  flagged: FlaggedWords[];
}

export interface RuleFigures {
  sentencesFlagged: number;
  truePositives: number;
  precision: number | null;
  /** Share of the uncertain sentences this rule alone finds. */
  recall: number | null;
}

export interface HedgeResult {
  sentences: number;
  goldUncertain: number;
  predictedUncertain: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number | null;
  recall: number | null;
  f1: number | null;
  rulesCounted: readonly string[];
  perRule: Record<string, RuleFigures>;
  /** False positives grouped by rule and flagged words, most frequent first. */
  falsePositiveGroups: Group<HedgeExample>[];
  /** Words most often flagged in certain sentences, whatever the rule. */
  falsePositiveWords: { words: string; count: number }[];
  falsePositiveExamples: HedgeExample[];
  missExamples: HedgeExample[];
}

export interface HedgeOptions {
  top?: number;
  seed?: number;
}

export function measureHedges(items: readonly HedgeItem[], options: HedgeOptions = {}): HedgeResult {
  const top = options.top ?? 20;
  const seed = options.seed ?? 1;
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let goldUncertain = 0;
  const perRuleCounts = new Map<string, { flagged: number; correct: number }>(UNCERTAINTY_RULES.map((rule) => [rule, { flagged: 0, correct: 0 }]));
  const falsePositiveItems: HedgeExample[] = [];
  const misses: HedgeExample[] = [];
  for (const item of items) {
    const flagged: FlaggedWords[] = item.result.findings
      .filter((finding) => UNCERTAINTY_RULES.includes(finding.ruleId))
      .map((finding) => ({ rule: finding.ruleId, words: groupKey(item.result.analysis.text.slice(finding.span.start, finding.span.end)) }));
    const predicted = flagged.length > 0;
    if (item.uncertain) goldUncertain++;
    for (const rule of new Set(flagged.map((f) => f.rule))) {
      const counts = perRuleCounts.get(rule)!;
      counts.flagged++;
      if (item.uncertain) counts.correct++;
    }
    const example = { line: item.line, sentence: item.sentence, flagged };
    if (predicted && item.uncertain) truePositives++;
    else if (predicted) {
      falsePositives++;
      falsePositiveItems.push(example);
    } else if (item.uncertain) {
      falseNegatives++;
      misses.push(example);
    }
  }
  const precision = percent(truePositives, truePositives + falsePositives);
  const recall = percent(truePositives, goldUncertain);
  const perRule: Record<string, RuleFigures> = {};
  for (const [rule, { flagged, correct }] of perRuleCounts) {
    perRule[rule] = { sentencesFlagged: flagged, truePositives: correct, precision: percent(correct, flagged), recall: percent(correct, goldUncertain) };
  }
  const byRuleAndWords = topGroups(
    falsePositiveItems.flatMap((example) => example.flagged.map((f) => ({ key: `${f.rule}: ${f.words}`, example }))),
    top,
    2,
  );
  const byWords = topGroups(
    falsePositiveItems.flatMap((example) => example.flagged.map((f) => ({ key: f.words, example: null }))),
    top,
    0,
  ).map((group) => ({ words: group.key, count: group.count }));
  return {
    sentences: items.length,
    goldUncertain,
    predictedUncertain: truePositives + falsePositives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    // F1 from the counts (2TP / (2TP + FP + FN)), not from the rounded precision and recall.
    f1: percent(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives),
    rulesCounted: UNCERTAINTY_RULES,
    perRule,
    falsePositiveGroups: byRuleAndWords,
    falsePositiveWords: byWords,
    falsePositiveExamples: sample(falsePositiveItems, top, seed),
    missExamples: sample(misses, top, seed + 1),
  };
}
