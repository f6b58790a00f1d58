// Who said what: the attribution analysis every rule and the report share.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText, type SourceKind } from '../../server/src/lint';

interface Seen {
  cue: string;
  source: string | null;
  kind: SourceKind | null;
  content: string | null;
}

function attributionsOf(text: string): Seen[] {
  const analysis = analyzeText(text, { format: 'plaintext' });
  const slice = (span: { start: number; end: number } | null) => (span ? text.slice(span.start, span.end) : null);
  return analysis.attributions.map((attribution) => ({
    cue: text.slice(attribution.cue.start, attribution.cue.end),
    source: slice(attribution.source?.span ?? null),
    kind: attribution.source?.kind ?? null,
    content: slice(attribution.content),
  }));
}

const cases: [string, Seen][] = [
  ['The mayor said the bridge would reopen in May.', { cue: 'said', source: 'The mayor', kind: 'named', content: 'the bridge would reopen in May' }],
  ['The bridge will reopen in May, the mayor said.', { cue: 'said', source: 'the mayor', kind: 'named', content: 'The bridge will reopen in May' }],
  ['“The bridge will reopen in May,” said Ann Lee, the mayor.', { cue: 'said', source: 'Ann Lee', kind: 'named', content: '“The bridge will reopen in May,”' }],
  ['Putin has also said there should be an inquiry.', { cue: 'said', source: 'Putin', kind: 'named', content: 'there should be an inquiry' }],
  ['He told reporters that the deal was dead.', { cue: 'told', source: 'He', kind: 'pronoun', content: 'the deal was dead' }],
  ['The deal is dead, according to SANA news agency.', { cue: 'according to', source: 'SANA news agency', kind: 'outlet', content: 'The deal is dead' }],
  ['According to the ministry, 40 people died.', { cue: 'According to', source: 'the ministry', kind: 'named', content: '40 people died' }],
  ['Critics say the plan is too costly.', { cue: 'say', source: 'Critics', kind: 'vague', content: 'the plan is too costly' }],
  ['People familiar with the matter said the board met on Sunday.', { cue: 'said', source: 'People familiar with the matter', kind: 'anonymous', content: 'the board met on Sunday' }],
  ['A senior official said talks had stalled.', { cue: 'said', source: 'A senior official', kind: 'anonymous', content: 'talks had stalled' }],
  ['The claims were rebuffed as “fake news” by the Russian leader.', { cue: 'rebuffed', source: 'the Russian leader', kind: 'named', content: 'The claims were rebuffed as “fake news”' }],
  ['Russian President Vladimir Putin stressed that the talks failed.', { cue: 'stressed', source: 'Russian President Vladimir Putin', kind: 'named', content: 'the talks failed' }],
  ['The West blames the government for the attack.', { cue: 'blames', source: 'The West', kind: 'vague', content: 'the government for the attack' }],
  ['Reuters reported that the plant had closed.', { cue: 'reported', source: 'Reuters', kind: 'outlet', content: 'the plant had closed' }],
  ['Smith, who chairs the committee, said the vote was close.', { cue: 'said', source: 'Smith', kind: 'named', content: 'the vote was close' }],
  ['Studies show that masks work.', { cue: 'show', source: 'Studies', kind: 'vague', content: 'masks work' }],
  ['People with knowledge of the talks said the deal was close.', { cue: 'said', source: 'People with knowledge of the talks', kind: 'anonymous', content: 'the deal was close' }],
  ['In 2016, Mrs. Schlafly endorsed the governor.', { cue: 'endorsed', source: 'Mrs. Schlafly', kind: 'named', content: 'the governor' }],
  ['Megyn Kelly said the debate was over.', { cue: 'said', source: 'Megyn Kelly', kind: 'named', content: 'the debate was over' }],
  ['“It is over,” Ms. Gao said by telephone.', { cue: 'said', source: 'Ms. Gao', kind: 'named', content: '“It is over,”' }],
];

for (const [text, expected] of cases) {
  test(`finds who said what in: ${text}`, () => {
    assert.deepEqual(attributionsOf(text), [expected]);
  });
}

test('the pronoun "he" refers back to the last named speaker', () => {
  const analysis = analyzeText('Mayor Ann Lee said the pool would close. He said the budget was short. Later, Tom Roe said it would not.', { format: 'plaintext' });
  assert.equal(analysis.attributions[1].source?.refersTo, 'Mayor Ann Lee');
});

test('a speaker inside a quotation speaks only inside it: "I am telling you" attributes nothing', () => {
  assert.deepEqual(attributionsOf('“If you do not know this, I am telling you this now.”'), []);
});

test('nouns that look like cues are not cues', () => {
  for (const text of ['Those claims were false.', 'Some calls into the hotline were going to voicemail.', 'Mass protests in the city were reported.', 'The new report shows up in the index.', 'Her notes were lost.', 'He was admitted to hospital.', 'A noted author spoke.']) {
    assert.deepEqual(attributionsOf(text), [], text);
  }
});

test('a paragraph ending "X said:" owns the next paragraph', () => {
  const text = 'The mayor said:\n\n“We will rebuild the bridge and the road together.”';
  const analysis = analyzeText(text, { format: 'plaintext' });
  assert.equal(analysis.quotations[0].attribution, 0);
});

test('"he added" in the next sentence claims a quotation', () => {
  const text = 'The mayor spoke first. “We will rebuild the bridge and the road,” she said. “It will take a year.” She added that funds were short.';
  const analysis = analyzeText(text, { format: 'plaintext' });
  assert.ok(analysis.quotations.every((quote) => quote.attribution !== null));
});

function quotationVerdicts(text: string): (string | number | null)[] {
  const analysis = analyzeText(text, { format: 'plaintext' });
  return analysis.quotations.map((quote) => quote.attribution ?? quote.impliedBy);
}

test('a quotation tagged with any verb after a name is attributed: `"…," Blige sings`', () => {
  const text = '“Promise mama you will keep your hands in sight,” Blige sings to the crowd.';
  const analysis = analyzeText(text, { format: 'plaintext' });
  assert.equal(text.slice(analysis.attributions[0].cue.start, analysis.attributions[0].cue.end), 'sings');
  assert.equal(analysis.quotations[0].attribution, 0);
});

test('a paragraph ending in a colon introduces the quote paragraph after it', () => {
  assert.deepEqual(quotationVerdicts('Partial transcript as follows:\n\n“We will not back down from this fight, not now and not ever.”'), ['lead-in']);
});

test('a transcript speaker label inside the quotation names the speaker', () => {
  assert.deepEqual(quotationVerdicts('"WALLACE: Let us start with the breaking news on the debate story tonight."'), [0]);
  // A transcript pasted inside quotation marks, one paragraph a speaker, keeps its labels.
  assert.deepEqual(attributionsOf('"HOST: Will you run again?\n\n"MAYOR: I have not decided yet.').map((attribution) => attribution.source), ['HOST', 'MAYOR']);
  // Inside quotation marks only capitals make a label.
  assert.deepEqual(attributionsOf('“Okafor: the budget is balanced,” the memo said.').map((attribution) => attribution.cue), ['said']);
});

test('a credit line after the quotation names the speaker: it is the quotation\'s attribution', () => {
  assert.deepEqual(quotationVerdicts('“I am truly afraid of what comes next for all of us here.” ― Edwin Monroy'), [0]);
});

test('a fragment woven into a sentence belongs to the sentence’s named subject', () => {
  assert.deepEqual(quotationVerdicts('Senator Ann Lee wants to make sure everything is “on the up and up at every polling place.”'), ['sentence-subject']);
});

test('a short phrase belongs to the subject only when the draft names that subject as a source elsewhere', () => {
  assert.deepEqual(quotationVerdicts('The regime held a “referendum” on the constitution.'), [null]);
  assert.deepEqual(quotationVerdicts('Trump said the race was close. Trump called the poll “a con” on Twitter.'), [1]);
});

test('"X asking, …" and "X outlined a plan and vowed …" name their speaker', () => {
  assert.deepEqual(attributionsOf('The ad shows Hillary Clinton asking, “Why am I not fifty points ahead?”').map((a) => a.source), ['Hillary Clinton']);
  assert.deepEqual(attributionsOf('The nominee outlined his plan and vowed to punish those who leak.').map((a) => a.source), ['The nominee']);
});

test('"who said" in a relative clause is a cue; what was said ends with the clause', () => {
  assert.deepEqual(attributionsOf('Ann Broad, who said the mayor lied to her, described the meeting on the radio.')[0], {
    cue: 'said', source: 'who', kind: 'pronoun', content: 'the mayor lied to her',
  });
});

test('a cue coordinated with an earlier one shares its source: "criticized the plan and said…"', () => {
  const seen = attributionsOf('In an interview Thursday, the senator criticized the plan and said voters wanted more.');
  assert.deepEqual(seen[1], { cue: 'said', source: 'the senator', kind: 'named', content: 'voters wanted more' });
});

test('an anonymous source or an outlet that does something "and said" said it too; not a subject outside a parenthesis or one that took in its verb', () => {
  assert.deepEqual(attributionsOf('FBI officials were angered by the deal and predicted it would affect other cases.'), [
    { cue: 'predicted', source: 'FBI officials', kind: 'anonymous', content: 'it would affect other cases' },
  ]);
  assert.deepEqual(attributionsOf('Some in the crowd booed, and the man left and said nothing.').map((a) => a.source), []);
  assert.deepEqual(attributionsOf('The AP surveyed the delegates several times and noted their endorsements.').map((a) => [a.cue, a.source, a.kind]), [['noted', 'The AP', 'outlet']]);
  assert.deepEqual(attributionsOf('Democrats want more revenue (they want lower rates and suggest that such rates would help).').map((a) => a.source), []);
});

test('", saying" finds the subject past a parenthesis after a name and past opening phrases in a row', () => {
  assert.deepEqual(attributionsOf('Rep. Hakeem Jeffries (D-N.Y.) reacted to the news, saying the killer should be in prison.'), [
    { cue: 'saying', source: 'Rep. Hakeem Jeffries', kind: 'named', content: 'the killer should be in prison' },
  ]);
  assert.deepEqual(attributionsOf('At a campaign event in Ames, Iowa, on Sunday, Mrs. Clinton expanded on her statement, saying the country should lead.').map((a) => [a.cue, a.source]), [['saying', 'Mrs. Clinton']]);
  assert.deepEqual(attributionsOf('On Thursday, after remaining neutral for months, Warren appeared on television, saying she backs Clinton.').map((a) => [a.cue, a.source]), [['saying', 'Warren']]);
});

test('a name ending in "Jr." keeps its appositive, and a part of the day keeps its day: "Comey Jr., the director, said", "Spicer on Thursday evening said"', () => {
  assert.deepEqual(attributionsOf('Martin Luther King Jr., the civil rights leader, said that the march would go on.').map((a) => [a.cue, a.source]), [['said', 'Martin Luther King Jr.']]);
  assert.deepEqual(attributionsOf('RNC spokesman Sean Spicer on Thursday evening said the party was not in a crisis.'), [
    { cue: 'said', source: 'RNC spokesman Sean Spicer', kind: 'named', content: 'the party was not in a crisis' },
  ]);
});

test('"issued a statement saying" is said by who issued it; not a document reported by another cue', () => {
  assert.deepEqual(attributionsOf('On Saturday, Trump issued a statement saying that Scalia was a remarkable person.'), [
    { cue: 'saying', source: 'Trump', kind: 'named', content: 'that Scalia was a remarkable person' },
  ]);
  assert.deepEqual(attributionsOf('Christie said Trump\'s tweet saying voters will back him was right.').map((a) => a.cue), ['said']);
});

test('a span of time counted back opens the sentence before its subject: "Eight years ago, he … and said"', () => {
  assert.deepEqual(attributionsOf('Eight years ago, he supported Barack Obama and said Clinton had done nothing for them.').map((a) => [a.cue, a.source]), [['said', 'he']]);
});

test('"X was asked, “…?”" is a question put by no one named, the quotation after the comma', () => {
  assert.deepEqual(attributionsOf('Blumenthal was asked, “Would you have told her it was not a good idea?”').map((a) => [a.cue, a.source, a.content]), [
    ['asked', null, '“Would you have told her it was not a good idea?”'],
  ]);
});

test('a wire dateline does not hide the sentence’s subject: "(Reuters) - President Obama met … and said"', () => {
  const seen = attributionsOf('(Reuters) - President Barack Obama met survivors on Thursday and said the country must act.');
  assert.deepEqual(seen, [{ cue: 'said', source: 'President Barack Obama', kind: 'named', content: 'the country must act' }]);
});

test('"Asked whether…, X said" is a question cue with no source of its own', () => {
  assert.deepEqual(attributionsOf('Asked whether he would run, Smith said no.'), [
    { cue: 'Asked', source: null, kind: null, content: 'whether he would run' },
    { cue: 'said', source: 'Smith', kind: 'named', content: 'no' },
  ]);
});

test('a question put by an unnamed asker ("was asked whether", "when asked about") is a question cue with no source', () => {
  assert.deepEqual(attributionsOf('At a town hall, Clinton was asked whether she would raise taxes.'), [
    { cue: 'asked', source: null, kind: null, content: 'whether she would raise taxes' },
  ]);
  assert.deepEqual(attributionsOf('“No comment,” Miller said when asked about the deal, and hung up.').map(({ cue, content }) => [cue, content]), [
    ['said', '“No comment,”'],
    ['asked', 'about the deal'],
  ]);
  // A request is no question, and a named asker stays the source.
  assert.deepEqual(attributionsOf('He was asked to speak at the convention.'), []);
  assert.deepEqual(attributionsOf('“Will you run?” asked Smith.')[0]?.source, 'Smith');
});

test('", saying" after a comma belongs to the subject whoever it is; "showing" there is the clause before', () => {
  assert.deepEqual(attributionsOf('One official at the agency resigned, saying the plan was unfair.'), [
    { cue: 'saying', source: 'One official at the agency', kind: 'anonymous', content: 'the plan was unfair' },
  ]);
  assert.deepEqual(attributionsOf('Four people were slightly injured, showing the gulf between the two countries.'), []);
});

test('a participle of asking ends the source phrase: "those surveyed say", "voters polled said"', () => {
  assert.deepEqual(attributionsOf('By double digits, those surveyed say stricter gun laws would help.'), [
    { cue: 'say', source: 'those surveyed', kind: 'vague', content: 'stricter gun laws would help' },
  ]);
  assert.deepEqual(attributionsOf('Thirty-one percent of those surveyed say they would be satisfied.')[0]?.source, 'Thirty-one percent of those surveyed');
  assert.deepEqual(attributionsOf('Most voters polled said the economy mattered most.')[0]?.source, 'Most voters polled');
});

test('the object of a verb of causing speaks: "the win led Priebus to declare…"; not "urged him to say"', () => {
  assert.deepEqual(attributionsOf('The decisive victory led party chairman Reince Priebus to declare him the nominee.'), [
    { cue: 'declare', source: 'party chairman Reince Priebus', kind: 'named', content: 'him the nominee' },
  ]);
  assert.deepEqual(attributionsOf('The results will force Sen. Bernie Sanders to acknowledge a hard reality.')[0]?.source, 'Sen. Bernie Sanders');
  assert.ok(!attributionsOf('Critics urged him to say that the plan was dead.').some(({ cue }) => cue === 'say'));
});

test('a name ending in "Jr." or "Inc." keeps its period and is still the source', () => {
  assert.deepEqual(attributionsOf('Vice President Joseph R. Biden Jr. said the remarks made him a danger.'), [
    { cue: 'said', source: 'Vice President Joseph R. Biden Jr.', kind: 'named', content: 'the remarks made him a danger' },
  ]);
  assert.deepEqual(attributionsOf('Acme Inc. said the plant would close.')[0]?.source, 'Acme Inc.');
});

test('a poll "shows" what follows without "that"; "state" is a cue only before "that"', () => {
  assert.deepEqual(attributionsOf('A new poll shows Sanders leading Clinton.')[0]?.cue, 'shows');
  assert.deepEqual(attributionsOf('Most voters do not know who their state senator is.'), []);
  assert.deepEqual(attributionsOf('The court states that the law is void.')[0]?.cue, 'states');
});

test('"states" is the noun after a number, a quantifier or an adjective, before a relative clause, and after a comma', () => {
  for (const text of [
    'Bush would fall off the ballot in three states: South Carolina, Kentucky and Utah.',
    'The 20 states that Gallup classifies as Republican hold 152 electoral votes.',
    'The campaign spent $77 million on ads in battleground states, according to Kantar Media.',
    'Sanders won several states that voted on Tuesday.',
    'Coastal states that have moved left include California.',
    'The contest shifts to larger, more diverse states.',
    'On Tuesday, state health officials discovered a case.',
    'The campaign criticized him for not doing more for federal and state offices.',
  ]) {
    assert.deepEqual(attributionsOf(text).filter((a) => /^states?$/i.test(a.cue)), [], text);
  }
  assert.deepEqual(attributionsOf('It states that courts should not rule.')[0]?.cue, 'states');
  assert.deepEqual(attributionsOf('A document on the website states that couples would receive leave.')[0]?.cue, 'states');
  assert.deepEqual(attributionsOf('Now, pizzerias will commonly state to the customer an approximate time frame.')[0]?.cue, 'state');
});

test('public stances and refusals are cues: endorsed, called for, declined to comment', () => {
  assert.deepEqual(attributionsOf('The senator called for an inquiry into the contract.'), [
    { cue: 'called for', source: 'The senator', kind: 'named', content: 'an inquiry into the contract' },
  ]);
  assert.deepEqual(attributionsOf('Mr. Thiel declined to comment.'), [{ cue: 'declined to comment', source: 'Mr. Thiel', kind: 'named', content: null }]);
});

test('"said he believes" is one attribution: the belief is part of what was said', () => {
  assert.deepEqual(cuesOf('Trump said he believes the war was a mistake.'), ['said']);
  assert.deepEqual(cuesOf('He believes the war was a mistake.'), ['believes']);
});

test('an opening phrase does not hide the subject a gerund cue belongs to: "In 2016, X endorsed Y, saying…"', () => {
  const seen = attributionsOf('In 2016, Mrs. Schlafly endorsed Trump, saying he had courage.');
  assert.deepEqual(seen.find((attribution) => attribution.cue === 'saying')?.source, 'Mrs. Schlafly');
});

test('a gerund cue finds its subject past an appositive or an opening adverb', () => {
  const tweeting = attributionsOf('Dean, a former party chairman, poked at the mayor during the debate, tweeting, “Notice the mayor sniffing.”');
  assert.deepEqual(tweeting, [{ cue: 'tweeting', source: 'Dean', kind: 'named', content: '“Notice the mayor sniffing.”' }]);
  const saying = attributionsOf('Meanwhile, it attacked the mayor, saying he had failed the city.');
  assert.deepEqual(saying, [{ cue: 'saying', source: 'it', kind: 'pronoun', content: 'he had failed the city' }]);
});

test('"as X put it" is a cue; "put it on the table" is not', () => {
  assert.deepEqual(cuesOf('As Steven Rosenthal, a tax lawyer, put it, “Nobody reads the filings.”'), ['put it']);
  assert.deepEqual(attributionsOf('He put it on the table.'), []);
});

test('headline tags, sentence-opening "Said X:", and a speaker with a party in parentheses', () => {
  assert.deepEqual(attributionsOf('Trump Could Address Clean Energy, Lindsey Graham Says.'), [
    { cue: 'Says', source: 'Lindsey Graham', kind: 'named', content: 'Trump Could Address Clean Energy' },
  ]);
  assert.deepEqual(attributionsOf('Said Ellis: “I do not get the sense she is interested.”')[0]?.source, 'Ellis');
  assert.deepEqual(attributionsOf('“They would just go get them,” Rep. Jim Jordan (R-Ohio), an oversight panel member, said.')[0]?.source, 'Rep. Jim Jordan');
  assert.deepEqual(attributionsOf('McConnell, who in 2010 said the goal was to win, smiled.')[0]?.cue, 'said');
});

test('a sentence opening with a known speaker or a transcript label and a colon gives their words', () => {
  const seen = attributionsOf('Bernie Sanders said the race was close. Sanders: Clinton needs to change course.');
  assert.deepEqual(seen[1], { cue: ':', source: 'Sanders', kind: 'named', content: 'Clinton needs to change course' });
  assert.deepEqual(attributionsOf('TAPPER: And you are supporting him.')[0]?.source, 'TAPPER');
  assert.deepEqual(attributionsOf('Update: the road is closed.'), []);
  // A headline's speaker with their quoted words needs no earlier mention; a label still names nobody.
  assert.deepEqual(attributionsOf('Okafor: ‘We Will Balance the Budget by June.’')[0], { cue: ':', source: 'Okafor', kind: 'named', content: '‘We Will Balance the Budget by June.’' });
  assert.deepEqual(attributionsOf('Update: “The road is closed,” police said.').map((attribution) => attribution.cue), ['said']);
  assert.deepEqual(attributionsOf('Said Ellis: “I do not get the sense she is interested.”').map((attribution) => attribution.cue), ['Said']);
  // Capitals label a part of the story or a headline's kicker, not a speaker.
  assert.deepEqual(attributionsOf('CORRECTION: An earlier version of this story misspelled the mayor’s name.'), []);
  assert.deepEqual(attributionsOf('EXCLUSIVE: Council members plan to delay the budget vote.'), []);
});

test('a quotation tagged by a document ("…," the letter reads) or led in by "She continued, “…”" has a speaker', () => {
  assert.deepEqual(attributionsOf('“We see charter schools offering hope,” the letter reads.'), [
    { cue: 'reads', source: 'the letter', kind: 'named', content: '“We see charter schools offering hope,”' },
  ]);
  assert.deepEqual(attributionsOf('She continued, “All we are asking for is a hearing.”'), [
    { cue: 'continued', source: 'She', kind: 'pronoun', content: '“All we are asking for is a hearing.”' },
  ]);
});

test('a long opening phrase and a one-word name before a past tense still give the subject', () => {
  const seen = attributionsOf('During a national security speech earlier in the day, Trump attacked Clinton for her record, saying, "She is trigger-happy."');
  assert.deepEqual(seen.find((attribution) => attribution.cue === 'saying')?.source, 'Trump');
});

test('what is announced, confirmed, denied or reported is the content: "Police confirmed three deaths"', () => {
  assert.deepEqual(attributionsOf('Police confirmed three deaths on Tuesday.'), [
    { cue: 'confirmed', source: 'Police', kind: 'named', content: 'three deaths on Tuesday' },
  ]);
  assert.deepEqual(attributionsOf('Republicans have expressed concern that the change could lead to fraud.')[0]?.cue, 'expressed concern');
});

test('a placeholder a quick fix inserts counts as a source: after the fix the finding is gone', async () => {
  const { lintText } = await import('../../server/src/lint');
  const cases: [string, string][] = [
    ['The alleged bribe was paid.', 'hedged-wording'],
    ['The fire killed 40 people.', 'unattributed-claim'],
    ['“We will win the vote in March and again in November.”', 'unattributed-quote'],
  ];
  for (const [text, ruleId] of cases) {
    const finding = lintText(text, { format: 'plaintext' }).findings.find((candidate) => candidate.ruleId === ruleId);
    assert.ok(finding?.fix, `${ruleId} offers a fix for: ${text}`);
    let fixed = text;
    for (const edit of [...finding.fix.edits].sort((a, b) => b.span.start - a.span.start)) fixed = fixed.slice(0, edit.span.start) + edit.newText + fixed.slice(edit.span.end);
    assert.deepEqual(lintText(fixed, { format: 'plaintext' }).findings.filter((candidate) => candidate.ruleId === ruleId), [], fixed);
  }
});

/** The cues of a text with their kind: "said:speech". */
/** The cue words found, in order. */
function cuesOf(text: string): string[] {
  return attributionsOf(text).map((seen) => seen.cue);
}

function cueKindsOf(text: string): string[] {
  return analyzeText(text, { format: 'plaintext' }).attributions.map((attribution) => `${text.slice(attribution.cue.start, attribution.cue.end)}:${attribution.cueKind}`);
}

test('a negated speech cue names a source who made no claim: a stance with no content, like "declined to comment"', () => {
  assert.deepEqual(attributionsOf('Lawmakers have not said when they would vote.'), [{ cue: 'said', source: 'Lawmakers', kind: 'anonymous', content: null }]);
  assert.deepEqual(cueKindsOf('The Trump campaign did not immediately respond to requests for comment.'), ['respond:stance']);
  // A negation inside an appositive does not negate the main verb.
  const text = 'Ms. Lee, who did not say the plan was dead, said that it would change.';
  assert.deepEqual(cueKindsOf(text), ['say:stance', 'said:speech']);
  assert.deepEqual(attributionsOf(text)[1], { cue: 'said', source: 'Ms. Lee', kind: 'named', content: 'it would change' });
  // A belief or finding denied reports nobody's words.
  assert.deepEqual(attributionsOf('I don’t think the plan will work.'), []);
  assert.deepEqual(attributionsOf('The audit did not find any fraud.'), []);
});

test('a relative pronoun\'s antecedent is the source: "the AP, which first reported", "families, many of whom say"', () => {
  assert.deepEqual(attributionsOf('The agency, which first reported the story, declined.')[0], { cue: 'reported', source: 'The agency', kind: 'named', content: 'the story' });
  assert.deepEqual(attributionsOf('Families of victims, many of whom say the claims are unfounded, met on Monday.')[0], {
    cue: 'say', source: 'Families of victims', kind: 'named', content: 'the claims are unfounded',
  });
  assert.deepEqual(attributionsOf('Some of whom were there left early.'), []);
});

test('a source set off by dashes, or followed by a contact clause, still owns the cue', () => {
  assert.deepEqual(attributionsOf('Kall -- co-editor of a book on debates -- said the candidate made announcements.')[0]?.source, 'Kall');
  assert.deepEqual(attributionsOf('Many speakers at the service — including Muslims, Christians and Jews — said the loss was painful.')[0]?.source, 'Many speakers at the service');
  assert.deepEqual(attributionsOf('All the experts I interviewed said her proposals were detailed.')[0]?.source, 'the experts');
  assert.deepEqual(attributionsOf('The voters we spoke to say the race is close.')[0]?.source, 'The voters');
  assert.deepEqual(attributionsOf('The vote we held yesterday failed.'), []);
});

test('after "after", "as" or "since", a common noun before the cue is its subject; a name after any preposition is', () => {
  assert.deepEqual(attributionsOf('Six in 10 say he is decisive, after half said so in the earlier poll.').map((seen) => seen.source), ['Six in 10', 'half']);
  assert.deepEqual(attributionsOf('It does not answer whether Scott had a gun, as police have said.')[0]?.source, 'police');
  assert.deepEqual(attributionsOf('After the meeting Smith said the deal was off.')[0]?.source, 'Smith');
});

test('"but has said": a verb group joined by "and"/"but" shares the sentence\'s subject', () => {
  assert.deepEqual(attributionsOf('Clinton has encouraged European nations but has said she will hold firm.'), [{ cue: 'said', source: 'Clinton', kind: 'named', content: 'she will hold firm' }]);
});

test('verbs that are nearly always attributions after a subject count without "that": noted, urged, praised, recalled, reiterated, blasted', () => {
  assert.deepEqual(attributionsOf('The committee noted the rule in its report.')[0]?.cue, 'noted');
  assert.deepEqual(attributionsOf('Obama urged voters to turn out.')[0]?.cue, 'urged');
  assert.deepEqual(attributionsOf('Sanders blasted the deal on Monday.')[0]?.cue, 'blasted');
  assert.deepEqual(attributionsOf('He reiterated his support for the plan.')[0]?.cue, 'reiterated');
  assert.deepEqual(attributionsOf('Her notes were lost.'), []);
});

test('a belief asked about, or about a topic, attributes nothing: "Do you think…?", "asked if she believed", "what he thinks of"', () => {
  assert.deepEqual(attributionsOf('Do you think Trump has campaigned as a healer?'), []);
  assert.deepEqual(cueKindsOf('Asked if she believed Putin wanted Trump to win, Clinton said she would not guess.'), ['Asked:question', 'said:speech']);
  assert.deepEqual(attributionsOf('Voters know what he thinks of the deal.'), []);
  assert.deepEqual(attributionsOf('She thinks the deal is dead.')[0]?.cue, 'thinks');
});

test('a belief whose holder is inside what someone said is part of that: "told the Times that Carter believes…"', () => {
  assert.deepEqual(cuesOf('Peter Cook told the Times that Carter believes his use of email was a mistake.'), ['told']);
});

test('a relative clause opened by a dash ends at the closing dash: "the study -- which notes that… --"', () => {
  assert.deepEqual(attributionsOf('Instead, the study -- which notes that 58 companies would owe $212 billion -- was ignored.')[0], {
    cue: 'notes', source: 'the study', kind: 'named', content: '58 companies would owe $212 billion',
  });
  assert.deepEqual(attributionsOf('They disclosed that he made millions.')[0]?.cue, 'disclosed');
});

test('"called" characterizes with a complement after its object; naming something or phoning someone is no attribution', () => {
  assert.deepEqual(attributionsOf('The Trump campaign called the charges unsubstantiated.')[0]?.cue, 'called');
  assert.deepEqual(attributionsOf('Obama called Wall Street bankers “fat cats” in 2009.')[0]?.cue, 'called');
  assert.deepEqual(attributionsOf('A company called Harmony Enterprises gave $5,000 to the PAC.'), []);
  assert.deepEqual(attributionsOf('Barden now helps lead a program called Sandy Hook Promise.'), []);
  assert.deepEqual(attributionsOf('She called Sanders to congratulate him.'), []);
  assert.deepEqual(attributionsOf('The two companies called off the merger.'), []);
  // A call with a time after whom was called, or with no one named, is a telephone call.
  assert.deepEqual(attributionsOf('The mayor called Ana Ortiz on Friday to apologize.'), []);
  assert.deepEqual(attributionsOf('The governor called Dr. Lee shortly after the vote.'), []);
  assert.deepEqual(attributionsOf('Then, last week, the coach called.'), []);
  assert.deepEqual(attributionsOf('Ms. Ortiz called Mr. Lee a “coward” on Friday.')[0]?.cue, 'called');
  assert.deepEqual(attributionsOf('It was a rigged game, as he called it.')[0]?.cue, 'called');
});

test('a noun of saying between its possessor and "that" is a cue: "Trump\'s claim that…", "his earlier warning that…"', () => {
  assert.deepEqual(attributionsOf('Politifact seized on Trump’s claim that there were thousands of shootings.')[0], {
    cue: 'claim', source: 'Trump’s', kind: 'named', content: 'there were thousands of shootings',
  });
  assert.deepEqual(attributionsOf('Contrary to his earlier warning that prices would rise, they fell.')[0], {
    cue: 'warning', source: 'his', kind: 'pronoun', content: 'prices would rise',
  });
  assert.deepEqual(attributionsOf('The report’s finding that rates rose surprised nobody.')[0]?.source, 'The report’s');
  // No possessor, or no "that": no source to name.
  assert.deepEqual(attributionsOf('The claim that rates rose is false.'), []);
  assert.deepEqual(attributionsOf('His statement was brief.'), []);
});

test('a poll or study with modifiers before "showed"/"found" is the source: "A poll from Marquette Law School released Wednesday found…"', () => {
  assert.deepEqual(attributionsOf('A poll from Marquette Law School released Wednesday found Clinton leading by 15 points.')[0], {
    cue: 'found', source: 'A poll from Marquette Law School', kind: 'named', content: 'Clinton leading by 15 points',
  });
  assert.deepEqual(attributionsOf('The poll by the Public Policy Institute of California showed Clinton ahead.')[0]?.source, 'The poll by the Public Policy Institute of California');
  assert.deepEqual(attributionsOf('It showed that turnout fell.')[0]?.cue, 'showed');
  // "report" that is not the head of its phrase is no document.
  assert.deepEqual(attributionsOf('Police in the report area found the body.'), []);
});

test('a document mentions, notes or reveals what follows even without "that": "The ad also mentions Percy Walton"', () => {
  assert.deepEqual(attributionsOf('The ad also mentions Percy Walton.')[0], { cue: 'mentions', source: 'The ad', kind: 'named', content: 'Percy Walton' });
  assert.deepEqual(attributionsOf('Her mentions of the plan were brief.'), []);
});

test('"in" a named or new poll works like "according to" it; "in the polls" is the race, not a source', () => {
  assert.deepEqual(attributionsOf('In an NBC News/Wall Street Journal poll released Monday, 50 percent of respondents chose Clinton.')[0], {
    cue: 'In', source: 'an NBC News/Wall Street Journal poll released Monday', kind: 'named', content: '50 percent of respondents chose Clinton',
  });
  assert.deepEqual(attributionsOf('Clinton led by nine points in a CNN survey.')[0]?.content, 'Clinton led by nine points');
  assert.deepEqual(attributionsOf('Mrs. Clinton enjoys a strong lead in the polls.'), []);
  assert.deepEqual(attributionsOf('He was interested in polls.'), []);
  assert.deepEqual(attributionsOf('She works in a poll booth at night.'), []);
});

test('a cue word right after a singular subject is a noun: "the Associated Press report, which…"; "reported from" is a dateline', () => {
  assert.deepEqual(attributionsOf('The October report exceeded expectations, with 271,000 new jobs.'), []);
  assert.deepEqual(cuesOf('Cruz misread a CNN report that Carson would leave.'), []);
  assert.deepEqual(attributionsOf('Officials report that the road is closed.')[0]?.cue, 'report');
  assert.deepEqual(attributionsOf('Lerer reported from Los Angeles.'), []);
  assert.deepEqual(attributionsOf('Additional reporting by Kylie MacLellan.'), []);
});

test('poll sources keep their figures and adjectives: "About 4 in 10 say", "42% say", "74 percent of registered voters say"', () => {
  assert.deepEqual(attributionsOf('About 4 in 10 say they want a change.')[0]?.source, 'About 4 in 10');
  assert.deepEqual(attributionsOf('Seventy-four percent of Democratic registered voters say they like her.')[0]?.source, 'Seventy-four percent of Democratic registered voters');
  // A share written with a percent sign or as "four in 10", "one in five".
  assert.deepEqual(attributionsOf('On the school levy, 42% say they will vote yes.')[0]?.source, '42%');
  assert.deepEqual(attributionsOf('About four in 10 said they were angry with the council.')[0]?.source, 'About four in 10');
  assert.deepEqual(attributionsOf('One in five say the buses are never on time.')[0]?.source, 'One in five');
  // A lower-case "-ed" verb still ends the phrase: "Kaine defended people" is Kaine's stance.
  assert.deepEqual(attributionsOf('Kaine defended people accused of murder.')[0]?.source, 'Kaine');
});

test('headline verbs in Title Case and gerunds after a dash or a quoted comma find their speaker', () => {
  assert.deepEqual(attributionsOf('Bernie Sanders Says He’s Already Started Writing His Inaugural Address.')[0]?.source, 'Bernie Sanders');
  assert.deepEqual(attributionsOf('Marco Rubio flipped his choice on the spot – saying he was rooting for Manning.')[0]?.source, 'Marco Rubio');
  assert.deepEqual(attributionsOf('Trump defended “New York values,” saying the city was brave.')[0]?.source, 'Trump');
  assert.deepEqual(attributionsOf('Bellwether Report Finds Nothing New.'), []);
});

test('"according to the most recent data": a determiner after a determiner stays in the source; the content ends before a dash', () => {
  assert.deepEqual(attributionsOf('Ferguson had 115 violent crimes — including robbery — according to the most recent data from the FBI.')[0], {
    cue: 'according to', source: 'the most recent data from the FBI', kind: 'named', content: 'Ferguson had 115 violent crimes — including robbery',
  });
});

test('"have both argued", "declined to weigh in", and "According to" after a colon are found', () => {
  assert.deepEqual(attributionsOf('Trump and Sanders have both argued that workers lost jobs.')[0]?.source, 'Trump and Sanders');
  assert.deepEqual(attributionsOf('She declined to weigh in on the debate.')[0]?.cue, 'declined to weigh in');
  assert.deepEqual(attributionsOf('It has not gone unnoticed: According to recent polls, Trump holds 14 percent.')[0], {
    cue: 'According to', source: 'recent polls', kind: 'vague', content: 'Trump holds 14 percent',
  });
});

test('reminding, calculating, anticipating and surmising report what someone said or holds', () => {
  assert.deepEqual(attributionsOf('The Labor Department calculates that 4.2 million workers will become eligible.')[0]?.source, 'The Labor Department');
  assert.deepEqual(attributionsOf('Beck reminded Thor he would have to earn 15 percent in the polls.')[0]?.cue, 'reminded');
  assert.deepEqual(attributionsOf('He anticipated that the talks would fail.')[0]?.cue, 'anticipated');
  assert.deepEqual(attributionsOf('The rise was likely due to the Medicaid decision, Manzano surmised.')[0]?.source, 'Manzano');
  assert.deepEqual(attributionsOf('It was an eagerly anticipated speech.'), []);
});

test('findings: statistics and estimates show things, a post-modified plural agrees ("Data from the survey show"), and anyone "found that"', () => {
  assert.deepEqual(attributionsOf('Data from the 2014 American Community Survey show that women held 41 percent of the jobs.')[0]?.source, 'Data from the 2014 American Community Survey');
  assert.deepEqual(attributionsOf('Exit polls from the primary, which Trump won, showed that 65 percent backed the ban.')[0]?.source, 'Exit polls from the primary');
  assert.deepEqual(attributionsOf('FBI statistics show that the numbers are wrong.')[0]?.source, 'FBI statistics');
  assert.deepEqual(attributionsOf('Military Times found that most veterans favored Trump.')[0]?.source, 'Military Times');
  assert.deepEqual(attributionsOf('Military Times found a new office.'), []);
});

test('a quotation tag needs a plain verb; "said about…" and "said of…" after a quotation still give it its speaker', () => {
  assert.deepEqual(cuesOf('He recalled “Collapse,” Jared Diamond’s 2005 best seller.'), ['recalled']);
  assert.deepEqual(attributionsOf('“We are tying their hands,” state Sen. Jason Holsman said about halfway through.')[0]?.content, '“We are tying their hands,”');
  assert.deepEqual(attributionsOf('“He is a fine man,” Smith said of the nominee.')[0]?.content, '“He is a fine man,”');
});

test('"tell" with no one told means "know", and someone let speak is not reported as speaking', () => {
  for (const text of ['Only time will tell if his staying power will last.', "I'm a very emotional person, if you can't already tell.", 'All told, the groups spent $40 million.', 'Readers may not let editorials tell them how to vote.', 'Let the voters tell you what they think.']) {
    assert.deepEqual(attributionsOf(text), [], text);
  }
  assert.deepEqual(attributionsOf('He will tell the committee that the deal is dead.')[0]?.cue, 'tell');
  assert.deepEqual(attributionsOf('Let me say that it was not easy.')[0]?.cue, 'say');
});

test('a gerund after a possessive or a determiner is a noun: "Kasich\'s showing", "the finding"', () => {
  for (const text of ["Kasich's showing will be enough to drive somebody out of the race.", 'The finding is likely to complicate her efforts.', "Trump's telling of a discredited story could incite violence."]) {
    assert.deepEqual(attributionsOf(text), [], text);
  }
  assert.deepEqual(attributionsOf('Smith left the meeting, saying that the deal was dead.')[0]?.cue, 'saying');
});

test('a pronoun contraction opens the clause after a cue that is also a noun: "claims he\'s worth…"', () => {
  assert.deepEqual(attributionsOf("Trump claims he's worth $10 billion.")[0]?.content, "he's worth $10 billion");
  assert.deepEqual(attributionsOf('Trump claims they’d pay for the wall.')[0]?.cue, 'claims');
});

test('a plural noun is no verb: after a possessive, a plural determiner, or before its own verb, a relative clause or "of"', () => {
  for (const text of [
    'Many were impressed with Sanders’ comments Tuesday.',
    'His introductory remarks were so subdued that nobody noticed.',
    'PolitiFact rated 32% of Republican claims as false.',
    'The tool highlights top news tweets about the attacks.',
    'Several reports of the meeting surfaced.',
  ]) {
    assert.deepEqual(cuesOf(text), [], text);
  }
  assert.deepEqual(cuesOf('Multiple reports reveal that the deal is dead.'), ['reveal']);
  assert.deepEqual(cuesOf('An analysis of newly filed campaign reports shows that the total doubled.'), ['shows']);
  assert.deepEqual(cuesOf('The Times reports that the deal is dead.'), ['reports']);
  assert.deepEqual(cuesOf('Bloomberg reports the nominee has paid no tax.'), ['reports']);
});

test('a progressive with an adverb before the gerund is still the subject speaking: "is now saying", "is currently pushing for"', () => {
  assert.deepEqual(attributionsOf('Smith is now saying that the tax would raise $75 billion.')[0], {
    cue: 'saying', source: 'Smith', kind: 'named', content: 'the tax would raise $75 billion',
  });
  assert.deepEqual(attributionsOf('Gov. Andrew Cuomo is currently pushing for a $15 minimum wage.')[0]?.source, 'Gov. Andrew Cuomo');
});

test('a cue word that is the first half of a noun is no cue: "think tank"', () => {
  assert.deepEqual(cuesOf('Dean Baker works at a liberal think tank in Washington.'), []);
  assert.deepEqual(cuesOf('I think the tank is empty.'), ['think']);
});

test('a possessive may open the source after its cue: "according to POLITICO’s analysis", "said Trump’s spokeswoman"', () => {
  assert.deepEqual(attributionsOf('Super PACs spent $2.5 million, according to POLITICO’s analysis.')[0], {
    cue: 'according to', source: 'POLITICO’s analysis', kind: 'named', content: 'Super PACs spent $2.5 million',
  });
  assert.deepEqual(attributionsOf('“We will win,” said Trump’s spokeswoman Hope Hicks.')[0]?.source, 'Trump’s spokeswoman Hope Hicks');
});

test('a document with its modifiers says things: "A news report published Wednesday said…"', () => {
  assert.deepEqual(attributionsOf('A news report published Wednesday said the secretary used a personal email account.')[0], {
    cue: 'said', source: 'A news report', kind: 'vague', content: 'the secretary used a personal email account',
  });
  assert.deepEqual(attributionsOf('It has the second-highest number of pledged delegates.'), []);
});

test('"as reported by" works like "according to", before or after what is reported', () => {
  assert.deepEqual(attributionsOf('As reported by Western Journalism, Seattle mandated a $15 minimum wage.')[0], {
    cue: 'reported', source: 'Western Journalism', kind: 'named', content: 'Seattle mandated a $15 minimum wage',
  });
  assert.deepEqual(attributionsOf('Seattle mandated a $15 minimum wage, as first reported by the Times.')[0]?.content, 'Seattle mandated a $15 minimum wage');
});

test('a plural noun before a preposition of place or time is no verb: "mass protests in Charlotte"', () => {
  assert.deepEqual(cuesOf('Days after the shooting, mass protests in Charlotte broke out — with many arrests.'), []);
  assert.deepEqual(cuesOf('Smith comments on the plan that it is dead.'), ['comments']);
});

test('stances and attacks taken in public: "touted", "spoke about", "derided", "lashed out"', () => {
  assert.deepEqual(cuesOf('The mayor touted the new bus lanes at a rally on Tuesday.'), ['touted']);
  // "expressed" only with its speaker before it: "Possession is expressed by special markers" names no one.
  assert.deepEqual(cuesOf('Ownership is expressed by a special suffix.'), []);
  assert.deepEqual(attributionsOf('President Obama expressed frustration with the allies.'), [
    { cue: 'expressed', source: 'President Obama', kind: 'named', content: 'frustration with the allies' },
  ]);
  assert.deepEqual(cuesOf('The come-from-behind express that worked in Texas would derail.'), []);
  assert.deepEqual(cuesOf('The governor spoke about the flooding in a televised address.'), ['spoke about']);
  assert.deepEqual(cuesOf('The union derided the offer as an insult.'), ['derided']);
  assert.deepEqual(cuesOf('The senator lashed out at her critics on Friday.'), ['lashed out']);
  assert.deepEqual(attributionsOf('The mayor touted the new bus lanes.')[0]?.source, 'The mayor');
});

test('a share of respondents inside a poll\'s finding is the poll\'s, not a second source: "In a CNN poll, 38 percent said…"', () => {
  assert.deepEqual(cuesOf('In a Marist poll released Monday, 38 percent of voters said the mayor should resign.'), ['In']);
  assert.deepEqual(cuesOf('A county poll found that 74 percent of likely voters said the levy should pass.'), ['found']);
  assert.deepEqual(cuesOf('According to the survey, about four in 10 residents say the buses are late.'), ['According to']);
  // Outside a poll's finding the share is the source; a named speaker inside "according to" stays.
  assert.deepEqual(cuesOf('On the school levy, 42 percent say they will vote yes.'), ['say']);
  assert.deepEqual(cuesOf('According to the Herald, Smith said the deal was dead.'), ['According to', 'said']);
});

test('a quotation signed with a dash and a name is that person\'s: `“…” — Maria Lopez`', () => {
  assert.deepEqual(attributionsOf('“We will not back down from this fight.” ― Maria Lopez “The council has failed us again.” ― Dana G. Reyes.'), [
    { cue: '―', source: 'Maria Lopez', kind: 'named', content: '“We will not back down from this fight.”' },
    { cue: '―', source: 'Dana G. Reyes', kind: 'named', content: '“The council has failed us again.”' },
  ]);
  assert.deepEqual(cuesOf('“The buses are never on time.”\n- Ana Ortiz, Queens.'), ['-']);
  // A title and an aside, or a reporter's credit after prose that quotes someone, sign nothing.
  assert.deepEqual(cuesOf('Millions watched “Fox News Sunday” — ABC aired a rerun.'), []);
  assert.deepEqual(cuesOf('The mayor called the plan "a good start."--Kim Lee.'), ['called']);
});

test('a document and its author are one source: "according to a tally by the Associated Press"', () => {
  assert.deepEqual(attributionsOf('The county has 40 shelters, according to a tally by the Associated Press.'), [
    { cue: 'according to', source: 'a tally by the Associated Press', kind: 'outlet', content: 'The county has 40 shelters' },
  ]);
  assert.deepEqual(attributionsOf('According to a report by the county auditor, the fund is short.')[0]?.source, 'a report by the county auditor');
  // A noun in "-ly" is no adverb: "the rally denounced…", "the assembly voted…".
  assert.deepEqual(attributionsOf('The rally denounced the new curfew.')[0]?.source, 'The rally');
});

test('a cue verb with another sense before its next word says nothing: "adding to her lead", "charged with fraud"', () => {
  for (const text of [
    'The mayor won the primary, adding to her lead in the race.',
    'The numbers in the budget do not add up.',
    'The treasurer was charged with fraud on Monday.',
    'The records are maintained by the county clerk.',
    'She needs 40 more pledged delegates to win.',
    'The vote laid bare the party’s fault lines on trade.',
    'Conservative thought leaders such as the radio host are backing him.',
    'Shoppers will think twice before paying the new fee.',
    'The ad concludes with footage of the debate.',
    // Only a verb of saying keeps its sense before a name ("added to People"): "opposed to Mexicans" is against them.
    'He has a different set of rules for young models opposed to Mexicans.',
  ]) assert.deepEqual(cuesOf(text), [], text);
  // An imperative names no one: "please ask yourself".
  assert.deepEqual(cuesOf('Seriously, please ask yourself that question.'), []);
  // Before a name the verb still reports: "added to People" is "told People".
  assert.deepEqual(cuesOf('“It was a great night,” the mayor added to Newsday.'), ['added']);
});

test('a tag after a quotation whose marks are mixed is a cue: `“I heard his speech," Trump said.`', () => {
  assert.deepEqual(attributionsOf('“I heard parts of his speech," Trump said. "He wants to give away our country.”'), [
    { cue: 'said', source: 'Trump', kind: 'named', content: '“I heard parts of his speech,"' },
  ]);
});

test('a cue word that is also a noun is the noun after an auxiliary or ending a Title Case headline', () => {
  // "have claims": after an auxiliary a verb takes no -s.
  assert.deepEqual(cuesOf('Besides China, Vietnam, the Philippines and Taiwan have claims in the area, and rising tensions have been fuelling spending.'), []);
  // The last word of a headline is its tag only when it is no noun: "…, Lindsey Graham Says." but not "…Shooting Comments."
  assert.deepEqual(cuesOf('Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments.'), []);
  assert.deepEqual(cuesOf('Trump Could Address Clean Energy, Lindsey Graham Says.'), ['Says']);
});

test('a plural cue word before a participle is the noun it modifies: "late-night tweets targeting the mayor"', () => {
  assert.deepEqual(cuesOf('Hillary Clinton says Donald Trump’s flurry of late-night tweets targeting the mayor was “unhinged.”'), ['says']);
});

test('a quotation tag is no document when a pronoun makes a clause of it: `“…,” the way it’s heard`', () => {
  assert.deepEqual(cuesOf('When you call them “Islamic terrorists,” the way it’s heard, it sounds like war.'), ['call']);
  assert.deepEqual(cuesOf('“Collapse is near,” the letter reads.'), ['reads']);
});

test('a name after ", called" is what a thing is called, not who calls it: "The program, called EB-5, allows…"', () => {
  assert.deepEqual(cuesOf('The program, called EB-5, allows foreign investors to gain citizenship.'), []);
  assert.deepEqual(cuesOf('“It is a disgrace,” said the mayor.'), ['said']);
});

test('a stance under a modal is not taken yet: "Beck will endorse Cruz", "he cannot defend his record"', () => {
  assert.deepEqual(cuesOf('The talk host will endorse the senator at a rally on Saturday.'), []);
  assert.deepEqual(cuesOf('Trump is reduced to insults because he cannot defend his own record.'), []);
  assert.deepEqual(cuesOf('The talk host endorsed the senator at a rally on Saturday.'), ['endorsed']);
});

test('anyone with a post-modifier is no source: "Not that anyone on the business side of TV is arguing"', () => {
  assert.deepEqual(cuesOf('Not that anyone on the business side of TV is arguing, since the ratings are up.'), []);
  assert.deepEqual(attributionsOf('None of those three have declared any preferences.')[0]?.source, 'None of those three');
});

test('a cue word in an idiom says nothing: "it goes without saying", "the final say", "say goodbye"', () => {
  assert.deepEqual(cuesOf('It goes without saying that the plan is costly.'), []);
  assert.deepEqual(cuesOf('The judge has the final say on the case, and she has said she will rule soon.'), ['said']);
  assert.deepEqual(cuesOf('Now they could say goodbye to all that.'), []);
});

test('"asked for" with nothing after it is a request for a thing named before, no question', () => {
  assert.deepEqual(cuesOf('People got credit cards in the mail they never asked for or were confused.'), []);
  assert.deepEqual(cuesOf('The mayor asked for $2 million to fix the roads.'), ['asked']);
});

test('a naming verb between a name and a name or pronoun is the verb: "Sanders calls himself a democratic socialist"', () => {
  assert.deepEqual(attributionsOf('Sanders calls himself a democratic socialist.'), [
    { cue: 'calls', source: 'Sanders', kind: 'named', content: 'himself a democratic socialist' },
  ]);
  assert.deepEqual(cuesOf('Lynch calls North Carolina her home state.'), ['calls']);
  // The base form may be a telephone call.
  assert.deepEqual(cuesOf('He said she should call Compaq’s chief right away.'), ['said']);
});

test('a share of those polled says what its gerund says: "with 22 percent saying they would not support him"', () => {
  assert.deepEqual(attributionsOf('The senator came in second, with 22 percent saying they would not support him.'), [
    { cue: 'saying', source: '22 percent', kind: 'named', content: 'they would not support him' },
  ]);
  assert.deepEqual(cuesOf('The mayor led by 20 points with 95 percent of precincts reporting.'), []);
});


test('a sentence-opening past tense with a name and nothing after it is a headline, no inverted tag: "Declared 2016 Presidential Candidates."', () => {
  assert.deepEqual(cuesOf('Declared 2016 Presidential Candidates.'), []);
  assert.deepEqual(cuesOf('Said Comey, “The thought is wrong.”'), ['Said']);
});

test('"says she opposes the deal" is one attribution: a stance opening what was said is part of it', () => {
  assert.deepEqual(attributionsOf('Clinton now says she opposes the deal.'), [
    { cue: 'says', source: 'Clinton', kind: 'named', content: 'she opposes the deal' },
  ]);
  assert.deepEqual(cuesOf('Mrs. Clinton often says she is not running for a third term, but she has also cited his economic record.'), ['says', 'cited']);
});
