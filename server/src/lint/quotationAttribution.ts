// Decides which attribution claims each quotation. A quotation is claimed by an attribution whose
// content holds it; failing that, a statement-length quotation is claimed by a speaker in its own
// sentences, the neighbouring sentences of its paragraph, a lead-in paragraph ending "X said:", or
// any paragraph of the same multi-paragraph quote. A speaker in another paragraph does not count.
import type { Attribution, Paragraph, Quotation, Span } from './types';
import { sentenceSubject, speakerSurnames, type AttributionInput } from './attributions';

export function linkQuotations(input: AttributionInput, attributions: readonly Attribution[]): void {
  const { quotations, paragraphs } = input;
  const bySentence = new Map<number, number[]>();
  attributions.forEach((attribution, index) => {
    if (!attribution.source) return;
    const list = bySentence.get(attribution.sentence) ?? [];
    list.push(index);
    bySentence.set(attribution.sentence, list);
  });

  // Surnames of everyone the draft names as a source: a short phrase is theirs when they are the subject.
  const speakers = speakerSurnames(input, attributions);
  for (const quotation of quotations) {
    // Content spans never reach further back than the previous paragraph ("X said:").
    const previousParagraph = paragraphs[Math.max(0, quotation.paragraphs[0] - 1)];
    quotation.inContentOf = attributionHolding(quotation, attributions, bySentence, previousParagraph.firstSentence);
    quotation.attribution = quotation.inContentOf ?? (quotation.isPhrase ? null : speakerInReach(quotation, bySentence, attributions, paragraphs));
    if (quotation.attribution === null) quotation.impliedBy = impliedSpeaker(input, quotation, speakers);
  }
}

const SPEAKER_LABEL = /^\s*(\p{Lu}[\p{Lu}.'’-]*)(\s+\p{Lu}[\p{Lu}.'’-]*){0,2}:\s/u;

/** A credit line after the quotation: `…” ― Sonya Herridge`, `…" — Jane Doe`. */
const CREDIT_LINE = /^\s*[―—–-]\s*\p{Lu}/u;
/** Made once at module load: a pattern literal inside a function is a new object on every call. */
const STARTS_CAPITALISED = /^\p{Lu}/u;

function impliedSpeaker(input: AttributionInput, quotation: Quotation, speakers: ReturnType<typeof speakerSurnames>): Quotation['impliedBy'] {
  const { prose, paragraphs, sentences } = input;
  const first = paragraphs[quotation.paragraphs[0]];
  const before = prose.slice(Math.max(first.span.start, quotation.span.start - 3), quotation.span.start).trimEnd();
  const previousParagraph = quotation.paragraphs[0] > 0 ? paragraphs[quotation.paragraphs[0] - 1] : null;
  const opensParagraph = quotation.span.start === first.span.start;
  if (before.endsWith(':') || (opensParagraph && previousParagraph && prose.slice(previousParagraph.span.start, previousParagraph.span.end).trimEnd().endsWith(':'))) return 'lead-in';
  if (SPEAKER_LABEL.test(prose.slice(quotation.inner.start, quotation.inner.start + 60)) || CREDIT_LINE.test(prose.slice(quotation.span.end, quotation.span.end + 4))) return 'speaker-label';
  const isFragment = quotation.firstSentence === quotation.lastSentence && !STARTS_CAPITALISED.test(prose.slice(quotation.inner.start, quotation.inner.start + 1))
    && quotation.span.start > sentences[quotation.firstSentence].span.start;
  if (!isFragment) return null;
  const subject = sentenceSubject(input, quotation.firstSentence);
  if (!subject) return null;
  // A short phrase needs a subject known to speak in this draft ("Trump took to Twitter to call it
  // “a con”"), not any subject ("The regime held a “referendum”").
  const subjectText = prose.slice(input.tokens[subject.first].start, input.tokens[subject.last].end);
  const isPronoun = subject.first === subject.last && /^(he|she|they|i|we)$/i.test(subjectText);
  return !quotation.isPhrase || isPronoun || speakers.has(input.tokens[subject.last].lower, quotation.firstSentence) ? 'sentence-subject' : null;
}

function attributionHolding(quotation: Quotation, attributions: readonly Attribution[], bySentence: Map<number, number[]>, fromSentence: number): number | null {
  for (let s = fromSentence; s <= quotation.lastSentence; s++) {
    for (const index of bySentence.get(s) ?? []) {
      const { content } = attributions[index];
      if (content && covers(content, quotation.inner)) return index;
    }
  }
  return null;
}

/** At least half of the quoted text lies inside the content span. */
function covers(content: Span, inner: Span): boolean {
  const overlap = Math.min(content.end, inner.end) - Math.max(content.start, inner.start);
  return overlap > 0 && overlap * 2 >= inner.end - inner.start;
}

function speakerInReach(
  quotation: Quotation,
  bySentence: Map<number, number[]>,
  attributions: readonly Attribution[],
  paragraphs: readonly Paragraph[],
): number | null {
  const candidates: number[] = [];
  for (const p of quotation.paragraphs) {
    const paragraph = paragraphs[p];
    // Only this quotation's sentences and their neighbours inside the same paragraph.
    const first = Math.max(paragraph.firstSentence, p === quotation.paragraphs[0] ? quotation.firstSentence - 1 : paragraph.firstSentence);
    const last = Math.min(paragraph.endSentence - 1, p === quotation.paragraphs[quotation.paragraphs.length - 1] ? quotation.lastSentence + 1 : paragraph.endSentence - 1);
    for (let s = first; s <= last; s++) candidates.push(...(bySentence.get(s) ?? []));
  }
  const outsideOtherQuotes = candidates.filter((index) => !isInsideQuotation(attributions[index], quotation));
  if (outsideOtherQuotes.length > 0) return outsideOtherQuotes[0];

  // A lead-in: the previous paragraph ends with "X said:" whose content is this paragraph.
  const firstParagraph = quotation.paragraphs[0];
  if (firstParagraph === 0) return null;
  const lastSentenceBefore = paragraphs[firstParagraph - 1].endSentence - 1;
  for (const index of bySentence.get(lastSentenceBefore) ?? []) {
    const { content } = attributions[index];
    if (content && content.start <= quotation.span.start && content.end >= quotation.span.start) return index;
  }
  return null;
}

function isInsideQuotation(attribution: Attribution, quotation: Quotation): boolean {
  return attribution.cue.start >= quotation.span.start && attribution.cue.end <= quotation.span.end;
}
