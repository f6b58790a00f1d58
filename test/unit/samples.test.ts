// The sample drafts in seeds/ read the way a standards editor would read them: for each draft, the
// findings it is meant to show (rule id and the exact words flagged) and the attributed sentences
// that must be left alone. The drafts are linted as the CLI and the editor lint them: the format
// comes from the file extension (.md is Markdown, .txt and .draft are plain text).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatForPath, lintText, RULE_IDS } from '../../server/src/lint';
import type { Finding, LintConfig, Span } from '../../server/src/lint';
import { emptyConfig } from '../../server/src/lint';

const SAMPLES = [
  'city-budget.md',
  'harbor-fire.txt',
  'council-vote.draft',
  'trial-testimony.md',
  'leak-investigation.md',
  'suppression-demo.md',
] as const;
type SampleName = (typeof SAMPLES)[number];

interface Sample {
  name: SampleName;
  text: string;
  findings: Finding[];
}

const cache = new Map<string, Sample>();

/** Reads and lints a sample once, on first use, so an engine failure fails a test, not the file. */
function sample(name: SampleName): Sample {
  let loaded = cache.get(name);
  if (!loaded) {
    const text = readFileSync(resolve(__dirname, '../../seeds', name), 'utf8');
    loaded = { name, text, findings: lintText(text, { format: formatForPath(name) }).findings };
    cache.set(name, loaded);
  }
  return loaded;
}

/** The one place `context` occurs in the sample, narrowed to `needle` inside it (default: all of it). */
function spanIn(s: Sample, context: string, needle: string = context): Span {
  const at = s.text.indexOf(context);
  assert.ok(at >= 0, `${s.name} no longer contains ${JSON.stringify(context)}`);
  assert.equal(s.text.indexOf(context, at + 1), -1, `${JSON.stringify(context)} occurs more than once in ${s.name}`);
  const inner = context.indexOf(needle);
  assert.ok(inner >= 0, `${JSON.stringify(needle)} is not inside ${JSON.stringify(context)}`);
  return { start: at + inner, end: at + inner + needle.length };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;
const textOf = (s: Sample, span: Span) => s.text.slice(span.start, span.end);
const listed = (s: Sample, findings: Finding[]) => JSON.stringify(findings.map((f) => `${f.ruleId}: ${textOf(s, f.span)}`));

/** `ruleId` flags exactly the words `needle` where they stand in `context`. */
function assertFlags(s: Sample, ruleId: string, context: string, needle: string = context): void {
  const span = spanIn(s, context, needle);
  const hit = s.findings.find((f) => f.ruleId === ruleId && f.span.start === span.start && f.span.end === span.end);
  const near = s.findings.filter((f) => overlaps(f.span, spanIn(s, context)));
  assert.ok(hit, `expected ${ruleId} to flag ${JSON.stringify(needle)}; findings there: ${listed(s, near)}`);
}

/** No finding (of `ruleIds`, or of any rule) touches `context`. */
function assertLeavesAlone(s: Sample, context: string, ruleIds?: string[]): void {
  const span = spanIn(s, context);
  const hits = s.findings.filter((f) => overlaps(f.span, span) && (!ruleIds || ruleIds.includes(f.ruleId)));
  assert.deepEqual(listed(s, hits), '[]', `expected nothing flagged in ${JSON.stringify(context)}`);
}

const short = (words: string) => JSON.stringify(words.length > 48 ? `${words.slice(0, 45)}...` : words);

/** One test per intended finding: [rule id, context in the draft, flagged words (default: the context)]. */
function flags(name: SampleName, cases: [string, string, string?][]): void {
  for (const [ruleId, context, needle] of cases) {
    test(`${name}: ${ruleId} flags ${short(needle ?? context)}`, () => assertFlags(sample(name), ruleId, context, needle));
  }
}

/** One test per attributed or clean passage: [context, rules that must stay quiet (default: all)]. */
function leavesAlone(name: SampleName, cases: [string, string[]?][]): void {
  for (const [context, ruleIds] of cases) {
    const which = ruleIds ? ruleIds.join(', ') : 'every rule';
    test(`${name}: ${which} leaves alone ${short(context)}`, () => assertLeavesAlone(sample(name), context, ruleIds));
  }
}

// ---------------------------------------------------------------------------------------------
// city-budget.md: Markdown with front matter, a heading, links, a list, inline code and a fence.

flags('city-budget.md', [
  ['unattributed-claim', "The budget includes the largest increase in police overtime in the city's history."],
  ['unattributed-claim', 'Property owners will pay about $140 more a year on a typical home.'],
  ['vague-source', 'Critics say the overtime money', 'Critics'],
  // Who alleges that the auditor warned the mayor? Nobody in the sentence.
  ['hedged-wording', "The city's auditor allegedly warned", 'allegedly'],
  ['loaded-attribution-verb', 'Mayor Linda Hsu insisted the numbers were sound.', 'insisted'],
  ['scare-quote', 'two new "community responders" for', '"community responders"'],
  // the front matter's ledger: the mayor is quoted but not listed; the budget document is listed but never cited
  ['undeclared-source', 'Mayor Linda Hsu insisted', 'Mayor Linda Hsu'],
  ['uncited-source', '  - name: City of Millbrook, proposed 2025 budget', 'City of Millbrook, proposed 2025 budget'],
]);

leavesAlone('city-budget.md', [
  // figures sourced to the linked budget document
  ['The Millbrook City Council approved a $412 million operating budget early Wednesday, a 6 percent increase over last year'],
  ['"We closed a $9 million gap without cutting a single library hour," Finance Director Paul Okafor told the council shortly before midnight.'],
  // a short quoted phrase that is hers
  ['"quietly starved"'],
  ['$3.2 million for road resurfacing, the Finance Department said'],
  ['which Okafor called "temporary"'],
  // the front matter, the heading (no final punctuation), inline code and the fenced block
  ['sources:\n  - name: City of Millbrook, proposed 2025 budget', RULE_IDS.filter((id) => id !== 'uncited-source')],
  // listed in the ledger: "Paul Okafor" covers "Finance Director Paul Okafor" and "Okafor"
  ['Finance Director Paul Okafor', ['undeclared-source']],
  ['Councilmember Rosa Delgado voted against the plan.', ['undeclared-source']],
  ['  - name: Councilmember Rosa Delgado', ['uncited-source']],
  ['  - name: Paul Okafor', ['uncited-source']],
  ['# Council backs $412 million budget after late-night session'],
  ['`allegedly_overpaid_vendors`'],
  ['# allegedly duplicated payments, reportedly from 2022'],
  ['r.flag != "reportedly"'],
  ['The vote was 5-2.'],
]);

// ---------------------------------------------------------------------------------------------
// harbor-fire.txt: plain text.

flags('harbor-fire.txt', [
  ['anonymous-source', 'a hospital spokeswoman said', 'a hospital spokeswoman'],
  ['hedged-wording', 'The fire is thought to have started', 'is thought to'],
  ['unattributed-claim', 'The fire caused more than $2 million in damage to the pier.'],
  // a paragraph of its own after Castillo's: nobody is named as saying it
  ['unattributed-quote', '"Somebody is going to get killed down there."'],
  ['hedged-wording', 'is reportedly behind on its property taxes', 'reportedly'],
  ['anonymous-source', 'A lawyer for the company admitted', 'A lawyer for the company'],
  ['loaded-attribution-verb', 'A lawyer for the company admitted', 'admitted'],
  ['vague-source', 'Some residents say the city', 'Some residents'],
  ['speculative-wording', 'The warehouse had probably stood empty', 'probably'],
]);

leavesAlone('harbor-fire.txt', [
  // the headline has no final punctuation
  ['Fire guts warehouse on Port Alder harbor; two firefighters injured'],
  ['sending smoke across the harbor and injuring two firefighters, Fire Chief Marcus Reyes said.'],
  ['The blaze was reported at 11:40 p.m. and took more than four hours to bring under control, Reyes told reporters at the scene on Sunday morning.'],
  ['"The roof came down about twenty minutes after our first crew went in," Reyes said.'],
  // the second sentence of Reyes's quote is attributed through the first
  ['"We pulled everyone out and fought it from the outside after that."'],
  ['"Kids get in there every summer, and nobody ever fixed the fence," said Irene Castillo'],
  ['had "always cooperated" with the city'],
  ['Harbor master Tom Bellweather confirmed that earlier fire'],
  // Reyes's own speculation is attributed to him
  ['Reyes said the sprinklers may have failed.'],
]);

// ---------------------------------------------------------------------------------------------
// council-vote.draft: a .draft file is plain text.

flags('council-vote.draft', [
  ['loaded-attribution-verb', 'He claimed the developer', 'claimed'],
  ['vague-source', 'Opponents say the buildings', 'Opponents'],
  ['loaded-attribution-verb', '900 car trips a day, Moss noted.', 'noted'],
  ['unattributed-claim', 'Nearly 300 residents signed a petition against the rezoning.'],
]);

leavesAlone('council-vote.draft', [
  ['The rezoning clears the way for up to 180 apartments, according to the planning department\'s staff report.'],
  ['A third of them would be set aside for households earning less than 60 percent of the area median income, the report said.'],
  ['said the town could not keep "pricing out our own kids."'],
  ['called the public hearings "theater."'],
  // a lead-in with a colon inside the paragraph
  ['Asked about that, Moss said: "Nobody was promised anything."'],
  ['Town attorney Helen Cho said the deed restrictions run for 40 years.'],
  ['"This is the biggest change to this town since the interstate came through," said Walt Brennan'],
]);

test('council-vote.draft is linted as plain text', () => {
  assert.equal(formatForPath('seeds/council-vote.draft'), 'plaintext');
});

// ---------------------------------------------------------------------------------------------
// trial-testimony.md: a quotation running over three paragraphs (each opens with a quote mark, only
// the last closes; the speaker is named in the first), a lead-in "Ostrowski said:", and one quote
// paragraph with no speaker.

flags('trial-testimony.md', [
  ['unattributed-quote', '"He paid for the tournament buses out of his own pocket more than once."'],
  ['hedged-wording', 'Lyle is believed to have spent', 'is believed to'],
]);

leavesAlone('trial-testimony.md', [
  ['"I went through the bank statements line by line," Ostrowski testified.'],
  // the second and third paragraphs of the same quotation
  ['"The numbers did not match what Derek was telling the board.'],
  ['"I printed everything and put it in a binder. I brought the binder to the March meeting and asked for ten minutes on the agenda.'],
  ['"They gave me two. Derek said we would deal with it offline, and that was the end of it."'],
  // the paragraph after the lead-in "Ostrowski said:"
  ['"Because I thought the board would do its job. I was a volunteer. I did the books at my kitchen table."'],
  // "alleged" inside what the defense attorney told the jury
  ['Benning told jurors in her opening statement that the alleged theft', ['hedged-wording', 'vague-source']],
  // the prosecution's allegation, named as theirs
  ['Prosecutors allege that Lyle used the money to pay off gambling debts.'],
  ["The league's current president, Tom Adeyemi, testified that the league had to cancel its spring travel season in 2023"],
]);

test('trial-testimony.md: the three-paragraph quotation is one quotation attributed to Ostrowski', () => {
  const s = sample('trial-testimony.md');
  const { analysis } = lintText(s.text, { format: 'markdown' });
  const opening = spanIn(s, '"The numbers did not match', '"');
  const quotation = analysis.quotations.find((q) => q.span.start === opening.start);
  assert.ok(quotation, 'the quotation opening "The numbers did not match" was not found');
  assert.equal(quotation.span.end, spanIn(s, 'the end of it."').end, 'the quotation should run to the end of the third paragraph');
  assert.notEqual(quotation.attribution, null, 'the quotation should be attributed');
  const attribution = analysis.attributions[quotation.attribution!];
  assert.equal(textOf(s, attribution.source!.span), 'Ostrowski');
});

// ---------------------------------------------------------------------------------------------
// leak-investigation.md: anonymous, vague and second-hand sources next to named ones.

flags('leak-investigation.md', [
  ['anonymous-source', 'a senior official said on Friday', 'a senior official'],
  ['anonymous-source', 'according to people familiar with the matter', 'people familiar with the matter'],
  // anonymity granted with no reason given
  ['anonymous-source', 'A second person, who spoke on condition of anonymity, said', 'on condition of anonymity'],
  ['secondhand-source', 'Reuters reported on Thursday', 'Reuters'],
  ['vague-source', 'Critics say the inquiry', 'Critics'],
  ['vague-source', 'Experts say the report', 'Experts'],
  ['anonymous-source', 'according to two officials briefed on the inquiry', 'two officials briefed on the inquiry'],
  ['loaded-attribution-verb', 'He revealed that the department', 'revealed'],
  ['secondhand-source', 'The Associated Press reported that', 'The Associated Press'],
]);

leavesAlone('leak-investigation.md', [
  // anonymity with the reason given, in the AP's words
  ['A Transportation Department employee, who spoke on condition of anonymity because they were not authorized to discuss personnel matters, said the contractor had not been told why.'],
  ['Energy Secretary Laura Whitcombe called the leak "a serious breach"'],
  // a figure attributed (second-hand) to Reuters is not also an unattributed claim
  ['the inquiry had so far cost more than $1.5 million', ['unattributed-claim']],
  ['"This is a report about transformers and heat, not nuclear codes," said Miriam Achebe'],
  ['"The public has a right to read it."'],
  ['Sen. Thomas Greer, who chairs the energy committee, said in a statement that he would ask Whitcombe to testify.'],
  ['"It should not be hunting whistleblowers."'],
  // the hedge is attributed in the same sentence (to anonymous officials, which is flagged on its own)
  ['The leaker is believed to have worked', ['hedged-wording']],
  ['Department spokesman Kevin Marsh said the inquiry would follow the law.'],
  ['Whitcombe said on Friday that she expected it to end by September.'],
]);

// ---------------------------------------------------------------------------------------------
// suppression-demo.md: disable-next-line, disable/enable for named rules, and disable for all rules.

flags('suppression-demo.md', [
  ['hedged-wording', 'Valley Transit Services, allegedly failed', 'allegedly'],
  ['loaded-attribution-verb', 'He admitted that the district', 'admitted'],
  ['vague-source', 'Many parents say they now drive', 'Many parents'],
  ['unattributed-claim', 'Ridership has fallen 12 percent since September.'],
]);

/** The passages the comments silence, and the finding each gives once the comments are taken out. */
const silenced: [string, string, string][] = [
  // <!-- attribution-lint-disable-next-line hedged-wording -->
  ['hedged-wording', 'The company is reportedly in talks', 'reportedly'],
  // <!-- attribution-lint-disable vague-source, unattributed-claim --> ... <!-- attribution-lint-enable -->
  ['vague-source', 'Critics say the board ignored', 'Critics'],
  ['unattributed-claim', 'The contractor has lost 40 percent of its drivers since 2022.', 'The contractor has lost 40 percent of its drivers since 2022.'],
  // <!-- attribution-lint-disable --> (every rule) ... <!-- attribution-lint-enable -->
  ['unattributed-quote', '"We are doing everything we can with the drivers we have."', '"We are doing everything we can with the drivers we have."'],
];

for (const [ruleId, context, needle] of silenced) {
  test(`suppression-demo.md: the comments silence ${ruleId} on ${short(needle)}, which fires without them`, () => {
    const s = sample('suppression-demo.md');
    assertLeavesAlone(s, context);
    const withoutComments = s.text.replace(/<!-- attribution-lint-[^>]*-->/g, '');
    const bare: Sample = { name: s.name, text: withoutComments, findings: lintText(withoutComments, { format: 'markdown' }).findings };
    assertFlags(bare, ruleId, context, needle);
  });
}

test('suppression-demo.md: disable-next-line silences only the rule it names', () => {
  // Give the silenced line a figure too: hedged-wording stays quiet there, unattributed-claim does not.
  const s = sample('suppression-demo.md');
  const text = s.text.replace('The company is reportedly in talks to sell', 'The company reportedly lost $2 million and is in talks to sell');
  const line: Sample = { name: s.name, text, findings: lintText(text, { format: 'markdown' }).findings };
  assertLeavesAlone(line, 'The company reportedly lost', ['hedged-wording']);
  assertFlags(line, 'unattributed-claim', 'The company reportedly lost $2 million and is in talks to sell its school-bus division.');
});

test('suppression-demo.md: outside the silenced block the same rules fire again', () => {
  const s = sample('suppression-demo.md');
  const enable = spanIn(s, 'Critics say the board ignored the warning signs for two years.\n\nThe contractor has lost 40 percent of its drivers since 2022.\n<!-- attribution-lint-enable -->').end;
  const after = s.findings.filter((f) => f.span.start > enable).map((f) => f.ruleId);
  assert.ok(after.includes('vague-source') && after.includes('unattributed-claim'), `after the block: ${JSON.stringify(after)}`);
});

// ---------------------------------------------------------------------------------------------
// Across the samples.

test('every rule fires at least once across the samples', () => {
  const fired = new Set(SAMPLES.flatMap((name) => sample(name).findings.map((f) => f.ruleId)));
  assert.deepEqual(RULE_IDS.filter((id) => !fired.has(id)), [], 'rules that never fire in seeds/');
  assert.equal(RULE_IDS.length, 11);
});

test('every sample is 150 to 500 words', () => {
  for (const name of SAMPLES) {
    const words = sample(name).text.split(/\s+/).filter(Boolean).length;
    assert.ok(words >= 150 && words <= 500, `${name} has ${words} words`);
  }
});

test('harbor-fire.txt: a local paper becomes a second-hand source once it is listed in knownOutlets', () => {
  // The built-in list cannot know every local paper; `knownOutlets` is how a newsroom adds its own.
  const s = sample('harbor-fire.txt');
  const config: LintConfig = { ...emptyConfig(), knownOutlets: ['Port Alder Herald'] };
  const configured: Sample = { ...s, findings: lintText(s.text, { format: 'plaintext', config }).findings };
  assertFlags(configured, 'secondhand-source', 'The Port Alder Herald reported', 'The Port Alder Herald');
});

// ---------------------------------------------------------------------------------------------
// Engine problems the samples once showed, kept as tests so they stay fixed.

test('city-budget.md: "mental-health calls" is not an attribution ("calls" is a noun here)', () => {
  assertLeavesAlone(sample('city-budget.md'), 'two new "community responders" for mental-health calls', ['vague-source']);
});

test('council-vote.draft: "Several residents who spoke at the meeting said" attributes the quoted phrase to them', () => {
  assertLeavesAlone(sample('council-vote.draft'), '"so-called affordable units"', ['scare-quote']);
});

test('council-vote.draft: "has been accused of" with no accuser is flagged', () => {
  const s = sample('council-vote.draft');
  const span = spanIn(s, 'The developer, Northgate Partners, has been accused of cutting corners on a similar project in Lakeport.');
  assert.ok(s.findings.some((f) => overlaps(f.span, span)), 'nothing flags the accuser-less accusation');
});

test('trial-testimony.md: the headline is not a vague source', () => {
  assertLeavesAlone(sample('trial-testimony.md'), 'Former treasurer testifies she warned board about missing funds', ['vague-source']);
});

test('trial-testimony.md: "before anyone called the police" and "no one could say" are not sources', () => {
  const s = sample('trial-testimony.md');
  assertLeavesAlone(s, 'before anyone called the police', ['vague-source']);
  assertLeavesAlone(s, 'no one could say where the money went', ['vague-source']);
});

test('leak-investigation.md: "because the inquiry is still under way" is a reason for anonymity', () => {
  assertLeavesAlone(sample('leak-investigation.md'), 'One official, who spoke on condition of anonymity because the inquiry is still under way', ['anonymous-source']);
});

test('harbor-fire.txt: "police said" is an ordinary attribution, not a vague source', () => {
  assertLeavesAlone(sample('harbor-fire.txt'), 'No one else was inside the building when the fire started, police said.', ['vague-source']);
});

test('the report resolves "She" and "He" to the person just named, not the last quoted one', () => {
  for (const [name, pronounContext, expected] of [
    ['city-budget.md', 'She said the parks department', 'Councilmember Rosa Delgado'],
    ['council-vote.draft', 'He claimed the developer', 'Councilman Gary Pruitt'],
  ] as const) {
    const s = sample(name);
    const { analysis } = lintText(s.text, { format: formatForPath(name) });
    const pronoun = spanIn(s, pronounContext, pronounContext.split(' ')[0]);
    const attribution = analysis.attributions.find((a) => a.source?.span.start === pronoun.start);
    assert.equal(attribution?.source?.refersTo, expected, `${name}: "${pronounContext}"`);
  }
});
