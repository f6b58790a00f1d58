// uncited-source: a source listed in the draft's `sources:` ledger that the copy never cites: a
// lead that was cut, or material that went in unattributed. The finding sits on the entry's name.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { show } from './helpers';
import { draftWith, expectMarkdownClean, expectMarkdownFlagged, markdownFindingsOf, markdownFlagged } from './ledgerHelpers';

const RULE = 'uncited-source';

// [ledger lines, body, the ledger name flagged]
const flagged: [string[], string, string][] = [
  [['  - name: Marcus Reyes'], 'Linda Hsu said the numbers were sound.', 'Marcus Reyes'],
  [['  - name: Marcus Reyes', '  - name: Linda Hsu'], 'Linda Hsu said the numbers were sound.', 'Marcus Reyes'],
  [['  - name: Millbrook Finance Department', '    url: https://example.gov'], 'The mayor said the numbers were sound.', 'Millbrook Finance Department'],
  [['  - Marcus Reyes'], 'The council met on Tuesday.', 'Marcus Reyes'],
  [['  - name: "Marcus Reyes"'], 'The council met on Tuesday.', '"Marcus Reyes"'],
  [['  - name: Anna Kowalski', '    contact: "555-0100"'], 'Kowalski Street was closed, police said.', 'Anna Kowalski'],
  [['  - name: Reuters'], 'The Associated Press reported that the talks had stalled.', 'Reuters'],
  [['  - name: Dana Whitfield', '    kind: named'], 'Critics say the plan is rushed.', 'Dana Whitfield'],
  [['  - name: City of Millbrook, proposed 2025 budget'], 'The council approved the budget on Wednesday.', 'City of Millbrook, proposed 2025 budget'],
  [['  - name: Paul Okafor', '  - name: Marcus Reyes'], 'Okafor said the gap was closed.', 'Marcus Reyes'],
  [['  - name: Tom Baker'], 'A senior official said the talks had stalled.', 'Tom Baker'],
];

for (const [ledger, body, expected] of flagged) {
  test(`${RULE} flags ${JSON.stringify(expected)} with: ${show(body)}`, () => {
    const finding = expectMarkdownFlagged(draftWith(ledger, body), RULE, expected);
    assert.equal(finding.severity, 'hint');
  });
}

// [ledger lines, body]: every entry cited, by name, surname, title, pronoun, outlet or a plain mention.
const clean: [string[], string][] = [
  [['  - name: Marcus Reyes'], 'Marcus Reyes said the vote was close.'],
  [['  - name: Marcus Reyes'], 'Reyes said the vote was close.'],
  [['  - name: Marcus Reyes'], 'Councilman Marcus Reyes said the vote was close.'],
  [['  - name: marcus reyes'], 'MARCUS REYES said the vote was close.'],
  [['  - name: Millbrook Finance Department'], 'The budget is balanced, the Finance Department said.'],
  [['  - name: Reuters'], 'Reuters reported that the talks had stalled.'],
  [['  - name: Marcus Reyes', '  - name: Linda Hsu'], 'Marcus Reyes said the vote was close. Linda Hsu said it was not.'],
  [['  - name: City of Millbrook, proposed 2025 budget'], 'The figures come from the City of Millbrook budget office.'],
  [['  - Marcus Reyes'], '"It was close," Reyes said.'],
  [[], 'Marcus Reyes said the vote was close.'],
  [['  - name: Marcus Reyes'], 'The vote was close, according to Marcus Reyes.'],
];

for (const [ledger, body] of clean) {
  test(`${RULE} leaves alone: ${show(body)}`, () => expectMarkdownClean(draftWith(ledger, body), RULE));
}

test(`${RULE}: the finding's range is the entry's name value in the front matter`, () => {
  const text = draftWith(['  - name: Marcus Reyes', '    url: https://example.gov'], 'The council met.');
  const [finding] = markdownFindingsOf(text, RULE);
  assert.equal(finding.span.start, text.indexOf('Marcus Reyes'));
  assert.equal(finding.span.end, text.indexOf('Marcus Reyes') + 'Marcus Reyes'.length);
  assert.match(finding.message, /Marcus Reyes.*never cited/);
});

test(`${RULE}: bad YAML or no sources list means no ledger and no findings`, () => {
  expectMarkdownClean('---\nsources: [unclosed\n---\n\nThe council met.\n', RULE);
  expectMarkdownClean('---\nsources: {name: Reyes}\n---\n\nThe council met.\n', RULE);
  expectMarkdownClean('---\n: : :\n---\n\nThe council met.\n', RULE);
  expectMarkdownClean('The council met.\n', RULE);
});

test(`${RULE}: each uncited entry is reported once, in ledger order`, () => {
  const text = draftWith(['  - name: Ann Lee', '  - name: Tom Baker', '  - name: Linda Hsu'], 'Linda Hsu said the numbers were sound.');
  assert.deepEqual(markdownFlagged(text, RULE), ['Ann Lee', 'Tom Baker']);
});
