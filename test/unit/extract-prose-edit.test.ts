// Re-reading a Markdown draft after an edit inside one paragraph line gives exactly what reading the
// whole draft gives, for random edits anywhere (most of which re-read everything) and for edits made
// to fall inside paragraph lines (which re-read one paragraph).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { extractProse, type ProseDocument } from '../../server/src/lint/extractProse';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 300);
const seedsDir = join(__dirname, '..', '..', 'seeds');
const markdownSamples = readdirSync(seedsDir).filter((name) => name.endsWith('.md')).map((name) => readFileSync(join(seedsDir, name), 'utf8'));
/** Markdown that a one-line edit must not be read wrongly in: containers, references, tables, code, HTML. */
const structured = [
  '# Council votes', 'Mayor Linda Hsu said the fund is empty.\nShe said the banks agreed, `code` and *emphasis* and [a link][ref].',
  '> Quoted in a block quote\n> over two lines', '- a list item\n  continued here\n- another item', '1. first\n2. second',
  '[ref]: https://example.com "A title\nthat runs on"', '[ref2]:\nhttps://example.com', 'Header | cell\n--- | ---\nOne | two',
  '```\ncode block\n```', '<div>\nhtml block\n</div>', 'Setext heading\n---', 'Text <!-- attribution-lint-disable hedged-wording --> more text\nnext line',
  'Line with a hard break  \nand a lazy\ncontinuation', '“A quotation opens this paragraph,” she said.\n"And this line," he said.', '(A parenthesis opens this one.)', '    indented code', 'A paragraph\nabove a table row | x\n--- | ---',
].join('\n\n');
const drafts = [...markdownSamples, structured];

const insertion = fc.oneof(
  fc.constantFrom('a', 'word', ' said ', '|', '`', '*', '[', ']', '(', ')', '<!--', '-->', '<b>', '#', '- ', '1. ', '>', '---', '===', '"', '“', '\\', ' ', ''),
  fc.string({ maxLength: 6 }),
);
const edit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat({ max: 8 }), insert: insertion, inLine: fc.boolean() });

/** An edit; with `inLine`, moved to inside a line after its first letter and kept within that line. */
function applyEdit(text: string, change: { at: number; remove: number; insert: string; inLine: boolean }): string {
  let start = Math.floor(change.at * text.length);
  let remove = change.remove;
  let insert = change.insert;
  if (change.inLine) {
    const lineStart = text.lastIndexOf('\n', start - 1) + 1;
    const lineEnd = text.indexOf('\n', start) < 0 ? text.length : text.indexOf('\n', start);
    const firstLetter = lineStart + Math.max(0, text.slice(lineStart, lineEnd).search(/\p{L}/u));
    start = Math.min(Math.max(start, firstLetter + 1), lineEnd);
    remove = Math.min(remove, lineEnd - start);
    insert = insert.replace(/[\r\n]/g, ' ');
  }
  return text.slice(0, start) + insert + text.slice(start + remove);
}

/** The document's fields, its prose read whole; not its kept structure, nor the function that slices its prose. */
function comparable(document: ProseDocument): Omit<ProseDocument, 'markdown' | 'proseSlice'> {
  const { markdown: _structure, proseSlice: _slice, ...rest } = document;
  return rest;
}

test('after random edits, re-reading from the last extraction equals reading the whole draft', () => {
  let reused = 0;
  let edits = 0;
  fc.assert(
    fc.property(fc.constantFrom(...drafts), fc.array(edit, { minLength: 1, maxLength: 10 }), (start, changes) => {
      let text = start;
      let document = extractProse(text, 'markdown');
      for (const change of changes) {
        text = applyEdit(text, change);
        const next = extractProse(text, 'markdown', document);
        if (next.markdown?.paragraphs === document.markdown?.paragraphs) reused++;
        edits++;
        assert.deepEqual(comparable(next), comparable(extractProse(text, 'markdown')));
        document = next;
      }
    }),
    { numRuns: RUNS },
  );
  console.log(`${edits} edits, ${reused} of them re-read one paragraph`);
  assert.ok(reused > edits / 10, `only ${reused} of ${edits} edits re-read one paragraph`);
});
