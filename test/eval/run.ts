// `npm run eval`: measures the bundled engine (dist/engine.js, what ships) against the annotated
// data in ../shared/eval (or --data DIR, or ATTRIBUTION_LINT_EVAL_DIR), prints one table and
// writes every figure, with the most frequent errors of each measure, to .eval-results/.
// The data is read where it lies and never copied into the repository.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type * as Engine from '../../server/src/lint';
import type { LintFunction, LintedDoc } from './engineResult';
import { loadConll } from './loadConll';
import { loadPolnearSplit, type PolnearSplit } from './loadPolnear';
import { measureAgreement } from './measureAgreement';
import { measureClaims } from './measureClaims';
import { measureCues } from './measureCues';
import { measureHedges, UNCERTAINTY_RULES, type HedgeResult } from './measureHedges';
import { measureQuotes } from './measureQuotes';
import { measureSources } from './measureSources';
import { formatTable, tableRows, TARGETS, type PolnearResults } from './report';

const ROOT = resolve(__dirname, '..', '..');
const SPLITS = ['dev', 'train'] as const;

function usage(): never {
  console.log(`Usage: npm run eval [-- --data DIR]

Reads the evaluation data from DIR (default: $ATTRIBUTION_LINT_EVAL_DIR, else ../shared/eval
next to the repository): conll2010-wikipedia-train.tsv and polnear/{dev,train}/{text,attributions}.
Prints the table and writes all figures to .eval-results/.`);
  process.exit(0);
}

function parseArgs(argv: string[]): { dataDir: string } {
  let dataDir = process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval');
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--help' || arg === '-h') usage();
    else if (arg === '--data' && argv[i + 1]) dataDir = argv[++i];
    else if (arg.startsWith('--data=')) dataDir = arg.slice('--data='.length);
    else {
      console.error(`eval: unknown argument ${arg} (try --help)`);
      process.exit(2);
    }
  }
  return { dataDir: resolve(dataDir) };
}

function loadEngine(): typeof Engine {
  const bundle = join(ROOT, 'dist', 'engine.js');
  if (!existsSync(bundle)) {
    console.error(`eval: ${relative(ROOT, bundle)} is missing: run "npm run build" first (npm run eval does).`);
    process.exit(2);
  }
  // The bundled engine, as in test/bench: the code users run, not the test-time TypeScript loader.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(bundle) as typeof Engine;
}

function gitDescription(): { commit: string | null; uncommittedFiles: number | null } {
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
    const status = execFileSync('git', ['status', '--porcelain'], { cwd: ROOT, encoding: 'utf8' });
    return { commit, uncommittedFiles: status.split('\n').filter(Boolean).length };
  } catch {
    return { commit: null, uncommittedFiles: null };
  }
}

const seconds = (since: number) => Math.round((performance.now() - since) / 100) / 10;

function main(): void {
  const started = performance.now();
  const { dataDir } = parseArgs(process.argv.slice(2));
  const engine = loadEngine();
  const lint: LintFunction = (text) => engine.lintText(text, { format: 'plaintext' });
  const missing: string[] = [];
  const timings: Record<string, number> = {};
  console.log(`Attribution Lint evaluation — data from ${dataDir}`);
  if (!existsSync(dataDir)) missing.push(`${dataDir} (the whole data folder; pass --data DIR or set ATTRIBUTION_LINT_EVAL_DIR)`);
  const present = UNCERTAINTY_RULES.filter((rule) => engine.RULE_IDS.includes(rule));
  const absent = UNCERTAINTY_RULES.filter((rule) => !engine.RULE_IDS.includes(rule));

  // 1. Hedges, CoNLL-2010 Wikipedia: every sentence linted on its own.
  let conll: HedgeResult | null = null;
  let conllData: ReturnType<typeof loadConll> | null = null;
  if (existsSync(dataDir)) {
    const phase = performance.now();
    conllData = loadConll(join(dataDir, 'conll2010-wikipedia-train.tsv'));
    if ('missing' in conllData) missing.push(`${conllData.missing} (measure 1, hedges)`);
    else {
      const items = conllData.sentences.map((s) => ({ ...s, result: lint(s.sentence) }));
      conll = measureHedges(items);
      console.log(`  CoNLL-2010: ${conllData.sentences.length} sentences (${conll.goldUncertain} uncertain), ${conllData.duplicateSentences} repeated, ${conllData.conflictingDuplicates} repeated with conflicting labels, ${conllData.malformedLines} malformed lines; rules counted: ${present.join(', ')}${absent.length ? ` (not in the engine yet: ${absent.join(', ')})` : ''} — ${seconds(phase)} s`);
    }
    timings.conll = seconds(phase);
  }

  // 2–5. PolNeAR, dev (headline) and train (for looking at errors).
  const polnear: Record<string, { split: PolnearSplit; results: PolnearResults } | null> = { dev: null, train: null };
  for (const name of SPLITS) {
    if (!existsSync(dataDir)) break;
    const phase = performance.now();
    const split = loadPolnearSplit(join(dataDir, 'polnear', name));
    if ('missing' in split) {
      missing.push(`${split.missing} (PolNeAR ${name}, measures 2–5)`);
      continue;
    }
    const docs: LintedDoc[] = split.docs.map((doc) => ({ name: doc.name, gold: doc.gold, result: lint(doc.text) }));
    const results: PolnearResults = {
      cues: measureCues(docs),
      quotes: measureQuotes(docs),
      claims: measureClaims(docs),
      sources: measureSources(docs),
      agreement: measureAgreement(
        split.docs.map((doc, i) => ({
          annotations: [doc.gold, ...doc.otherAnnotations],
          engineCues: docs[i].result.analysis.attributions.map((attribution) => attribution.cue),
        })),
      ),
    };
    polnear[name] = { split, results };
    const { stats } = split;
    console.log(
      `  PolNeAR ${name}: ${stats.articles} articles (${stats.articlesWithSeveralAnnFiles} annotated several times: the first .ann is the gold, the others measure annotator agreement), ` +
        `${stats.goldAttributions} gold attributions (${stats.goldWithoutCue} without a cue, ${stats.exactDuplicateRelationsDropped} exact duplicates dropped), ` +
        `${stats.spans} spans, ${stats.mismatchedSpans} not matching the text, ${stats.discontinuousSpans} discontinuous; ` +
        `${stats.textsWithCarriageReturns} texts with \\r, ${stats.textsWithAstralCharacters} with astral characters (${stats.textsConvertedFromCodePoints} converted from code points) — ${seconds(phase)} s`,
    );
    if (stats.articlesWithoutAnnotation.length) missing.push(`${stats.articlesWithoutAnnotation.length} PolNeAR ${name} texts have no .ann file (skipped)`);
    if (stats.annFilesWithoutText.length) missing.push(`${stats.annFilesWithoutText.length} PolNeAR ${name} .ann files have no text (skipped)`);
    timings[`polnear-${name}`] = seconds(phase);
  }

  const rows = tableRows({ conll, dev: polnear.dev?.results ?? null, train: polnear.train?.results ?? null });
  console.log('');
  console.log(formatTable(rows));
  console.log('\nPolNeAR figures are judged on dev; CoNLL-2010 has one file (the shared task\'s training sentences), shown under train.');
  if (missing.length) {
    console.log('\nData not found:');
    for (const line of missing) console.log(`  MISSING ${line}`);
  }

  const outDir = join(ROOT, '.eval-results');
  mkdirSync(outDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[:]/g, '-').replace(/\..*$/, '');
  const outFile = join(outDir, `eval-${stamp}.json`);
  timings.total = seconds(started);
  const report = {
    createdAt: new Date().toISOString(),
    dataDir,
    engine: relative(ROOT, join(ROOT, 'dist', 'engine.js')),
    git: gitDescription(),
    node: process.version,
    seconds: timings,
    missing,
    targets: TARGETS,
    table: rows,
    hedges: conll && conllData && !('missing' in conllData)
      ? { data: { file: conllData.file, sentences: conllData.sentences.length, duplicateSentences: conllData.duplicateSentences, conflictingDuplicates: conllData.conflictingDuplicates, malformedLines: conllData.malformedLines }, rulesInEngine: present, rulesNotInEngineYet: absent, ...conll }
      : null,
    polnear: Object.fromEntries(SPLITS.map((name) => [name, polnear[name] ? { data: polnear[name]!.split.stats, ...polnear[name]!.results } : null])),
  };
  writeFileSync(outFile, `${JSON.stringify(report, null, 2)}\n`);
  writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nTook ${timings.total} s. Every figure, with the most frequent errors per measure: ${relative(process.cwd(), outFile)}`);
  if (!conll && !polnear.dev && !polnear.train) process.exit(1);
}

main();
