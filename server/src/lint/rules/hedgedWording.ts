import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { accordingToPlaceholderFix, cueAt, isAttributedAt, listedPhrasesAt, startsNounPhrase, textOf } from './shared';

export const hedgedWording: Rule = {
  meta: {
    id: 'hedged-wording',
    defaultSeverity: 'warning',
    description: 'Hedges such as "alleged", "reportedly" or "is believed to" with no one named as making the claim.',
    fixable: false,
    docsUrl: docsUrlFor('hedged-wording'),
    docs: {
      checks: 'alleged/allegedly, reportedly, reputedly, purportedly, supposedly, so-called, rumored, "is said/believed/thought/understood to", "it is believed/feared/hoped that", "concerns have been raised" (an adverb may follow the auxiliary: "is also said to") — when no one in the sentence is named as the one alleging.',
      why: 'A hedge hides the source: readers cannot tell who alleges, reports or believes it. The AP Stylebook asks that "alleged" be tied to who makes the allegation, and Wikipedia lists these words among weasel words.',
      fix: 'Name who alleges or reports it ("…, police said"), or cut the hedge if the fact is established.',
    },
  },
  check({ analysis, lists, report }) {
    const { tokens, sentenceTokenStart } = analysis;
    // Tokens before `end` are inside a hedge already read: an overlapping one is not reported again.
    let end = 0;
    for (const { start: index, match } of listedPhrasesAt(analysis, lists).hedges) {
      if (index < end) continue;
      end = index + match.length;
      const s = tokens[index].sentence;
      const to = sentenceTokenStart[s + 1];
      const i = end - 1;
      const span = { start: tokens[index].start, end: tokens[i].end };
      // "was said to the families": "to" is a preposition here, not an infinitive.
      if (tokens[i].lower === 'to' && i + 1 < to && startsNounPhrase(tokens[i + 1])) continue;
      // "Prosecutors alleged that…" (the hedge is the cue), "alleged by prosecutors" (the agent follows).
      const agentFollows = i + 2 < to && tokens[i + 1].lower === 'by' && tokens[i + 2].isWord;
      if (cueAt(analysis, s, span.start) || agentFollows || isAttributedAt(analysis, s, span)) continue;
      report({
        span,
        message: `"${textOf(analysis, span)}" reports a claim without saying who makes it: name the source, or cut the hedge.`,
        fix: accordingToPlaceholderFix(analysis, s),
      });
    }
  },
};

