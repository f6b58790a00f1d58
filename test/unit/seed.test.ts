// The seed article (a real RT piece on Putin's NBC interview) read the way a standards editor
// would read it: these are exactly the findings it should get, rule by rule, and the quoted
// words that are properly attributed and must be left alone.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { lintText } from '../../server/src/lint';
import type { Finding, Span } from '../../server/src/lint';

const SEED = readFileSync(resolve(__dirname, '../../seeds/000_3bec0c1ae2dd0ebf.txt'), 'utf8');

let cached: Finding[] | undefined;
/** Lints the seed once, on first use, so an engine failure fails the tests rather than the file. */
function seedFindings(): Finding[] {
  cached ??= lintText(SEED, { format: 'plaintext' }).findings;
  return cached;
}

/** Every occurrence of `context` in the seed, narrowed to `needle` inside it (default: all of it). */
function occurrences(context: string, needle: string = context): Span[] {
  const inner = context.indexOf(needle);
  assert.ok(inner >= 0, `${JSON.stringify(needle)} is not inside ${JSON.stringify(context)}`);
  const spans: Span[] = [];
  for (let at = SEED.indexOf(context); at >= 0; at = SEED.indexOf(context, at + 1)) {
    spans.push({ start: at + inner, end: at + inner + needle.length });
  }
  assert.ok(spans.length > 0, `the seed no longer contains ${JSON.stringify(context)}`);
  return spans;
}

/** The stretch of the seed from the start of `first` to the end of `last`. */
function between(first: string, last: string): Span {
  const start = SEED.indexOf(first);
  assert.ok(start >= 0, `the seed no longer contains ${JSON.stringify(first)}`);
  const lastAt = SEED.indexOf(last, start);
  assert.ok(lastAt >= 0, `the seed no longer contains ${JSON.stringify(last)}`);
  return { start, end: lastAt + last.length };
}

function described(spans: Span[]): { start: number; text: string }[] {
  return spans
    .map((s) => ({ start: s.start, end: s.end }))
    .sort((a, b) => a.start - b.start || a.end - b.end)
    .map((s) => ({ start: s.start, text: SEED.slice(s.start, s.end) }));
}

function flaggedBy(ruleId: string): Span[] {
  return seedFindings()
    .filter((f) => f.ruleId === ruleId)
    .map((f) => f.span);
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

// Exactly these, per rule.
const expected: Record<string, Span[]> = {
  // "the anchor asked about alleged chemical attacks", "Kelly continued to ask about alleged chemical attacks":
  // asking about an allegation names nobody as making it
  'hedged-wording': occurrences('alleged chemical attacks', 'alleged'),
  // "for which the West blames the Syrian government"
  'vague-source': occurrences('the West blames', 'the West'),
  // the four-sentence quote paragraph: its neighbours are other paragraphs, and "I am telling you"
  // is inside the quote
  'unattributed-quote': [between('“Russia is for a full-scale investigation.', 'That is a lie.”')],
  // an "at times combative" interview: whose words?
  'scare-quote': occurrences('“at times combative”'),
  'secondhand-source': [
    ...occurrences('RT reported', 'RT'),
    ...occurrences('according to SANA news agency', 'SANA news agency'),
  ],
  'loaded-attribution-verb': [
    ...occurrences('Putin pointed out that', 'pointed out'),
    ...occurrences('stressed that', 'stressed'),
    ...occurrences('Putin noted that', 'noted'),
    ...occurrences('he claimed that', 'claimed'),
  ],
};

test('the seed still reads as expected (sanity check on the fixture)', () => {
  assert.equal(expected['hedged-wording'].length, 2, 'two "alleged chemical attacks"');
  assert.equal(occurrences('stressed that', 'stressed').length, 2, 'two "stressed that"');
});

for (const [ruleId, spans] of Object.entries(expected)) {
  test(`seed: ${ruleId} flags exactly ${described(spans)
    .map((s) => JSON.stringify(s.text.length > 40 ? `${s.text.slice(0, 37)}...` : s.text))
    .join(', ')}`, () => {
    assert.deepEqual(described(flaggedBy(ruleId)), described(spans));
  });
}

// Quoted words that are someone's: the Russian leader's, in the same sentence.
const attributedQuotes: [string, Span][] = [
  ['“As for crimes, …,” the Russian leader said', between('“As for crimes,', 'investigate these attacks,”')],
  ['rebuffed as “fake news” by the Russian leader', occurrences('“fake news”')[0]],
  ['the militants aimed “to simulate chemical attacks”', occurrences('“to simulate chemical attacks”')[0]],
  ['left the city “razed to the ground.”', occurrences('“razed to the ground.”')[0]],
];

for (const [label, quote] of attributedQuotes) {
  test(`seed: leaves alone ${label}`, () => {
    for (const ruleId of ['unattributed-quote', 'scare-quote']) {
      const hits = flaggedBy(ruleId).filter((s) => overlaps(s, quote));
      assert.deepEqual(described(hits), [], `${ruleId} should not flag this attributed quotation`);
    }
  });
}
