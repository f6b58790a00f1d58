// Finds quotations: curly and straight double quotes, two apostrophes standing for a double quote
// (''like this'', the typewriter convention of wire copy and some archives), single quotes (nested inside a double quote,
// or standing alone when both marks are clear), and the news convention where a quotation runs over
// several paragraphs, each opening with a quote mark and only the last closing it.
// A quotation opened with a straight mark closes with a straight mark, a curly one with a curly one;
// marks of the other kind inside it are nested quotes, unless one stands where only a closing mark can
// (`“I heard his speech," Trump said`): copy that mixes marks closes with the other kind. A mark that opens and never closes is not a
// quotation: a stray mark must not make a false alarm.
import type { Span } from './types';

export interface FoundQuotation {
  span: Span;
  inner: Span;
  paragraphs: number[];
}

type DoubleKind = 'straight' | 'curly' | 'apostrophes';

interface OpenDouble {
  start: number;
  kind: DoubleKind;
  paragraphs: number[];
  /** Depth of nested double quotes of the other kind. */
  nested: number;
}

const CURLY_OPENERS = new Set(['“', '«', '„']);
const CURLY_CLOSERS = new Set(['”', '»']);
const QUOTE_MARK = /["'“”«»„‘’]/g;
// Made once at module load: a pattern literal inside a function is a new object on every call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE = /\s/;
/** What a quotation mark opens after: a space, a bracket, a dash, a slash or another quotation mark. */
const OPENS_AFTER = /[\s([{—–\-/“"]/;

/**
 * The quotations in the blocks, in order. `openAtEnd[b]` tells whether a double quotation is still
 * open at the end of block b: it continues if the next block opens with a quotation mark.
 */
export function findQuotations(prose: string, blocks: readonly Span[], openAtEnd: boolean[] = []): FoundQuotation[] {
  const found: FoundQuotation[] = [];
  let carried: OpenDouble | null = null;

  // The last search for a quotation mark or apostrophe: none lies in [searchedFrom, nextMark), and
  // nextMark is one (or the prose's length). A search runs on past its block's end to the next mark in
  // the prose, however many paragraphs without one come first; what it found is kept for those blocks.
  let searchedFrom = 0;
  let nextMark = -1;

  blocks.forEach((block, paragraph) => {
    let open: OpenDouble | null = null;
    let single: number | null = null; // offset of an open single quote in this paragraph
    let i = block.start;
    const close = (end: number) => {
      if (open) {
        const mark = open.kind === 'apostrophes' ? 2 : 1;
        const closing = open.kind === 'apostrophes' && prose[end - 2] === "'" ? 2 : 1;
        found.push({ span: { start: open.start, end }, inner: { start: open.start + mark, end: end - closing }, paragraphs: open.paragraphs });
      }
      open = null;
      single = null;
    };

    if (carried) {
      const first = prose[i];
      const continues = (carried.kind === 'straight' && first === '"') || (carried.kind === 'curly' && CURLY_OPENERS.has(first)) || (carried.kind === 'apostrophes' && isTwoApostrophes(prose, i));
      if (continues) {
        open = { ...carried, paragraphs: [...carried.paragraphs, paragraph], nested: 0 };
        i += carried.kind === 'apostrophes' ? 2 : 1;
      }
      carried = null;
    }

    for (; i < block.end; i++) {
      // Only quotation marks and apostrophes change anything: jump to the next one.
      if (i < searchedFrom || i > nextMark) {
        searchedFrom = i;
        nextMark = quoteMarkFrom(prose, i);
      }
      if (nextMark >= block.end) break;
      i = nextMark;
      const c = prose[i];
      if (isTwoApostrophes(prose, i) && (open === null || open.kind === 'apostrophes')) {
        if (open) close(i + 2);
        else if (twoApostrophesOpen(prose, i, block.start)) {
          open = { start: i, kind: 'apostrophes', paragraphs: [paragraph], nested: 0 };
          single = null;
        }
        i++;
      } else if (CURLY_OPENERS.has(c)) {
        if (!open) {
          open = { start: i, kind: 'curly', paragraphs: [paragraph], nested: 0 };
          single = null;
        } else if (open.kind === 'straight') {
          open.nested++;
        }
      } else if (CURLY_CLOSERS.has(c)) {
        if (open?.kind === 'curly') close(i + 1);
        else if (open?.kind === 'straight' && open.nested > 0) open.nested--;
        // `"You are going to be so happy.”`: copy that mixes marks closes a quotation with the other kind.
        else if (open?.kind === 'straight' && closesHere(prose, i, block.end)) close(i + 1);
      } else if (c === '"') {
        if (open?.kind === 'straight') close(i + 1);
        else if (open?.kind === 'curly') {
          // A straight mark inside a curly quotation: nested, opening or closing by its neighbours.
          if (opensHere(prose, i, block.start)) open.nested++;
          else if (open.nested > 0) open.nested--;
          else if (closesHere(prose, i, block.end)) close(i + 1); // `“I heard parts of Bernie’s speech," Trump said.`
        } else if (opensHere(prose, i, block.start)) {
          open = { start: i, kind: 'straight', paragraphs: [paragraph], nested: 0 };
          single = null;
        }
      } else if (c === '‘' || c === "'") {
        if (single === null && opensHere(prose, i, block.start) && LETTER_OR_DIGIT.test(prose[i + 1] ?? '')) {
          single = i;
        } else if (single !== null && c === "'" && closesHere(prose, i, block.end)) {
          if (!open) found.push({ span: { start: single, end: i + 1 }, inner: { start: single + 1, end: i }, paragraphs: [paragraph] });
          single = null;
        }
      } else if (c === '’' && single !== null && closesHere(prose, i, block.end)) {
        if (!open) found.push({ span: { start: single, end: i + 1 }, inner: { start: single + 1, end: i }, paragraphs: [paragraph] });
        single = null;
      }
    }
    openAtEnd[paragraph] = open !== null;
    if (open) carried = open;
  });
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** The offset of the first quotation mark or apostrophe at or after `from`, or the prose's length. */
function quoteMarkFrom(prose: string, from: number): number {
  QUOTE_MARK.lastIndex = from;
  return QUOTE_MARK.test(prose) ? QUOTE_MARK.lastIndex - 1 : prose.length;
}

/** Two apostrophes standing for one double quote mark. */
function isTwoApostrophes(prose: string, at: number): boolean {
  return prose[at] === "'" && prose[at + 1] === "'";
}

/** `''` opens like a straight mark: at the block's start or after a space, bracket or dash, before a non-space. */
function twoApostrophesOpen(prose: string, at: number, blockStart: number): boolean {
  const after = prose[at + 2];
  if (after === undefined || SPACE.test(after)) return false;
  return at === blockStart || OPENS_AFTER.test(prose[at - 1]);
}

/** A straight mark opens a quotation at the start of a block or after a space, bracket or dash. */
function opensHere(prose: string, at: number, blockStart: number): boolean {
  const after = prose[at + 1];
  if (after === undefined || SPACE.test(after)) return false;
  if (at === blockStart) return true;
  return OPENS_AFTER.test(prose[at - 1]);
}

/** A closing mark is followed by a space, punctuation or the end; never by a letter (that is an apostrophe). */
function closesHere(prose: string, at: number, blockEnd: number): boolean {
  if (at + 1 >= blockEnd) return true;
  return !LETTER_OR_DIGIT.test(prose[at + 1]);
}
