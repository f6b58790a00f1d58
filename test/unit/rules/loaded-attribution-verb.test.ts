// loaded-attribution-verb: "claimed" doubts the speaker, "admitted" and "conceded" imply guilt,
// "stressed" and "pointed out" vouch for them. Guidance: "said" is neutral; keep the tense.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFlagged, fixOf, show } from './helpers';

const RULE = 'loaded-attribution-verb';

// [draft text, exact text the finding covers: the cue verb, the sentence after the fix]
const flagged: [string, string, string][] = [
  // politics
  [
    'Putin stressed that Damascus had destroyed its stockpile of chemical weapons.',
    'stressed',
    'Putin said that Damascus had destroyed its stockpile of chemical weapons.',
  ],
  ['Putin has pointed out that the dead are still unburied.', 'pointed out', 'Putin has said that the dead are still unburied.'],
  ['The minister pointed out that inflation had fallen.', 'pointed out', 'The minister said that inflation had fallen.'],
  ['The minister stresses that the cuts are temporary.', 'stresses', 'The minister says that the cuts are temporary.'],
  ['He claims the election was stolen.', 'claims', 'He says the election was stolen.'],
  [
    'The governor admits the plan is unpopular with rural voters.',
    'admits',
    'The governor says the plan is unpopular with rural voters.',
  ],
  [
    'The mayor conceded that the rollout of the new bins had been slow.',
    'conceded',
    'The mayor said that the rollout of the new bins had been slow.',
  ],
  // courts
  [
    'The judge noted that the defendant had no previous convictions.',
    'noted',
    'The judge said that the defendant had no previous convictions.',
  ],
  ['The defendant admitted that he had been driving the car.', 'admitted', 'The defendant said that he had been driving the car.'],
  [
    'The former aide confessed that she had shredded the documents.',
    'confessed',
    'The former aide said that she had shredded the documents.',
  ],
  // business
  ['The chairman claimed the accounts were in order.', 'claimed', 'The chairman said the accounts were in order.'],
  ['The company revealed that profits had fallen by half.', 'revealed', 'The company said that profits had fallen by half.'],
  [
    'The chief executive points out that sales are up for the third quarter in a row.',
    'points out',
    'The chief executive says that sales are up for the third quarter in a row.',
  ],
  ['“We did nothing wrong,” the company insisted.', 'insisted', '“We did nothing wrong,” the company said.'],
  // science
  [
    '"The figures speak for themselves," noted Professor Amy Chen.',
    'noted',
    '"The figures speak for themselves," said Professor Amy Chen.',
  ],
  // sport
  ['The coach insisted his job was safe.', 'insisted', 'The coach said his job was safe.'],
  [
    'The owner boasted that the team would win the league within five years.',
    'boasted',
    'The owner said that the team would win the league within five years.',
  ],
  ['The striker is insisting that he wants to stay at the club.', 'insisting', 'The striker is saying that he wants to stay at the club.'],
];

// Neutral verbs, and the same words where they are not attribution verbs.
const clean: string[] = [
  // neutral attribution
  'The minister said the cuts were temporary.',
  'The coach told reporters his job was safe.',
  '"We will win," the coach says.',
  // the words in other senses
  'The noted author will speak at the library on Thursday.',
  'Fact-checkers examined Trump’s claim that crime had doubled.',
  'The restaurant is noted for its seafood.',
  'He was admitted to hospital with chest pains.',
  'She was admitted to the bar in 2004.',
  'Three students were admitted to the program this year.',
  'The claims were rejected by the court.',
  'The insurer paid the claim in full.',
  'Unclaimed luggage will be destroyed after 30 days.',
  'Stressed-out commuters waited two hours for a bus.',
  'The bridge was stressed to twice its rated load during testing.',
  'The museum revealed its new wing to the public on Saturday.',
  'The team boasts the best defence in the league.',
  'She pointed out of the window at the smoke rising over the harbour.',
];

for (const [text, expected, fixed] of flagged) {
  test(`flags "${expected}", fixed to: ${show(fixed)}`, () => {
    const finding = expectFlagged(text, RULE, expected, 'info');
    const fix = fixOf(finding);
    assert.ok(
      fix.edits.some((e) => e.span.start === finding.span.start && e.span.end === finding.span.end),
      'the fix should replace the flagged verb',
    );
    assert.equal(applyFix(text, fix), fixed);
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}
