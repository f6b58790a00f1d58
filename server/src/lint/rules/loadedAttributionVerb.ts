import type { Analysis, Attribution } from '../types';
import { possessorOf, tokenAt } from '../attributions';
import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { introducesSpeech, textOf } from './shared';

/** The neutral verb in the cue's own tense. */
const NEUTRAL: Record<Attribution['cueForm'], string> = {
  past: 'said',
  participle: 'said',
  present: 'says',
  gerund: 'saying',
  base: 'say',
};

export const loadedAttributionVerb: Rule = {
  meta: {
    id: 'loaded-attribution-verb',
    defaultSeverity: 'info',
    description: 'Attribution verbs that editorialise ("claimed", "admitted", "insisted", "pointed out", "stressed"); "said" is neutral.',
    fixable: true,
    docsUrl: docsUrlFor('loaded-attribution-verb'),
    docs: {
      checks: 'Attribution verbs that carry a judgement: claimed, admitted, insisted, pointed out, noted, stressed, revealed, conceded, confessed, boasted, emphasized.',
      why: '"Claimed" casts doubt, "admitted" implies guilt, "revealed" a secret, "noted" and "pointed out" that the speaker is right. The AP Stylebook: "said" is almost always the right word.',
      fix: 'Use "said" or "says", in the same tense (auto-fixable: the quick fix, "Fix All" and `--fix` do it).',
    },
  },
  check({ analysis, lists, report }) {
    for (const attribution of analysis.attributions) {
      if (!attribution.source || !lists.loadedVerbs.has(attribution.cueLemma) || isNoun(analysis, attribution) || !introducesSpeech(analysis, attribution)) continue;
      const verb = textOf(analysis, attribution.cue);
      const neutral = matchCase(NEUTRAL[attribution.cueForm], verb);
      report({
        span: attribution.cue,
        message: `"${verb}" editorialises: "${neutral}" is neutral.`,
        fix: { title: `Replace with '${neutral}'`, edits: [{ span: attribution.cue, newText: neutral }] },
      });
    }
  },
};

/** "Trump's claim that…": a noun after its possessor, which "say" cannot replace. */
function isNoun(analysis: Analysis, attribution: Attribution): boolean {
  const { tokens, sentenceTokenStart } = analysis;
  const from = sentenceTokenStart[attribution.sentence];
  const cue = tokenAt(tokens, attribution.cue.start);
  return cue > from && possessorOf(tokens, cue, from) !== null;
}

function matchCase(word: string, like: string): string {
  return /^\p{Lu}/u.test(like) ? word[0].toUpperCase() + word.slice(1) : word;
}
