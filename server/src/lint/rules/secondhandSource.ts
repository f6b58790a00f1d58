import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { textOf } from './shared';

export const secondhandSource: Rule = {
  meta: {
    id: 'secondhand-source',
    defaultSeverity: 'info',
    description: 'Attribution relayed through another news outlet ("RT reported", "according to SANA").',
    fixable: false,
    docsUrl: docsUrlFor('secondhand-source'),
    docs: {
      checks: 'Attributions whose source is a news outlet or agency: "RT reported", "according to SANA news agency", "the Associated Press reported". Outlets come from a built-in list plus `knownOutlets`.',
      why: 'Relayed reporting is only as good as the outlet that first reported it, and the reader should be able to find and judge that report. Wikipedia and most newsroom codes ask to credit and, where possible, verify the original.',
      fix: 'Link to the original report, or confirm the claim independently and say so.',
    },
  },
  check({ analysis, report }) {
    for (const attribution of analysis.attributions) {
      const source = attribution.source;
      if (!source || source.kind !== 'outlet') continue;
      const outlet = textOf(analysis, source.span);
      report({ span: source.span, message: `Relayed from ${outlet}: link to or verify the original report, and say which.` });
    }
  },
};
