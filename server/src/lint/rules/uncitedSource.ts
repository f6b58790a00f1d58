import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { citedSources, ledgerFor, namesMatch, proseMentions } from '../sourceLedger';

export const uncitedSource: Rule = {
  meta: {
    id: 'uncited-source',
    defaultSeverity: 'hint',
    description: 'An entry of the `sources:` list in the front matter that the text never cites.',
    fixable: false,
    docsUrl: docsUrlFor('uncited-source'),
    docs: {
      checks: 'Each entry of the front matter\'s `sources:` list that no attribution in the text credits (by the same name matching as `undeclared-source`, pronouns that refer back to a name included) and whose name the prose never mentions. The finding sits on the entry\'s `name` in the front matter.',
      why: 'A listed source the story never uses is either a lead that was cut (and the ledger is out of date) or a source whose words ended up unattributed in the copy.',
      fix: 'Attribute the material that came from this source, or remove the entry from `sources:` if the story no longer relies on it.',
    },
  },
  check({ analysis, report }) {
    const ledger = ledgerFor(analysis);
    if (!ledger) return;
    const cited = citedSources(analysis).filter((source) => source.kind !== 'vague' && source.kind !== 'anonymous');
    for (const entry of ledger.entries) {
      if (cited.some((source) => namesMatch(source.name, entry.name)) || proseMentions(analysis, entry)) continue;
      report({ span: entry.nameSpan, message: `"${entry.name}" is listed in the sources in front matter but never cited in the text.` });
    }
  },
};
