// undeclared-source: a named source quoted in the copy but missing from the draft's `sources:`
// ledger cannot be checked by the desk. Guidance: every person and document in the story is listed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parse } from 'yaml';
import { applyFix, fixOf, lintPlain, show } from './helpers';
import { draftWith, expectMarkdownClean, expectMarkdownFlagged, markdownFindingsOf, markdownFlagged } from './ledgerHelpers';

const RULE = 'undeclared-source';
const LEDGER = ['  - name: Marcus Reyes', '    kind: named', '  - name: Millbrook Finance Department', '    url: https://example.gov/finance'];

// [ledger lines, body, the source flagged]
const flagged: [string[], string, string][] = [
  [LEDGER, 'Mayor Linda Hsu said the numbers were sound.', 'Mayor Linda Hsu'],
  [LEDGER, '"We will appeal," said Dana Whitfield.', 'Dana Whitfield'],
  [LEDGER, 'The plant will close in June, according to Anna Kowalski.', 'Anna Kowalski'],
  [LEDGER, 'Senator Maria Cantwell said the bill would lower drug prices.', 'Senator Maria Cantwell'],
  [LEDGER, 'Reyes said the vote was close. Police Chief Tom Baker said no one was hurt.', 'Police Chief Tom Baker'],
  [LEDGER, 'The Federal Reserve said in a report on Monday that household debt had risen.', 'The Federal Reserve'],
  [['  - name: Marcus Reyes'], 'Anna Reyes-Lopez said the school would reopen.', 'Anna Reyes-Lopez'],
  [[], 'Paul Okafor told the council the gap was closed.', 'Paul Okafor'],
  [['  - Marcus Reyes'], 'Jane Doe said the road was closed.', 'Jane Doe'],
  [['  - name: "Marcus Reyes"', '    contact: "555-0100"'], 'Linda Hsu said the figures were wrong.', 'Linda Hsu'],
  [LEDGER, 'The **Harbor Authority** said the ferry would resume on Monday.', 'The **Harbor Authority'],
];

for (const [ledger, body, expected] of flagged) {
  test(`${RULE} flags ${JSON.stringify(expected)} in: ${show(body)}`, () => {
    const finding = expectMarkdownFlagged(draftWith(ledger, body), RULE, expected);
    assert.equal(finding.severity, 'info');
  });
}

// [ledger lines, body]: listed sources (surname, title, case and "the" aside), and sources the rule does not check.
const clean: [string[], string][] = [
  [LEDGER, 'Marcus Reyes said the vote was close.'],
  [LEDGER, 'Reyes said the vote was close.'],
  [LEDGER, 'Councilman Marcus Reyes said the vote was close.'],
  [LEDGER, 'MARCUS REYES said the vote was close.'],
  [LEDGER, "The budget is balanced, the Finance Department said."],
  [LEDGER, 'Marcus Reyes opened the meeting. He said the vote was close.'],
  [LEDGER, 'Critics say the overtime money would be better spent on roads.'],
  [LEDGER, 'A senior official said the talks had stalled.'],
  [LEDGER, 'Reuters reported that the talks had stalled.'],
  [LEDGER, "The city's auditor said the figures were too low."],
  [['  - Marcus Reyes'], 'Reyes said the vote was close.'],
  [['  - name: City of Millbrook, proposed 2025 budget'], 'The council met, the City of Millbrook said.'],
];

for (const [ledger, body] of clean) {
  test(`${RULE} leaves alone: ${show(body)}`, () => expectMarkdownClean(draftWith(ledger, body), RULE));
}

test(`${RULE}: no ledger, no findings (no front matter, no sources key, bad YAML, sources not a list)`, () => {
  const body = 'Mayor Linda Hsu said the numbers were sound.';
  expectMarkdownClean(body, RULE);
  expectMarkdownClean(`---\ntitle: x\n---\n\n${body}\n`, RULE);
  expectMarkdownClean(`---\nsources: [unclosed\n---\n\n${body}\n`, RULE);
  expectMarkdownClean(`---\nsources:\n  - name: A\n   bad: indent\n---\n\n${body}\n`, RULE);
  expectMarkdownClean(`---\nsources: Marcus Reyes\n---\n\n${body}\n`, RULE);
});

test(`${RULE}: one finding a source, at its first mention`, () => {
  const text = draftWith(LEDGER, 'Linda Hsu said the numbers were sound.\n\nHsu later said the auditor was wrong. Linda Hsu left.');
  assert.deepEqual(markdownFlagged(text, RULE), ['Linda Hsu']);
  assert.equal(markdownFindingsOf(text, RULE)[0].span.start, text.indexOf('Linda Hsu said'));
});

test(`${RULE}: the quick fix appends the name to the block list, keeping the YAML valid and its indentation`, () => {
  const text = draftWith(LEDGER, 'Mayor Linda Hsu said the numbers were sound.');
  const fix = fixOf(expectMarkdownFlagged(text, RULE, 'Mayor Linda Hsu'));
  assert.equal(fix.title, "Add 'Mayor Linda Hsu' to the sources in front matter");
  const fixed = applyFix(text, fix);
  assert.ok(fixed.includes('    url: https://example.gov/finance\n  - name: Mayor Linda Hsu\n---'), fixed);
  const yaml = parse(fixed.split('---')[1]);
  assert.deepEqual(yaml.sources.map((s: { name: string }) => s.name), ['Marcus Reyes', 'Millbrook Finance Department', 'Mayor Linda Hsu']);
  expectMarkdownClean(fixed, RULE);
});

test(`${RULE}: the quick fix follows a four-space list and its message names the source`, () => {
  const text = ['---', 'sources:', '    - name: Marcus Reyes', '---', '', 'Paul Okafor said the gap was closed.', ''].join('\n');
  const finding = expectMarkdownFlagged(text, RULE, 'Paul Okafor');
  assert.equal(finding.message, '"Paul Okafor" is cited but not listed in the sources in front matter.');
  const fixed = applyFix(text, fixOf(finding));
  assert.ok(fixed.includes('    - name: Marcus Reyes\n    - name: Paul Okafor\n---'), fixed);
});

test(`${RULE}: the quick fix adds to a flow list and to an empty sources key`, () => {
  const flow = '---\nsources: [Marcus Reyes]\n---\n\nPaul Okafor said the gap was closed.\n';
  const flowFixed = applyFix(flow, fixOf(expectMarkdownFlagged(flow, RULE, 'Paul Okafor')));
  assert.deepEqual(parse(flowFixed.split('---')[1]).sources, ['Marcus Reyes', { name: 'Paul Okafor' }]);
  const empty = '---\ntitle: x\nsources:\n---\n\nPaul Okafor said the gap was closed.\n';
  const emptyFixed = applyFix(empty, fixOf(expectMarkdownFlagged(empty, RULE, 'Paul Okafor')));
  assert.deepEqual(parse(emptyFixed.split('---')[1]).sources, [{ name: 'Paul Okafor' }]);
});

test(`${RULE}: plain-text drafts (.draft, .news, .txt) with front matter have a ledger too`, () => {
  const text = '---\nsources:\n  - name: Marcus Reyes\n---\nLinda Hsu said the numbers were sound. Reyes agreed, he said.\n';
  const found = lintPlain(text).findings.filter((f) => f.ruleId === RULE);
  assert.deepEqual(found.map((f) => text.slice(f.span.start, f.span.end)), ['Linda Hsu']);
});
