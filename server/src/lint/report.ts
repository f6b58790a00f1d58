// The source report: who is quoted, how often, and which sentences and quotations stand alone.
// Built from the shared attribution analysis only; pure, no file system.
import type { Analysis, Attribution, SourceKind, Span } from './types';
import { LineIndex, type Range } from './positions';
import { sentenceAt } from './analyze';

export interface ReportSpan {
  range: Range;
  text: string;
}

export interface ReportSentence extends ReportSpan {
  attributed: boolean;
}

export interface ReportSource extends ReportSpan {
  kind: SourceKind;
}

export interface ReportAttribution {
  cue: ReportSpan;
  source: ReportSource | null;
  content: ReportSpan | null;
}

export interface ReportQuotation extends ReportSpan {
  attributed: boolean;
  /** Index into `Report.attributions`, or null. */
  attribution: number | null;
}

export interface ReportSourceTotal {
  name: string;
  kind: SourceKind;
  count: number;
  /** Every spelling counted for this source: the name shown first, then shorter names counted for it ("Okafor"). */
  spellings: string[];
}

export interface Report {
  file: string;
  sentences: ReportSentence[];
  attributions: ReportAttribution[];
  quotations: ReportQuotation[];
  sources: ReportSourceTotal[];
}

export function buildReport(analysis: Analysis, file: string): Report {
  const { text } = analysis;
  const lines = new LineIndex(text);
  const piece = (span: Span): ReportSpan => ({ range: lines.rangeOf(span), text: text.slice(span.start, span.end) });

  const attributions: ReportAttribution[] = analysis.attributions.map((attribution) => ({
    cue: piece(attribution.cue),
    source: attribution.source ? { ...piece(attribution.source.span), kind: attribution.source.kind } : null,
    content: attribution.content ? piece(attribution.content) : null,
  }));

  const quotations: ReportQuotation[] = analysis.quotations.map((quotation) => ({
    ...piece(quotation.span),
    attributed: quotation.attribution !== null || quotation.impliedBy !== null,
    attribution: quotation.attribution,
  }));

  const coversBySentence = coversPerSentence(analysis);
  const cueSentences = new Set(analysis.attributions.map((attribution) => attribution.sentence));
  const sentences: ReportSentence[] = analysis.sentences.map((sentence, index) => ({
    ...piece(sentence.span),
    attributed: cueSentences.has(index) || isMostlyCovered(analysis, sentence.span, coversBySentence.get(index) ?? []),
  }));

  return { file, sentences, attributions, quotations, sources: tallySources(analysis) };
}

/**
 * A sentence is attributed when it holds an attribution's cue, or when at least half of it (leading
 * and trailing white space aside) lies inside content spans or attributed quotations.
 */
function isMostlyCovered(analysis: Analysis, sentence: Span, covers: Span[]): boolean {
  const core = trimSpan(analysis.text, sentence);
  const length = core.end - core.start;
  return length > 0 && coveredLength(core, covers) * 2 >= length;
}

/** Content spans and attributed quotations, listed under each sentence they reach (linear overall). */
function coversPerSentence(analysis: Analysis): Map<number, Span[]> {
  const bySentence = new Map<number, Span[]>();
  const add = (span: Span) => {
    for (let s = sentenceAt(analysis.sentences, span.start); s < analysis.sentences.length && analysis.sentences[s].span.start < span.end; s++) {
      const list = bySentence.get(s) ?? [];
      list.push(span);
      bySentence.set(s, list);
    }
  };
  for (const attribution of analysis.attributions) if (attribution.content) add(attribution.content);
  for (const quotation of analysis.quotations) if (quotation.attribution !== null) add(quotation.span);
  return bySentence;
}

/** How much of `target` the union of `spans` covers. */
function coveredLength(target: Span, spans: Span[]): number {
  const clipped = spans
    .map((s) => ({ start: Math.max(s.start, target.start), end: Math.min(s.end, target.end) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let reach = target.start;
  for (const span of clipped) {
    const from = Math.max(span.start, reach);
    if (span.end > from) {
      total += span.end - from;
      reach = span.end;
    }
  }
  return total;
}

function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Sources are counted under a normalised name: case-insensitive, white space collapsed, a leading
 * "the" and a trailing possessive ('s) dropped, surrounding punctuation removed. So "The Kremlin",
 * "the  Kremlin" and "Kremlin's" are one source. A pronoun that refers back to a named source counts
 * for that source; a pronoun that refers to nothing is counted as itself (e.g. "he", kind "pronoun").
 * A person's shorter name counts for their full name (`personNamedIn`). The name shown is the first
 * spelling met of the fullest name; sorted by count, then by first appearance.
 */
function tallySources(analysis: Analysis): ReportSourceTotal[] {
  type Total = ReportSourceTotal & { key: string; order: number };
  const totals = new Map<string, Total>();
  analysis.attributions.forEach((attribution, order) => {
    const credited = creditedSource(analysis.prose, attribution);
    if (!credited) return;
    const key = normaliseSourceName(credited.name);
    if (key === '') return;
    const existing = totals.get(key);
    if (existing) {
      existing.count++;
      // A name first met through a pronoun's referent takes the kind of its first direct mention.
      if (existing.kind === 'pronoun' && credited.kind !== 'pronoun') existing.kind = credited.kind;
    } else {
      const name = displayName(credited.name);
      totals.set(key, { name, kind: credited.kind, count: 1, spellings: [name], key, order });
    }
  });
  const named = [...totals.values()].filter((total) => total.kind === 'named');
  for (const total of named) {
    const person = personNamedIn(total, named);
    if (!person) continue;
    person.count += total.count;
    person.spellings.push(...total.spellings);
    person.order = Math.min(person.order, total.order);
    totals.delete(total.key);
  }
  return [...totals.values()]
    .sort((a, b) => b.count - a.count || a.order - b.order)
    .map(({ name, kind, count, spellings }) => ({ name, kind, count, spellings }));
}

/**
 * The full name a shorter name stands for: the one longest named source whose words it ends, a
 * leading abbreviated title aside ("Okafor", "Mr. Okafor" and "Paul Okafor" for "Finance Director
 * Paul Okafor"). Null when it ends no other name, when it ends two ("Smith" beside "Anna Smith" and
 * "Tom Smith"), or when the longer name is a body named with "the" ("the White House" is not "House").
 */
function personNamedIn<T extends ReportSourceTotal>(source: T, named: readonly T[]): T | null {
  const words = personWords(source.name);
  const longer = named.filter((other) => other !== source && !/^the\s/i.test(other.name) && wordsEnd(words, personWords(other.name)));
  const fullest = longer.filter((candidate) => !longer.some((other) => other !== candidate && wordsEnd(personWords(candidate.name), personWords(other.name))));
  return fullest.length === 1 ? fullest[0] : null;
}

function personWords(name: string): string[] {
  const words = nameWords(name);
  while (words.length > 1 && words[0].endsWith('.')) words.shift();
  return words;
}

/** The words a name is compared by: normalised as the report counts it. */
export function nameWords(name: string): string[] {
  return normaliseSourceName(name).split(/[\s,]+/).filter((word) => word !== '');
}

/** True when `shorter` is a proper ending of `longer`, word for word. */
export function wordsEnd(shorter: readonly string[], longer: readonly string[]): boolean {
  return shorter.length > 0 && shorter.length < longer.length && shorter.every((word, i) => word === longer[longer.length - shorter.length + i]);
}

/**
 * The name an attribution counts for, and its kind: a resolved pronoun counts for its referent.
 * Names come from the prose (Markdown link brackets and emphasis blanked), not the raw text.
 */
export function creditedSource(prose: string, attribution: Attribution): { name: string; kind: SourceKind } | null {
  const source = attribution.source;
  if (!source) return null;
  if (source.kind === 'pronoun' && source.refersTo) return { name: source.refersTo, kind: 'named' };
  return { name: prose.slice(source.span.start, source.span.end), kind: source.kind };
}

export function normaliseSourceName(name: string): string {
  return displayName(name.replace(/[[\]*_`]/g, ' '))
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/['’]s$/, '')
    .replace(/['’]$/, '');
}

function displayName(name: string): string {
  return name.replace(/\s+/g, ' ').replace(/^[\s"'“”‘’([{,;:.]+|[\s"“”‘([{,;:.!?)\]}]+$/g, '').trim();
}

/** The first line (1-based) on which each source in `report.sources` is credited, by name, when it can be told. */
function firstMentionLines(report: Report): Map<string, number> {
  // The report does not say which name a pronoun stood for, so only direct mentions are used,
  // except for sources that are themselves unresolved pronouns ("he", with no one before it).
  const bySpelling = sourcesBySpelling(report.sources);
  const lines = new Map<string, number>();
  for (const attribution of report.attributions) {
    const source = attribution.source;
    if (!source) continue;
    const credited = bySpelling.get(normaliseSourceName(source.text));
    if (!credited || (source.kind === 'pronoun' && credited.kind !== 'pronoun')) continue;
    if (!lines.has(credited.name)) lines.set(credited.name, source.range.start.line + 1);
  }
  return lines;
}

/** Each report source under the normalised form of every spelling counted for it. */
export function sourcesBySpelling<T extends ReportSourceTotal>(sources: readonly T[]): Map<string, T> {
  const bySpelling = new Map<string, T>();
  for (const source of sources) for (const spelling of source.spellings) bySpelling.set(normaliseSourceName(spelling), source);
  return bySpelling;
}

/** A readable Markdown version of the report, for the editor's report view or a terminal. */
export function formatReportMarkdown(report: Report): string {
  const attributedSentences = report.sentences.filter((s) => s.attributed).length;
  const attributedQuotes = report.quotations.filter((q) => q.attributed).length;
  const openQuotes = report.quotations.filter((q) => !q.attributed);
  const out: string[] = [];

  out.push(`# Source report: ${escapeMarkdown(report.file)}`, '');
  out.push('| | |', '|---|---:|');
  out.push(`| Sentences | ${report.sentences.length} |`);
  out.push(`| Attributed sentences | ${attributedSentences} (${percent(attributedSentences, report.sentences.length)}) |`);
  out.push(`| Quotations attributed | ${attributedQuotes} |`);
  out.push(`| Quotations not attributed | ${openQuotes.length} |`);
  out.push(`| Attributions | ${report.attributions.length} |`);
  out.push('');

  out.push('## Sources', '');
  if (report.sources.length === 0) {
    out.push('No one is named or cited as a source.');
  } else {
    const firstLines = firstMentionLines(report);
    out.push('| Source | Kind | Count | First mention |', '|---|---|---:|---:|');
    for (const source of report.sources) {
      const line = firstLines.get(source.name);
      out.push(`| ${escapeMarkdown(source.name)} | ${source.kind} | ${source.count} | ${line === undefined ? '—' : `line ${line}`} |`);
    }
  }
  out.push('');

  out.push('## Open problems', '');
  if (openQuotes.length === 0) {
    out.push('Every quotation is attributed.');
  } else {
    out.push(`${openQuotes.length} ${openQuotes.length === 1 ? 'quotation has' : 'quotations have'} no speaker:`, '');
    for (const quote of openQuotes) {
      out.push(`- line ${quote.range.start.line + 1}: ${escapeMarkdown(shorten(quote.text, 100))}`);
    }
  }
  out.push('');
  return out.join('\n');
}

function percent(part: number, whole: number): string {
  return whole === 0 ? '0%' : `${Math.round((part / whole) * 100)}%`;
}

function shorten(text: string, max: number): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Keeps table cells and list items intact: pipes, backslashes and markup characters are escaped. */
function escapeMarkdown(text: string): string {
  return text.replace(/\s+/g, ' ').replace(/([\\|*_`[\]<>#])/g, '\\$1');
}
