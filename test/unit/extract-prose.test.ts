// What the linter reads as prose in a draft, and what it skips. Skipped characters are blanked to
// spaces (line breaks kept) so that every offset in `prose` is an offset in the draft.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractProse, type ProseDocument } from '../../server/src/lint/extractProse';
import type { DraftFormat } from '../../server/src/lint/types';

// ---------------------------------------------------------------------------------------------
// Helpers

/** Extracts, and checks what must hold for every draft: same length, same line breaks, kept
    characters unchanged, masked ones blank, no half emoji, blocks and directives inside the text. */
function extract(text: string, format: DraftFormat = 'markdown'): ProseDocument {
  const doc = extractProse(text, format);
  // Cut at every block edge and line break: slices made before the whole prose is read, then after.
  const cuts = [...new Set([0, ...doc.blocks.flatMap((block) => [block.start, block.end]), ...[...text.matchAll(/\n/g)].map((match) => match.index!), text.length])].sort((a, b) => a - b);
  const slicesBefore = cuts.map((cut, k) => doc.proseSlice(cut, cuts[k + 1] ?? text.length));
  assert.deepEqual(slicesBefore, cuts.map((cut, k) => doc.prose.slice(cut, cuts[k + 1] ?? text.length)), 'slices are those of the whole prose');
  assert.deepEqual(cuts.map((cut) => doc.proseSlice(cut, text.length)), cuts.map((cut) => doc.prose.slice(cut)), 'slices after it is read too');
  assert.equal(doc.prose.length, text.length, 'prose has the length of the text');
  for (let i = 0; i < text.length; i++) {
    const original = text[i];
    const kept = doc.prose[i];
    if (original === '\n' || original === '\r') assert.equal(kept, original, `line break at ${i} is kept`);
    else if (kept !== original) assert.equal(kept, ' ', `masked character at ${i} is a space`);
  }
  assert.ok(!/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(doc.prose), 'no half surrogate pair');
  let previousEnd = 0;
  for (const block of doc.blocks) {
    assert.ok(block.start >= previousEnd && block.end > block.start && block.end <= text.length, 'blocks in order');
    assert.ok(doc.prose[block.start].trim() !== '' && doc.prose[block.end - 1].trim() !== '', 'blocks are trimmed to prose');
    previousEnd = block.end;
  }
  for (const directive of doc.directives) {
    assert.ok(text.startsWith('<!--', directive.span.start) && text.startsWith('-->', directive.span.end - 3), 'directive span is the comment');
  }
  return doc;
}

/** The prose as a reader would skim it: masked stretches and line breaks collapsed to one space. */
function proseOf(text: string, format: DraftFormat = 'markdown'): string {
  return extract(text, format).prose.replace(/\s+/g, ' ').trim();
}

/** The draft with every masked character shown as `·` (blanks stay blank), to see exactly what was skipped. */
function maskOf(text: string, format: DraftFormat = 'markdown'): string {
  const { prose } = extract(text, format);
  return text
    .split('')
    .map((character, i) => (prose[i] === character ? character : '·'))
    .join('');
}

/** The original text of each prose block. */
function blocksOf(text: string, format: DraftFormat = 'markdown'): string[] {
  return extract(text, format).blocks.map((block) => text.slice(block.start, block.end));
}

// ---------------------------------------------------------------------------------------------
// What always holds

test('the prose has the same length as the draft, so its offsets are the draft offsets', () => {
  const text = '# Title\n\nPutin **said** `code` [here](https://x.com).\n';
  const doc = extract(text);
  const at = doc.prose.indexOf('said');
  assert.equal(text.slice(at, at + 4), 'said');
});

test('an empty draft has no prose, no blocks and no directives', () => {
  for (const format of ['markdown', 'plaintext'] as const) {
    const { prose, blocks, frontMatter, directives } = extract('', format);
    assert.deepEqual({ prose, blocks, frontMatter, directives }, { prose: '', blocks: [], frontMatter: null, directives: [] });
  }
});

test('a draft without a final newline keeps its last line', () => {
  assert.deepEqual(blocksOf('First.\n\nLast line'), ['First.', 'Last line']);
  assert.deepEqual(blocksOf('First.\n\nLast line', 'plaintext'), ['First.', 'Last line']);
});

// ---------------------------------------------------------------------------------------------
// Plain text

test('in plain text everything is prose, Markdown-looking or not', () => {
  const text = '# Not a heading\n*stars* and `ticks` and https://example.com stay.';
  assert.equal(extract(text, 'plaintext').prose, text);
});

test('in plain text, blank or whitespace-only lines separate blocks', () => {
  const text = 'First paragraph,\nstill first.\n\nSecond.\n   \t\n  Third, indented.  \n';
  assert.deepEqual(blocksOf(text, 'plaintext'), ['First paragraph,\nstill first.', 'Second.', 'Third, indented.']);
});

test('in plain text, a line holding only a directive comment is masked and recorded', () => {
  const text = 'He allegedly fled.\n  <!-- attribution-lint-disable-next-line hedged-wording -->  \nShe reportedly stayed.\n';
  const doc = extract(text, 'plaintext');
  assert.equal(doc.prose.replace(/\s+/g, ' ').trim(), 'He allegedly fled. She reportedly stayed.');
  assert.deepEqual(doc.directives, [
    {
      kind: 'disable-next-line',
      rules: ['hedged-wording'],
      span: { start: text.indexOf('<!--'), end: text.indexOf('-->') + 3 },
    },
  ]);
  assert.deepEqual(blocksOf(text, 'plaintext'), ['He allegedly fled.', 'She reportedly stayed.']);
});

test('in plain text, a directive followed by words on the same line is just prose', () => {
  const text = '<!-- attribution-lint-disable --> He allegedly fled.';
  const doc = extract(text, 'plaintext');
  assert.equal(doc.prose, text);
  assert.deepEqual(doc.directives, []);
});

test('in plain text, CRLF and lone CR line endings are kept and separate lines', () => {
  const text = 'One,\r\ntwo.\r\n\r\nThree.\r\rFour.';
  const doc = extract(text, 'plaintext');
  assert.equal(doc.prose, text);
  assert.deepEqual(blocksOf(text, 'plaintext'), ['One,\r\ntwo.', 'Three.', 'Four.']);
});

test('plain text has front matter only when `---` opens line 1, and it is not prose', () => {
  const text = '---\ntitle: x\n---\nText';
  const doc = extract(text, 'plaintext');
  assert.deepEqual(doc.frontMatter, { span: { start: 0, end: text.indexOf('\nText') }, body: { start: 4, end: 13 } });
  assert.equal(doc.prose.replace(/\s+/g, ' ').trim(), 'Text');
  assert.deepEqual(blocksOf(text, 'plaintext'), ['Text']);
  assert.equal(extract('Intro\n---\ntitle: x\n---\nText', 'plaintext').frontMatter, null);
  assert.equal(extract('---\nno closing fence\nText', 'plaintext').frontMatter, null);
});

// ---------------------------------------------------------------------------------------------
// Markdown: front matter

test('YAML front matter is not prose, and is recorded with its fences and body', () => {
  const text = '---\ntitle: Strikes\nsources: [Reuters]\n---\nBody text.\n';
  const doc = extract(text);
  assert.equal(doc.prose.replace(/\s+/g, ' ').trim(), 'Body text.');
  assert.deepEqual(doc.frontMatter, {
    span: { start: 0, end: text.indexOf('\nBody') },
    body: { start: 4, end: text.indexOf('---', 4) },
  });
  assert.equal(text.slice(doc.frontMatter!.body.start, doc.frontMatter!.body.end), 'title: Strikes\nsources: [Reuters]\n');
});

test('front matter may close with "..."', () => {
  const doc = extract('---\ntitle: x\n...\nBody.');
  assert.ok(doc.frontMatter);
  assert.equal(doc.prose.trim(), 'Body.');
});

test('an unclosed "---" is a thematic break, not front matter', () => {
  const doc = extract('---\nBody text.');
  assert.equal(doc.frontMatter, null);
  assert.equal(doc.prose.trim(), 'Body text.');
});

test('a "---" that is not on the first line is not front matter', () => {
  assert.equal(extract('Intro.\n\n---\ntitle: x\n---\n').frontMatter, null);
});

// ---------------------------------------------------------------------------------------------
// Markdown: code

test('a fenced code block is not prose, with backticks or tildes', () => {
  assert.equal(proseOf('Before.\n\n```js\nconst claim = "alleged";\n```\n\nAfter.'), 'Before. After.');
  assert.equal(proseOf('Before.\n\n~~~\nalleged\n~~~\n\nAfter.'), 'Before. After.');
});

test('an unclosed fence masks everything after it, as markdown-it does', () => {
  assert.equal(proseOf('Before.\n\n```\nalleged\n\nStill code.'), 'Before.');
});

test('an indented code block is not prose', () => {
  assert.equal(proseOf('Before.\n\n    sources say\n\nAfter.'), 'Before. After.');
});

test('an inline code span is not prose, with one or two backticks', () => {
  assert.equal(maskOf('Run `npm test` now'), 'Run ···· ····· now');
  assert.equal(maskOf('A ``tick ` inside`` here'), 'A ······ · ········ here');
});

test('a backtick with no partner is just a character', () => {
  assert.equal(maskOf('Five `feet tall'), 'Five `feet tall');
});

test('a code span may run over a line break inside a paragraph', () => {
  assert.equal(maskOf('See `a\nb` here'), 'See ··\n·· here');
});

// ---------------------------------------------------------------------------------------------
// Markdown: HTML

test('an HTML comment is not prose, inline or over several lines', () => {
  assert.equal(maskOf('Said <!-- check this --> today'), 'Said ···· ····· ···· ··· today');
  assert.equal(proseOf('Before.\n\n<!-- a note\nover lines -->\n\nAfter.'), 'Before. After.');
});

test('an unclosed HTML comment masks the rest of its block only', () => {
  assert.equal(proseOf('He said <!-- unfinished\nnote\n\nNext paragraph.'), 'He said Next paragraph.');
});

test('an HTML block is not prose', () => {
  assert.equal(proseOf('Before.\n\n<div class="ad">\nBuy now\n</div>\n\nAfter.'), 'Before. After.');
});

test('inline HTML tags are masked but the words between them are kept', () => {
  assert.equal(maskOf('A <em>word</em> and <a href="x > y">link</a>.'), 'A ····word····· and ·· ······· · ···link····.');
  assert.equal(maskOf('Line<br/>break'), 'Line·····break');
});

test('a less-than sign that does not start a tag is prose', () => {
  assert.equal(maskOf('If a < b and 3<4, <3'), 'If a < b and 3<4, <3');
});

test('HTML entities may stay as they are', () => {
  assert.equal(proseOf('Tom &amp; Jerry&nbsp;said'), 'Tom &amp; Jerry&nbsp;said');
});

// ---------------------------------------------------------------------------------------------
// Markdown: links, images, URLs

test('a link keeps its text; its URL and title are not prose', () => {
  assert.equal(maskOf('See [the report](https://x.com/r "Report") now'), 'See ·the report················· ········· now');
  assert.equal(maskOf('[a](<with space> (title))'), '·a······· ······ ········');
});

test('an image is not prose, alt text included', () => {
  assert.equal(maskOf('Photo ![Putin speaking](putin.jpg) here'), 'Photo ······· ···················· here');
});

test('an image inside a link is masked whole', () => {
  assert.deepEqual(extract('[![badge](b.svg)](https://ci)').blocks, []);
});

test('an autolink is not prose', () => {
  assert.equal(maskOf('Mail <news@example.com> or <https://x.com>.'), 'Mail ·················· or ···············.');
});

test('a bare URL is not prose, but the punctuation after it is', () => {
  assert.equal(maskOf('See https://example.com/a_b?q=1. Then'), 'See ···························. Then');
  assert.equal(maskOf('Or www.example.org, later'), 'Or ···············, later');
  assert.equal(maskOf('(see https://en.wikipedia.org/wiki/Raqqa_(city))'), '(see ··········································)');
});

test('markup on a later line of a paragraph is found, after a container prefix or not', () => {
  // The scanner runs only on blocks whose text has a character that can start markup: a URL or a
  // star on a paragraph's second line must still send the whole block to it.
  assert.equal(maskOf('> The report:\n> www.example.org says so.'), '· The report:\n· ··············· says so.');
  assert.equal(maskOf('- First item\n  https://x.com and *more*'), '· First item\n  ············· and ·more·');
  assert.equal(maskOf('Line one\nwww.example.org on line two'), 'Line one\n··············· on line two');
  assert.equal(maskOf('Plain prose, “quoted,” she said.\nSecond line with no markup.'), 'Plain prose, “quoted,” she said.\nSecond line with no markup.');
});

test('a URL stops at a quotation mark', () => {
  assert.equal(maskOf('“https://x.com”'), '“·············”');
});

test('a reference definition is not prose', () => {
  assert.equal(proseOf('Text [here][r].\n\n[r]: https://example.com "Title"\n'), 'Text here .');
});

test('a reference link keeps its text, full, collapsed or shortcut', () => {
  const definitions = '\n\n[nbc]: https://nbc.com\n';
  assert.equal(maskOf('Told [NBC][nbc].' + definitions).split('\n')[0], 'Told ·NBC······.');
  assert.equal(maskOf('Told [NBC][].' + definitions).split('\n')[0], 'Told ·NBC···.');
  assert.equal(maskOf('Told [NBC].' + definitions).split('\n')[0], 'Told ·NBC·.');
});

test('brackets that are not a link stay as written, like an editor’s [sic]', () => {
  assert.equal(maskOf('He said [sic] it was "fake".'), 'He said [sic] it was "fake".');
});

test('an unclosed bracket or link is just text', () => {
  assert.equal(maskOf('Open [bracket and (paren'), 'Open [bracket and (paren');
  assert.equal(maskOf('A [link](https://x.com'), 'A [link](·············');
});

// ---------------------------------------------------------------------------------------------
// Markdown: block markers

test('heading markers are not prose; the heading text is', () => {
  assert.equal(maskOf('## Putin calls for inquiry ##'), '·· Putin calls for inquiry ··');
  assert.equal(maskOf('# C#'), '· C#');
});

test('a setext heading keeps its text and masks its underline', () => {
  assert.equal(maskOf('Putin speaks\n===\n\nBody.'), 'Putin speaks\n···\n\nBody.');
});

test('block-quote markers are not prose, nested or not', () => {
  assert.equal(maskOf('> He said\n> > she said'), '· He said\n· · she said');
});

test('list markers are not prose: -, *, +, 1. and 2)', () => {
  assert.equal(maskOf('- one\n* two\n+ three\n1. four\n2) five'), '· one\n· two\n· three\n·· four\n·· five');
});

test('a thematic break is not prose', () => {
  assert.equal(proseOf('Above.\n\n***\n\nBelow.'), 'Above. Below.');
});

test('table pipes and the delimiter row are not prose; cell text is', () => {
  const text = '| Source | Quote |\n|---|:---:|\n| Putin | `x` \\| y |';
  assert.equal(maskOf(text), '· Source · Quote ·\n···········\n· Putin · ··· ·| y ·');
});

// ---------------------------------------------------------------------------------------------
// Markdown: emphasis and escapes

test('emphasis markers are not prose; the emphasised words are', () => {
  assert.equal(maskOf('*one* _two_ **three** __four__ ~~five~~ ***six***'), '·one· ·two· ··three·· ··four·· ··five·· ···six···');
});

test('emphasis runs of different lengths pair star by star, as in CommonMark', () => {
  assert.equal(maskOf('***a** b*'), '···a·· b·');
  assert.equal(maskOf('**a*'), '*·a·');
});

test('apostrophes, hyphens and underscores inside words are prose', () => {
  const text = "Russia's well-known snake_case_name didn't change";
  assert.equal(maskOf(text), text);
});

test('stars and tildes that are not emphasis are prose', () => {
  assert.equal(maskOf('5 * 3 = 15, about ~5 km, a lone *star'), '5 * 3 = 15, about ~5 km, a lone *star');
});

test('emphasis may run over a line break inside a paragraph', () => {
  assert.equal(maskOf('*one\ntwo*'), '·one\ntwo·');
});

test('a backslash escape keeps the escaped character and drops the backslash', () => {
  assert.equal(maskOf('Not \\*emphasis\\* and 5\\_000'), 'Not ·*emphasis·* and 5·_000');
});

// ---------------------------------------------------------------------------------------------
// Markdown: blocks

test('each heading and each paragraph is a block, in document order', () => {
  const text = '# Title\n\nFirst paragraph\nwith a soft break.\n\n## Section\n\nSecond paragraph.\n';
  assert.deepEqual(blocksOf(text), ['Title', 'First paragraph\nwith a soft break.', 'Section', 'Second paragraph.']);
});

test('each list item paragraph is a block, nested and loose items too', () => {
  const text = '- First item\n- Second item\n  continued\n  - Nested item\n\n  Second paragraph of item.\n\n1. Ordered\n';
  assert.deepEqual(blocksOf(text), ['First item', 'Second item\n  continued', 'Nested item', 'Second paragraph of item.', 'Ordered']);
});

test('each block-quote paragraph is a block, without its markers at the edges', () => {
  const text = '> First quoted\n> paragraph.\n>\n> Second quoted.\n';
  assert.deepEqual(blocksOf(text), ['First quoted\n> paragraph.', 'Second quoted.']);
  assert.equal(proseOf(text), 'First quoted paragraph. Second quoted.');
});

test('a heading inside a list inside a quote is still a block', () => {
  assert.deepEqual(blocksOf('> - # Headline\n>   Body text.'), ['Headline', 'Body text.']);
});

test('each table cell is a block', () => {
  assert.deepEqual(blocksOf('| Who | Said |\n|---|---|\n| Putin | "Fake" |\n'), ['Who', 'Said', 'Putin', '"Fake"']);
});

test('a block is trimmed to its prose: markup at its edges is left out', () => {
  assert.deepEqual(blocksOf('**Bold start** and [link end](https://x.com)'), ['Bold start** and [link end']);
});

test('a block with no prose left (only an image or a URL) is not a block', () => {
  assert.deepEqual(blocksOf('Text.\n\n![photo](p.jpg)\n\nhttps://example.com\n\nMore.'), ['Text.', 'More.']);
});

// ---------------------------------------------------------------------------------------------
// Markdown: directives

test('a directive comment on its own line is recorded, with its rules', () => {
  const text = 'Intro.\n\n<!-- attribution-lint-disable hedged-wording, vague-source -->\n\nHe allegedly fled.\n\n<!-- attribution-lint-enable -->\n';
  const doc = extract(text);
  assert.deepEqual(
    doc.directives.map((d) => [d.kind, d.rules, text.slice(d.span.start, d.span.end)]),
    [
      ['disable', ['hedged-wording', 'vague-source'], '<!-- attribution-lint-disable hedged-wording, vague-source -->'],
      ['enable', [], '<!-- attribution-lint-enable -->'],
    ],
  );
  assert.equal(doc.prose.replace(/\s+/g, ' ').trim(), 'Intro. He allegedly fled.');
});

test('a directive between two lines of a paragraph splits it, as markdown-it does', () => {
  const text = 'Line one\n<!-- attribution-lint-disable-next-line -->\nLine two';
  const doc = extract(text);
  assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules]), [['disable-next-line', []]]);
  assert.deepEqual(blocksOf(text), ['Line one', 'Line two']);
});

test('a directive comment inside a paragraph is recorded too', () => {
  const doc = extract('He allegedly fled. <!-- attribution-lint-disable-next-line hedged-wording -->');
  assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules]), [['disable-next-line', ['hedged-wording']]]);
});

test('rule ids may be separated by commas, spaces or both, and a " -- " starts a reason', () => {
  const doc = extract('<!-- attribution-lint-disable a,b  c , d -- quoting court papers -->');
  assert.deepEqual(doc.directives[0].rules, ['a', 'b', 'c', 'd']);
});

test('a directive may span several lines', () => {
  const doc = extract('<!--\n  attribution-lint-disable\n  scare-quote\n-->\nText.');
  assert.deepEqual(doc.directives.map((d) => [d.kind, d.rules]), [['disable', ['scare-quote']]]);
});

test('a directive inside code is not a directive', () => {
  const text = '```\n<!-- attribution-lint-disable -->\n```\n\nUse `<!-- attribution-lint-enable -->` to resume.\n\n    <!-- attribution-lint-disable -->\n';
  assert.deepEqual(extract(text).directives, []);
});

test('other comments, and unknown directive kinds, are not directives', () => {
  const text = '<!-- TODO: call the ministry -->\n\n<!-- attribution-lint-disabled x -->\n\n<!-- attribution-lint-disable-line x -->';
  assert.deepEqual(extract(text).directives, []);
});

test('an unclosed comment is not a directive', () => {
  assert.deepEqual(extract('<!-- attribution-lint-disable\n\nText.').directives, []);
});

// ---------------------------------------------------------------------------------------------
// Line endings and characters

test('CRLF line endings are kept and do not disturb blocks or masking', () => {
  const text = '---\r\ntitle: x\r\n---\r\n# Title\r\n\r\nA *b*\r\nc `d`\r\n\r\n```\r\ncode\r\n```\r\n- item\r\n';
  const doc = extract(text);
  assert.deepEqual(blocksOf(text), ['Title', 'A *b*\r\nc', 'item']);
  assert.equal(doc.prose.replace(/[ ]+/g, ' '), ' \r\n \r\n \r\n Title\r\n\r\nA b \r\nc \r\n\r\n \r\n \r\n \r\n item\r\n');
  assert.deepEqual(doc.frontMatter, { span: { start: 0, end: 18 }, body: { start: 5, end: 15 } });
});

test('lone CR line endings are line breaks too', () => {
  const text = '# Title\r\rFirst line\rsecond line\r\r- item';
  assert.deepEqual(blocksOf(text), ['Title', 'First line\rsecond line', 'item']);
});

test('emoji in prose are kept whole', () => {
  const text = 'Crowds 🇸🇾 cheered *loudly* 😀';
  assert.equal(maskOf(text), 'Crowds 🇸🇾 cheered ·loudly· 😀');
});

test('a masked emoji becomes two spaces, so lengths stay equal', () => {
  const doc = extract('Code `😀` and ![😀](x.png) end');
  assert.equal(doc.prose, 'Code      and              end');
});

test('emphasis next to an emoji is still read as emphasis', () => {
  assert.equal(maskOf('😀*word*😀'), '😀·word·😀');
});

test('a byte-order mark is not prose and does not hide a heading', () => {
  assert.deepEqual(blocksOf('\uFEFF# Title\n\nText'), ['Title', 'Text']);
  assert.deepEqual(blocksOf('\uFEFFText', 'plaintext'), ['Text']);
  assert.ok(extract('\uFEFF---\na: 1\n---\nText').frontMatter);
});

// ---------------------------------------------------------------------------------------------
// Broken Markdown never throws

test('broken Markdown never throws and keeps the invariants', () => {
  const pieces = ['`', '``', '*', '_', '~~', '[', ']', '(', ')', '![', '<', '>', '<!--', '-->', '</a>', '<a href="', '"',
    'https://', 'www.', '\\', '#', '- ', '1. ', '> ', '|', '---', '```', '\n', '\r\n', '\r', '  ', 'word', '😀', '&amp;', '[x]: /u'];
  let seed = 7;
  const random = (n: number): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  for (let draft = 0; draft < 300; draft++) {
    let text = '';
    const length = random(60);
    for (let i = 0; i < length; i++) text += pieces[random(pieces.length)];
    extract(text, 'markdown');
    extract(text, 'plaintext');
  }
});

// ---------------------------------------------------------------------------------------------
// Pathological input: no pattern may backtrack for seconds (speed itself is measured by npm run bench)

test('pathological drafts still take linear time', () => {
  const drafts = [
    Array.from({ length: 3000 }, (_, i) => '`'.repeat(1 + (i % 40)) + ' x ').join(''),
    '<a b="'.repeat(10_000),
    'x <!-- '.repeat(10_000),
    '[a](b "'.repeat(10_000),
    '['.repeat(30_000) + ']'.repeat(30_000),
    '*a _b '.repeat(10_000),
    '<?x '.repeat(15_000),
    'http://'.repeat(10_000),
    '[a]['.repeat(15_000),
  ];
  // The fastest of three reads, against plain prose of about the same length read the same way, so
  // that a busy machine (other tests, other processes) slows the yardstick too.
  const fastestRead = (text: string) =>
    Math.min(
      ...[1, 2, 3].map(() => {
        const start = performance.now();
        extractProse(text, 'markdown');
        return performance.now() - start;
      }),
    );
  const plain = fastestRead('Plain words of prose, said Smith. '.repeat(2_000));
  for (const text of drafts) {
    const elapsed = fastestRead(text);
    // Quadratic behaviour on 60 KB would take seconds, hundreds of times as long as plain prose.
    assert.ok(elapsed < Math.max(300, 50 * plain), `${JSON.stringify(text.slice(0, 12))}… took ${elapsed.toFixed(0)} ms (plain prose: ${plain.toFixed(1)} ms)`);
  }
});
