// extractProse gives markdown-it a leaner block state (LeanBlockState): the same line table and the
// same block tokens as markdown-it's own StateBlock, made more cheaply. These tests hold it to the
// installed markdown-it, so that an upgrade that changes either shows here first.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { LeanBlockState } from '../../server/src/lint/extractProse';

type Token = InstanceType<typeof MarkdownIt.Token>;

const stock = new MarkdownIt({ html: true });
const lean = new MarkdownIt({ html: true });
lean.block.State = LeanBlockState;

/** The line table of a block state. */
function lineTable(state: InstanceType<typeof MarkdownIt.StateBlock>) {
  const { bMarks, eMarks, tShift, sCount, bsCount, lineMax } = state;
  return { bMarks, eMarks, tShift, sCount, bsCount, lineMax };
}

/** Every field of markdown-it's Token, as plain data. */
function fieldsOf(token: Token) {
  const { type, tag, attrs, map, nesting, level, children, content, markup, info, meta, block, hidden } = token;
  return { type, tag, attrs, map, nesting, level, children, content, markup, info, meta, block, hidden };
}

function blockTokens(md: InstanceType<typeof MarkdownIt>, source: string) {
  const tokens: Token[] = [];
  const env = {};
  md.block.parse(source, md, env, tokens);
  return { tokens: tokens.map(fieldsOf), env };
}

function assertSameAsMarkdownIt(source: string): void {
  const label = JSON.stringify(source);
  assert.deepEqual(lineTable(new LeanBlockState(source, lean, {}, [])), lineTable(new stock.block.State(source, stock, {}, [])), `line table of ${label}`);
  assert.deepEqual(blockTokens(lean, source), blockTokens(stock, source), `block tokens of ${label}`);
}

const TRICKY = [
  '',
  '\n',
  '\n\n\n',
  ' ',
  '   \t ',
  'text',
  'text\n',
  'text\n   ',
  'text\n\t\n',
  '  \tindented\n\t  more',
  '# Heading\n\nA paragraph\nover two lines.\n',
  '> quoted\n> > nested\n\n- item\n\t- tabbed item\n\n1. one\n2. two\n',
  '```js\ncode\n```\n\n    indented code\n\n| a | b |\n|---|---|\n| 1 | 2 |\n',
  '<div>\nhtml block\n</div>\n\n<!-- attribution-lint-disable -->\n\n[ref]: https://example.com "title"\n',
  'Setext\n===\n\n---\n\n* * *\n',
  '“Curly,” she said — twice…\n\n😀 emoji line\n',
];

test('LeanBlockState gives markdown-it’s own line table and block tokens on tricky sources', () => {
  for (const source of TRICKY) assertSameAsMarkdownIt(source);
});

test('LeanBlockState gives markdown-it’s own line table and block tokens on random Markdown', () => {
  const piece = fc.oneof(
    fc.constantFrom('\n', '\n\n', ' ', '  ', '\t', '    ', '# ', '## ', '> ', '- ', '* ', '1. ', '2) ', '```', '~~~', '---', '===', '|', ' | ', '<div>', '</div>', '<!-- x -->', '[a]: /u', '[a]', '“', '”', '"', 'said', 'Smith', '.', '😀'),
    fc.string({ maxLength: 8 }).map((text) => text.replace(/[\r\0]/g, '')),
  );
  fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join('')), (source) => assertSameAsMarkdownIt(source)), { numRuns: 500, seed: 7 });
});
