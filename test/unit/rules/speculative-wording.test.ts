// speculative-wording: "may", "probably", "appears to", "is widely regarded" in the story's own voice.
// Guidance: say who speculates, or state what is known. Speculation a named source voices is theirs.
import { test } from 'node:test';
import { expectClean, expectFlagged, show } from './helpers';

const RULE = 'speculative-wording';

// [draft text, exact text the finding covers]
const flagged: [string, string][] = [
  ['The new tax may cost families $600 a year.', 'may'],
  ['The storm might reach the coast by Friday.', 'might'],
  ['The fire probably started in the kitchen.', 'probably'],
  ['The senator is likely to resign before the vote.', 'likely'],
  ['The merger could be blocked by regulators.', 'could be'],
  ['The driver apparently lost control on the bend.', 'apparently'],
  ['The suspect appears to have fled the country.', 'appears to'],
  ['The leak seems to have come from inside the ministry.', 'seems to'],
  ['The data suggests that the outbreak has peaked.', 'suggests that'],
  ['He is widely regarded as the frontrunner.', 'widely regarded'],
  ['The coach is considered one of the best in the league.', 'is considered'],
  ['Perhaps the council never read the report.', 'Perhaps'],
  ['It is possible that the ballots were miscounted.', 'It is possible'],
];

// Speculation a named source voices, quoted speculation, and look-alikes.
const clean: string[] = [
  'The mayor said the new tax may cost families $600 a year.',
  'The storm might reach the coast by Friday, forecasters at the National Weather Service said.',
  'According to Fire Chief Ana Reyes, the fire probably started in the kitchen.',
  '“The senator is likely to resign before the vote,” his chief of staff said.',
  'Regulators said the merger could be blocked.',
  'Police said the driver apparently lost control on the bend.',
  'The inquiry opens in May and runs until June.',
  'The bridge reopened on Monday.',
  'The council voted 5-2 to close the pool.',
  'The company reported a profit of $3 million.',
  'Dr. Lee told reporters the outbreak appears to have peaked.',
];

for (const [text, expected] of flagged) {
  test(`flags "${expected}" in: ${show(text)}`, () => {
    expectFlagged(text, RULE, expected, 'hint');
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}
