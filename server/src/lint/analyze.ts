// Builds the shared analysis once per document: prose → paragraphs → sentences → tokens and
// quotations → attributions → which attribution claims each quotation. Rules only read it.
import type { Analysis, Directive, DraftFormat, FrontMatter, Paragraph, Quotation, Sentence, Span, SurnameQuery, Token } from './types';
import type { WordLists } from './wordLists';
import { extractProse, type ProseDocument } from './extractProse';
import { splitSentences } from './sentences';
import { countWords, lowerCaseProse, tokenizeSentence } from './tokenize';
import { findQuotations } from './quotations';
import { findAttributions, type SurnameSet } from './attributions';
import { linkQuotations } from './quotationAttribution';
import { firstTokenAtOrAfter, lastStartingAtOrBefore } from './search';

const MAX_PHRASE_WORDS = 4;
const STARTS_CAPITALISED = /^\p{Lu}/u;
const NO_SURNAMES: SurnameSet = new Set();

export function analyze(text: string, format: DraftFormat, lists: WordLists): Analysis {
  const document = extractProse(text, format);
  return analyzeBlocks(text, format, wholeProseView(document), document.blocks, lists);
}

/** What an analysis reads of a draft's extraction: the prose, and the front matter and directives it passes on. */
export interface ProseView {
  prose: string;
  frontMatter: FrontMatter | null;
  directives: Directive[];
}

/**
 * Every ProseView is made here, so that analyzeBlocks meets one object layout. Given a section's
 * view (sections.ts) and a whole draft's extraction, objects of two layouts, V8 sent analyzeBlocks
 * back to the interpreter at its first read of them, in one scratch run fourteen times over
 * (--trace-deopt: "wrong map"); with one layout, once.
 */
export function proseView(prose: string, frontMatter: FrontMatter | null, directives: Directive[]): ProseView {
  return { prose, frontMatter, directives };
}

/** The view of a whole extraction: its whole prose (built on this first read, extractProse.ts). */
export function wholeProseView(document: ProseDocument): ProseView {
  return proseView(document.prose, document.frontMatter, document.directives);
}

/**
 * Analyses the given prose blocks of a draft: all of them for a whole draft, or a window of them
 * when only part of a draft changed (see incremental.ts). `outsideSurnames` are the surnames of the
 * named sources in the blocks left out, which speaker labels ("Sanders: …") are checked against.
 * `spareTokens` are the tokens of an analysis that nothing reads any more (sections.ts): that array
 * becomes this analysis's, its token objects filled in again, which spares a long draft's sections
 * most of their allocation (and V8 the collections it costs).
 */
export function analyzeBlocks(
  text: string,
  format: DraftFormat,
  view: ProseView,
  blocks: readonly Span[],
  lists: WordLists,
  outsideSurnames: SurnameSet = NO_SURNAMES,
  spareTokens: Token[] = [],
): Analysis {
  const { prose, frontMatter, directives } = view;
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const firstSentence = sentences.length;
    for (const span of splitSentences(prose, block)) sentences.push({ span, paragraph: paragraphs.length });
    if (sentences.length > firstSentence) paragraphs.push({ span: block, firstSentence, endSentence: sentences.length, quoteOpenAtEnd: false });
  }

  const tokens = spareTokens;
  let count = 0;
  const lowerProse = blocks.length > 0 ? lowerCaseProse(prose, blocks[0].start, blocks[blocks.length - 1].end) : null;
  const sentenceTokenStart: number[] = [];
  for (let index = 0; index < sentences.length; index++) {
    sentenceTokenStart.push(count);
    count = tokenizeSentence(prose, lowerProse, sentences[index].span, index, tokens, count);
  }
  tokens.length = count;
  sentenceTokenStart.push(count);

  const paragraphSpans = paragraphs.map((paragraph) => paragraph.span);
  const openAtEnd: boolean[] = [];
  // Pushed into an array literal, not made by `map`: V8 makes every array from this literal with the
  // object elements kind it has seen, so code reading quotations meets one array map, while `map`
  // gives an analysis with no quotation an array of another kind (and its first such lint sent seven
  // functions back to the interpreter, --trace-deopt: "wrong map").
  const quotations: Quotation[] = [];
  for (const found of findQuotations(prose, paragraphSpans, openAtEnd)) {
    const wordCount = countWords(prose, found.inner.start, found.inner.end);
    quotations.push({
      span: found.span,
      inner: found.inner,
      paragraphs: found.paragraphs,
      firstSentence: sentenceAt(sentences, found.span.start),
      lastSentence: sentenceAt(sentences, found.span.end - 1),
      wordCount,
      attribution: null,
      inContentOf: null,
      impliedBy: null,
      isPhrase: wordCount <= MAX_PHRASE_WORDS && !isWholeSentence(prose.slice(found.inner.start, found.inner.end)),
    });
  }
  for (let index = 0; index < paragraphs.length; index++) paragraphs[index].quoteOpenAtEnd = openAtEnd[index];
  markQuotedTokens(tokens, quotations);

  const surnameQueries: SurnameQuery[] = [];
  const input = { prose, tokens, sentences, sentenceTokenStart, paragraphs, quotations, lists, outsideSurnames, surnameQueries };
  const attributions = findAttributions(input);
  linkQuotations(input, attributions);
  return { text, prose, format, frontMatter, directives, paragraphs, sentences, tokens, sentenceTokenStart, quotations, attributions, surnameQueries };
}

/** Index of the sentence holding `offset` (or the last one starting before it). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): number {
  return lastStartingAtOrBefore(sentences.length, offset, (index) => sentences[index].span.start);
}

function isWholeSentence(inner: string): boolean {
  const trimmed = inner.trim();
  return STARTS_CAPITALISED.test(trimmed) && /[.!?]$/.test(trimmed);
}

/**
 * Each token inside a quotation gets its index. Quotations never overlap (findQuotations keeps one open
 * at a time), so each one's tokens are found by binary search: only quoted tokens are visited.
 */
function markQuotedTokens(tokens: Token[], quotations: readonly Quotation[]): void {
  for (let q = 0; q < quotations.length; q++) {
    const { span } = quotations[q];
    for (let k = firstTokenAtOrAfter(tokens, span.start); k < tokens.length && tokens[k].start < span.end; k++) tokens[k].quote = q;
  }
}
