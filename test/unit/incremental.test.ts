// Incremental linting: after any sequence of edits, the findings of the IncrementalLinter are exactly
// those of a whole lint of the same text, while a small edit analyses only a few blocks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { emptyConfig, IncrementalLinter, lintText, type DraftFormat, type Finding } from '../../server/src/lint';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const seedsDir = join(__dirname, '..', '..', 'seeds');
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const samples = readdirSync(seedsDir).map((name) => readFileSync(join(seedsDir, name), 'utf8'));
/** The sample drafts without their front matter (a draft with front matter is always linted whole). */
const bodies = samples.map((text) => text.replace(FRONT_MATTER, ''));
/** Attribution that crosses paragraphs: a lead-in, a quotation over three paragraphs, speaker labels. */
const crossParagraph = [
  'The mayor, Linda Hsu, spoke to the council on Monday',
  '“The harbor fund is empty and the contractors have not been paid for six months.”',
  'Hsu said the city would borrow.',
  '“We have no choice but to borrow forty million dollars this year.',
  '“The banks have agreed to the terms,” Hsu said.',
  'Hsu: The pensions are safe.',
  'The police chief told reporters on Tuesday',
  'Investigators found 40 bodies in the river.',
  'Police said the search would continue.',
].join('\n\n');
const longDraft = [...bodies, crossParagraph].join('\n\n');

/** What writers type, and what moves attribution across paragraphs. */
const insertion = fc.oneof(
  fc.constantFrom(
    'said', ' he said.', ' she told reporters', ', according to officials', 'allegedly ', 'Okafor said ', 'sources say ',
    '"', '“', '”', "''", ':', '.', ',', ' — ', '\n\n', '\n\n"', '\n\n“', '\nSanders: ', 'OKAFOR: ', 'Reyes: ', '\n\n# ',
    '<!-- attribution-lint-disable -->', '<!-- attribution-lint-enable -->', '<!-- attribution-lint-disable-next-line -->\n',
    '`', '> ', '- ', '[', '](http://x.y)', ' ', '',
  ),
  fc.constantFrom(...bodies.flatMap((body) => body.split(/\n\s*\n/)).filter((paragraph) => paragraph.length < 400)),
  fc.string({ maxLength: 8 }),
);
/** Where: anywhere, or at a paragraph break (where a lead-in colon or a continued quotation goes). */
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), atBreak: fc.boolean(), remove: fc.nat({ max: 40 }), insert: insertion });
const format = fc.constantFrom<DraftFormat>('markdown', 'plaintext');

function applyEdit(text: string, change: { at: number; atBreak: boolean; remove: number; insert: string }): string {
  let start = Math.floor(change.at * text.length);
  const paragraphBreak = text.indexOf('\n\n', start);
  if (change.atBreak && paragraphBreak >= 0) start = paragraphBreak;
  return text.slice(0, start) + change.insert + text.slice(Math.min(text.length, start + change.remove));
}

test('after random edits the findings equal a whole lint of the same text', () => {
  let cases = 0;
  fc.assert(
    fc.property(fc.oneof(fc.constant(longDraft), fc.constantFrom(...bodies)), format, fc.array(edit, { minLength: 1, maxLength: 12 }), (start, draftFormat, edits) => {
      const linter = new IncrementalLinter();
      let text = start;
      linter.lint(text, { format: draftFormat });
      for (const change of edits) {
        text = applyEdit(text, change);
        assert.deepEqual(linter.lint(text, { format: draftFormat }).findings, lintText(text, { format: draftFormat }).findings);
      }
      cases++;
    }),
    { numRuns: RUNS },
  );
  console.log(`${cases} edit sequences checked`);
});

test('a one-word change in a long draft analyses only the blocks around it', () => {
  const linter = new IncrementalLinter();
  linter.lint(longDraft, { format: 'markdown' });
  const at = longDraft.indexOf('the', Math.floor(longDraft.length / 2));
  const edited = longDraft.slice(0, at) + 'a' + longDraft.slice(at + 3);
  const findings = linter.lint(edited, { format: 'markdown' }).findings;
  assert.ok(linter.extent.blocks > 40, `the draft has ${linter.extent.blocks} blocks`);
  assert.ok(linter.extent.analysed <= 12, `analysed ${linter.extent.analysed} of ${linter.extent.blocks} blocks`);
  assert.deepEqual(findings, lintText(edited, { format: 'markdown' }).findings);
});

for (const { lead, flaggedBefore, ruleId } of [
  { lead: 'council on Monday', flaggedBefore: '“The harbor fund', ruleId: 'unattributed-quote' },
  { lead: 'reporters on Tuesday', flaggedBefore: 'Investigators found', ruleId: 'unattributed-claim' },
]) {
  test(`a lead-in colon after "${lead}" attributes what the next paragraph says (${ruleId})`, () => {
    const linter = new IncrementalLinter();
    const before = [...bodies, crossParagraph, ...bodies].join('\n\n');
    const flagged = (findings: Finding[], text: string) => findings.some((finding) => finding.ruleId === ruleId && text.startsWith(flaggedBefore, finding.span.start));
    assert.ok(flagged(linter.lint(before, { format: 'markdown' }).findings, before), 'flagged before the colon');
    const after = before.replace(lead, `${lead}:`);
    const findings = linter.lint(after, { format: 'markdown' }).findings;
    assert.ok(linter.extent.analysed < linter.extent.blocks, 'only a window was analysed');
    assert.ok(!flagged(findings, after), 'not flagged after it');
    assert.deepEqual(findings, lintText(after, { format: 'markdown' }).findings);
  });
}

test('a quotation keeps the speaker of the lead-in colon before it when the paragraphs after it are edited', () => {
  // The quotation's paragraph is left as it was, but its findings are taken from the new analysis:
  // that analysis must still see the lead-in colon one paragraph further up.
  const story = ['Mayor Elena Ruiz told the council on Monday:', '“We will not back down on the harbor.”', 'The vote came after three hours of testimony.', 'Council members meet again in four weeks.'];
  const before = [...bodies, ...story, ...bodies].join('\n\n');
  for (const [phrase, replacement] of [['three hours of testimony', 'long testimony'], ['in four weeks', 'soon']]) {
    const linter = new IncrementalLinter();
    linter.lint(before, { format: 'markdown' });
    assert.equal(before.split(phrase).length, 2, `"${phrase}" occurs once`);
    const after = before.replace(phrase, replacement);
    const findings = linter.lint(after, { format: 'markdown' }).findings;
    assert.ok(linter.extent.analysed < linter.extent.blocks, 'only a window was analysed');
    assert.ok(!findings.some((finding) => finding.ruleId === 'unattributed-quote' && after.startsWith('“We will not', finding.span.start)), 'the quotation is attributed');
    assert.deepEqual(findings, lintText(after, { format: 'markdown' }).findings);
  }
});

test('a source named or unnamed far from a speaker label that uses the surname changes that label too', () => {
  const label = 'Ruiz: Investigators found 40 bodies in the river.';
  const before = [label, ...bodies, 'Treasurer Ana Ruiz said the audit was done.'].join('\n\n');
  const after = before.replace('Treasurer Ana Ruiz said', 'The treasurer said');
  const linter = new IncrementalLinter();
  const labelled = linter.lint(before, { format: 'markdown' }).findings;
  const unlabelled = linter.lint(after, { format: 'markdown' }).findings;
  assert.notDeepEqual(unlabelled.filter((finding) => finding.span.start < label.length), labelled.filter((finding) => finding.span.start < label.length));
  assert.deepEqual(unlabelled, lintText(after, { format: 'markdown' }).findings);
  assert.deepEqual(linter.lint(before, { format: 'markdown' }).findings, labelled);
});

test('a new source whose surname nothing else asks about re-lints only the blocks around it', () => {
  const before = [...bodies, 'The audit was done.'].join('\n\n');
  const after = before.replace('The audit was done.', 'Treasurer Ana Zelinski said the audit was done.');
  const linter = new IncrementalLinter();
  linter.lint(before, { format: 'markdown' });
  assert.deepEqual(linter.lint(after, { format: 'markdown' }).findings, lintText(after, { format: 'markdown' }).findings);
  assert.ok(linter.extent.analysed < linter.extent.blocks, `analysed ${linter.extent.analysed} of ${linter.extent.blocks} blocks`);
});

test('closing a quotation three paragraphs later re-lints the paragraphs it spans', () => {
  const paragraphs = ['Mayor Linda Hsu spoke on Monday.', '“We will rebuild the harbor,” Hsu said.', '“The money is there', '“and the will is there', '“and we start in June.', 'The council votes next week.'];
  const before = paragraphs.join('\n\n');
  const after = before.replace('start in June.', 'start in June.”');
  const linter = new IncrementalLinter();
  const open = linter.lint(before, { format: 'plaintext' }).findings;
  const closed = linter.lint(after, { format: 'plaintext' }).findings;
  assert.deepEqual(open, lintText(before, { format: 'plaintext' }).findings);
  assert.deepEqual(closed, lintText(after, { format: 'plaintext' }).findings);
});

test('a changed configuration or format lints the whole draft again', () => {
  const linter = new IncrementalLinter();
  assert.ok(linter.lint(longDraft, { format: 'markdown' }).findings.some((finding) => finding.ruleId === 'hedged-wording'));
  const quiet = { ...emptyConfig(), rules: { 'hedged-wording': 'off' as const } };
  const findings = linter.lint(longDraft, { format: 'markdown', config: quiet }).findings;
  assert.equal(linter.extent.analysed, linter.extent.blocks);
  assert.ok(!findings.some((finding) => finding.ruleId === 'hedged-wording'));
  linter.lint(longDraft, { format: 'plaintext' });
  assert.equal(linter.extent.analysed, linter.extent.blocks);
});

test('a draft with front matter is always linted whole', () => {
  const withLedger = samples.find((text) => FRONT_MATTER.test(text) && text.includes('sources:'));
  assert.ok(withLedger, 'a sample draft has a source ledger');
  const linter = new IncrementalLinter();
  linter.lint(withLedger, { format: 'markdown' });
  const edited = withLedger.replace(/said/, 'told reporters');
  assert.deepEqual(linter.lint(edited, { format: 'markdown' }).findings, lintText(edited, { format: 'markdown' }).findings);
  assert.equal(linter.extent.analysed, linter.extent.blocks);
});
