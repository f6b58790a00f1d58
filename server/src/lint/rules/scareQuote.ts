import type { Analysis, Quotation } from '../types';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { isShortTitle } from './shared';

/** Words that introduce a mention, a name or a title rather than a scare quote. */
const MENTION_LEAD_INS = ['the word', 'the words', 'the term', 'the phrase', 'the slogan', 'the name', 'the title', 'the hashtag', 'known as', 'titled', 'entitled', 'called', 'named', 'nicknamed', 'dubbed', 'so-called', 'labeled', 'labelled', 'branded', 'headlined', 'signed', 'reads', 'read', 'marked', 'stamped', 'spelled'];

export const scareQuote: Rule = {
  meta: {
    id: 'scare-quote',
    defaultSeverity: 'info',
    description: 'A short quoted phrase that no one is named as using.',
    fixable: false,
    docsUrl: docsUrlFor('scare-quote'),
    docs: {
      checks: 'Quoted phrases of one to four words, not a whole sentence, that are not inside what a named source said. Titles of works in Title Case and mentions ("the term", "known as") are left alone.',
      why: 'Quote marks around a word with no speaker read as the writer\'s sneer or doubt ("scare quotes"). The AP advises against them: attribute the phrase, or use plain words.',
      fix: 'Say who used the phrase (`what Smith called "reform"`), or drop the quotation marks.',
    },
  },
  check({ analysis, report }) {
    for (const quotation of analysis.quotations) {
      if (!quotation.isPhrase || quotation.inContentOf !== null || quotation.attribution !== null || quotation.impliedBy !== null) continue;
      if (quotation.wordCount === 0 || isShortTitle(analysis, quotation) || followsMentionLeadIn(analysis, quotation)) continue;
      const inner = analysis.text.slice(quotation.inner.start, quotation.inner.end).trim();
      report({
        span: quotation.span,
        message: `"${inner}" is quoted but no one is named as saying it: attribute it, or drop the quotation marks.`,
      });
    }
  },
};

function followsMentionLeadIn(analysis: Analysis, quotation: Quotation): boolean {
  const before = analysis.prose.slice(Math.max(0, quotation.span.start - 24), quotation.span.start).toLowerCase().replace(/[\s,:]+$/, '');
  return MENTION_LEAD_INS.some((leadIn) => before.endsWith(` ${leadIn}`) || before === leadIn);
}
