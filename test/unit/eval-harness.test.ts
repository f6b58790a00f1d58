// The evaluation harness (test/eval) on tiny hand-made inputs: the brat reader, the loaders and
// each measure, so a figure in the table can be trusted. Never the real data.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Attribution, Finding, Quotation, SourceKind, Span } from '../../server/src/lint';
import type { EngineResult, LintedDoc } from '../eval/engineResult';
import { parseConll } from '../eval/loadConll';
import { convertOffsetsIfNeeded, goldAttributionsOf, loadPolnearSplit, parseBrat, spanMatches, type GoldAttribution } from '../eval/loadPolnear';
import { measureAgreement } from '../eval/measureAgreement';
import { measureClaims } from '../eval/measureClaims';
import { isSpeechCue, measureCues } from '../eval/measureCues';
import { measureHedges } from '../eval/measureHedges';
import { measureQuotes } from '../eval/measureQuotes';
import { measureSources } from '../eval/measureSources';
import { formatTable, meets, tableRows } from '../eval/report';
import { sample, topGroups } from '../eval/tally';
import { halfInsideOne, sentenceAt } from '../eval/spans';

// ── Hand-made engine output ──────────────────────────────────────────────────────────────

const at = (text: string, part: string, from = 0): Span => {
  const start = text.indexOf(part, from);
  assert.ok(start >= 0, `"${part}" is in the text`);
  return { start, end: start + part.length };
};

/** Sentences split after . ? ! followed by a space, enough for these texts. */
function sentencesOf(text: string) {
  const sentences: { span: Span; paragraph: number }[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.?!][”"]?(\s+|$)/g)) {
    const end = match.index + match[0].trimEnd().length;
    sentences.push({ span: { start, end }, paragraph: 0 });
    start = match.index + match[0].length;
  }
  return sentences;
}

function attribution(text: string, cue: string, source?: { text: string; kind: SourceKind }): Attribution {
  return {
    cue: at(text, cue),
    cueKind: 'speech',
    cueLemma: cue,
    cueForm: 'past',
    source: source ? { span: at(text, source.text), kind: source.kind, refersTo: null } : null,
    content: null,
    sentence: 0,
  };
}

function quotation(text: string, quoted: string, attributed: boolean): Quotation {
  const span = at(text, quoted);
  return {
    span,
    inner: { start: span.start + 1, end: span.end - 1 },
    paragraphs: [0],
    firstSentence: 0,
    lastSentence: 0,
    wordCount: quoted.split(/\s+/).length,
    attribution: attributed ? 0 : null,
    inContentOf: null,
    impliedBy: null,
    isPhrase: false,
  };
}

const finding = (ruleId: string, span: Span): Finding => ({ ruleId, severity: 'warning', message: '', span });

function engineResult(text: string, parts: { attributions?: Attribution[]; quotations?: Quotation[]; findings?: Finding[] } = {}): EngineResult {
  return {
    findings: parts.findings ?? [],
    analysis: { text, sentences: sentencesOf(text), attributions: parts.attributions ?? [], quotations: parts.quotations ?? [] },
  };
}

function gold(text: string, parts: { cue?: string; content?: string; source?: string; type?: string }): GoldAttribution {
  const cue = parts.cue ? [at(text, parts.cue)] : null;
  const source = parts.source ? [at(text, parts.source)] : null;
  return {
    id: 'E1',
    type: parts.type ?? 'Attribution',
    cue,
    contents: parts.content ? [[at(text, parts.content)]] : [],
    source,
    cueText: parts.cue ?? '',
    sourceText: parts.source ?? '',
  };
}

// ── brat reader ──────────────────────────────────────────────────────────────────────────

const ARTICLE = 'Taxes will rise. The mayor said so on Monday.';
const ANN = [
  'T1\tSource 17 26\tThe mayor',
  'T2\tCue 27 31\tsaid',
  'T3\tContent 0 16\tTaxes will rise.',
  'T4\tAttribution 27 31\tsaid',
  'E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1',
  'T5\tDiscuss 0 5\tTaxes',
  '#1\tAnnotatorNotes T3\tA note.',
  '',
].join('\n');

test('brat: spans, relations and roles are read; other span types and notes do not become attributions', () => {
  const document = parseBrat(ANN);
  assert.equal(document.spans.size, 5);
  assert.deepEqual(document.spans.get('T2'), { id: 'T2', type: 'Cue', fragments: [{ start: 27, end: 31 }], text: 'said' });
  assert.deepEqual(document.relations, [{ id: 'E1', type: 'Attribution', roles: { Attribution: 'T4', Content: 'T3', Cue: 'T2', Source: 'T1' } }]);
  assert.equal(document.ignoredLines, 1);
  const { gold: attributions } = goldAttributionsOf(document, ARTICLE);
  assert.equal(attributions.length, 1);
  assert.equal(attributions[0].cueText, 'said');
  assert.equal(attributions[0].sourceText, 'The mayor');
  assert.deepEqual(attributions[0].contents, [[{ start: 0, end: 16 }]]);
  for (const span of document.spans.values()) assert.ok(spanMatches(ARTICLE, span), span.id);
});

test('brat: a discontinuous span, missing roles, a second content, and an "Attribution-no-source" relation', () => {
  const text = '“We won,” he said, “and we will win again.” Polls showed it.';
  const ann = [
    'T1\tContent 0 9;19 43\t“We won,” “and we will win again.”',
    'T2\tCue 13 17\tsaid',
    'T3\tContent 44 49\tPolls',
    'T4\tCue 50 56\tshowed',
    'E1\tAttribution:T2 Content:T1 Cue:T2',
    'E2\tAttribution-no-source:T4 Cue:T4 Content:T3 Content2:T1 ',
  ].join('\n');
  const document = parseBrat(ann);
  assert.deepEqual(document.spans.get('T1')!.fragments, [{ start: 0, end: 9 }, { start: 19, end: 43 }]);
  assert.ok(spanMatches(text, document.spans.get('T1')!));
  const { gold: attributions } = goldAttributionsOf(document, text);
  assert.equal(attributions.length, 2);
  assert.equal(attributions[0].source, null);
  assert.equal(attributions[1].type, 'Attribution-no-source');
  assert.equal(attributions[1].contents.length, 2);
});

test('brat: annotated text running over a line break is read as one span', () => {
  const text = 'He said:\n\nNo more.';
  const document = parseBrat('T1\tContent 3 18\tsaid:\n\nNo more.\nT2\tCue 3 7\tsaid\n');
  assert.equal(document.spans.get('T1')!.text, 'said:\n\nNo more.');
  assert.ok(spanMatches(text, document.spans.get('T1')!));
  assert.equal(document.spans.get('T2')!.text, 'said');
});

test('brat: exact duplicate relations are dropped and counted', () => {
  const document = parseBrat(`${ANN}E2\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n`);
  const { gold: attributions, duplicates } = goldAttributionsOf(document, ARTICLE);
  assert.equal(attributions.length, 1);
  assert.equal(duplicates, 1);
});

test('brat: code-point offsets are converted to UTF-16 when the text has astral characters', () => {
  const text = 'Fans 🎉 cheered, the mayor said.';
  // brat counts 🎉 as one character; JavaScript as two.
  const document = parseBrat('T1\tCue 26 30\tsaid\n');
  assert.equal(spanMatches(text, document.spans.get('T1')!), false);
  assert.equal(convertOffsetsIfNeeded(document, text), true);
  assert.deepEqual(document.spans.get('T1')!.fragments, [{ start: 27, end: 31 }]);
  assert.ok(spanMatches(text, document.spans.get('T1')!));
  // Offsets already right are left alone.
  const right = parseBrat('T1\tCue 27 31\tsaid\n');
  assert.equal(convertOffsetsIfNeeded(right, text), false);
});

test('PolNeAR loader: the first .ann in sorted order is used, and what is missing is said', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-polnear-'));
  try {
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'paper_2016-01-01_taxes.txt'), ARTICLE);
    writeFileSync(join(dir, 'text', 'paper_2016-01-02_lonely.txt'), 'No annotation here.');
    writeFileSync(join(dir, 'attributions', 'paper_2016-01-01_taxes_4b22.ann'), ANN);
    writeFileSync(join(dir, 'attributions', 'paper_2016-01-01_taxes_9zzz.ann'), 'T1\tCue 0 5\tTaxes\n');
    const split = loadPolnearSplit(dir);
    assert.ok(!('missing' in split));
    assert.equal(split.docs.length, 1);
    assert.equal(split.docs[0].annFile, 'paper_2016-01-01_taxes_4b22.ann');
    assert.equal(split.docs[0].gold.length, 1);
    // The second annotator's file marks no attribution: kept for the agreement measure only.
    assert.deepEqual(split.docs[0].otherAnnotations, [[]]);
    assert.equal(split.stats.articlesWithSeveralAnnFiles, 1);
    assert.deepEqual(split.stats.articlesWithoutAnnotation, ['paper_2016-01-02_lonely']);
    assert.equal(split.stats.mismatchedSpans, 0);
    assert.equal(split.stats.spanTypes.Discuss, 1);
    assert.deepEqual(loadPolnearSplit(join(dir, 'nowhere')), { missing: `${join(dir, 'nowhere', 'text')} (article texts)` });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('PolNeAR loader: a span that does not match the text is counted', () => {
  const dir = mkdtempSync(join(tmpdir(), 'eval-polnear-'));
  try {
    mkdirSync(join(dir, 'text'));
    mkdirSync(join(dir, 'attributions'));
    writeFileSync(join(dir, 'text', 'a.txt'), ARTICLE);
    writeFileSync(join(dir, 'attributions', 'a_0001.ann'), 'T1\tCue 26 30\tsaid\n');
    const split = loadPolnearSplit(dir);
    assert.ok(!('missing' in split));
    assert.equal(split.stats.mismatchedSpans, 1);
    assert.equal(split.stats.mismatchExamples[0].sliced, ' sai');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// ── CoNLL reader ─────────────────────────────────────────────────────────────────────────

test('CoNLL: header skipped, labels read, malformed lines and repeated sentences counted', () => {
  const data = parseConll('label\tsentence\n1\tIt is said to be old.\n0\tIt is old.\n0\tIt is old.\nx\tbad line\n1\tIt is old.\n');
  assert.deepEqual(
    data.sentences.map((s) => [s.line, s.uncertain, s.sentence]),
    [
      [2, true, 'It is said to be old.'],
      [3, false, 'It is old.'],
      [4, false, 'It is old.'],
      [6, true, 'It is old.'],
    ],
  );
  assert.equal(data.malformedLines, 1);
  assert.equal(data.duplicateSentences, 2);
  assert.equal(data.conflictingDuplicates, 1);
});

// ── Measure 1: hedges ────────────────────────────────────────────────────────────────────

test('hedges: sentence-level precision, recall and F1 over the uncertainty rules only', () => {
  const item = (line: number, uncertain: boolean, sentence: string, flags: [string, string][]) => ({
    line,
    uncertain,
    sentence,
    result: engineResult(sentence, { findings: flags.map(([rule, words]) => finding(rule, at(sentence, words))) }),
  });
  const result = measureHedges([
    item(1, true, 'He allegedly stole it.', [['hedged-wording', 'allegedly']]),
    item(2, true, 'It may rain.', [['speculative-wording', 'may']]),
    item(3, true, 'Critics say it failed.', []),
    item(4, false, 'It may be 3 m long.', [['speculative-wording', 'may']]),
    item(5, false, 'Deaths rose to 40.', [['unattributed-claim', 'Deaths rose to 40.']]),
  ]);
  assert.equal(result.truePositives, 2);
  assert.equal(result.falsePositives, 1);
  assert.equal(result.falseNegatives, 1);
  assert.equal(result.precision, 66.7);
  assert.equal(result.recall, 66.7);
  assert.equal(result.f1, 66.7);
  assert.deepEqual(result.falsePositiveGroups.map((g) => [g.key, g.count]), [['speculative-wording: may', 1]]);
  assert.deepEqual(result.falsePositiveWords, [{ words: 'may', count: 1 }]);
  assert.deepEqual(result.missExamples.map((m) => m.sentence), ['Critics say it failed.']);
  assert.deepEqual(result.perRule['speculative-wording'], { sentencesFlagged: 2, truePositives: 1, precision: 50, recall: 33.3 });
});

// ── Measure 2: cues ──────────────────────────────────────────────────────────────────────

test('speech cues are matched as whole words, case-insensitively', () => {
  assert.ok(isSpeechCue('said'));
  assert.ok(isSpeechCue('According to'));
  assert.ok(isSpeechCue('did not immediately respond'));
  assert.ok(!isSpeechCue('believes'));
  assert.ok(!isSpeechCue('sayings'));
  assert.ok(!isSpeechCue('statement'));
});

test('cues: a two-sentence article with one gold attribution, found, and one engine cue the annotators did not mark', () => {
  const text = 'Taxes will rise, the mayor said. Critics think it unfair.';
  const doc: LintedDoc = {
    name: 'a',
    gold: [gold(text, { cue: 'said', source: 'the mayor', content: 'Taxes will rise' })],
    result: engineResult(text, { attributions: [attribution(text, 'said', { text: 'the mayor', kind: 'named' }), attribution(text, 'think', { text: 'Critics', kind: 'vague' })] }),
  };
  const result = measureCues([doc]);
  assert.equal(result.found, 1);
  assert.equal(result.recall, 100);
  assert.equal(result.speechRecall, 100);
  assert.equal(result.precision, 50);
  assert.deepEqual(result.falsePositives, [{ key: 'think', count: 1, examples: [{ doc: 'a', cue: 'think', sentence: 'Critics think it unfair.' }] }]);
  assert.deepEqual(result.misses, []);
});

test('cues: misses are grouped by lower-cased cue text with their sentences; gold without a cue is left out of recall', () => {
  const text = 'Taxes will rise, the mayor Said. She believes it. Rents rise, aides said.';
  const doc: LintedDoc = {
    name: 'b',
    gold: [gold(text, { cue: 'Said' }), gold(text, { cue: 'believes' }), gold(text, { content: 'Rents rise' })],
    result: engineResult(text),
  };
  const result = measureCues([doc]);
  assert.equal(result.goldAttributions, 3);
  assert.equal(result.goldWithoutCue, 1);
  assert.equal(result.recall, 0);
  assert.equal(result.speechGold, 1);
  assert.equal(result.precision, null);
  assert.deepEqual(result.misses.map((g) => [g.key, g.count, g.examples[0].sentence]), [
    ['believes', 1, 'She believes it.'],
    ['said', 1, 'Taxes will rise, the mayor Said.'],
  ]);
  assert.deepEqual(result.speechMisses.map((g) => g.key), ['said']);
});

// ── Measure 3: quotations ────────────────────────────────────────────────────────────────

test('agreement: each annotator is the gold in turn, for the other annotators and for the engine; single-annotator articles are left out', () => {
  const text = 'Taxes will rise, the mayor said. The council believes it. Critics note the cost.';
  // Annotator A marks "said" and "believes"; B marks "said" and "note".
  const a = [gold(text, { cue: 'said' }), gold(text, { cue: 'believes' })];
  const b = [gold(text, { cue: 'said' }), gold(text, { cue: 'note' })];
  const result = measureAgreement([
    { annotations: [a, b], engineCues: [at(text, 'said'), at(text, 'rise')] },
    { annotations: [a], engineCues: [at(text, 'said')] },
  ]);
  assert.equal(result.articles, 1);
  assert.equal(result.annotations, 2);
  // A against B: "said" found, "note" missed; B against A: "said" found, "believes" missed.
  assert.deepEqual(result.annotators, { gold: 4, found: 2, marked: 4, right: 2, recall: 50, precision: 50 });
  // The engine against A, then B: "said" found each time, "rise" wrong each time.
  assert.deepEqual(result.engine, { gold: 4, found: 2, marked: 4, right: 2, recall: 50, precision: 50 });
  const noneSeveral = measureAgreement([{ annotations: [a], engineCues: [] }]);
  assert.equal(noneSeveral.articles, 0);
  assert.equal(noneSeveral.annotators.recall, null);
});

test('quotes: a flagged quotation inside gold content is a false alarm; one outside is agreement; short ones are skipped', () => {
  const text = '“We will cut taxes now,” the mayor said. “Nobody asked for this at all.” “Too bad.”';
  const attributed = quotation(text, '“We will cut taxes now,”', true);
  const orphan = quotation(text, '“Nobody asked for this at all.”', false);
  const short = quotation(text, '“Too bad.”', false);
  const doc: LintedDoc = {
    name: 'q',
    gold: [gold(text, { cue: 'said', content: 'We will cut taxes now' })],
    result: engineResult(text, {
      quotations: [attributed, orphan, short],
      findings: [finding('unattributed-quote', attributed.span), finding('unattributed-quote', orphan.span), finding('unattributed-quote', short.span)],
    }),
  };
  const result = measureQuotes([doc]);
  assert.equal(result.quotations, 2);
  assert.equal(result.goldAttributed, 1);
  assert.equal(result.falseAlarms, 1);
  assert.equal(result.falseAlarmRate, 100);
  assert.equal(result.flaggedAndGoldUnattributed, 1);
  assert.equal(result.goldUnattributed, 1);
  assert.equal(result.falseAlarmExamples[0].quote, '“We will cut taxes now,”');
  assert.equal(result.falseAlarmExamples[0].sentence, '“We will cut taxes now,” the mayor said.');
  // Unflagged: no false alarm, whatever the analysis says.
  const quiet = measureQuotes([{ ...doc, result: engineResult(text, { quotations: [attributed, orphan] }) }]);
  assert.equal(quiet.falseAlarms, 0);
  assert.equal(quiet.falseAlarmRate, 0);
});

test('quotes: "gold-attributed" needs half or more of the quoted words inside one content span', () => {
  assert.ok(halfInsideOne({ start: 0, end: 10 }, [[{ start: 5, end: 20 }]]));
  assert.ok(!halfInsideOne({ start: 0, end: 10 }, [[{ start: 6, end: 20 }]]));
  assert.ok(halfInsideOne({ start: 0, end: 10 }, [[{ start: 0, end: 3 }, { start: 7, end: 9 }]]));
  assert.ok(!halfInsideOne({ start: 0, end: 10 }, [[{ start: 0, end: 3 }], [{ start: 7, end: 9 }]]));
});

// ── Measure 4: claims ────────────────────────────────────────────────────────────────────

test('claims: a finding mostly inside gold content is a false alarm', () => {
  const text = 'Forty people died, police said. The bridge cost $4 billion.';
  const doc: LintedDoc = {
    name: 'c',
    gold: [gold(text, { cue: 'said', content: 'Forty people died' })],
    result: engineResult(text, {
      findings: [finding('unattributed-claim', at(text, 'Forty people died, police said.')), finding('unattributed-claim', at(text, 'The bridge cost $4 billion.')), finding('hedged-wording', at(text, 'police'))],
    }),
  };
  const result = measureClaims([doc]);
  assert.equal(result.findings, 2);
  assert.equal(result.falseAlarms, 1);
  assert.equal(result.falseAlarmRate, 50);
  assert.deepEqual(result.falseAlarmExamples, [{ doc: 'c', sentence: 'Forty people died, police said.' }]);
  assert.deepEqual(result.agreedExamples, [{ doc: 'c', sentence: 'The bridge cost $4 billion.' }]);
});

// ── Measure 5: sources ───────────────────────────────────────────────────────────────────

test('sources: kinds counted over all and gold-matched attributions; vague and anonymous ones sampled with the gold source', () => {
  const text = 'Rates rose, officials said. Critics think so. A source told me.';
  const doc: LintedDoc = {
    name: 's',
    gold: [gold(text, { cue: 'said', source: 'officials' }), gold(text, { cue: 'told', source: 'A source' })],
    result: engineResult(text, {
      attributions: [
        attribution(text, 'said', { text: 'officials', kind: 'vague' }),
        attribution(text, 'think', { text: 'Critics', kind: 'vague' }),
        attribution(text, 'told', { text: 'A source', kind: 'anonymous' }),
      ],
    }),
  };
  const result = measureSources([doc]);
  assert.deepEqual(result.all, { named: 0, pronoun: 0, vague: 2, anonymous: 1, outlet: 0, none: 0 });
  assert.deepEqual(result.matched, { named: 0, pronoun: 0, vague: 1, anonymous: 1, outlet: 0, none: 0 });
  assert.equal(result.sourceAgreesWithGold.anonymous, 1);
  assert.deepEqual(
    result.samples.vague.map((s) => [s.source, s.cue, s.goldSource, s.cueMatchesGold, s.sentence]),
    [
      ['officials', 'said', 'officials', true, 'Rates rose, officials said.'],
      ['Critics', 'think', '', false, 'Critics think so.'],
    ],
  );
  assert.equal(result.samples.anonymous.length, 1);
});

// ── Sampling, grouping, sentences, table ─────────────────────────────────────────────────

test('samples are reproducible for a seed and keep the original order', () => {
  const items = Array.from({ length: 100 }, (_, i) => i);
  const first = sample(items, 10, 7);
  assert.deepEqual(sample(items, 10, 7), first);
  assert.notDeepEqual(sample(items, 10, 8), first);
  assert.deepEqual([...first].sort((a, b) => a - b), first);
  assert.equal(new Set(first).size, 10);
  assert.deepEqual(sample([1, 2], 10, 7), [1, 2]);
});

test('groups are ranked by count, then key, with a few examples each', () => {
  const groups = topGroups(['b', 'a', 'b', 'c', 'a', 'b'].map((key, i) => ({ key, example: i })), 2, 2);
  assert.deepEqual(groups, [
    { key: 'b', count: 3, examples: [0, 2] },
    { key: 'a', count: 2, examples: [1, 4] },
  ]);
});

test('the sentence of an offset between sentences is its line', () => {
  const text = 'A Headline\n\nThe body. It goes on.';
  const result: EngineResult = { findings: [], analysis: { text, sentences: [{ span: at(text, 'The body.'), paragraph: 1 }, { span: at(text, 'It goes on.'), paragraph: 1 }], attributions: [], quotations: [] } };
  assert.equal(sentenceAt(result, 2), 'A Headline');
  assert.equal(sentenceAt(result, text.indexOf('goes')), 'It goes on.');
});

test('the table: aligned columns, targets met or not on the headline figure, missing data said', () => {
  assert.ok(meets(95, { op: '>=', value: 95 }));
  assert.ok(!meets(3.1, { op: '<=', value: 3 }));
  assert.ok(!meets(null, { op: '<=', value: 3 }));
  const rows = tableRows({ conll: null, dev: null, train: null });
  assert.equal(rows[0].train, 'missing');
  assert.equal(rows[0].met, 'n/a');
  const text = 'Taxes will rise, the mayor said.';
  const doc: LintedDoc = { name: 'a', gold: [gold(text, { cue: 'said' })], result: engineResult(text, { attributions: [attribution(text, 'said')] }) };
  const agreement = measureAgreement([{ annotations: [doc.gold, doc.gold], engineCues: [at(text, 'said')] }]);
  const results = { cues: measureCues([doc]), quotes: measureQuotes([doc]), claims: measureClaims([doc]), sources: measureSources([doc]), agreement };
  const table = formatTable(tableRows({ conll: null, dev: results, train: null }));
  const lines = table.split('\n');
  const speech = lines.find((line) => line.startsWith('2 cues: speech-cue recall'))!;
  assert.match(speech, /100\.0%\s+missing\s+≥ 95%\s+yes$/);
  assert.match(lines.find((line) => line.includes('annotator vs annotator'))!, /100\.0% \/ 100\.0%\s+missing$/);
  // Every figure column ends at the same place on every line.
  const devEnd = lines[0].indexOf('dev') + 'dev'.length;
  for (const line of lines.slice(2)) assert.match(line.slice(0, devEnd), /(\S|—)$/, line);
});
