import type { Analysis } from '../types';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { listedPhrasesAt, textOf } from './shared';
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
    const { tokens } = analysis;
    for (const { start, match } of listedPhrasesAt(analysis, lists).anonymity) {
      const sentence = tokens[start].sentence;
      if (flagged.has(sentence) || givesReasonIn(sentence)) continue;
      const span = { start: tokens[start].start, end: tokens[start + match.length - 1].end };
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
