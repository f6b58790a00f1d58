// Property-based tests: random Unicode and random Markdown never break the engine, every range it
// reports is inside the draft and on UTF-16 boundaries, and every fix changes only what it names and
// is harmless applied twice. Each property prints how many cases ran.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { lintText, type DraftFormat, type Finding, type Fix } from '../../server/src/lint';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);

/** Pieces of news prose and of everything that tends to break text tools. */
const piece = fc.oneof(
  fc.constantFrom(
    'The alleged bribe was paid.', 'Putin stressed that the talks failed.', '“We will win,” she said.', 'Critics say',
    ' according to SANA news agency', 'RT reported.', '"', '“', '”', '‘', '’', "'", '...', '…', 'U.S.', 'Dr.', ':', '\n', '\n\n',
    '\r\n', '\r', '\t', '—', '😀', '👩‍👩‍👧', 'e\u0301', 'مرحبا', 'שלום', '\u0000', '\ud800', '\udc00', '<!-- attribution-lint-disable -->',
    '<!-- attribution-lint-disable-next-line hedged-wording -->\n', '# ', '> ', '- ', '```', '`', '[link](http://x.y)', '---\n', '*', '_',
  ),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
);
const draft = fc.array(piece, { maxLength: 60 }).map((pieces) => pieces.join(''));
const format = fc.constantFrom<DraftFormat>('markdown', 'plaintext');

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** An offset that does not split a surrogate pair. */
function onBoundary(text: string, offset: number): boolean {
  return !(offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset)));
}

function applyFix(text: string, fix: Fix): string {
  let out = text;
  for (const edit of [...fix.edits].sort((a, b) => b.span.start - a.span.start)) out = out.slice(0, edit.span.start) + edit.newText + out.slice(edit.span.end);
  return out;
}

/** Every word of `before` (but the replaced verb) appears in `after`, in the same order. */
function keepsWords(before: string, after: string, replaced: string): boolean {
  const words = (value: string) => value.match(/[\p{L}\p{N}]+/gu) ?? [];
  const dropped = new Set(words(replaced));
  const remaining = words(after);
  let at = 0;
  for (const word of words(before)) {
    if (dropped.has(word)) continue;
    while (at < remaining.length && remaining[at] !== word) at++;
    if (at === remaining.length) return false;
    at++;
  }
  return true;
}

function spansOf(finding: Finding) {
  return [finding.span, ...(finding.fix?.edits.map((edit) => edit.span) ?? [])];
}

test('random drafts: no exception, and every range inside the draft on UTF-16 boundaries', (t) => {
  let cases = 0;
  fc.assert(
    fc.property(draft, format, (text, drafted) => {
      cases++;
      const { findings } = lintText(text, { format: drafted });
      for (const finding of findings) {
        for (const span of spansOf(finding)) {
          assert.ok(span.start >= 0 && span.start <= span.end && span.end <= text.length, `${finding.ruleId} range ${span.start}-${span.end} in ${text.length}`);
          assert.ok(onBoundary(text, span.start) && onBoundary(text, span.end), `${finding.ruleId} splits a surrogate pair`);
        }
      }
    }),
    { numRuns: RUNS },
  );
  t.diagnostic(`${cases} random drafts linted`);
});

test('every fix changes only the range it names, keeps the reporter\'s words, and is harmless applied twice', (t) => {
  let fixes = 0;
  fc.assert(
    fc.property(draft, format, (text, drafted) => {
      for (const finding of lintText(text, { format: drafted }).findings) {
        if (!finding.fix) continue;
        fixes++;
        const fixed = applyFix(text, finding.fix);
        const first = Math.min(...finding.fix.edits.map((edit) => edit.span.start));
        const last = Math.max(...finding.fix.edits.map((edit) => edit.span.end));
        const growth = fixed.length - text.length;
        assert.equal(fixed.slice(0, first), text.slice(0, first), 'text before the fix is unchanged');
        assert.equal(fixed.slice(last + growth), text.slice(last), 'text after the fix is unchanged');
        // Words are never deleted: every word of the replaced text is still there, except a loaded verb's.
        if (finding.ruleId !== 'loaded-attribution-verb') {
          for (const edit of finding.fix.edits) {
            const removed = text.slice(edit.span.start, edit.span.end);
            assert.ok(!/[\p{L}\p{N}]/u.test(removed), `${finding.ruleId} fix removes only punctuation, not ${JSON.stringify(removed)}`);
          }
        }
        // Applied twice (lint the fixed text and take the same rule's fix at the same place again, as
        // a second Ctrl+. would) it is harmless: the reporter's words all survive, in order.
        const second = lintText(fixed, { format: drafted }).findings.find((other) => other.ruleId === finding.ruleId && other.fix && other.span.start === finding.span.start);
        const twice = second?.fix ? applyFix(fixed, second.fix) : fixed;
        assert.ok(keepsWords(text, twice, finding.ruleId === 'loaded-attribution-verb' ? text.slice(finding.span.start, finding.span.end) : ''), `${finding.ruleId} fix applied twice loses words`);
        if (finding.ruleId === 'loaded-attribution-verb') {
          const again = lintText(fixed, { format: drafted }).findings.filter((other) => other.ruleId === finding.ruleId && other.span.start === finding.span.start);
          assert.equal(again.length, 0, 'a fixed loaded verb is not flagged again');
        }
      }
    }),
    { numRuns: RUNS },
  );
  t.diagnostic(`${fixes} fixes applied and checked`);
});

test('linting is deterministic: the same draft gives the same findings', (t) => {
  let cases = 0;
  fc.assert(
    fc.property(draft, format, (text, drafted) => {
      cases++;
      assert.deepEqual(lintText(text, { format: drafted }).findings, lintText(text, { format: drafted }).findings);
    }),
    { numRuns: Math.ceil(RUNS / 3) },
  );
  t.diagnostic(`${cases} drafts linted twice`);
});
