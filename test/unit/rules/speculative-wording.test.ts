// speculative-wording: "may have", "probably", "appears to", "is widely regarded", "many" in the
// story's own voice. Guidance: say who speculates or holds the view, give the figure, or state what
// is known. Speculation a named source voices is theirs; bare "may" mostly gives permission.
import { test } from 'node:test';
import { expectClean, expectFlagged, show } from './helpers';

const RULE = 'speculative-wording';

// [draft text, exact text the finding covers]
const flagged: [string, string][] = [
  ['The fire may have started in the kitchen.', 'may have'],
  ['The driver may well have been asleep.', 'may well'],
  ['The suspect may have already left the country.', 'may have'],
  ['The remark might have stung.', 'might have'],
  ['The city may have to close two schools.', 'may have'],
  ['The plan might have a big effect on prices.', 'might have'],
  ['The storm might reach the coast by Friday.', 'might'],
  ['The fire probably started in the kitchen.', 'probably'],
  ['The senator is likely to resign before the vote.', 'likely'],
  ['The crash could have been avoided.', 'could have been'],
  ['The driver apparently lost control on the bend.', 'apparently'],
  ['The suspect appears to have fled the country.', 'appears to'],
  ['The leak seems to have come from inside the ministry.', 'seems to'],
  ['It seems that the outbreak has peaked.', 'It seems'],
  ['The minister seemed unaware of the report.', 'seemed'],
  ['He is widely regarded as the frontrunner.', 'widely regarded'],
  ['The coach is considered one of the best in the league.', 'considered'],
  ['The theory is widely believed in the valley.', 'widely believed'],
  ['The plan has been widely criticized.', 'widely criticized'],
  ['The plan has been criticized for its cost.', 'been criticized'],
  ['She is seen as the frontrunner.', 'seen as'],
  ['He wrote one of the most influential books of the decade.', 'one of the most'],
  // Vague quantities, Wikipedia's weasel quantifiers: how many, and who?
  ['Many residents fled the flooding.', 'Many'],
  ['Some of the money went missing.', 'Some'],
  ['Several families left the estate last year.', 'Several'],
  ['The road is closed in many places.', 'many'],
  ['The clinic stopped prescribing certain drugs last year.', 'certain'],
  // A quantifier heading a source that is not itself vague: vague-source does not report it, so this rule does.
  ['Many Republicans criticized the plan as too costly.', 'Many'],
  // Rankings by no one's measure: the peacock superlatives.
  ["The museum is the city's most popular attraction.", 'most popular'],
  ['She is best known for her work on housing.', 'best known'],
  ["The mural is the town's most striking landmark.", 'most striking'],
  ['He is the best-known lawyer in the county.', 'best-known'],
  ['The chef runs one of the finest kitchens in the state.', 'one of the finest'],
  ['The resignation was widely hailed as overdue.', 'widely hailed'],
  ['The fire has been widely reported as arson.', 'widely reported'],
  ['Perhaps the council never read the report.', 'Perhaps'],
  ['It is possible that the ballots were miscounted.', 'It is possible'],
  ['It is not clear whether the dam will hold.', 'It is not clear'],
];

// Speculation a named source voices, quoted speculation, and look-alikes.
const clean: string[] = [
  'The mayor said the new tax may cost families $600 a year.',
  'The storm might reach the coast by Friday, forecasters at the National Weather Service said.',
  'According to Fire Chief Ana Reyes, the fire probably started in the kitchen.',
  '“The senator is likely to resign before the vote,” his chief of staff said.',
  'Regulators said the merger could be blocked.',
  'The critic Ann Lee called it one of the most influential books of the decade.',
  'Police said the driver apparently lost control on the bend.',
  'The inquiry opens in May and runs until June.',
  'The bridge reopened on Monday.',
  'The council voted 5-2 to close the pool.',
  'The company reported a profit of $3 million.',
  'Dr. Lee told reporters the outbreak appears to have peaked.',
  // Bare "may" gives permission or a general capacity; "may have" with an object is permission too.
  'Residents may apply for the grant until June.',
  'Residents may have two pets.',
  'Patients with the virus may have high fevers.',
  // "considered" with a subject or a gerund weighs something; it holds no one to be anything.
  'The council considered raising fares.',
  'She considered the offer for a week.',
  'Plants may die in a hard frost.',
  // Rounded figures, comparisons, ability, frequency: not guesses.
  'Some 300 people attended the vigil.',
  'As many as 40 homes were damaged.',
  'Several hundred people attended the vigil.',
  // Measurable superlatives are unattributed-claim's to weigh, not a matter of taste.
  'It was the most expensive stadium ever built in the state.',
  'Women were more likely to apply than men.',
  'It is possible to renew the permit online.',
  'The plume could be seen as far away as Kansas.',
  'Badgers generally live in burrows.',
  // "appeared to" before a noun phrase is a preposition: a sighting, not an impression.
  'The mayor appeared to the crowd on a balcony.',
  // "certain" counts only before a plural: a vague group, not a sure thing or a singular amount.
  'The clinic is almost certain to close.',
  'The permit lasts for a certain number of days.',
  // Spans of time and definite sets are not vague groups.
  'The road was closed for several years.',
  'She has run the marathon many times.',
  'He wrote about his many travels in Asia.',
  // The holder of the view is named, or the vague source is vague-source's finding.
  'The plan has been criticized by the union.',
  'The painting is considered by the museum to be a forgery.',
  'Dr. Ruiz suggested that the outbreak has peaked.',
  'Many residents say the plan is unfair.',
  'Many residents fled the flooding, the fire chief said.',
  "The museum is the city's most popular attraction, a tourism board survey found.",
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
