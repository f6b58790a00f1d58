// Measure 5: source kinds. Counts the kind (named, pronoun, vague, anonymous, outlet, or none) of
// every attribution the engine finds, and of those whose cue matches a gold cue, and lists a
// seeded random sample of the vague and anonymous ones with their sentences and the annotators'
// source, so a person can read off how often "vague" and "anonymous" are right.
import type { SourceKind, Span } from '../../server/src/lint';
import type { LintedDoc } from './engineResult';
import type { GoldAttribution } from './loadPolnear';
import { overlaps, sentenceAt } from './spans';
import { sample } from './tally';

export const SOURCE_KINDS: readonly (SourceKind | 'none')[] = ['named', 'pronoun', 'vague', 'anonymous', 'outlet', 'none'];
export const SAMPLED_KINDS: readonly SourceKind[] = ['vague', 'anonymous'];

export interface SourceExample {
  doc: string;
  kind: SourceKind;
  source: string;
  cue: string;
  sentence: string;
  /** The source the annotators marked for the matching gold attribution ('' when none matched or it has no source). */
  goldSource: string;
  cueMatchesGold: boolean;
}

export interface SourceResult {
  /** Every engine attribution, by source kind. */
  all: Record<string, number>;
  /** Engine attributions whose cue overlaps a gold cue, by source kind. */
  matched: Record<string, number>;
  /** Matched attributions whose source overlaps the gold source, by kind: a rough check that the source span is right. */
  sourceAgreesWithGold: Record<string, number>;
  samples: Record<string, SourceExample[]>;
}

const zeroCounts = () => Object.fromEntries(SOURCE_KINDS.map((kind) => [kind, 0])) as Record<string, number>;

function goldFor(cue: Span, gold: readonly GoldAttribution[]): GoldAttribution | undefined {
  return gold.find((attribution) => attribution.cue?.some((fragment) => overlaps(fragment, cue)));
}

export function measureSources(docs: readonly LintedDoc[], options: { perKind?: number; seed?: number } = {}): SourceResult {
  const perKind = options.perKind ?? 50;
  const seed = options.seed ?? 5;
  const all = zeroCounts();
  const matched = zeroCounts();
  const sourceAgreesWithGold = zeroCounts();
  const candidates: Record<string, SourceExample[]> = Object.fromEntries(SAMPLED_KINDS.map((kind) => [kind, []]));
  for (const { name, gold, result } of docs) {
    const { text } = result.analysis;
    for (const attribution of result.analysis.attributions) {
      const kind = attribution.source?.kind ?? 'none';
      all[kind]++;
      const match = goldFor(attribution.cue, gold);
      if (match) {
        matched[kind]++;
        const goldSource = match.source;
        if (attribution.source && goldSource?.some((fragment) => overlaps(fragment, attribution.source!.span))) sourceAgreesWithGold[kind]++;
      }
      if (attribution.source && SAMPLED_KINDS.includes(attribution.source.kind)) {
        candidates[attribution.source.kind].push({
          doc: name,
          kind: attribution.source.kind,
          source: text.slice(attribution.source.span.start, attribution.source.span.end),
          cue: text.slice(attribution.cue.start, attribution.cue.end),
          sentence: sentenceAt(result, attribution.cue.start),
          goldSource: match?.sourceText ?? '',
          cueMatchesGold: match !== undefined,
        });
      }
    }
  }
  const samples = Object.fromEntries(SAMPLED_KINDS.map((kind, i) => [kind, sample(candidates[kind], perKind, seed + i)]));
  return { all, matched, sourceAgreesWithGold, samples };
}
