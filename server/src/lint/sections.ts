// Lints a long draft section by section, with the findings of a whole lint. A lint keeps every token,
// sentence and attribution of what it analyses alive until its rules have run; for a whole long
// draft that is a young generation's worth of objects, which V8's scavenges copy and promote to the
// old generation (about half of a 100,000-word lint's time went to garbage collection). Analysed
// a section at a time, they die young, where collecting them costs little.
//
// A section is analysed as the incremental linter analyses a window (incremental.ts): with
// CONTEXT_BLOCKS neighbours on each side, since a finding can depend on the paragraphs around its
// own, and never cut inside a quotation that runs over several paragraphs. The one whole-draft
// fact, the surnames of the named sources that speaker labels are checked against, is passed in
// from the sections before and checked at the end against those after (see `findingsBySection`).
//
// A section is analysed in its own stretch of the draft, offsets counted from the stretch's start,
// and its findings moved back to the draft's offsets. So the draft's whole masked prose is never
// built: for a long draft that string is a megabyte of fresh memory, about 300 page faults at its
// first touch (docs/speed-history.md).
import type { DraftFormat, Finding, Span, Token } from './types';
import type { LintConfig } from './config';
import type { WordLists } from './wordLists';
import type { ProseDocument } from './extractProse';
import { analyzeBlocks, proseView } from './analyze';
import { sourceSurname } from './attributions';
import { runRules } from './runRules';
import { isSignOffDash } from './quoteSignOffs';
import { blockAt, CONTEXT_BLOCKS, KEPT_NEIGHBOURS, movedFinding, opensWithQuote, type Lint } from './incremental';

/**
 * Characters per section (about 8,000 words): enough that the context blocks read twice cost little
 * (4% more tokens on the benchmark's 100,000-word drafts; 8% with 20,000). A draft shorter than two
 * sections is linted whole: a 10,000-word draft (about 63,000 characters) leaves few enough objects
 * for the young generation, and sections would only add the context read twice.
 */
export const SECTION_CHARS = 50_000;

/**
 * Characters of the draft kept on each side of a section's blocks (then out to whole lines). The
 * analysis reads a few characters past a block's edges (a quotation mark's neighbours, a speaker
 * label's 60); what it reads is the same as in the whole draft as long as it stays inside them.
 */
const STRETCH_MARGIN = 256;

/**
 * A lint in sections: a section's tokens are read by nothing once its findings and surnames are
 * taken, so the next section fills the same token objects in again (analyzeBlocks, `spareTokens`).
 */
interface SectionLint extends Lint {
  /** Undefined before the first section: analyzeBlocks then makes its token array as for a whole draft. */
  spareTokens: Token[] | undefined;
}

interface Section {
  /** The blocks whose findings this section gives. */
  start: number;
  end: number;
  findings: Finding[];
  /** Surnames of the named sources in the section's own blocks: those speaker labels see, and all. */
  surnames: Surnames;
  /** Every word the analysis checked against surnames, with the block it is in. */
  queries: { word: string; block: number }[];
  /** The surnames those words were checked against: the draft's first `namedBefore`, and those in the analysed blocks. */
  known: Surnames & { namedBefore: number };
}

/**
 * Speaker labels are checked against the surnames of named sources found before them, which leaves
 * out those of sign-offs (`” — Maria Lopez`); a quotation's implied speaker against all of them.
 */
interface Surnames {
  atLabels: Set<string>;
  all: Set<string>;
}

/**
 * The surnames of the sections linted so far. `all` numbers each surname in the order it was first
 * named, so that what a section knew is a count: the sections after it add to `all` without a copy
 * for each (a draft's sections would otherwise copy all the surnames named before them).
 */
interface DraftSurnames {
  atLabels: Set<string>;
  all: Map<string, number>;
}

/**
 * The findings of `runRules` over the whole draft (before suppression), linted section by section;
 * null when the draft is short enough to lint whole or has front matter (its source ledger is
 * checked against every name in the draft), or when a speaker label's outcome depends on a surname
 * that the sections cannot settle. `sectionChars` is smaller in tests, to put many section edges in a draft.
 */
export function findingsBySection(
  text: string,
  format: DraftFormat,
  document: ProseDocument,
  lists: WordLists,
  config: LintConfig | undefined,
  sectionChars = SECTION_CHARS,
): Finding[] | null {
  const { blocks } = document;
  if (document.frontMatter !== null || blocks.length === 0 || blocks[blocks.length - 1].end - blocks[0].start < 2 * sectionChars) return null;
  const lint: SectionLint = { text, format, document, lists, config, spareTokens: undefined };
  const sections: Section[] = [];
  const draftSurnames: DraftSurnames = { atLabels: new Set(), all: new Map() };
  for (let start = 0; start < blocks.length; ) {
    let end = start + 1;
    // A section ends before a block that does not open with a quotation mark: no quotation runs over its edge.
    while (end < blocks.length && (blocks[end].start - blocks[start].start < sectionChars || opensQuote(document, blocks[end]))) end++;
    const section = lintSection(lint, start, end, draftSurnames.all);
    for (const surname of section.surnames.atLabels) draftSurnames.atLabels.add(surname);
    for (const surname of section.surnames.all) if (!draftSurnames.all.has(surname)) draftSurnames.all.set(surname, draftSurnames.all.size);
    sections.push(section);
    start = end;
  }
  // A section checked its words against the surnames named before it and in it; a later section may
  // name one more. The blocks within reach of such a word are linted again knowing them all.
  const findings: Finding[] = [];
  for (const section of sections) {
    const again = relintAround(lint, section, wrongAnswers(section, draftSurnames), draftSurnames);
    if (again === null) return null;
    for (const finding of section.findings) if (!again.some((part) => inPart(part, blockAt(blocks, finding.span.start)))) findings.push(finding);
    for (const part of again) for (const finding of part.findings) findings.push(finding);
  }
  return findings;
}

/**
 * Lints again, knowing every surname, the blocks of the section within KEPT_NEIGHBOURS of a block
 * whose answer was wrong (as the incremental linter does around an edit); null when even that
 * leaves a wrong answer.
 */
function relintAround(lint: SectionLint, section: Section, wrongBlocks: readonly number[], draftSurnames: DraftSurnames): Section[] | null {
  const { document } = lint;
  const { blocks } = document;
  const reaching = wrongBlocks.filter((block) => block + KEPT_NEIGHBOURS >= section.start && block - KEPT_NEIGHBOURS < section.end);
  const parts: Section[] = [];
  for (let w = 0; w < reaching.length; ) {
    let start = Math.max(section.start, reaching[w] - KEPT_NEIGHBOURS);
    while (start > section.start && opensQuote(document, blocks[start])) start--;
    let end = start;
    // Every wrong block whose reach meets the part's joins it. No quotation runs over the part's
    // edges (nor over the section's, where the widening stops).
    do {
      end = Math.max(end, Math.min(section.end, reaching[w] + KEPT_NEIGHBOURS + 1));
      while (end < section.end && opensQuote(document, blocks[end])) end++;
      w++;
    } while (w < reaching.length && reaching[w] - KEPT_NEIGHBOURS <= end);
    const part = lintSection(lint, start, end, draftSurnames.all);
    if (wrongAnswers(part, draftSurnames).length > 0) return null;
    parts.push(part);
  }
  return parts;
}

function inPart(part: Section, block: number): boolean {
  return block >= part.start && block < part.end;
}

/** opensWithQuote, read without building the draft's whole prose. */
function opensQuote(document: ProseDocument, block: Span): boolean {
  return opensWithQuote(document.proseSlice(block.start, block.start + 2), 0);
}

/** Analyses blocks [start, end) with their context; `outside` are surnames named elsewhere. */
function lintSection(lint: SectionLint, start: number, end: number, outside: ReadonlyMap<string, number>): Section {
  const { text, document } = lint;
  const { blocks } = document;
  // Context reaches over any quotation running on into or out of it.
  let from = Math.max(0, start - CONTEXT_BLOCKS);
  while (from > 0 && opensQuote(document, blocks[from])) from--;
  let to = Math.min(blocks.length, end + CONTEXT_BLOCKS);
  while (to < blocks.length && opensQuote(document, blocks[to])) to++;
  const { start: base, end: limit } = stretchAround(text, blocks[from], blocks[to - 1]);
  // Pushed into an array literal, not made by `map`, whose array is of another elements kind than the
  // whole draft's blocks: code reading blocks then meets two array maps (--trace-deopt: "wrong map").
  const analysed: Span[] = [];
  for (let block = from; block < to; block++) analysed.push({ start: blocks[block].start - base, end: blocks[block].end - base });
  // Directives are left out: suppression is applied to the whole draft's findings (index.ts).
  const stretch = proseView(document.proseSlice(base, limit), null, []);
  const analysis = analyzeBlocks(text.slice(base, limit), lint.format, stretch, analysed, lint.lists, outside, lint.spareTokens);
  const isKept = (offset: number) => {
    const block = from + blockAt(analysed, offset);
    return block >= start && block < end;
  };
  const findings: Finding[] = [];
  for (const finding of runRules(analysis, lint.lists, lint.config)) if (isKept(finding.span.start)) findings.push(movedFinding(finding, base));
  const surnames: Surnames = { atLabels: new Set(), all: new Set() };
  const known = { namedBefore: outside.size, atLabels: new Set<string>(), all: new Set<string>() };
  for (const attribution of analysis.attributions) {
    const surname = sourceSurname(analysis.tokens, attribution);
    if (surname === null) continue;
    const beforeLabels = !isSignOffDash(attribution.cueLemma);
    if (beforeLabels) known.atLabels.add(surname);
    known.all.add(surname);
    if (!isKept(analysis.sentences[attribution.sentence].span.start)) continue;
    if (beforeLabels) surnames.atLabels.add(surname);
    surnames.all.add(surname);
  }
  lint.spareTokens = analysis.tokens;
  return { start, end, findings, surnames, queries: analysis.surnameQueries.map(({ word, sentence }) => ({ word, block: from + blockAt(analysed, analysis.sentences[sentence].span.start) })), known };
}

/**
 * The stretch of the draft that a section's analysis reads: its blocks from `first` to `last`,
 * STRETCH_MARGIN characters more on each side, out to whole lines (so never inside a surrogate pair).
 */
function stretchAround(text: string, first: Span, last: Span): Span {
  const marginStart = first.start - STRETCH_MARGIN;
  const start = marginStart <= 0 ? 0 : text.lastIndexOf('\n', marginStart - 1) + 1;
  const lineEnd = text.indexOf('\n', last.end + STRETCH_MARGIN);
  return { start, end: lineEnd < 0 ? text.length : lineEnd };
}

/** The blocks (sorted, once each) with a word whose answer was not the one a whole lint gives. */
function wrongAnswers(section: Section, draft: DraftSurnames): number[] {
  const { known } = section;
  const wrong = new Set<number>();
  for (const { word, block } of section.queries) {
    const namedBefore = (draft.all.get(word) ?? Infinity) < known.namedBefore;
    if ((namedBefore || known.atLabels.has(word)) !== draft.atLabels.has(word) || (namedBefore || known.all.has(word)) !== draft.all.has(word)) wrong.add(block);
  }
  return [...wrong].sort((a, b) => a - b);
}
