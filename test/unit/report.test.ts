// The source report an editor reads: who is quoted and how often, which sentences and quotations
// stand alone. Analyses are built by hand here, so these tests do not depend on the engine's parsing.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { buildReport, formatReportMarkdown, normaliseSourceName, type Report } from '../../server/src/lint/report';
import type { Analysis, Attribution, Quotation, SourceKind, Span } from '../../server/src/lint/types';
import { lintText } from '../../server/src/lint';
import { sourceReportDetails } from '../../server/src/lint/sourceReportDetails';

/** Finds the n-th occurrence (0-based) of `needle` in `text` as a span. */
function span(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (#${nth}) not in text`);
  }
  return { start: at, end: at + needle.length };
}

interface HandAttribution {
  cue: Span;
  source?: { span: Span; kind: SourceKind; refersTo?: string };
  content?: Span;
  sentence: number;
}

function analysisOf(text: string, sentenceTexts: string[], attributions: HandAttribution[], quotations: { span: Span; attribution: number | null }[] = []): Analysis {
  let from = 0;
  const sentences = sentenceTexts.map((sentence) => {
    const start = text.indexOf(sentence, from);
    if (start < 0) throw new Error(`sentence not found: ${sentence}`);
    from = start + sentence.length;
    return { span: { start, end: from }, paragraph: 0 };
  });
  const sentenceAt = (offset: number) => sentences.findIndex((s) => s.span.start <= offset && offset < s.span.end);
  return {
    text,
    prose: text,
    format: 'plaintext',
    frontMatter: null,
    directives: [],
    paragraphs: [{ span: { start: 0, end: text.length }, firstSentence: 0, endSentence: sentences.length, quoteOpenAtEnd: false }],
    sentences,
    tokens: [],
    sentenceTokenStart: sentences.map(() => 0).concat(0),
    surnameQueries: [],
    quotations: quotations.map(
      (q): Quotation => ({
        span: q.span,
        inner: { start: q.span.start + 1, end: q.span.end - 1 },
        paragraphs: [0],
        firstSentence: sentenceAt(q.span.start),
        lastSentence: sentenceAt(q.span.end - 1),
        wordCount: text.slice(q.span.start, q.span.end).split(/\s+/).length,
        attribution: q.attribution,
        inContentOf: null,
        impliedBy: null,
        isPhrase: false,
      }),
    ),
    attributions: attributions.map(
      (a): Attribution => ({
        cue: a.cue,
        cueKind: 'speech',
        cueLemma: 'say',
        cueForm: 'past',
        source: a.source ? { span: a.source.span, kind: a.source.kind, refersTo: a.source.refersTo ?? null } : null,
        content: a.content ?? null,
        sentence: a.sentence,
      }),
    ),
  };
}

// A short wire story: a named source, a pronoun that refers back to him, a quotation with a
// speaker, a sentence that stands alone, and a quotation nobody is named as saying.
const STORY = [
  'Putin stressed that the talks failed. He said Russia wanted peace.',
  '',
  '“We will win,” the minister said. Critics disagreed.',
  '',
  '“This is a lie.”',
  '',
].join('\n');

function storyAnalysis(): Analysis {
  return analysisOf(
    STORY,
    ['Putin stressed that the talks failed.', 'He said Russia wanted peace.', '“We will win,” the minister said.', 'Critics disagreed.', '“This is a lie.”'],
    [
      { cue: span(STORY, 'stressed'), source: { span: span(STORY, 'Putin'), kind: 'named' }, content: span(STORY, 'that the talks failed'), sentence: 0 },
      { cue: span(STORY, 'said'), source: { span: span(STORY, 'He'), kind: 'pronoun', refersTo: 'Putin' }, content: span(STORY, 'Russia wanted peace'), sentence: 1 },
      { cue: span(STORY, 'said', 1), source: { span: span(STORY, 'the minister'), kind: 'named' }, sentence: 2 },
    ],
    [
      { span: span(STORY, '“We will win,”'), attribution: 2 },
      { span: span(STORY, '“This is a lie.”'), attribution: null },
    ],
  );
}

describe('buildReport', () => {
  test('has exactly the agreed JSON shape, with LSP ranges', () => {
    const text = 'Putin said it.';
    const analysis = analysisOf(text, ['Putin said it.'], [{ cue: span(text, 'said'), source: { span: span(text, 'Putin'), kind: 'named' }, content: span(text, 'it'), sentence: 0 }]);
    const range = (start: number, end: number) => ({ start: { line: 0, character: start }, end: { line: 0, character: end } });
    assert.deepEqual(JSON.parse(JSON.stringify(buildReport(analysis, 'drafts/a.md'))), {
      file: 'drafts/a.md',
      sentences: [{ range: range(0, 14), text: 'Putin said it.', attributed: true }],
      attributions: [{ cue: { range: range(6, 10), text: 'said' }, source: { range: range(0, 5), text: 'Putin', kind: 'named' }, content: { range: range(11, 13), text: 'it' } }],
      quotations: [],
      sources: [{ name: 'Putin', kind: 'named', count: 1, spellings: ['Putin'] }],
    });
  });

  test('a sentence with a cue, or covered by content or an attributed quotation, is attributed; one standing alone is not', () => {
    const report = buildReport(storyAnalysis(), 'story.md');
    assert.deepEqual(
      report.sentences.map((s) => [s.text, s.attributed]),
      [
        ['Putin stressed that the talks failed.', true],
        ['He said Russia wanted peace.', true],
        ['“We will win,” the minister said.', true],
        ['Critics disagreed.', false],
        ['“This is a lie.”', false],
      ],
    );
    assert.deepEqual(report.sentences[2].range, { start: { line: 2, character: 0 }, end: { line: 2, character: 33 } });
  });

  test('a sentence at least half inside an attribution\'s content is attributed, less than half is not', () => {
    const text = 'The minister said the talks failed. Nothing changed since. Then the rain came down hard.';
    const analysis = analysisOf(
      text,
      ['The minister said the talks failed.', 'Nothing changed since.', 'Then the rain came down hard.'],
      [{ cue: span(text, 'said'), source: { span: span(text, 'The minister'), kind: 'named' }, content: { start: span(text, 'the talks').start, end: span(text, 'Then the').end }, sentence: 0 }],
    );
    assert.deepEqual(buildReport(analysis, 'a.txt').sentences.map((s) => s.attributed), [true, true, false]);
  });

  test('every sentence of an attributed multi-sentence quotation is attributed', () => {
    const text = '“We will win. They will lose,” Putin said.';
    const analysis = analysisOf(
      text,
      ['“We will win.', 'They will lose,” Putin said.'],
      [{ cue: span(text, 'said'), source: { span: span(text, 'Putin'), kind: 'named' }, sentence: 1 }],
      [{ span: span(text, '“We will win. They will lose,”'), attribution: 0 }],
    );
    const report = buildReport(analysis, 'a.txt');
    assert.deepEqual(report.sentences.map((s) => s.attributed), [true, true]);
    assert.deepEqual(report.quotations, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 30 } }, text: '“We will win. They will lose,”', attributed: true, attribution: 0 }]);
  });

  test('quotations say whether and by which attribution they are attributed', () => {
    const report = buildReport(storyAnalysis(), 'story.md');
    assert.deepEqual(report.quotations.map((q) => [q.text, q.attributed, q.attribution]), [
      ['“We will win,”', true, 2],
      ['“This is a lie.”', false, null],
    ]);
    assert.equal(report.attributions[2].content, null);
    assert.equal(report.attributions[2].source?.text, 'the minister');
  });

  test('a pronoun counts for the named source it refers to; sources are sorted by count', () => {
    const report = buildReport(storyAnalysis(), 'story.md');
    assert.deepEqual(report.sources, [
      { name: 'Putin', kind: 'named', count: 2, spellings: ['Putin'] },
      { name: 'the minister', kind: 'named', count: 1, spellings: ['the minister'] },
    ]);
  });

  test('names are counted together whatever their case, spacing, leading "the" or possessive', () => {
    const text = 'The Kremlin said a. the  kremlin said b. Kremlin’s spokesman said c. He said d. SANA said e.';
    const cue = (n: number) => span(text, 'said', n);
    const analysis = analysisOf(text, ['The Kremlin said a.', 'the  kremlin said b.', 'Kremlin’s spokesman said c.', 'He said d.', 'SANA said e.'], [
      { cue: cue(0), source: { span: span(text, 'The Kremlin'), kind: 'named' }, sentence: 0 },
      { cue: cue(1), source: { span: span(text, 'the  kremlin'), kind: 'named' }, sentence: 1 },
      { cue: cue(2), source: { span: span(text, 'Kremlin’s spokesman'), kind: 'named' }, sentence: 2 },
      { cue: cue(3), source: { span: span(text, 'He'), kind: 'pronoun' }, sentence: 3 },
      { cue: cue(4), source: { span: span(text, 'SANA'), kind: 'outlet' }, sentence: 4 },
    ]);
    assert.deepEqual(buildReport(analysis, 'a.txt').sources, [
      { name: 'The Kremlin', kind: 'named', count: 2, spellings: ['The Kremlin'] },
      { name: 'Kremlin’s spokesman', kind: 'named', count: 1, spellings: ['Kremlin’s spokesman'] },
      { name: 'He', kind: 'pronoun', count: 1, spellings: ['He'] },
      { name: 'SANA', kind: 'outlet', count: 1, spellings: ['SANA'] },
    ]);
    assert.equal(normaliseSourceName('  The   Kremlin’s '), 'kremlin');
    assert.equal(normaliseSourceName('the White House'), 'white house');
  });

  test("a person's shorter name counts for their full name, a title aside; the fullest name is shown", () => {
    const text = 'Okafor said a. Finance Director Paul Okafor said b. Mr. Okafor said c. Paul Okafor said d.';
    const names = ['Okafor', 'Finance Director Paul Okafor', 'Mr. Okafor', 'Paul Okafor'];
    const analysis = analysisOf(text, ['Okafor said a.', 'Finance Director Paul Okafor said b.', 'Mr. Okafor said c.', 'Paul Okafor said d.'], names.map((name, i) => ({
      cue: span(text, 'said', i),
      source: { span: span(text, name, name === 'Okafor' ? 0 : name === 'Paul Okafor' ? 1 : 0), kind: 'named' as const },
      sentence: i,
    })));
    assert.deepEqual(buildReport(analysis, 'a.txt').sources, [
      { name: 'Finance Director Paul Okafor', kind: 'named', count: 4, spellings: ['Finance Director Paul Okafor', 'Okafor', 'Mr. Okafor', 'Paul Okafor'] },
    ]);
  });

  test('a surname two people share, or a word that ends the name of a body, stays a source of its own', () => {
    const text = 'Anna Smith said a. Tom Smith said b. Smith said c. The White House said d. House said e.';
    const sources = ['Anna Smith', 'Tom Smith', 'Smith', 'The White House', 'House'];
    const starts = { 'Smith': 2, 'House': 1 } as Record<string, number>;
    const analysis = analysisOf(text, ['Anna Smith said a.', 'Tom Smith said b.', 'Smith said c.', 'The White House said d.', 'House said e.'], sources.map((name, i) => ({
      cue: span(text, 'said', i),
      source: { span: span(text, name, starts[name] ?? 0), kind: 'named' as const },
      sentence: i,
    })));
    assert.deepEqual(buildReport(analysis, 'a.txt').sources.map((source) => [source.name, source.count]), [
      ['Anna Smith', 1],
      ['Tom Smith', 1],
      ['Smith', 1],
      ['The White House', 1],
      ['House', 1],
    ]);
  });

  test('an attribution with no source is not counted as a source', () => {
    const text = 'It was said that the talks failed.';
    const analysis = analysisOf(text, [text], [{ cue: span(text, 'said'), content: span(text, 'the talks failed'), sentence: 0 }]);
    const report = buildReport(analysis, 'a.txt');
    assert.deepEqual(report.sources, []);
    assert.equal(report.attributions[0].source, null);
  });

  test('an empty draft gives an empty report', () => {
    assert.deepEqual(buildReport(analysisOf('', [], []), 'empty.md'), { file: 'empty.md', sentences: [], attributions: [], quotations: [], sources: [] });
  });
});

describe('formatReportMarkdown', () => {
  const markdown = () => formatReportMarkdown(buildReport(storyAnalysis(), 'story.md'));

  test('gives the totals', () => {
    const out = markdown();
    assert.match(out, /^# Source report: story\.md\n/);
    assert.match(out, /\| Sentences \| 5 \|/);
    assert.match(out, /\| Attributed sentences \| 3 \(60%\) \|/);
    assert.match(out, /\| Quotations attributed \| 1 \|/);
    assert.match(out, /\| Quotations not attributed \| 1 \|/);
    assert.match(out, /\| Attributions \| 3 \|/);
  });

  test('lists the sources with kind, count and the line of their first mention', () => {
    const out = markdown();
    assert.match(out, /\| Source \| Kind \| Count \| First mention \|/);
    assert.match(out, /\| Putin \| named \| 2 \| line 1 \|\n\| the minister \| named \| 1 \| line 3 \|/);
  });

  test('lists the quotations nobody is named as saying, with their lines', () => {
    assert.match(markdown(), /## Open problems\n\n1 quotation has no speaker:\n\n- line 5: “This is a lie\.”\n/);
  });

  test('says so when there are no sources and no open problems', () => {
    const out = formatReportMarkdown(buildReport(analysisOf('Rain fell.', ['Rain fell.'], []), 'a.txt'));
    assert.match(out, /No one is named or cited as a source\./);
    assert.match(out, /Every quotation is attributed\./);
    assert.match(out, /\| Attributed sentences \| 0 \(0%\) \|/);
  });

  test('escapes table-breaking characters in names', () => {
    const report: Report = { file: 'a|b.md', sentences: [], attributions: [], quotations: [], sources: [{ name: 'A | B', kind: 'named', count: 1, spellings: ['A | B'] }] };
    const out = formatReportMarkdown(report);
    assert.match(out, /# Source report: a\\\|b\.md/);
    assert.match(out, /\| A \\\| B \| named \| 1 \| — \|/);
  });
});

// ---------------------------------------------------------------------------------------------
// What the editor's source report adds (sourceReportDetails): the same totals as the Markdown
// report, paragraph statuses, findings by rule, each source's mentions and the open problems.

describe('the editor source report (sourceReportDetails)', () => {
  const draft = [
    '# Budget passes',
    '',
    '"We closed the gap," Finance Director Paul Okafor said. Okafor said the reserves were intact.',
    '',
    'The budget includes the largest increase in police overtime in the city\'s history.',
    '',
    '"This is a disgrace."',
    '',
    'Critics say the money should go to roads. Mayor Linda Hsu insisted the numbers were sound.',
    '',
  ].join('\n');
  const lint = lintText(draft, { format: 'markdown' });
  const report = buildReport(lint.analysis, 'budget.md');
  const details = sourceReportDetails(lint.analysis, lint.findings, report);
  const markdown = formatReportMarkdown(report);

  test('the totals are the numbers the Markdown report prints', () => {
    const row = (name: string) => new RegExp(`\\| ${name} \\| ${'([^|]+)'} \\|`).exec(markdown)?.[1].trim();
    assert.equal(row('Sentences'), String(details.totals.sentences));
    assert.equal(row('Attributed sentences')?.split(' ')[0], String(details.totals.attributedSentences));
    assert.equal(row('Quotations attributed'), String(details.totals.attributedQuotations));
    assert.equal(row('Quotations not attributed'), String(details.totals.unattributedQuotations));
    assert.equal(row('Attributions'), String(details.totals.attributions));
    assert.equal(details.totals.findings, lint.findings.length);
  });

  test('findings by rule count every finding once', () => {
    assert.equal(Object.values(details.findingsByRule).reduce((a, b) => a + b, 0), lint.findings.length);
    assert.equal(details.findingsByRule['vague-source'], 1);
    assert.equal(details.findingsByRule['loaded-attribution-verb'], 1);
  });

  test('one status per paragraph: the quoted director is attributed, the overtime claim and the lone quote are not, the critics are flagged', () => {
    assert.equal(details.paragraphs.length, lint.analysis.paragraphs.length);
    const statusOf = (words: string) => details.paragraphs.find((p) => p.preview.includes(words))?.status;
    assert.equal(statusOf('We closed the gap'), 'attributed');
    assert.equal(statusOf('police overtime'), 'unattributed');
    assert.equal(statusOf('disgrace'), 'unattributed');
    assert.equal(statusOf('Critics say'), 'flagged');
    assert.equal(statusOf('Budget passes'), 'plain');
    assert.equal(details.paragraphs[1].range.start.line, 2);
  });

  test('sources are the report sources, each with its mentions (the first mention first)', () => {
    assert.deepEqual(details.sources.map(({ name, kind, count, spellings }) => ({ name, kind, count, spellings })), report.sources);
    const okafor = details.sources.find((s) => s.name === 'Finance Director Paul Okafor');
    assert.ok(okafor, JSON.stringify(details.sources.map((s) => s.name)));
    assert.deepEqual(okafor.mentions.map((m) => [m.text, m.range.start.line]), [['Finance Director Paul Okafor', 2], ['Okafor', 2]]);
    assert.equal(okafor.count, 2);
    for (const source of details.sources) assert.ok(source.mentions.length >= 1, source.name);
  });

  test('open problems: the unattributed quotation and the unattributed claim, in draft order', () => {
    assert.deepEqual(details.openProblems.map((p) => [p.kind, p.range.start.line]), [['claim', 4], ['quotation', 6]]);
    assert.equal(details.openProblems[1].text, '"This is a disgrace."');
  });

  test('the JSON report keeps its promised top-level shape', () => {
    assert.deepEqual(Object.keys(report), ['file', 'sentences', 'attributions', 'quotations', 'sources']);
  });
});
