import type { Analysis, Fix, Quotation } from '../types';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { followsMentionLeadIn, isShortTitle, isTitleCase } from './shared';

/** Longer than most titles of works, shorter than most Title Case slogans quoted as speech. */
const MAX_TITLE_WORDS = 12;

export const unattributedQuote: Rule = {
  meta: {
    id: 'unattributed-quote',
    defaultSeverity: 'warning',
    description: 'A direct quotation with no speaker named in its sentence, the neighbouring sentences, or a lead-in.',
    fixable: false,
    docsUrl: docsUrlFor('unattributed-quote'),
    docs: {
      checks: 'Quotations of a whole sentence or five or more words with no speaker in their own sentence, the neighbouring sentences of the paragraph, a lead-in paragraph ending "X said:", or another paragraph of the same multi-paragraph quote. Cues inside the quotation ("I am telling you") do not count.',
      why: 'A quotation is a claim that someone said these exact words; the reader must know who. The AP asks for attribution with every direct quote, in the first paragraph of a quote that runs on.',
      fix: 'Name the speaker: `"…," Smith said.` The quick fix inserts `[speaker] said` for you to fill in.',
    },
  },
  check({ analysis, report }) {
    for (const quotation of analysis.quotations) {
      if (quotation.isPhrase || quotation.attribution !== null || quotation.impliedBy !== null || isShortTitle(analysis, quotation)) continue;
      // A title ("a paper titled ''How to Foster Long-Term Innovation Investment''") is named, not said.
      if (isTitleCase(analysis, quotation, MAX_TITLE_WORDS) || followsMentionLeadIn(analysis, quotation)) continue;
      report({
        span: quotation.span,
        message: 'Nobody is named as saying this quotation: add who said it ("…," Smith said).',
        fix: speakerPlaceholderFix(analysis, quotation),
      });
    }
  },
};

/**
 * `…lie.”` becomes `…lie,” [speaker] said.` (news style: the period turns into a comma inside the
 * quote); a quote ending in ? or ! keeps it; a quote mid-sentence gets `, [speaker] said` after it.
 * Only punctuation is changed, never the reporter's words.
 */
function speakerPlaceholderFix(analysis: Analysis, quotation: Quotation): Fix {
  const { text } = analysis;
  const closing = quotation.span.end - 1;
  const lastInside = closing - 1;
  const endsParagraphOrSentence = /^\s*(\n|\r|$|[\p{Lu}“"‘])/u.test(text.slice(quotation.span.end, quotation.span.end + 2));
  const title = 'Add "[speaker] said"';
  if (endsParagraphOrSentence && text[lastInside] === '.') {
    return {
      title,
      edits: [
        { span: { start: lastInside, end: lastInside + 1 }, newText: ',' },
        { span: { start: quotation.span.end, end: quotation.span.end }, newText: ' [speaker] said.' },
      ],
    };
  }
  if (endsParagraphOrSentence && /[!?]/.test(text[lastInside])) {
    return { title, edits: [{ span: { start: quotation.span.end, end: quotation.span.end }, newText: ' [speaker] said.' }] };
  }
  // A word right after the closing mark ("…"and) keeps a space of its own, not "said" glued to it.
  const gluedWord = /^[\p{L}\p{N}]/u.test(text.slice(quotation.span.end, quotation.span.end + 2));
  return { title, edits: [{ span: { start: quotation.span.end, end: quotation.span.end }, newText: gluedWord ? ', [speaker] said ' : ', [speaker] said' }] };
}
