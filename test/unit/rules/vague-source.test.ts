// vague-source: "sources say", "critics say", "studies show" put words in the mouth of nobody in
// particular. Guidance: say which critics, which experts, which study.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFlagged, fixOf, show } from './helpers';

const RULE = 'vague-source';

// [draft text, exact text the finding covers: the vague source phrase]
const flagged: [string, string][] = [
  // politics
  ['Sources say the mayor will not seek a third term.', 'Sources'],
  ['Critics say the tax cut favours the wealthiest households.', 'Critics'],
  ['The decision, critics said, was rushed through without public consultation.', 'critics'],
  ['Critics argue the new stadium will do little for the neighbourhood.', 'Critics'],
  ['Observers said the vote was marred by long queues and missing ballots.', 'Observers'],
  ['Observers say turnout was the lowest in two decades.', 'Observers'],
  ['Critics rallied outside city hall, saying the plan was unfair.', 'Critics'],
  ['The West blames Moscow for the cyberattack on the power grid.', 'The West'],
  // local news
  ['Some say the new bike lanes have made downtown traffic worse.', 'Some'],
  ['Some said the festival should move to a larger park.', 'Some'],
  // sport
  ["Many believe the referee's decision cost Rovers the match.", 'Many'],
  ['Reports say the striker has agreed a four-year deal.', 'Reports'],
  // business
  ["Analysts said the bank's profit warning came as a surprise.", 'Analysts'],
  ["Analysts say the chipmaker's shares are overvalued.", 'Analysts'],
  ['Reports suggest the airline is preparing to cancel hundreds of flights.', 'Reports'],
  ['The plant will close by June, according to reports.', 'reports'],
  // science and health
  ['Experts say the bridge should have been inspected years ago.', 'Experts'],
  ['Studies show that children who read every day do better in maths.', 'Studies'],
  ['The vaccine is safe for children, studies show.', 'studies'],
];

// Named sources, and the same nouns where they are not anyone's source.
const clean: string[] = [
  // named sources
  'Dr. Ann Lee, an epidemiologist at Johns Hopkins University, said the outbreak was contained.',
  'Senator Maria Cantwell said the bill would lower drug prices.',
  "Paul Krugman, one of the plan's fiercest critics, said it would fail.",
  'The Federal Reserve said in a report on Monday that household debt had risen.',
  'The National Transportation Safety Board blamed pilot fatigue for the crash.',
  'Crime fell by a tenth, according to the most recent data from the FBI.',
  // the nouns, not used as sources
  "The experts' panel met Tuesday.",
  "Critics' choice awards were handed out on Sunday night.",
  'Critics were not allowed into the preview screening.',
  "The mayor's critics on the council voted against the budget.",
  'Two sources of funding for the library were cut this year.',
  'Some 300 people attended the vigil on Friday.',
  'Many of the shops on High Street closed early for the parade.',
  'The study of history shows up in unexpected places in the new curriculum.',
  'The West Coast braced for another storm on Thursday.',
  "Reports of the striker's injury were greatly exaggerated.",
  'Experts from the university will lead a free workshop on Saturday.',
  'Observers from the Organization for Security and Co-operation in Europe will monitor the vote.',
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

// The fix leaves every word in place and adds " [named source]" right after the vague phrase.
const fixes: [string, string, string][] = [
  [
    'Critics say the tax cut favours the wealthiest households.',
    'Critics',
    'Critics [named source] say the tax cut favours the wealthiest households.',
  ],
  [
    'The plant will close by June, according to reports.',
    'reports',
    'The plant will close by June, according to reports [named source].',
  ],
  [
    'The West blames Moscow for the cyberattack on the power grid.',
    'The West',
    'The West [named source] blames Moscow for the cyberattack on the power grid.',
  ],
];

for (const [text, expected, fixed] of fixes) {
  test(`fix for "${expected}" adds a named-source placeholder: ${show(text)}`, () => {
    const finding = expectFlagged(text, RULE, expected);
    const fix = fixOf(finding);
    for (const edit of fix.edits) assert.equal(edit.span.start, edit.span.end, 'the fix must not delete words');
    assert.equal(applyFix(text, fix), fixed);
  });
}
