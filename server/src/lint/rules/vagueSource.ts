import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { textOf } from './shared';

export const vagueSource: Rule = {
  meta: {
    id: 'vague-source',
    defaultSeverity: 'warning',
    description: 'Sources too vague to check: "sources say", "critics say", "experts say", "reports suggest", "the West blames".',
    fixable: false,
    docsUrl: docsUrlFor('vague-source'),
    docs: {
      checks: 'Attributions whose source is a vague group or nobody in particular: sources say, some/many say, critics/experts/observers say, reports suggest, studies show, "the West blames", according to reports.',
      why: 'Readers cannot weigh a claim when they cannot tell who makes it. Wikipedia calls these weasel words; the AP asks reporters to name sources whenever possible.',
      fix: 'Name the people, report or study ("Sen. Jane Doe and two other Republicans said"), or say how many and who they are.',
    },
  },
  check({ analysis, report }) {
    for (const attribution of analysis.attributions) {
      const source = attribution.source;
      if (!source || source.kind !== 'vague') continue;
      const words = textOf(analysis, source.span);
      report({
        span: source.span,
        message: `"${words}" is too vague to check: name who says this, or say how many and who they are.`,
        fix: {
          title: `Add a "[named source]" placeholder after "${words}"`,
          edits: [{ span: { start: source.span.end, end: source.span.end }, newText: ' [named source]' }],
        },
      });
    }
  },
};
