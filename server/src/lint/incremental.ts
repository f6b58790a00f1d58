// Linting as the writer types: after an edit, only the prose blocks (paragraphs, headings, list
// items) that changed are analysed again, with a few neighbours on each side, because a finding can
// depend on the paragraph before or after it ("Putin said:" leading into a quotation) and on every
// paragraph of a quotation that runs over several. The findings of the other blocks are kept from
// the last lint, moved by the edit's length.
//
// The result is always what `lintText` gives for the same text; the tests check this on random
// edits. Whole-draft facts are handled so: inline suppression and accepted phrases are applied to
// the merged findings; the surnames of named sources (which speaker labels are checked against) are
// passed in from the blocks left out, and when an edit changes that set the whole draft is linted
// again; a draft with front matter (whose source ledger is checked against every name in the
// draft) is always linted whole.
import type { DraftFormat, Finding, Span } from './types';
import type { LintConfig } from './config';
import type { WordLists } from './wordLists';
import { extractProse, type ProseDocument } from './extractProse';
import { analyzeBlocks } from './analyze';
import { sourceSurname } from './attributions';
import { keepReported, runRules } from './runRules';
import { lastStartingAtOrBefore } from './search';
import { wordListsFor } from './wordLists';

/** Blocks on each side of the changed ones whose findings are taken from the new analysis. */
const KEPT_NEIGHBOURS = 2;
/** Blocks beyond those, analysed only so that the kept blocks see their own neighbours. */
const CONTEXT_BLOCKS = 2;

interface BlockState {
  /** Findings starting in this block, before suppression. */
  findings: Finding[];
  /** Surnames of the named sources cited in this block. */
  surnames: string[];
}

interface LastLint {
  text: string;
  prose: string;
  format: DraftFormat;
  configKey: string;
  hasFrontMatter: boolean;
  blocks: Span[];
  states: BlockState[];
  surnamesKey: string;
}

/** Which blocks the last lint analysed: all of them, or a window around the edit. */
export interface RelintExtent {
  blocks: number;
  analysed: number;
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

  lint(text: string, options: IncrementalLintOptions): Finding[] {
    const lists = wordListsFor(options.config);
    const configKey = JSON.stringify(options.config ?? null);
    const document = extractProse(text, options.format);
    const hasFrontMatter = document.frontMatter !== null;
    const last = this.last;
    const canReuse = last !== null && last.format === options.format && last.configKey === configKey && !hasFrontMatter && !last.hasFrontMatter;
    const lint = { text, format: options.format, document, lists, config: options.config };
    const states = (canReuse && relintAround(last, lint, this)) || lintWhole(lint, this);
    this.last = { text, prose: document.prose, format: options.format, configKey, hasFrontMatter, blocks: document.blocks, states, surnamesKey: surnamesKey(states) };
    return keepReported(text, document.directives, lists, states.flatMap((state) => state.findings));
  }
}

interface Lint {
  text: string;
  format: DraftFormat;
  document: ProseDocument;
  lists: WordLists;
  config: LintConfig | undefined;
}

function lintWhole(lint: Lint, linter: IncrementalLinter): BlockState[] {
  const blocks = lint.document.blocks;
  linter.extent = { blocks: blocks.length, analysed: blocks.length };
  return analyseWindow(lint, 0, blocks.length, new Set());
}

/** Re-lints the changed blocks and their neighbours; null when the whole draft must be linted. */
function relintAround(last: LastLint, lint: Lint, linter: IncrementalLinter): BlockState[] | null {
  const { text, document } = lint;
  const oldBlocks = last.blocks;
  const newBlocks = document.blocks;
  const shortest = Math.min(oldBlocks.length, newBlocks.length);
  const delta = text.length - last.text.length;

  let same = 0; // unchanged blocks at the start, at the same offsets
  while (same < shortest && sameBlock(last, oldBlocks[same], lint, newBlocks[same], 0)) same++;
  let sameAtEnd = 0; // unchanged blocks at the end, moved by the edit's length
  while (sameAtEnd < shortest - same && sameBlock(last, oldBlocks[oldBlocks.length - 1 - sameAtEnd], lint, newBlocks[newBlocks.length - 1 - sameAtEnd], delta)) sameAtEnd++;

  const prose = document.prose;
  const keptStart = quoteRunStart(prose, newBlocks, Math.max(0, same - KEPT_NEIGHBOURS));
  const keptEnd = quoteRunEnd(prose, newBlocks, Math.min(newBlocks.length, newBlocks.length - sameAtEnd + KEPT_NEIGHBOURS));
  const windowStart = quoteRunStart(prose, newBlocks, Math.max(0, keptStart - CONTEXT_BLOCKS));
  const windowEnd = quoteRunEnd(prose, newBlocks, Math.min(newBlocks.length, keptEnd + CONTEXT_BLOCKS));
  if ((windowEnd - windowStart) * 2 > newBlocks.length) return null;

  // Old index of a new block outside the kept range (before it: the same; after it: counted from the end).
  const oldIndex = (index: number) => (index < keptStart ? index : index - newBlocks.length + oldBlocks.length);
  const outsideSurnames = new Set<string>();
  for (let index = 0; index < newBlocks.length; index++) {
    if (index === keptStart) index = keptEnd;
    if (index >= newBlocks.length) break;
    for (const surname of last.states[oldIndex(index)].surnames) outsideSurnames.add(surname);
  }

  const window = analyseWindow(lint, windowStart, windowEnd, outsideSurnames);
  const states: BlockState[] = [];
  for (let index = 0; index < keptStart; index++) states.push(last.states[index]);
  for (let index = keptStart; index < keptEnd; index++) states.push(window[index - windowStart]);
  for (let index = keptEnd; index < newBlocks.length; index++) states.push(moved(last.states[oldIndex(index)], delta));
  // A named source added or removed can turn a speaker label anywhere into an attribution or back.
  if (surnamesKey(states) !== last.surnamesKey) return null;
  linter.extent = { blocks: newBlocks.length, analysed: windowEnd - windowStart };
  return states;
}

/** Analyses blocks [from, to) and sorts their findings and source surnames by block. */
function analyseWindow(lint: Lint, from: number, to: number, outsideSurnames: ReadonlySet<string>): BlockState[] {
  const blocks = lint.document.blocks.slice(from, to);
  const analysis = analyzeBlocks(lint.text, lint.format, lint.document, blocks, lint.lists, outsideSurnames);
  const states: BlockState[] = blocks.map(() => ({ findings: [], surnames: [] }));
  for (const finding of runRules(analysis, lint.lists, lint.config)) states[blockAt(blocks, finding.span.start)].findings.push(finding);
  for (const attribution of analysis.attributions) {
    const surname = sourceSurname(analysis.tokens, attribution);
    if (surname !== null) states[blockAt(blocks, analysis.sentences[attribution.sentence].span.start)].surnames.push(surname);
  }
  return states;
}

/** Same text, same masking and same place (after moving by `delta`). */
function sameBlock(last: LastLint, before: Span, lint: Lint, after: Span, delta: number): boolean {
  if (after.start !== before.start + delta || after.end !== before.end + delta) return false;
  return (
    lint.text.slice(after.start, after.end) === last.text.slice(before.start, before.end) &&
    lint.document.prose.slice(after.start, after.end) === last.prose.slice(before.start, before.end)
  );
}

/**
 * A block opening with a quotation mark may continue a quotation from the block before it (the news
 * convention for quotes that run over several paragraphs), so such runs are never cut.
 */
function opensWithQuote(prose: string, block: Span): boolean {
  const first = prose[block.start];
  return first === '"' || first === '“' || first === '«' || first === '„' || (first === "'" && prose[block.start + 1] === "'");
}

function quoteRunStart(prose: string, blocks: readonly Span[], index: number): number {
  let start = index;
  while (start > 0 && start < blocks.length && opensWithQuote(prose, blocks[start])) start--;
  return start;
}

function quoteRunEnd(prose: string, blocks: readonly Span[], index: number): number {
  let end = index;
  while (end < blocks.length && opensWithQuote(prose, blocks[end])) end++;
  return end;
}

/** Index of the block holding `offset` (or the last one starting before it). */
function blockAt(blocks: readonly Span[], offset: number): number {
  return lastStartingAtOrBefore(blocks.length, offset, (index) => blocks[index].start);
}

function moved(state: BlockState, delta: number): BlockState {
  if (delta === 0) return state;
  const move = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  return {
    surnames: state.surnames,
    findings: state.findings.map((finding) => ({
      ...finding,
      span: move(finding.span),
      ...(finding.fix && { fix: { ...finding.fix, edits: finding.fix.edits.map((edit) => ({ ...edit, span: move(edit.span) })) } }),
    })),
  };
}

function surnamesKey(states: readonly BlockState[]): string {
  const all = new Set<string>();
  for (const state of states) for (const surname of state.surnames) all.add(surname);
  return [...all].sort().join('\n');
}
