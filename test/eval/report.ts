// The printed table: one row per figure, the dev figure (the headline), the train figure (for
// looking at errors), the target and whether the headline meets it.
import type { Agreement, AgreementResult } from './measureAgreement';
import type { ClaimResult } from './measureClaims';
import type { CueResult } from './measureCues';
import type { HedgeResult } from './measureHedges';
import type { QuoteResult } from './measureQuotes';
import { SOURCE_KINDS, type SourceResult } from './measureSources';

export interface Target {
  op: '>=' | '<=';
  value: number;
}

export interface Row {
  measure: string;
  dev: string;
  train: string;
  target: string;
  /** 'yes' / 'no' against the headline figure, '' when the row has no target, 'n/a' when its data is missing. */
  met: string;
}

export interface PolnearResults {
  cues: CueResult;
  quotes: QuoteResult;
  claims: ClaimResult;
  sources: SourceResult;
  agreement: AgreementResult;
}

export interface TableInput {
  conll: HedgeResult | null;
  dev: PolnearResults | null;
  train: PolnearResults | null;
}

export const TARGETS = {
  hedgeF1: { op: '>=', value: 62 },
  speechRecall: { op: '>=', value: 95 },
  cuePrecision: { op: '>=', value: 90 },
  cueRecall: { op: '>=', value: 70 },
  quoteFalseAlarms: { op: '<=', value: 3 },
  claimFalseAlarms: { op: '<=', value: 10 },
} as const satisfies Record<string, Target>;

export function meets(value: number | null, target: Target): boolean {
  if (value === null) return false;
  return target.op === '>=' ? value >= target.value : value <= target.value;
}

const pct = (value: number | null | undefined) => (value === null || value === undefined ? '—' : `${value.toFixed(1)}%`);
const recallAndPrecision = (agreement: Agreement) => `${pct(agreement.recall)} / ${pct(agreement.precision)}`;
const targetText = (target: Target, unit = '%') => `${target.op === '>=' ? '≥' : '≤'} ${target.value}${unit}`;
const MISSING = 'missing';

/** The rows of the table, in the order of the measures. */
export function tableRows({ conll, dev, train }: TableInput): Row[] {
  const rows: Row[] = [];
  // CoNLL has one file (the shared task's training sentences): its figure sits in the train column.
  const hedge = (measure: string, value: (r: HedgeResult) => string, target?: Target, headline?: (r: HedgeResult) => number | null) =>
    rows.push({
      measure,
      dev: '—',
      train: conll ? value(conll) : MISSING,
      target: target ? targetText(target, '') : '',
      met: !target ? '' : conll && headline ? (meets(headline(conll), target) ? 'yes' : 'no') : 'n/a',
    });
  hedge('1 hedges (CoNLL-2010 wiki): F1', (r) => (r.f1 === null ? '—' : r.f1.toFixed(1)), TARGETS.hedgeF1, (r) => r.f1);
  hedge('  precision', (r) => pct(r.precision));
  hedge('  recall', (r) => pct(r.recall));
  const polnear = (measure: string, value: (r: PolnearResults) => string, target?: Target, headline?: (r: PolnearResults) => number | null, unit = '%') =>
    rows.push({
      measure,
      dev: dev ? value(dev) : MISSING,
      train: train ? value(train) : MISSING,
      target: target ? targetText(target, unit) : '',
      met: !target ? '' : dev && headline ? (meets(headline(dev), target) ? 'yes' : 'no') : 'n/a',
    });
  polnear('2 cues: speech-cue recall', (r) => pct(r.cues.speechRecall), TARGETS.speechRecall, (r) => r.cues.speechRecall);
  polnear('  precision', (r) => pct(r.cues.precision), TARGETS.cuePrecision, (r) => r.cues.precision);
  polnear('  all-cue recall', (r) => pct(r.cues.recall), TARGETS.cueRecall, (r) => r.cues.recall);
  polnear('  engine / gold attributions', (r) => `${r.cues.engineAttributions} / ${r.cues.goldWithCue}`);
  polnear('  articles with several annotators', (r) => `${r.agreement.articles} (${r.agreement.annotations} .ann)`);
  polnear('    annotator vs annotator: R / P', (r) => recallAndPrecision(r.agreement.annotators));
  polnear('    engine vs each annotator: R / P', (r) => recallAndPrecision(r.agreement.engine));
  polnear('3 quotes ≥4 words: false alarms', (r) => pct(r.quotes.falseAlarmRate), TARGETS.quoteFalseAlarms, (r) => r.quotes.falseAlarmRate);
  polnear('  false alarms / gold-attributed', (r) => `${r.quotes.falseAlarms} / ${r.quotes.goldAttributed}`);
  polnear('  flagged, gold unattributed too', (r) => `${r.quotes.flaggedAndGoldUnattributed} / ${r.quotes.goldUnattributed}`);
  polnear('4 claims: false alarms', (r) => pct(r.claims.falseAlarmRate), TARGETS.claimFalseAlarms, (r) => r.claims.falseAlarmRate);
  polnear('  false alarms / findings', (r) => `${r.claims.falseAlarms} / ${r.claims.findings}`);
  for (const kind of SOURCE_KINDS) {
    polnear(kind === SOURCE_KINDS[0] ? `5 sources: ${kind}` : `  ${kind}`, (r) => {
      const total = Object.values(r.sources.all).reduce((a, b) => a + b, 0);
      return `${r.sources.all[kind]} (${pct(total === 0 ? null : Math.round((r.sources.all[kind] / total) * 1000) / 10)})`;
    });
  }
  return rows;
}

/** Aligned columns: text left, figures right. */
export function formatTable(rows: readonly Row[]): string {
  const header: Row = { measure: 'measure', dev: 'dev', train: 'train', target: 'target', met: 'met' };
  const all = [header, ...rows];
  const width = (key: keyof Row) => Math.max(...all.map((row) => [...row[key]].length));
  const widths = { measure: width('measure'), dev: width('dev'), train: width('train'), target: width('target'), met: width('met') };
  const padEnd = (text: string, n: number) => text + ' '.repeat(n - [...text].length);
  const padStart = (text: string, n: number) => ' '.repeat(n - [...text].length) + text;
  const line = (row: Row) =>
    [padEnd(row.measure, widths.measure), padStart(row.dev, widths.dev), padStart(row.train, widths.train), padEnd(row.target, widths.target), padEnd(row.met, widths.met)]
      .join('  ')
      .trimEnd();
  const rule = (['measure', 'dev', 'train', 'target', 'met'] as const).map((key) => '─'.repeat(widths[key])).join('  ');
  return [line(header), rule, ...rows.map(line)].join('\n');
}
