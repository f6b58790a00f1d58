import type { Rule } from './rule';
import { docsUrlFor } from './rule';
import { citedSources, isProperName, ledgerFor, namesMatch } from '../sourceLedger';

export const undeclaredSource: Rule = {
  meta: {
    id: 'undeclared-source',
    defaultSeverity: 'info',
    description: 'A named source cited in the text but missing from the `sources:` list in the front matter.',
    fixable: false,
    docsUrl: docsUrlFor('undeclared-source'),
    docs: {
      checks: 'When the front matter has a `sources:` list, each named source the text cites that the list does not hold. Only proper names are checked (a capitalised word: "Linda Hsu", "the Finance Department", not "the city’s auditor"). Names match case-insensitively, and a surname or a name without its title matches the full entry ("Reyes" matches "Marcus Reyes"). Pronouns, vague, anonymous and outlet sources are not checked. Flagged once, at the first mention.',
      why: 'The ledger is how the desk checks a story: who was interviewed, how to reach them, where the documents are. A source quoted in the copy but missing from it cannot be checked before publication.',
      fix: "Add the source to `sources:` (the quick fix appends `- name: …`) with its `url` or `contact`, or correct the name in the text if it is a misspelling of a listed source.",
    },
  },
  check({ analysis, report }) {
    const ledger = ledgerFor(analysis);
    if (!ledger) return;
    const flagged: string[] = [];
    for (const source of citedSources(analysis)) {
      if (source.kind !== 'named' || !isProperName(source.name)) continue;
      // Once a name: "Paul Okafor" flagged, a later "Okafor" is the same person.
      if (flagged.some((name) => namesMatch(source.name, name))) continue;
      if (ledger.entries.some((entry) => namesMatch(source.name, entry.name))) continue;
      flagged.push(source.name);
      report({
        span: source.span,
        message: `"${source.name}" is cited but not listed in the sources in front matter.`,
        fix: { title: `Add '${source.name}' to the sources in front matter`, edits: [ledger.appendEdit(source.name)] },
      });
    }
  },
};
