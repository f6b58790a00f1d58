// anonymous-source: unnamed sources are allowed only sparingly, and the reader is owed the reason
// for the anonymity. Guidance: name the source, or say why they could not be named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText } from '../../../server/src/lint';
import { expectClean, expectFlagged, paragraphs, show } from './helpers';

const RULE = 'anonymous-source';

// [draft text, exact text the finding covers: the whole source phrase, or the anonymity clause]
const flagged: [string, string][] = [
  // politics and diplomacy
  ['A senior official said the talks had stalled over border security.', 'A senior official'],
  ['A senior official told reporters that sanctions would be lifted within weeks.', 'A senior official'],
  ['A senior administration official said the president would veto the bill.', 'A senior administration official'],
  ['The official, who spoke on condition of anonymity, said the troops would leave by spring.', 'on condition of anonymity'],
  ['Speaking on condition of anonymity, a diplomat said the ceasefire was close.', 'on condition of anonymity'],
  // business
  ['The company is preparing to sell its European unit, people familiar with the matter said.', 'people familiar with the matter'],
  ["People familiar with the matter said the board met on Sunday to discuss the chief executive's future.", 'People familiar with the matter'],
  ['A source said the deal could be announced as early as Friday.', 'A source'],
  // courts and crime
  ['A person close to the investigation said the driver had been drinking.', 'A person close to the investigation'],
  // sport
  ['The coach will be fired after the season, according to a source.', 'a source'],
  ['The player has asked to be traded, a source told the newspaper.', 'a source'],
  // local news, past and present
  ['Officials said the bridge would remain closed through the weekend.', 'Officials'],
  ['Officials say the water is safe to drink.', 'Officials'],
  [
    paragraphs(
      'The county will close two of its five libraries next year.',
      'Officials said the closures would save about $1 million a year.',
    ),
    'Officials',
  ],
];

// Named sources, anonymity with its reason, and "source"/"anonymous"/"officials" in other senses.
const clean: string[] = [
  // the reason for anonymity is given
  'A senior official, who spoke on condition of anonymity because they were not authorized to discuss the talks, said a deal was close.',
  'Two diplomats, speaking on condition of anonymity because the negotiations are confidential, said the ceasefire would hold.',
  // named sources
  'Health Minister Mark Holland said the clinic would open in May.',
  'Police spokeswoman Ana Ruiz said the suspect was in custody.',
  'Fire Chief Dan Morris said the blaze was started by a space heater.',
  "The bill's sponsor, state Sen. Laura Kelly, said it would pass easily.",
  'The minister told Sky News that the trains would run on time.',
  // the words in other senses
  'An anonymous donor gave $5,000 to the library.',
  'The letter was signed anonymously and left at the front desk.',
  'The river is a source of drinking water for 40,000 people.',
  'The source of the leak was a corroded pipe under the car park.',
  'Election officials will count the postal ballots on Thursday.',
  'Officials from both teams shook hands after the final whistle.',
  "The paper's policy on anonymous sources was updated last year.",
];

for (const [text, expected] of flagged) {
  test(`flags "${expected}" in: ${show(text)}`, () => {
    expectFlagged(text, RULE, expected, 'info');
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}

test('two cues sharing one unnamed source make one finding on it', () => {
  const text = 'A lawyer for the company admitted that the sprinklers had not been inspected, but said the company had cooperated.';
  const findings = lintText(text, { format: 'plaintext' }).findings.filter((finding) => finding.ruleId === RULE);
  assert.deepEqual(findings.map((finding) => text.slice(finding.span.start, finding.span.end)), ['A lawyer for the company']);
});
