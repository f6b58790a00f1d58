// secondhand-source: "RT reported" relays another outlet's reporting. Guidance: link or verify the
// original, and say whom that outlet itself was quoting.
import { test } from 'node:test';
import { expectClean, expectFlagged, show } from './helpers';

const RULE = 'secondhand-source';

// [draft text, exact text the finding covers: the outlet]
const flagged: [string, string][] = [
  // world news
  ['The militants aimed to simulate chemical attacks, RT reported.', 'RT'],
  ['Five people were killed in the blast, according to SANA news agency.', 'SANA news agency'],
  ['Al Jazeera reported that the border crossing had reopened.', 'Al Jazeera'],
  ['Tass reported that the talks would resume in Istanbul.', 'Tass'],
  ['Xinhua news agency said the flooding had forced 20,000 people from their homes.', 'Xinhua news agency'],
  ['State television said the president had been re-elected with 87 percent of the vote.', 'State television'],
  ['The ceasefire collapsed overnight, according to The New York Times.', 'The New York Times'],
  // politics
  ['The governor signed the bill late on Friday, the Associated Press reported.', 'the Associated Press'],
  ['The minister resigned on Monday, BBC News reported.', 'BBC News'],
  ['Le Monde reported on Thursday that the minister would step down.', 'Le Monde'],
  ['CNN reported that the FBI had opened an inquiry into the donations.', 'CNN'],
  // business
  ['Reuters reported that the company had hired advisers to explore a sale.', 'Reuters'],
  ['According to Bloomberg, the bank is weighing thousands of job cuts.', 'Bloomberg'],
  ['The Wall Street Journal reported that the merger talks had collapsed.', 'The Wall Street Journal'],
  // sport
  ['The club has agreed a fee for the striker, Sky Sports reported.', 'Sky Sports'],
];

// People quoted by name, including journalists, and outlets that are not anyone's source.
const clean: string[] = [
  // a journalist asking, or quoted by name
  "NBC's Megyn Kelly asked Putin about the strikes.",
  'BBC News journalist Jeremy Bowen said the city had been flattened.',
  'CNN anchor Jake Tapper will moderate the debate.',
  // named officials, even when speaking to an outlet
  'Defense Secretary Lloyd Austin said the strikes were lawful.',
  'Government spokesman Dmitry Peskov told reporters the talks would continue.',
  'The minister told Sky News that the trains would run on time.',
  'According to Health Minister Ana Costa, the hospital will open in June.',
  'Police said the suspect was arrested at his home.',
  // outlets in the news, not as sources
  'She worked at Reuters for 12 years before joining the campaign.',
  'The New York Times won three Pulitzer Prizes this year.',
  'The Associated Press Stylebook was updated this spring.',
  'The interview aired on RT on Sunday evening.',
  'Al Jazeera opened a new bureau in Nairobi.',
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
