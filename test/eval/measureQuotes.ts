// Measure 3: quotations against PolNeAR. Of the engine's quotations of four or more words, one is
// gold-attributed when half or more of its words lie inside a gold Content span. A false alarm is
// a gold-attributed quotation that an `unattributed-quote` finding covers: the findings are read,
// not the analysis, so suppressions and the rule's own logic count.
import type { LintedDoc } from './engineResult';
import { halfInsideOne, overlaps, sentenceAt } from './spans';
import { percent, sample } from './tally';

export const MIN_QUOTE_WORDS = 4;

export interface QuoteExample {
  doc: string;
  quote: string;
  sentence: string;
}

export interface QuoteResult {
  quotations: number;
  goldAttributed: number;
  goldUnattributed: number;
  /** Quotations an `unattributed-quote` finding covers. */
  flagged: number;
  /** Gold-attributed quotations flagged as unattributed. */
  falseAlarms: number;
  falseAlarmRate: number | null;
  /** Flagged quotations that the annotators left unattributed too. */
  flaggedAndGoldUnattributed: number;
  /** Share of the gold-unattributed quotations the rule flags. */
  goldUnattributedFlaggedShare: number | null;
  /** Gold-attributed quotations the analysis links to an attribution or an implied speaker. */
  goldAttributedLinkedInAnalysis: number;
  falseAlarmExamples: QuoteExample[];
  agreedExamples: QuoteExample[];
}

const clipQuote = (quote: string) => (quote.length <= 200 ? quote : `${quote.slice(0, 199)}…`);

export function measureQuotes(docs: readonly LintedDoc[], options: { top?: number; seed?: number } = {}): QuoteResult {
  const top = options.top ?? 20;
  const seed = options.seed ?? 3;
  let quotations = 0;
  let goldAttributed = 0;
  let flagged = 0;
  let falseAlarms = 0;
  let flaggedAndGoldUnattributed = 0;
  let linked = 0;
  const falseAlarmList: QuoteExample[] = [];
  const agreedList: QuoteExample[] = [];
  for (const { name, gold, result } of docs) {
    const { text } = result.analysis;
    const contents = gold.flatMap((attribution) => attribution.contents);
    const unattributedFindings = result.findings.filter((finding) => finding.ruleId === 'unattributed-quote');
    for (const quotation of result.analysis.quotations) {
      if (quotation.wordCount < MIN_QUOTE_WORDS) continue;
      quotations++;
      const isGoldAttributed = halfInsideOne(quotation.inner, contents);
      const isFlagged = unattributedFindings.some((finding) => overlaps(finding.span, quotation.inner));
      if (isFlagged) flagged++;
      const example = () => ({ doc: name, quote: clipQuote(text.slice(quotation.span.start, quotation.span.end)), sentence: sentenceAt(result, quotation.span.start) });
      if (isGoldAttributed) {
        goldAttributed++;
        if (quotation.attribution !== null || quotation.impliedBy !== null) linked++;
        if (isFlagged) {
          falseAlarms++;
          falseAlarmList.push(example());
        }
      } else if (isFlagged) {
        flaggedAndGoldUnattributed++;
        agreedList.push(example());
      }
    }
  }
  const goldUnattributed = quotations - goldAttributed;
  return {
    quotations,
    goldAttributed,
    goldUnattributed,
    flagged,
    falseAlarms,
    falseAlarmRate: percent(falseAlarms, goldAttributed),
    flaggedAndGoldUnattributed,
    goldUnattributedFlaggedShare: percent(flaggedAndGoldUnattributed, goldUnattributed),
    goldAttributedLinkedInAnalysis: linked,
    falseAlarmExamples: sample(falseAlarmList, top, seed),
    agreedExamples: sample(agreedList, top, seed + 1),
  };
}
