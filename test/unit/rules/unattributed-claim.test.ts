// unattributed-claim: figures, casualties, accusations, superlatives and causes need a source in
// reach: the same sentence or a neighbouring sentence of the same paragraph.
// Guidance: if we did not count it ourselves, say who did.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { expectClean, expectFlagged, fixOf, insertedText, paragraphs, show } from './helpers';

const RULE = 'unattributed-claim';

// [draft text, exact text the finding covers: the whole sentence, final period included]
const flagged: [string, string][] = [
  // casualties
  ['The fire killed 14 people and destroyed more than 200 homes.', 'The fire killed 14 people and destroyed more than 200 homes.'],
  ['Three soldiers were wounded in the attack on the checkpoint.', 'Three soldiers were wounded in the attack on the checkpoint.'],
  ['Two climbers died on Mount Rainier over the weekend.', 'Two climbers died on Mount Rainier over the weekend.'],
  ['The storm hit the coast late on Sunday. It killed at least 12 people.', 'It killed at least 12 people.'],
  // counts of people, money, percentages
  ['More than 1,200 people were evacuated from the coastal towns.', 'More than 1,200 people were evacuated from the coastal towns.'],
  ['The city paid $4 million to settle the lawsuit.', 'The city paid $4 million to settle the lawsuit.'],
  ['Unemployment in the county rose to 9 percent last year.', 'Unemployment in the county rose to 9 percent last year.'],
  ['The company lost $2.3 billion in the third quarter.', 'The company lost $2.3 billion in the third quarter.'],
  ['The vaccine cut hospital admissions by 40 percent.', 'The vaccine cut hospital admissions by 40 percent.'],
  // a modifier may stand between a number and what it counts
  ['The plant will cut 2,000 more jobs next year.', 'The plant will cut 2,000 more jobs next year.'],
  ['The company laid off 300 factory workers.', 'The company laid off 300 factory workers.'],
  ['The survey reached 500 registered voters in the state.', 'The survey reached 500 registered voters in the state.'],
  // poll margins, delegates and seats are figures too
  ['Clinton leads Trump by 9 percentage points in Ohio.', 'Clinton leads Trump by 9 percentage points in Ohio.'],
  ['Including superdelegates, Clinton now has 503 delegates.', 'Including superdelegates, Clinton now has 503 delegates.'],
  ['Democrats would need to win 15 seats to take the House.', 'Democrats would need to win 15 seats to take the House.'],
  // accusations
  ['The former mayor committed fraud while in office.', 'The former mayor committed fraud while in office.'],
  ['The army committed war crimes in the northern province.', 'The army committed war crimes in the northern province.'],
  [
    'Corruption in the customs service has cost the treasury millions of dollars.',
    'Corruption in the customs service has cost the treasury millions of dollars.',
  ],
  // superlatives
  ['It was the worst flood in the region in a century.', 'It was the worst flood in the region in a century.'],
  ['The new terminal is the largest in Europe.', 'The new terminal is the largest in Europe.'],
  // causes
  ['The power cut was caused by a squirrel in a substation.', 'The power cut was caused by a squirrel in a substation.'],
  ['The strike led to the cancellation of 300 flights.', 'The strike led to the cancellation of 300 flights.'],
  ['Food prices rose sharply because of the drought.', 'Food prices rose sharply because of the drought.'],
  // a source in another paragraph is out of reach
  [
    paragraphs('Fire Chief Ana Ruiz said crews worked through the night.', 'The blaze killed two firefighters.'),
    'The blaze killed two firefighters.',
  ],
  // a claim outside the reported clause: the comma closes an opening phrase's clause; "fact" reports nobody
  ['Despite complaints that the vote was unfair, the council lost $4 million on the deal.', 'Despite complaints that the vote was unfair, the council lost $4 million on the deal.'],
  ['The fact that 2,000 jobs were lost angered the town.', 'The fact that 2,000 jobs were lost angered the town.'],
  // a relative clause after the noun is the writer's: "a statement that…" followed by a verb
  ['The agency issued a warning that prompted 2,000 people to leave.', 'The agency issued a warning that prompted 2,000 people to leave.'],
  ['The agency issued a report on the storm that prompted 2,000 people to leave.', 'The agency issued a report on the storm that prompted 2,000 people to leave.'],
  // a colon after no noun of saying: the writer's own claim
  ['The toll was grim: 40 people died in the fire.', 'The toll was grim: 40 people died in the fire.'],
  // "Under" something that provides nothing
  ['Under pressure, the city paid $4 million to settle the lawsuit.', 'Under pressure, the city paid $4 million to settle the lawsuit.'],
  // what follows the "of" phrase of a noun of saying is the writer's again
  ['Allegations of fraud forced the mayor to repay $4 million.', 'Allegations of fraud forced the mayor to repay $4 million.'],
  // reports, rumors and allegations with no one named: the writer passes the claim on unsourced
  ['The ad features a newspaper report from over the weekend that 40 people died in the fire.', 'The ad features a newspaper report from over the weekend that 40 people died in the fire.'],
  ['The town was rife with rumors of fraud and bribery.', 'The town was rife with rumors of fraud and bribery.'],
  ['Amid reports that 40 people died, the council met.', 'Amid reports that 40 people died, the council met.'],
  // a day before the noun names no one
  ['The ad features a Sunday report that 40 people died in the fire.', 'The ad features a Sunday report that 40 people died in the fire.'],
  // "There were reports": "there" names no one
  ['There were reports that 40 people died in the fire.', 'There were reports that 40 people died in the fire.'],
  ['Allegations of fraud have dogged the mayor.', 'Allegations of fraud have dogged the mayor.'],
  // a figure before an expectation or impression is still the writer's; one after its clause ends too
  ['The loss of 2,000 jobs seemed to hurt the town.', 'The loss of 2,000 jobs seemed to hurt the town.'],
  ['The plan seemed to stall: 40 people lost their jobs.', 'The plan seemed to stall: 40 people lost their jobs.'],
  // a claim before an indirect question is still the writer's
  [
    'The fire killed 14 people, and investigators are looking into whether the alarm failed.',
    'The fire killed 14 people, and investigators are looking into whether the alarm failed.',
  ],
  // a figure before what a plan provides, and what something other than a plan or rule allows, are the writer's
  ['The $4 million plan would require the city to borrow.', 'The $4 million plan would require the city to borrow.'],
  ['The broken levee allowed floodwater to kill 14 people.', 'The broken levee allowed floodwater to kill 14 people.'],
  // an estimate with no one named, a participle, or an estimate someone has never made: the writer's figure
  ['An estimated 11 million people live in the region.', 'An estimated 11 million people live in the region.'],
  ['Turnout was low among the county\'s estimated 2,000 voters.', 'Turnout was low among the county\'s estimated 2,000 voters.'],
  ['The ballots counted by hand showed 40 percent for the mayor.', 'The ballots counted by hand showed 40 percent for the mayor.'],
  ['The ministry has never identified the 40 people killed in the raid.', 'The ministry has never identified the 40 people killed in the raid.'],
  // a forecast with no one named is the writer's figure: whose forecast is it?
  ['The deficit is expected to rise to 2.9 percent this year.', 'The deficit is expected to rise to 2.9 percent this year.'],
  ['Unemployment is projected to swell to 65 million in 2025.', 'Unemployment is projected to swell to 65 million in 2025.'],
  // a lead-in that names nobody, or a long sentence that introduces an example, not words
  [paragraphs('The facts:', 'The blaze killed two firefighters.'), 'The blaze killed two firefighters.'],
  [
    paragraphs('The reporter checked the next line with the district and silenced the rule for that line only:', 'The blaze killed two firefighters.'),
    'The blaze killed two firefighters.',
  ],
];

// The same claims with a source, sentences with nothing to check, and bare years and dates.
const clean: string[] = [
  // attributed in the sentence
  'The fire killed 14 people, police said.',
  'According to the ministry, unemployment rose to 9 percent last year.',
  "The city paid $4 million to settle the lawsuit, the city attorney's office said.",
  'Fire Chief Ana Ruiz said more than 1,200 people were evacuated from the coastal towns.',
  'Prosecutors say the former mayor committed fraud while in office.',
  'It was the worst flood in the region in a century, the Environment Agency said in a statement.',
  'The utility said the power cut was caused by a squirrel in a substation.',
  'The vaccine cut hospital admissions by 40 percent, according to a study published in The Lancet.',
  '"The strike led to the cancellation of 300 flights," the airline\'s chief executive said.',
  // attributed in the neighbouring sentence of the same paragraph
  'Two climbers died on Mount Rainier over the weekend. Park ranger Tom Hale said they had been caught in an avalanche.',
  // the paragraph after a lead-in that names its speaker, whatever the verb
  paragraphs('On July 6, 2015, Sanders made the following comment:', 'For young white people, the unemployment rate is 33 percent.'),
  // someone's words or thoughts, even with no one named: a noun of saying or believing and its clause,
  // a question put to someone, what someone calls for
  'The plan was shelved amid fears that it would cost 2,000 jobs.',
  'Despite complaints that the vote was rigged, the council approved the budget.',
  // the "that" after a short phrase, and the "of" phrase of allegations, reports, fears, when whose is said
  'The ad features a report in the Post from over the weekend that 40 people died in the fire.',
  'The town was rife with fears of fraud and bribery.',
  "The Red Cross's reports of migrants traveling on passports taken from the dead alarmed officials.",
  "The union's claim that 400 jobs will go was denied.",
  // a name right before the noun says whose it is
  'The ad features a Reuters report that 40 people died in the fire.',
  'The ad features a Pentagon allegation that 40 people died in the fire.',
  'Asked whether 40 people died in the fire, the mayor declined to comment.',
  // after a noun of saying or believing, a colon opens its content
  'Both men had the same position on the tax: it would cost 2,000 jobs.',
  'Sanders has a particular critique of the economy: the banks are still the biggest danger.',
  // what a plan, law or rule provides is its content
  "Under Mrs. Clinton's plan, taxpayers earning $100,000 would pay 40 percent more.",
  'Under Missouri law, candidates trailing by less than 0.5 percent of votes cast may ask for a recount.',
  // what something seems or appears to be, or is considered: an impression (speculative-wording's to
  // report), not a figure stated as fact
  'The court seemed ready to hand the unions their biggest defeat in decades.',
  'The governor appears to have the state all to himself and its 66 delegates.',
  'The walkout is considered one of the largest in company history.',
  // what a plan, law or rule provides or calls for, as after "Under the plan,"
  'A new state rule will require workers earning up to $50,000 a year to be paid overtime.',
  'The bill includes a provision that allows the governor to cut the minimum wage to $4.25 an hour.',
  'The new budget provides the largest tax cut in a decade.',
  'The program, called EB-5, allows foreign investors to gain citizenship by investing $500,000.',
  "The country's constitution, drawn up by the military in 2008, reserves 25 percent of seats for the army.",
  // "in" a poll named by its capitalised title works like "according to" it
  "The president's approval rating in the latest Washington Post-ABC News Poll stands at 53 percent.",
  // whoever estimates, counts or rates is the source of the figures that follow
  'The county estimated 2,000 homes were damaged in the flood.',
  'PolitiFact later rated 32 percent of his claims as false.',
  'A Reuters analysis identified $130 million in spending on consultants.',
  "One survey pegs the mayor's fortune at $40 million.",
  // a noun of saying: "representation" in its legal sense
  "The judge accepted the company's representation that the files run to thousands of pages.",
  // an indirect question states nothing
  'The bureau is looking into whether the contract was illegal.',
  'It is not clear whether thousands of voters will turn out.',
  // a topic or a category named with a trigger word is no accusation
  'Voters ranked terrorism and illegal immigration above the economy.',
  'The senator backed an assault weapons ban and a criminal justice overhaul.',
  // an idiom built on a trigger word states no casualty
  'Without Bloomberg in the race, Trump and Sanders were in a dead heat.',
  'Right now, the nomination looks dead on arrival.',
  // a year before a modifier and a noun is no figure
  'The 2016 presidential election is in November.',
  // nothing to check
  'The council meets on Tuesday.',
  'Residents are invited to comment on the plans at the town hall.',
  'The museum reopens on Saturday after a two-year renovation.',
  // years and dates alone
  'The bridge opened in 1998.',
  'The election will be held on May 4.',
  'The mayor was born in 1962 and grew up in Tulsa.',
];

for (const [text, expected] of flagged) {
  test(`flags the claim in: ${show(text)}`, () => {
    expectFlagged(text, RULE, expected, 'info');
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}

// The fix asks for a source.
const fixes: string[] = ['The city paid $4 million to settle the lawsuit.', 'It was the worst flood in the region in a century.'];

for (const text of fixes) {
  test(`fix asks for a source: ${show(text)}`, () => {
    const fix = fixOf(expectFlagged(text, RULE, text));
    assert.match(insertedText(fix), /according to \[source\]/);
  });
}
