import type { Analysis, Span, Token } from '../types';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { accordingToPlaceholderFix, hasSpeakerInReach, isAttributedAt } from './shared';
import { checkWorthyKind } from '../checkWorthy';
import { sentenceSubject } from '../attributions';
import type { WordLists } from '../wordLists';

const MAX_LEAD_IN_WORDS = 10;

export const unattributedClaim: Rule = {
  meta: {
    id: 'unattributed-claim',
    defaultSeverity: 'info',
    description: 'A check-worthy statement (figures, casualties, accusations, superlatives, causes) with no attribution in reach.',
    fixable: false,
    docsUrl: docsUrlFor('unattributed-claim'),
    docs: {
      checks: 'Sentences that state figures, casualties, accusations, superlatives or causes, with no attribution in the sentence or the neighbouring sentences of the paragraph. Headlines and other lines without final punctuation are left alone.',
      why: 'These are the statements a fact-checker checks first. If the reporter did not witness or establish them, the reader needs to know whose figures or accusations they are.',
      fix: 'Attribute the claim (", according to the Health Ministry"). The quick fix inserts "according to [source]" for you to fill in.',
    },
  },
  check({ analysis, lists, report }) {
    const reported = reportedContentBySentence(analysis);
    for (let s = 0; s < analysis.sentences.length; s++) {
      // A speaker in reach is the cheapest way out, so it is asked before the sentence is read word by word.
      if (!endsWithPunctuation(analysis, s) || hasSpeakerInReach(analysis, s) || isMostlyQuoted(analysis, s) || isTitleCase(analysis, s)) continue;
      const kind = checkWorthyKind(analysis, s, reported[s]);
      if (!kind || isAttributedAt(analysis, s, analysis.sentences[s].span)) continue;
      if (followsSpeakerLeadIn(analysis, lists, s)) continue;
      report({
        span: analysis.sentences[s].span,
        message: `This sentence states ${kind} with no source in reach: say who says so.`,
        fix: accordingToPlaceholderFix(analysis, s),
      });
    }
  },
};

/**
 * The content spans of every attribution, by the sentence of its cue, sorted and merged: what anyone
 * is reported as saying, asking or calling for ("asked whether 40 people died", "called for an end to
 * the fraud") is theirs, not the writer's claim, even when no source is named for it.
 */
function reportedContentBySentence(analysis: Analysis): (Span[] | undefined)[] {
  const bySentence: (Span[] | undefined)[] = new Array(analysis.sentences.length).fill(undefined);
  for (const { content, sentence } of analysis.attributions) {
    if (!content) continue;
    const spans = bySentence[sentence];
    if (spans) spans.push(content);
    else bySentence[sentence] = [content];
  }
  for (const spans of bySentence) {
    if (!spans) continue;
    spans.sort((a, b) => a.start - b.start);
    let kept = 0;
    for (const span of spans) {
      if (kept > 0 && span.start <= spans[kept - 1].end) spans[kept - 1] = { start: spans[kept - 1].start, end: Math.max(spans[kept - 1].end, span.end) };
      else spans[kept++] = span;
    }
    spans.length = kept;
  }
  return bySentence;
}

/**
 * "Sanders made the following comment:" closing the paragraph before: that paragraph is the speaker's,
 * whatever the verb. The lead-in must name someone as its subject ("The facts:" names nobody).
 */
function followsSpeakerLeadIn(analysis: Analysis, lists: WordLists, sentence: number): boolean {
  const paragraph = analysis.sentences[sentence].paragraph;
  if (paragraph === 0) return false;
  const leadIn = analysis.paragraphs[paragraph - 1];
  if (!analysis.prose.slice(leadIn.span.start, leadIn.span.end).trimEnd().endsWith(':')) return false;
  // A short line: "…and silenced the rule for that line only:" introduces an example, not words.
  const last = leadIn.endSentence - 1;
  let words = 0;
  for (let i = analysis.sentenceTokenStart[last]; i < analysis.sentenceTokenStart[last + 1]; i++) if (analysis.tokens[i].isWord) words++;
  return words <= MAX_LEAD_IN_WORDS && sentenceSubject({ ...analysis, lists }, last) !== null;
}

// Sets of characters, not strings to search: asked of every sentence, a set lookup is the cheaper test.
const FINAL_PUNCTUATION = new Set(['.', '!', '?', '…']);
const CLOSING_MARKS = new Set(['"', '”', '’', "'", ')', ']']);

/** The sentence ends in . ! ? or …, perhaps followed by closing quotes or brackets. */
function endsWithPunctuation(analysis: Analysis, sentence: number): boolean {
  const { text } = analysis;
  const { start, end } = analysis.sentences[sentence].span;
  let at = end;
  while (at > start && CLOSING_MARKS.has(text[at - 1])) at--;
  return at > start && FINAL_PUNCTUATION.has(text[at - 1]);
}

/** A headline written in Title Case, even with a final period: "Only 24 Percent of Donors Are Small Donors." */
function isTitleCase(analysis: Analysis, sentence: number): boolean {
  const { tokens, sentenceTokenStart } = analysis;
  let long = 0;
  let capitalized = 0;
  for (let i = sentenceTokenStart[sentence]; i < sentenceTokenStart[sentence + 1]; i++) {
    if (!tokens[i].isWord || tokens[i].lower.length <= 3) continue;
    long++;
    if (tokens[i].isCapitalized) capitalized++;
  }
  return long >= 3 && capitalized >= long * 0.7;
}

/** A sentence that is mostly a quotation belongs to the quotation rules. */
function isMostlyQuoted(analysis: Analysis, sentence: number): boolean {
  const { tokens, sentenceTokenStart } = analysis;
  let quoted = 0;
  let words = 0;
  for (let i = sentenceTokenStart[sentence]; i < sentenceTokenStart[sentence + 1]; i++) {
    const token: Token = tokens[i];
    if (!token.isWord) continue;
    words++;
    if (token.quote >= 0) quoted++;
  }
  return quoted * 2 > words;
}
