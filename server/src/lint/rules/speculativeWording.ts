import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { isAttributedAt, textOf } from './shared';

export const speculativeWording: Rule = {
  meta: {
    id: 'speculative-wording',
    defaultSeverity: 'hint',
    description: 'Speculation ("may", "probably", "appears to", "is widely considered") that no one is named as making.',
    fixable: false,
    docsUrl: docsUrlFor('speculative-wording'),
    docs: {
      checks: 'may/might, probably, likely, possibly, perhaps, apparently, "appears/seems to", "suggests that", "is considered", "widely regarded", "well known" — outside quotations and outside what a named source said.',
      why: 'Speculation in the reporter\'s own voice leaves the reader unsure what is known and who thinks so. Wikipedia flags unattributed "is widely regarded" and "some say" as weasel words; news style asks for the source of any judgement.',
      fix: 'Say who speculates ("…, analysts at the bank said"), state what is known instead, or cut the hedge.',
    },
  },
  check({ analysis, lists, report }) {
    const { tokens, sentenceTokenStart } = analysis;
    for (let s = 0; s < analysis.sentences.length; s++) {
      const to = sentenceTokenStart[s + 1];
      for (let i = sentenceTokenStart[s]; i < to; i++) {
        const token = tokens[i];
        if (!token.isWord || token.quote >= 0) continue;
        const match = lists.speculative.matchAt(tokens, i, to);
        if (!match) continue;
        if (token.lower === 'may' && token.isCapitalized && i > sentenceTokenStart[s]) continue; // the month
        const span = { start: token.start, end: tokens[i + match.length - 1].end };
        i += match.length - 1;
        if (isAttributedAt(analysis, s, span)) continue;
        report({ span, message: `"${textOf(analysis, span)}" speculates in the story's own voice: say who thinks so, or state what is known.` });
      }
    }
  },
};
