// How far PolNeAR's annotators agree with each other on cues, next to the engine on the same
// articles. Some articles were annotated by several people (one .ann each); there every
// annotator in turn is the gold, and each other annotator, then the engine, is scored against it
// exactly as measure 2 scores the engine: a gold attribution is found when a cue overlaps its Cue
// span, and a found cue is right when it overlaps some gold cue. The annotators' figure is the
// ceiling a cue finder can be expected to reach against one annotator's marks.
import type { Span } from '../../server/src/lint';
import type { GoldAttribution } from './loadPolnear';
import { overlaps } from './spans';
import { percent } from './tally';

/** One article annotated several times, with the engine's cues on it. */
export interface AgreementDoc {
  /** Every annotator's attributions, the gold of measure 2 first. */
  annotations: readonly (readonly GoldAttribution[])[];
  engineCues: readonly Span[];
}

export interface Agreement {
  gold: number;
  found: number;
  marked: number;
  right: number;
  recall: number | null;
  precision: number | null;
}

export interface AgreementResult {
  articles: number;
  /** Annotations of those articles (two or more per article). */
  annotations: number;
  /** Each annotator's cues scored against each other annotator's, pooled over every ordered pair. */
  annotators: Agreement;
  /** The engine's cues scored against each annotator of the same articles, pooled. */
  engine: Agreement;
}

const cuesOf = (annotation: readonly GoldAttribution[]): Span[] => annotation.flatMap((attribution) => attribution.cue ?? []);

/** Adds to `tally` one scoring of `marked` cues against the attributions of one annotator. */
function score(tally: Agreement, gold: readonly GoldAttribution[], marked: readonly Span[]): void {
  const goldCues = cuesOf(gold);
  for (const attribution of gold) {
    if (!attribution.cue) continue;
    tally.gold++;
    if (attribution.cue.some((fragment) => marked.some((cue) => overlaps(fragment, cue)))) tally.found++;
  }
  for (const cue of marked) {
    tally.marked++;
    if (goldCues.some((goldCue) => overlaps(goldCue, cue))) tally.right++;
  }
}

const emptyAgreement = (): Agreement => ({ gold: 0, found: 0, marked: 0, right: 0, recall: null, precision: null });

function finish(tally: Agreement): Agreement {
  return { ...tally, recall: percent(tally.found, tally.gold), precision: percent(tally.right, tally.marked) };
}

export function measureAgreement(docs: readonly AgreementDoc[]): AgreementResult {
  const annotators = emptyAgreement();
  const engine = emptyAgreement();
  let articles = 0;
  let annotations = 0;
  for (const { annotations: byAnnotator, engineCues } of docs) {
    if (byAnnotator.length < 2) continue;
    articles++;
    annotations += byAnnotator.length;
    byAnnotator.forEach((gold, g) => {
      byAnnotator.forEach((other, o) => {
        if (o !== g) score(annotators, gold, cuesOf(other));
      });
      score(engine, gold, engineCues);
    });
  }
  return { articles, annotations, annotators: finish(annotators), engine: finish(engine) };
}
