import type { Analysis, Span } from '../types';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { textOf } from './shared';
import type { WordLists } from '../wordLists';

const POLICY = "the AP's anonymous-source policy asks why anonymity was granted and how the source knows";

export const anonymousSource: Rule = {
  meta: {
    id: 'anonymous-source',
    defaultSeverity: 'info',
    description: 'Unnamed sources ("a senior official", "people familiar with the matter") and anonymity granted with no reason given.',
    fixable: false,
    docsUrl: docsUrlFor('anonymous-source'),
    docs: {
      checks: 'Attributions to a source, a senior official, officials, people familiar with the matter, and "on condition of anonymity" — when the sentence gives no reason for the anonymity.',
      why: 'Anonymous sourcing is sometimes necessary, but the AP allows it only when the information is vital, not available otherwise, and the story says why the source was granted anonymity and how they know.',
      fix: 'Name the source, or say why anonymity was granted ("…because they were not authorized to discuss the talks") and how the source knows.',
    },
  },
  check({ analysis, lists, report }) {
    // One finding a sentence: on "on condition of anonymity" when it is there (that is where the
    // reason belongs), otherwise on the unnamed source.
    const flagged = new Set<number>();
    // Several unnamed sources may share a sentence: read each sentence for a reason once.
    const reasonGiven = new Map<number, boolean>();
    const givesReasonIn = (sentence: number): boolean => {
      let gives = reasonGiven.get(sentence);
      if (gives === undefined) reasonGiven.set(sentence, (gives = givesReason(analysis, sentence, lists)));
      return gives;
    };
    for (const { sentence, span } of anonymityPhrases(analysis, lists)) {
      if (flagged.has(sentence) || givesReasonIn(sentence)) continue;
      flagged.add(sentence);
      report({ span, message: `"${textOf(analysis, span)}" gives no reason: ${POLICY}.` });
    }
    for (const attribution of analysis.attributions) {
      const source = attribution.source;
      if (!source || source.kind !== 'anonymous' || flagged.has(attribution.sentence) || givesReasonIn(attribution.sentence)) continue;
      report({ span: source.span, message: `"${textOf(analysis, source.span)}" is not named: ${POLICY}.` });
    }
  },
};

/** A reason phrase from the list, or a "because"/"since" clause right after the grant of anonymity. */
function givesReason(analysis: Analysis, sentence: number, lists: WordLists): boolean {
  const text = textOf(analysis, analysis.sentences[sentence].span).toLowerCase();
  return lists.anonymityReasons.some((reason) => text.includes(reason)) || ANONYMITY_BECAUSE.test(text);
}

const ANONYMITY_BECAUSE = /(anonymity|anonymously|not be (named|identified)|to be (named|identified)),? (because|since|as|so that)\b(?! of\b)/;

/**
 * Every "on condition of anonymity"-like phrase outside quotations, in order. A plain function filling a
 * list, not a generator: the same loop over every token, compiled as a resumable generator, cost about
 * a tenth more per token.
 */
function anonymityPhrases(analysis: Analysis, lists: WordLists): { sentence: number; span: Span }[] {
  const { tokens, sentenceTokenStart } = analysis;
  const phrases: { sentence: number; span: Span }[] = [];
  for (let s = 0; s < analysis.sentences.length; s++) {
    const to = sentenceTokenStart[s + 1];
    for (let i = sentenceTokenStart[s]; i < to; i++) {
      // Every listed phrase starts with a word ("on condition of anonymity", "speaking anonymously").
      if (!tokens[i].isWord || tokens[i].quote >= 0) continue;
      const match = lists.anonymityPhrases.matchAt(tokens, i, to);
      if (!match) continue;
      phrases.push({ sentence: s, span: { start: tokens[i].start, end: tokens[i + match.length - 1].end } });
      i += match.length - 1;
    }
  }
  return phrases;
}
