import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { followsMentionLeadIn, isShortTitle } from './shared';

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
