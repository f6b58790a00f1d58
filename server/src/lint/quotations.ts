// Finds quotations: curly and straight double quotes, single quotes (nested inside a double quote,
// or standing alone when both marks are clear), and the news convention where a quotation runs over
// several paragraphs, each opening with a quote mark and only the last closing it.
// A mark that opens and never closes is not a quotation: a stray mark must not make a false alarm.
import type { Span } from './types';

export interface FoundQuotation {
  span: Span;
  inner: Span;
  paragraphs: number[];
}

const DOUBLE_OPENERS = new Set(['“', '«', '„']);
const DOUBLE_CLOSERS = new Set(['”', '»']);

interface OpenDouble {
  start: number;
  paragraphs: number[];
  /** Where the quote's text in the current paragraph ends if the paragraph closes without a mark. */
}

export function findQuotations(prose: string, blocks: Span[]): FoundQuotation[] {
  const found: FoundQuotation[] = [];
  let carried: OpenDouble | null = null;

  blocks.forEach((block, paragraph) => {
    let open: OpenDouble | null = null;
    let single: number | null = null; // offset of an open single quote in this paragraph
    let i = block.start;

    if (carried) {
      const first = prose[i];
      if (first === '"' || DOUBLE_OPENERS.has(first)) {
        open = { start: carried.start, paragraphs: [...carried.paragraphs, paragraph] };
        i++;
      }
      carried = null;
    }

    for (; i < block.end; i++) {
      const c = prose[i];
      if (DOUBLE_OPENERS.has(c)) {
        if (!open) {
          open = { start: i, paragraphs: [paragraph] };
          single = null;
        }
      } else if (DOUBLE_CLOSERS.has(c)) {
        if (open) {
          found.push({ span: { start: open.start, end: i + 1 }, inner: { start: open.start + 1, end: i }, paragraphs: open.paragraphs });
          open = null;
          single = null;
        }
      } else if (c === '"') {
        if (open) {
          found.push({ span: { start: open.start, end: i + 1 }, inner: { start: open.start + 1, end: i }, paragraphs: open.paragraphs });
          open = null;
          single = null;
        } else if (opensHere(prose, i, block.start)) {
          open = { start: i, paragraphs: [paragraph] };
          single = null;
        }
      } else if (c === '‘' || c === "'") {
        if (single === null && opensHere(prose, i, block.start) && /[\p{L}\p{N}]/u.test(prose[i + 1] ?? '')) {
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
    if (open) carried = open;
  });
  return found.sort((a, b) => a.span.start - b.span.start);
}

/** A straight mark opens a quotation at the start of a block or after a space, bracket or dash. */
function opensHere(prose: string, at: number, blockStart: number): boolean {
  if (at === blockStart) return true;
  const before = prose[at - 1];
  const after = prose[at + 1];
  if (after === undefined || /\s/.test(after)) return false;
  return /[\s([{—–\-/“"]/.test(before);
}

/** A closing mark is followed by a space, punctuation or the end; never by a letter (that is an apostrophe). */
function closesHere(prose: string, at: number, blockEnd: number): boolean {
  if (at + 1 >= blockEnd) return true;
  return !/[\p{L}\p{N}]/u.test(prose[at + 1]);
}
