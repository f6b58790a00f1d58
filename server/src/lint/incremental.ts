// Linting as the writer types: after an edit, only the prose blocks (paragraphs, headings, list
// items) that changed are analysed again, with a few neighbours on each side, because a finding can
// depend on the paragraph before or after it ("Putin said:" leading into a quotation) and on every
// paragraph of a quotation that runs over several. The findings of the other blocks are kept from
// the last lint, moved by the edit's length.
//
// The result is always what `lintText` gives for the same text; the tests check this on random
// edits. Whole-draft facts are handled so: inline suppression and accepted phrases are applied to
// the merged findings; the surnames of named sources (which speaker labels are checked against) are
// passed in from the blocks left out, and when an edit adds or removes one that a block left out
// asked about, the whole draft is linted again; a draft with front matter (whose source ledger is
// checked against every name in the draft) is always linted whole.
import type { DraftFormat, Finding, FrontMatter, Span } from './types';
import type { LintConfig } from './config';
import type { WordLists } from './wordLists';
import { commonPrefixLength, commonSuffixLength, extractProse, type ProseDocument } from './extractProse';
import { analyzeBlocks, wholeProseView } from './analyze';
import { sourceSurname } from './attributions';
import { keepReported, runRules } from './runRules';
import { lastStartingAtOrBefore } from './search';
import { wordListsFor } from './wordLists';

/** Blocks on each side of the changed ones whose findings are taken from the new analysis. */
export const KEPT_NEIGHBOURS = 2;
/** Blocks beyond those, analysed only so that the kept blocks see their own neighbours. */
export const CONTEXT_BLOCKS = 2;

interface BlockState {
  /** Findings starting in this block, before suppression. */
  findings: Finding[];
  /** Surnames of the named sources cited in this block. */
  surnames: string[];
  /** Words in this block checked against the surnames of all named sources (speaker labels, subjects). */
  surnameQueries: string[];
  /** A double quotation is still open at the block's end. */
  quoteOpenAtEnd: boolean;
  /** How many blocks before and after this one the quotations in it run through (0 and 0 when none runs on). */
  quotationReach: { back: number; on: number };
}

interface LastLint {
  text: string;
  document: ProseDocument;
  format: DraftFormat;
  configKey: string;
  hasFrontMatter: boolean;
  /** One per block of `document`. */
  states: BlockState[];
  /** How many times each surname occurs in `states` (kept up to date edit by edit, not counted again over every block). */
  surnameCounts: Map<string, number>;
}

/** Which blocks the last lint analysed: all of them, or a window around the edit. */
export interface RelintExtent {
  blocks: number;
  analysed: number;
}

export interface IncrementalLintResult {
  /** Sorted by position; suppressed and accepted ones left out: what `lintText` gives. */
  findings: Finding[];
  frontMatter: FrontMatter | null;
}

export interface IncrementalLintOptions {
  format: DraftFormat;
  config?: LintConfig;
}

/** One per open document: lint it again and again as it changes. */
export class IncrementalLinter {
  private last: LastLint | null = null;
  /** How much of the draft the last call analysed (for tests and the benchmark). */
  extent: RelintExtent = { blocks: 0, analysed: 0 };

  lint(text: string, options: IncrementalLintOptions): IncrementalLintResult {
    const lists = wordListsFor(options.config);
    const configKey = JSON.stringify(options.config ?? null);
    const last = this.last;
    const document = extractProse(text, options.format, last?.format === options.format ? last.document : undefined);
    const hasFrontMatter = document.frontMatter !== null;
    const canReuse = last !== null && last.format === options.format && last.configKey === configKey && !hasFrontMatter && !last.hasFrontMatter;
    const lint = { text, format: options.format, document, lists, config: options.config };
    const { states, surnameCounts } = (canReuse && relintAround(last, lint, this)) || lintWhole(lint, this);
    this.last = { text, document, format: options.format, configKey, hasFrontMatter, states, surnameCounts };
    return { findings: keepReported(text, document.directives, lists, states.flatMap((state) => state.findings)), frontMatter: document.frontMatter };
  }
}

/** One lint's input: the draft, how it is read, and the word lists and rule settings. */
export interface Lint {
  text: string;
  format: DraftFormat;
  document: ProseDocument;
  lists: WordLists;
  config: LintConfig | undefined;
}

/** Block states, and how often each surname of a named source occurs in them. */
interface Relint {
  states: BlockState[];
  surnameCounts: Map<string, number>;
}

function lintWhole(lint: Lint, linter: IncrementalLinter): Relint {
  const blocks = lint.document.blocks;
  linter.extent = { blocks: blocks.length, analysed: blocks.length };
  const states = analyseWindow(lint, 0, blocks.length, new Set());
  const surnameCounts = new Map<string, number>();
  countSurnames(surnameCounts, states, 0, states.length, 1);
  return { states, surnameCounts };
}

/** Re-lints the changed blocks and their neighbours; null when the whole draft must be linted. */
function relintAround(last: LastLint, lint: Lint, linter: IncrementalLinter): Relint | null {
  const { text, document } = lint;
  const oldBlocks = last.document.blocks;
  const newBlocks = document.blocks;
  const shortest = Math.min(oldBlocks.length, newBlocks.length);
  const delta = text.length - last.text.length;

  const common = commonEnds(last, lint);
  let same = 0; // unchanged blocks at the start, at the same offsets
  while (same < shortest && sameBlock(last, oldBlocks[same], lint, newBlocks[same], 0, common)) same++;
  let sameAtEnd = 0; // unchanged blocks at the end, moved by the edit's length
  while (sameAtEnd < shortest - same && sameBlock(last, oldBlocks[oldBlocks.length - 1 - sameAtEnd], lint, newBlocks[newBlocks.length - 1 - sameAtEnd], delta, common)) sameAtEnd++;

  const prose = document.prose;
  const blockCount = newBlocks.length;
  // Old index of a new block outside the changed ones (before them: the same; after: counted from the end).
  const oldIndex = (index: number) => (index < same ? index : index - blockCount + oldBlocks.length);
  // The surnames in the last lint's blocks that new blocks [keptStart, keptEnd) replace, counted with `sign`.
  const replacedSurnames = (keptStart: number, keptEnd: number, sign: number) => {
    const counts = new Map<string, number>();
    countSurnames(counts, last.states, keptStart, keptEnd - blockCount + oldBlocks.length, sign);
    return counts;
  };
  // A quotation runs into block b when one is open at the end of block b - 1 and b opens with a mark.
  const runsInto = (index: number, window: Window | null) => {
    if (!opensWithQuote(prose, newBlocks[index].start)) return false;
    const before = index - 1;
    return window && before >= window.start && before < window.end ? window.states[before - window.start].quoteOpenAtEnd : last.states[oldIndex(before)].quoteOpenAtEnd;
  };

  let keptStart = Math.max(0, same - KEPT_NEIGHBOURS);
  let keptEnd = Math.min(blockCount, blockCount - sameAtEnd + KEPT_NEIGHBOURS);
  let window: Window | null = null;
  let start = Math.max(0, keptStart - CONTEXT_BLOCKS);
  let end = Math.min(blockCount, keptEnd + CONTEXT_BLOCKS);
  // How far to reach past a quotation that the new analysis finds running on; doubled each time, so
  // that a long run of quoted paragraphs costs a few analyses, not one per pair of blocks.
  let reach = CONTEXT_BLOCKS;
  for (;;) {
    // Quotations the last lint saw running on into unchanged blocks, before and after the window.
    while (start > 0 && runsInto(start, null)) start--;
    while (end < blockCount && runsInto(end, null)) end++;
    if ((end - start) * 2 > blockCount) return null;
    window = { start, end, states: analyseWindow(lint, start, end, surnamesOutside(last.surnameCounts, replacedSurnames(keptStart, keptEnd, 1))) };
    if (end < blockCount && runsInto(end, window)) {
      end = Math.min(blockCount, end + reach);
      reach *= 2;
      continue;
    }
    const kept = widenKept({ start: keptStart, end: keptEnd }, window, (index) => last.states[oldIndex(index)]);
    keptStart = kept.start;
    keptEnd = kept.end;
    const wantStart = Math.max(0, keptStart - CONTEXT_BLOCKS);
    const wantEnd = Math.min(blockCount, keptEnd + CONTEXT_BLOCKS);
    if (wantStart >= start && wantEnd <= end) break;
    start = Math.min(start, wantStart);
    end = Math.max(end, wantEnd);
  }

  const states: BlockState[] = [];
  for (let index = 0; index < keptStart; index++) states.push(last.states[index]);
  for (let index = keptStart; index < keptEnd; index++) states.push(window.states[index - start]);
  for (let index = keptEnd; index < blockCount; index++) states.push(moved(last.states[oldIndex(index)], delta));
  // A named source added or removed can turn a speaker label elsewhere into an attribution or back:
  // when a block left as it was asked about that surname, the whole draft is linted again.
  const change = replacedSurnames(keptStart, keptEnd, -1);
  countSurnames(change, states, keptStart, keptEnd, 1);
  const counts = last.surnameCounts;
  const changed = new Set<string>();
  for (const [surname, count] of change) {
    const before = counts.get(surname) ?? 0;
    if ((before === 0) !== (before + count === 0)) changed.add(surname);
  }
  if (changed.size > 0 && states.some((state, index) => (index < keptStart || index >= keptEnd) && state.surnameQueries.some((word) => changed.has(word)))) return null;
  // The last lint is replaced by this one: its counts are brought up to date in place.
  for (const [surname, count] of change) {
    const total = (counts.get(surname) ?? 0) + count;
    if (total === 0) counts.delete(surname);
    else counts.set(surname, total);
  }
  linter.extent = { blocks: blockCount, analysed: end - start };
  return { states, surnameCounts: counts };
}

interface Window {
  start: number;
  end: number;
  states: BlockState[];
}

/**
 * Widens the kept blocks until every quotation in them lies whole inside them, and every other block
 * of the window whose quotations changed (a quotation opened or closed before it) is among them.
 */
function widenKept(kept: { start: number; end: number }, window: Window, lastState: (index: number) => BlockState): { start: number; end: number } {
  let { start, end } = kept;
  for (let widened = true; widened; ) {
    widened = false;
    for (let index = window.start; index < window.end; index++) {
      const state = window.states[index - window.start];
      const isKept = index >= start && index < end;
      const from = isKept ? index - state.quotationReach.back : index;
      const to = isKept ? index + state.quotationReach.on + 1 : index + 1;
      if (isKept ? from >= start && to <= end : sameQuotations(state, lastState(index))) continue;
      start = Math.min(start, from);
      end = Math.max(end, to);
      widened = true;
    }
  }
  return { start, end };
}

/** The surnames of named sources in the last lint's blocks other than the replaced ones. */
function surnamesOutside(counts: ReadonlyMap<string, number>, replaced: ReadonlyMap<string, number>): Set<string> {
  const surnames = new Set<string>();
  for (const [surname, count] of counts) if (count > (replaced.get(surname) ?? 0)) surnames.add(surname);
  return surnames;
}

/** Adds `sign` to the count of each surname in states [from, to). */
function countSurnames(counts: Map<string, number>, states: readonly BlockState[], from: number, to: number, sign: number): void {
  for (let index = from; index < to; index++) for (const surname of states[index].surnames) counts.set(surname, (counts.get(surname) ?? 0) + sign);
}

/** Analyses blocks [from, to) and sorts their findings and source surnames by block. */
function analyseWindow(lint: Lint, from: number, to: number, outsideSurnames: ReadonlySet<string>): BlockState[] {
  const blocks = lint.document.blocks.slice(from, to);
  const analysis = analyzeBlocks(lint.text, lint.format, wholeProseView(lint.document), blocks, lint.lists, outsideSurnames);
  const states: BlockState[] = blocks.map(() => ({ findings: [], surnames: [], surnameQueries: [], quoteOpenAtEnd: false, quotationReach: { back: 0, on: 0 } }));
  const blockOfSentence = (sentence: number) => states[blockAt(blocks, analysis.sentences[sentence].span.start)];
  for (const { word, sentence } of analysis.surnameQueries) blockOfSentence(sentence).surnameQueries.push(word);
  for (const paragraph of analysis.paragraphs) states[blockAt(blocks, paragraph.span.start)].quoteOpenAtEnd = paragraph.quoteOpenAtEnd;
  for (const quotation of analysis.quotations) {
    const first = blockAt(blocks, quotation.span.start);
    const last = blockAt(blocks, quotation.span.end - 1);
    for (let index = first; index <= last; index++) {
      const reach = states[index].quotationReach;
      reach.back = Math.max(reach.back, index - first);
      reach.on = Math.max(reach.on, last - index);
    }
  }
  for (const finding of runRules(analysis, lint.lists, lint.config)) states[blockAt(blocks, finding.span.start)].findings.push(finding);
  for (const attribution of analysis.attributions) {
    const surname = sourceSurname(analysis.tokens, attribution);
    if (surname !== null) blockOfSentence(attribution.sentence).surnames.push(surname);
  }
  return states;
}

/** How many characters the last text and prose share with the new ones at the start and at the end. */
interface CommonEnds {
  start: number;
  end: number;
}

function commonEnds(last: LastLint, lint: Lint): CommonEnds {
  const shortest = Math.min(last.text.length, lint.text.length);
  return {
    start: Math.min(commonPrefixLength(last.text, lint.text), commonPrefixLength(last.document.prose, lint.document.prose)),
    end: Math.min(commonSuffixLength(last.text, lint.text, shortest), commonSuffixLength(last.document.prose, lint.document.prose, shortest)),
  };
}

/**
 * Same text, same masking and same place (after moving by `delta`). A block inside the text both
 * drafts share at the start or at the end is the same without comparing it: only the blocks the
 * edit touches are compared (comparing every block cut two strings per block out of each draft).
 */
function sameBlock(last: LastLint, before: Span, lint: Lint, after: Span, delta: number, common: CommonEnds): boolean {
  if (after.start !== before.start + delta || after.end !== before.end + delta) return false;
  if (delta === 0 && after.end <= common.start) return true;
  if (delta === lint.text.length - last.text.length && after.start >= lint.text.length - common.end) return true;
  return (
    lint.text.slice(after.start, after.end) === last.text.slice(before.start, before.end) &&
    lint.document.prose.slice(after.start, after.end) === last.document.prose.slice(before.start, before.end)
  );
}

function sameQuotations(a: BlockState, b: BlockState): boolean {
  return a.quoteOpenAtEnd === b.quoteOpenAtEnd && a.quotationReach.back === b.quotationReach.back && a.quotationReach.on === b.quotationReach.on;
}

/** A block opening with a quotation mark (at `start` in `prose`) continues a quotation left open in the block before it. */
export function opensWithQuote(prose: string, start: number): boolean {
  const first = prose[start];
  return first === '"' || first === '“' || first === '«' || first === '„' || (first === "'" && prose[start + 1] === "'");
}

/** Index of the block holding `offset` (or the last one starting before it). */
export function blockAt(blocks: readonly Span[], offset: number): number {
  return lastStartingAtOrBefore(blocks.length, offset, (index) => blocks[index].start);
}

function moved(state: BlockState, delta: number): BlockState {
  if (delta === 0 || state.findings.length === 0) return state;
  const { surnames, surnameQueries, quoteOpenAtEnd, quotationReach } = state;
  return { findings: state.findings.map((finding) => movedFinding(finding, delta)), surnames, surnameQueries, quoteOpenAtEnd, quotationReach };
}

/** The finding `delta` characters on, its fix's edits too; new spans, since a rule may share one between findings. */
export function movedFinding({ ruleId, severity, message, span, fix }: Finding, delta: number): Finding {
  const move = (moving: Span): Span => ({ start: moving.start + delta, end: moving.end + delta });
  if (!fix) return { ruleId, severity, message, span: move(span) };
  return { ruleId, severity, message, span: move(span), fix: { title: fix.title, edits: fix.edits.map((edit) => ({ span: move(edit.span), newText: edit.newText })) } };
}
