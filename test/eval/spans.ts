// Span arithmetic shared by the measures: overlap, how much of a span lies inside another
// (possibly discontinuous) one, and the sentence around an offset for the error lists.
import type { Span } from '../../server/src/lint';
import type { EngineResult } from './engineResult';

/** Characters two spans share. */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

export function overlaps(a: Span, b: Span): boolean {
  return overlapLength(a, b) > 0;
}

/** Characters of `span` covered by the fragments of one (possibly discontinuous) span. */
export function coveredLength(span: Span, fragments: readonly Span[]): number {
  let total = 0;
  for (const fragment of fragments) total += overlapLength(span, fragment);
  return total;
}

/** Whether half or more of `span` lies inside one of `spans` (each a list of fragments). */
export function halfInsideOne(span: Span, spans: readonly (readonly Span[])[]): boolean {
  const length = span.end - span.start;
  if (length <= 0) return false;
  return spans.some((fragments) => coveredLength(span, fragments) * 2 >= length);
}

/** The text of a span's fragments, joined by a space as brat does. */
export function fragmentText(text: string, fragments: readonly Span[]): string {
  return fragments.map((fragment) => text.slice(fragment.start, fragment.end)).join(' ');
}

/** Lower-cased, whitespace collapsed: how cue and hedge texts are grouped. */
export function groupKey(text: string): string {
  return text.toLowerCase().replace(/\s+/g, ' ').trim();
}

const MAX_SENTENCE = 400;

/** The engine's sentence holding `offset` (or the nearest one before it), trimmed for the report. */
export function sentenceAt(result: EngineResult, offset: number): string {
  const { sentences, text } = result.analysis;
  let low = 0;
  let high = sentences.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (sentences[mid].span.start <= offset) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  if (found < 0 || offset >= sentences[found].span.end) {
    // Between sentences (a heading, a caption): the line around the offset instead.
    const start = text.lastIndexOf('\n', offset - 1) + 1;
    const newline = text.indexOf('\n', offset);
    return clip(text.slice(start, newline < 0 ? text.length : newline));
  }
  const { span } = sentences[found];
  return clip(text.slice(span.start, span.end));
}

function clip(sentence: string): string {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length <= MAX_SENTENCE ? flat : `${flat.slice(0, MAX_SENTENCE - 1)}…`;
}
