// Linting a long draft section by section gives exactly the findings of one analysis of the whole
// draft, wherever the section edges fall: in a run of quoted paragraphs, between a lead-in and its
// quotation, before a speaker label whose surname only a later section names.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyzeText, lintText, type DraftFormat, type Finding } from '../../server/src/lint';
import { analyze } from '../../server/src/lint/analyze';
import { extractProse } from '../../server/src/lint/extractProse';
import { keepReported, runRules } from '../../server/src/lint/runRules';
import { findingsBySection, SECTION_CHARS } from '../../server/src/lint/sections';
import { wordListsFor } from '../../server/src/lint/wordLists';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const seedsDir = join(__dirname, '..', '..', 'seeds');
const FRONT_MATTER = /^---\n[\s\S]*?\n---\n/;
const paragraphs = readdirSync(seedsDir).flatMap((name) => readFileSync(join(seedsDir, name), 'utf8').replace(FRONT_MATTER, '').split(/\n\s*\n/));
/** What carries attribution from one paragraph to another. */
const crossParagraph = [
  'The mayor, Linda Hsu, spoke to the council on Monday:',
  '“The harbor fund is empty and the contractors have not been paid for six months.',
  '“We have no choice but to borrow forty million dollars this year.”',
  '"The banks have agreed to the terms," Hsu said.',
  'Hsu: The pensions are safe.',
  'Okafor: We will see.',
  '“We will not back down.” — Maria Lopez',
  'Finance Director Paul Okafor said the fund was empty.',
  'He said the city would borrow.',
  "''The bonds are sold,'' the treasurer said.",
  'Investigators found 40 bodies in the river.',
  '# Council votes',
  '<!-- attribution-lint-disable-next-line -->',
];
const paragraph = fc.oneof(fc.constantFrom(...paragraphs), fc.constantFrom(...crossParagraph));
const format = fc.constantFrom<DraftFormat>('markdown', 'plaintext');

function wholeLint(text: string, draftFormat: DraftFormat): Finding[] {
  const lists = wordListsFor(undefined);
  const analysis = analyze(text, draftFormat, lists);
  return keepReported(text, analysis.directives, lists, runRules(analysis, lists, undefined));
}

test('section by section, random drafts get the findings of a whole lint', () => {
  let sectioned = 0;
  fc.assert(
    fc.property(fc.array(paragraph, { minLength: 4, maxLength: 60 }), format, fc.integer({ min: 1, max: 400 }), (parts, draftFormat, sectionChars) => {
      const text = parts.join('\n\n');
      const lists = wordListsFor(undefined);
      const document = extractProse(text, draftFormat);
      const bySection = findingsBySection(text, draftFormat, document, lists, undefined, sectionChars);
      if (bySection === null) return;
      sectioned++;
      assert.deepEqual(keepReported(text, document.directives, lists, bySection), wholeLint(text, draftFormat));
    }),
    { numRuns: RUNS },
  );
  assert.ok(sectioned > RUNS / 2, `${sectioned} of ${RUNS} drafts linted by section`);
});

/** A transcript line whose claim is attributed only if the draft names Okafor as a source somewhere. */
const LABELLED_CLAIM = 'Okafor: Investigators found 40 bodies in the river.';
const NAMES_OKAFOR = 'Finance Director Paul Okafor said the fund was empty.';

/** The findings of `text` linted in sections of 200 characters, after checking that it was cut into sections. */
function lintBySmallSections(text: string): Finding[] {
  const lists = wordListsFor(undefined);
  const document = extractProse(text, 'markdown');
  const bySection = findingsBySection(text, 'markdown', document, lists, undefined, 200);
  assert.ok(bySection !== null);
  return keepReported(text, document.directives, lists, bySection);
}

test('a speaker label before the section that names its speaker is still an attribution', () => {
  const filler = paragraphs.filter((text) => !/Okafor|Hsu/.test(text)).join('\n\n');
  const text = [LABELLED_CLAIM, filler, NAMES_OKAFOR].join('\n\n');
  const findings = lintBySmallSections(text);
  assert.deepEqual(findings, wholeLint(text, 'markdown'));
  assert.ok(!findings.some((finding) => finding.span.start < LABELLED_CLAIM.length), 'the labelled claim is attributed');
  assert.ok(analyzeText(text, { format: 'markdown' }).attributions.some((attribution) => attribution.cueLemma === ':'));
});

test('a speaker label after the section that names its speaker is an attribution', () => {
  const filler = paragraphs.filter((text) => !/Okafor|Hsu/.test(text)).join('\n\n');
  const text = [NAMES_OKAFOR, filler, LABELLED_CLAIM].join('\n\n');
  const findings = lintBySmallSections(text);
  assert.deepEqual(findings, wholeLint(text, 'markdown'));
  const labelStart = text.indexOf(LABELLED_CLAIM);
  assert.ok(!findings.some((finding) => finding.span.start >= labelStart), 'the labelled claim is attributed');
});

test('a speaker label whose speaker the draft never names leaves its claim unattributed', () => {
  const filler = paragraphs.filter((text) => !/Okafor|Hsu/.test(text)).join('\n\n');
  const text = [LABELLED_CLAIM, filler].join('\n\n');
  const findings = lintBySmallSections(text);
  assert.deepEqual(findings, wholeLint(text, 'markdown'));
  assert.ok(findings.some((finding) => finding.ruleId === 'unattributed-claim' && finding.span.start < LABELLED_CLAIM.length));
});

test('a long draft is linted by section, and its analysis is that of the whole draft', () => {
  let text = '';
  while (text.length < 2 * SECTION_CHARS) text += paragraphs.join('\n\n') + '\n\n';
  const lists = wordListsFor(undefined);
  assert.ok(findingsBySection(text, 'markdown', extractProse(text, 'markdown'), lists, undefined) !== null);
  const result = lintText(text, { format: 'markdown' });
  assert.deepEqual(result.findings, wholeLint(text, 'markdown'));
  assert.deepEqual(result.analysis, analyzeText(text, { format: 'markdown' }));
});

test('sections read their own stretches of the prose: the whole draft’s masked prose is never built', () => {
  let text = '';
  while (text.length < 2 * SECTION_CHARS) text += paragraphs.join('\n\n') + '\n\n';
  const lists = wordListsFor(undefined);
  const document = extractProse(text, 'markdown');
  const wholeProse = Object.getOwnPropertyDescriptor(document, 'prose')!.get!;
  let wholeBuilt = false;
  Object.defineProperty(document, 'prose', {
    get() {
      wholeBuilt = true;
      return wholeProse.call(document);
    },
  });
  const bySection = findingsBySection(text, 'markdown', document, lists, undefined);
  assert.ok(bySection !== null);
  assert.equal(wholeBuilt, false);
  assert.deepEqual(keepReported(text, document.directives, lists, bySection), wholeLint(text, 'markdown'));
});
