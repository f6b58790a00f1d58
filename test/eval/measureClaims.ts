// Measure 4: unattributed claims against PolNeAR. An `unattributed-claim` finding of which half or
// more lies inside a gold Content span flags something the annotators saw attributed: a false alarm.
import type { LintedDoc } from './engineResult';
import { halfInsideOne } from './spans';
import { percent, sample } from './tally';

export interface ClaimExample {
  doc: string;
  sentence: string;
}

export interface ClaimResult {
  findings: number;
  falseAlarms: number;
  falseAlarmRate: number | null;
  /** Findings per 1,000 words of text linted, to see how chatty the rule is. */
  findingsPerThousandWords: number | null;
  falseAlarmExamples: ClaimExample[];
  /** Findings outside any gold content: the claims the annotators left unattributed too. */
  agreedExamples: ClaimExample[];
}

const flat = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length <= 400 ? line : `${line.slice(0, 399)}…`;
};

export function measureClaims(docs: readonly LintedDoc[], options: { top?: number; seed?: number } = {}): ClaimResult {
  const top = options.top ?? 20;
  const seed = options.seed ?? 4;
  let findings = 0;
  let words = 0;
  const falseAlarms: ClaimExample[] = [];
  const agreed: ClaimExample[] = [];
  for (const { name, gold, result } of docs) {
    const { text } = result.analysis;
    words += text.split(/\s+/).filter(Boolean).length;
    const contents = gold.flatMap((attribution) => attribution.contents);
    for (const finding of result.findings) {
      if (finding.ruleId !== 'unattributed-claim') continue;
      findings++;
      const example = { doc: name, sentence: flat(text.slice(finding.span.start, finding.span.end)) };
      if (halfInsideOne(finding.span, contents)) falseAlarms.push(example);
      else agreed.push(example);
    }
  }
  return {
    findings,
    falseAlarms: falseAlarms.length,
    falseAlarmRate: percent(falseAlarms.length, findings),
    findingsPerThousandWords: words === 0 ? null : Math.round((findings / words) * 10000) / 10,
    falseAlarmExamples: sample(falseAlarms, top, seed),
    agreedExamples: sample(agreed, top, seed + 1),
  };
}
