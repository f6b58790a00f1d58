// hedged-wording: "alleged", "reportedly", "is said to"… are only as good as the person alleging.
// Guidance: name who alleges, reports or believes it in the same sentence, or don't hedge.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFlagged, fixOf, insertedText, show } from './helpers';

const RULE = 'hedged-wording';

// [draft text, exact text the finding covers]
const flagged: [string, string][] = [
  // courts and crime
  ['The alleged bribe was paid in cash at a Brooklyn restaurant.', 'alleged'],
  ['The suspect allegedly fired three shots into the crowd before fleeing on foot.', 'allegedly'],
  ['Three men were arrested over the alleged theft of copper cable from the rail line.', 'alleged'],
  ['The defendant is said to have wired the money to an offshore account.', 'is said to'],
  ['The gunman is believed to have acted alone.', 'is believed to'],
  ['It has been suggested that the mayor knew of the payments.', 'It has been suggested'],
  ['It was argued at the time that the dam was unsafe.', 'It was argued'],
  // politics
  ['The senator reportedly met with lobbyists twice in March.', 'reportedly'],
  ['The council member allegedly accepted gifts from a developer in 2019.', 'allegedly'],
  ['The so-called peace plan offers no timeline for the withdrawal of troops.', 'so-called'],
  ['Both parties are said to be close to a deal on the budget.', 'are said to'],
  // a question names who asked, not who alleges: the hedge still stands alone
  ['The anchor asked about alleged chemical attacks in the region.', 'alleged'],
  ['Reporters asked the minister about the so-called cash-for-honours affair.', 'so-called'],
  // business
  ['The company reportedly plans to cut 300 jobs at its plant in Ohio.', 'reportedly'],
  ['The purportedly independent audit was paid for by the company itself.', 'purportedly'],
  ['The rumored merger would create the largest grocery chain in the Midwest.', 'rumored'],
  ['The two men were said to be business partners before the firm collapsed.', 'were said to'],
  // science and health
  ['The supplement supposedly halves the risk of heart disease.', 'supposedly'],
  ['The new stadium was supposedly built without a cent of public money.', 'supposedly'],
  // agentless frames news uses to pass on what someone believes, hopes or fears
  ['The minister is understood to have offered her resignation on Friday.', 'is understood to'],
  ['It is feared that more bodies lie under the rubble.', 'It is feared'],
  ['The vote, it is hoped, will settle the dispute.', 'it is hoped'],
  ['It is known that the plant leaked for years.', 'It is known that'],
  ['The purported memo has never been made public.', 'purported'],
  ['The painting is reputedly worth $4 million.', 'reputedly'],
  ['The deal was claimed to be worth $2 billion.', 'was claimed to'],
  ['It has been noted that the mayor rarely attends council meetings.', 'It has been noted'],
  ['Concerns have been raised about the cost of the stadium.', 'Concerns have been raised'],
  ['There is speculation that the mayor will resign.', 'There is speculation'],
  // an adverb after the auxiliary leaves the hedge whole
  ['The tea is also said to ease the symptoms of a cold.', 'is also said to'],
  ['It has long been argued that the dam is unsafe.', 'It has long been argued'],
  ['Questions have also been raised about the contract.', 'Questions have also been raised'],
  // sport
  ['The striker, rumoured to be unhappy at the club, was left out of the squad on Saturday.', 'rumoured'],
  ['The midfielder is said to be close to signing a new contract.', 'is said to'],
  ['It is believed that the coach will resign before the end of the season.', 'It is believed'],
  // local news
  ['The fire is thought to have started in a ground-floor kitchen.', 'is thought to'],
];

// Attributed hedges, hedges inside someone's quotation, "allege" as the verb, and look-alikes.
const clean: string[] = [
  // "alleged" as the verb, with the one alleging as its subject
  'Prosecutors allege that he diverted $2 million from the charity.',
  'Prosecutors alleged that the bribe was paid in cash.',
  'The lawsuit, filed Tuesday in federal court, alleged that the company misled investors about its debts.',
  'The suit alleges that the landlord ignored repeated complaints about mould.',
  // the hedge sits inside the content of an attribution with a source
  'The man allegedly stole a car, police said.',
  'Police said the man allegedly stole a car from a dealership on Main Street.',
  "The mayor allegedly steered city contracts to his brother-in-law, according to the Manhattan district attorney's office.",
  'Defence lawyers said the alleged victim had given conflicting accounts of the night.',
  'The gunman is believed to have acted alone, Police Chief Maria Alvarez said.',
  'The fire is thought to have started in the kitchen, the county fire marshal said on Monday.',
  'The minister is understood to have offered her resignation, two aides said.',
  'The company claimed to have fixed the leak.',
  'Concerns have been raised by parents about the cost of the stadium.',
  'There has been speculation about the mayor, the Post reported.',
  'The opposition leader said the so-called reform would cost families £600 a year.',
  // inside a direct quotation
  '"He allegedly took the money and ran," the detective told jurors.',
  '“The so-called reforms have failed our schools,” Smith said.',
  // ordinary text that only looks like a hedge
  'The committee reported a surplus of $40,000 for the year.',
  'The talks are expected to resume on Monday in Geneva.',
  'Nothing was said to the families until Thursday.',
  'Investigators believe the fire started in the kitchen.',
];

for (const [text, expected] of flagged) {
  test(`flags "${expected}" in: ${show(text)}`, () => {
    expectFlagged(text, RULE, expected, 'warning');
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}

// The fix asks for the source: ", according to [source]" before the sentence's final punctuation.
const fixes: [string, string, string][] = [
  [
    'The alleged bribe was paid in cash at a Brooklyn restaurant.',
    'alleged',
    'The alleged bribe was paid in cash at a Brooklyn restaurant, according to [source].',
  ],
  [
    'The company reportedly plans to cut 300 jobs at its plant in Ohio.',
    'reportedly',
    'The company reportedly plans to cut 300 jobs at its plant in Ohio, according to [source].',
  ],
  [
    'The gunman is believed to have acted alone.',
    'is believed to',
    'The gunman is believed to have acted alone, according to [source].',
  ],
  [
    'It is believed that the coach will resign before the end of the season.',
    'It is believed',
    'It is believed that the coach will resign before the end of the season, according to [source].',
  ],
];

for (const [text, expected, fixed] of fixes) {
  test(`fix for "${expected}" asks for a source: ${show(text)}`, () => {
    const fix = fixOf(expectFlagged(text, RULE, expected));
    assert.match(insertedText(fix), /\[source\]/);
    assert.equal(applyFix(text, fix), fixed);
  });
}
