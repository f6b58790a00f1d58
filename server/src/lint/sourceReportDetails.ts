// What the editor's source report shows beside the report itself: the totals (the same numbers as
// `attribution-lint report --format markdown`), a status per paragraph for the picture of the
// draft, findings by rule, each source's mentions, and the open problems. Pure; built from the
// analysis, the findings and the report, so the client does no linguistics.
import type { Analysis, Finding } from './types';
import { LineIndex, type Range } from './positions';
import { creditedSource, normaliseSourceName, sourcesBySpelling, type Report, type ReportSourceTotal } from './report';
import { sentenceAt } from './analyze';

export interface SourceReportTotals {
  sentences: number;
  attributedSentences: number;
  quotations: number;
  attributedQuotations: number;
  unattributedQuotations: number;
  attributions: number;
  findings: number;
}

/**
 * How a paragraph reads: `unattributed` when it holds an unattributed quotation or claim,
 * `flagged` when it holds other findings (hints aside), `attributed` when at least half of its
 * sentences are attributed, `plain` otherwise (headings, scene-setting).
 */
export type ParagraphStatus = 'attributed' | 'unattributed' | 'flagged' | 'plain';

export interface ReportParagraph {
  range: Range;
  status: ParagraphStatus;
  sentences: number;
  attributedSentences: number;
  findings: number;
  /** The paragraph's first words, for tooltips. */
  preview: string;
}

export interface ReportSourceMentions extends ReportSourceTotal {
  /** Where each attribution credits this source, in order; the first is the first mention. */
  mentions: { range: Range; text: string }[];
}

export interface OpenProblem {
  kind: 'quotation' | 'claim';
  range: Range;
  text: string;
}

export interface SourceReportDetails {
  totals: SourceReportTotals;
  paragraphs: ReportParagraph[];
  findingsByRule: Record<string, number>;
  sources: ReportSourceMentions[];
  openProblems: OpenProblem[];
}

const UNATTRIBUTED_RULES = new Set(['unattributed-claim', 'unattributed-quote']);

export function sourceReportDetails(analysis: Analysis, findings: readonly Finding[], report: Report): SourceReportDetails {
  const lines = new LineIndex(analysis.text);
  const attributedSentences = report.sentences.filter((s) => s.attributed).length;
  const attributedQuotations = report.quotations.filter((q) => q.attributed).length;
  const totals: SourceReportTotals = {
    sentences: report.sentences.length,
    attributedSentences,
    quotations: report.quotations.length,
    attributedQuotations,
    unattributedQuotations: report.quotations.length - attributedQuotations,
    attributions: report.attributions.length,
    findings: findings.length,
  };

  const findingsByRule: Record<string, number> = {};
  for (const finding of findings) findingsByRule[finding.ruleId] = (findingsByRule[finding.ruleId] ?? 0) + 1;

  // Findings and open quotations by paragraph, gathered once (not a scan per paragraph).
  const findingsByParagraph = new Map<number, Finding[]>();
  for (const finding of findings) {
    const first = analysis.sentences[sentenceAt(analysis.sentences, finding.span.start)]?.paragraph ?? 0;
    for (let p = first; p < analysis.paragraphs.length && analysis.paragraphs[p].span.start < finding.span.end; p++) {
      if (analysis.paragraphs[p].span.end <= finding.span.start) continue;
      const list = findingsByParagraph.get(p) ?? [];
      list.push(finding);
      findingsByParagraph.set(p, list);
    }
  }
  const openParagraphs = new Set<number>();
  report.quotations.forEach((quotation, i) => {
    if (!quotation.attributed) analysis.quotations[i].paragraphs.forEach((p) => openParagraphs.add(p));
  });

  const paragraphs = analysis.paragraphs.map((paragraph, index): ReportParagraph => {
    const inside = findingsByParagraph.get(index) ?? [];
    const sentences = paragraph.endSentence - paragraph.firstSentence;
    let attributed = 0;
    for (let s = paragraph.firstSentence; s < paragraph.endSentence; s++) if (report.sentences[s]?.attributed) attributed++;
    const open = openParagraphs.has(index);
    let status: ParagraphStatus = 'plain';
    if (open || inside.some((f) => UNATTRIBUTED_RULES.has(f.ruleId))) status = 'unattributed';
    else if (inside.some((f) => f.severity !== 'hint')) status = 'flagged';
    else if (attributed > 0 && attributed * 2 >= sentences) status = 'attributed';
    const flat = analysis.prose.slice(paragraph.span.start, paragraph.span.end).replace(/\s+/g, ' ').trim();
    return {
      range: lines.rangeOf(paragraph.span),
      status,
      sentences,
      attributedSentences: attributed,
      findings: inside.length,
      preview: flat.length > 80 ? `${flat.slice(0, 79)}…` : flat,
    };
  });

  // Mentions, by the report source each counts for.
  const bySpelling = sourcesBySpelling(report.sources);
  const mentions = new Map<ReportSourceTotal, { range: Range; text: string }[]>();
  for (const attribution of analysis.attributions) {
    const credited = creditedSource(analysis.prose, attribution);
    const source = credited && bySpelling.get(normaliseSourceName(credited.name));
    if (!source || !attribution.source) continue;
    const span = attribution.source.span;
    const list = mentions.get(source) ?? [];
    list.push({ range: lines.rangeOf(span), text: analysis.text.slice(span.start, span.end) });
    mentions.set(source, list);
  }
  const sources = report.sources.map((source) => ({ ...source, mentions: mentions.get(source) ?? [] }));

  const openProblems: OpenProblem[] = [];
  for (const quotation of report.quotations) if (!quotation.attributed) openProblems.push({ kind: 'quotation', range: quotation.range, text: quotation.text });
  for (const finding of findings) {
    if (finding.ruleId !== 'unattributed-claim') continue;
    openProblems.push({ kind: 'claim', range: lines.rangeOf(finding.span), text: analysis.text.slice(finding.span.start, finding.span.end) });
  }
  openProblems.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

  return { totals, paragraphs, findingsByRule, sources, openProblems };
}
