// Measure 2: attribution cues against PolNeAR. A gold attribution is found when an engine cue
// overlaps its Cue span; an engine attribution is right when its cue overlaps some gold cue.
// Recall is given over all gold attributions and over the speech ones ("said", "told",
// "according to"…), which the linter must not miss; belief and stance cues ("believes", "backs")
// are harder and matter less to an editor.
import type { Span } from '../../server/src/lint';
import type { LintedDoc } from './engineResult';
import { groupKey, overlaps, sentenceAt } from './spans';
import { percent, topGroups, type Group } from './tally';

export const SPEECH_CUE_WORDS: readonly string[] = [
  'say', 'said', 'says', 'saying', 'tell', 'told', 'tells', 'according', 'add', 'added', 'adds', 'ask', 'asked',
  'state', 'stated', 'report', 'reported', 'announce', 'announced', 'claim', 'claimed', 'write', 'wrote',
  'explain', 'explained', 'note', 'noted', 'insist', 'insisted', 'argue', 'argued', 'deny', 'denied',
  'acknowledge', 'acknowledged', 'declare', 'declared', 'reply', 'replied', 'respond', 'responded',
  'warn', 'warned', 'confirm', 'confirmed',
];

const SPEECH_CUE = new RegExp(`\\b(?:${SPEECH_CUE_WORDS.join('|')})\\b`, 'i');

/** Whether a gold cue is a speech cue: it contains one of the speech words as a whole word. */
export function isSpeechCue(cueText: string): boolean {
  return SPEECH_CUE.test(cueText);
}

export interface CueExample {
  doc: string;
  cue: string;
  sentence: string;
}

export interface CueResult {
  goldAttributions: number;
  /** Gold attributions with no Cue span cannot be found by a cue; left out of recall. */
  goldWithoutCue: number;
  goldWithCue: number;
  found: number;
  recall: number | null;
  speechGold: number;
  speechFound: number;
  speechRecall: number | null;
  engineAttributions: number;
  engineMatched: number;
  precision: number | null;
  /** Precision of the engine's attributions by their cue kind (speech, question, according…). */
  precisionByCueKind: Record<string, { attributions: number; matched: number; precision: number | null }>;
  /** Recall by relation type (Attribution, Attribution-no-source). */
  recallByGoldType: Record<string, { gold: number; found: number; recall: number | null }>;
  /** Engine cues with no gold cue, grouped by lower-cased cue text. */
  falsePositives: Group<CueExample>[];
  /** Gold attributions not found, grouped by lower-cased cue text. */
  misses: Group<CueExample>[];
  /** Speech-cue misses only: the ones that count against the 95% target. */
  speechMisses: Group<CueExample>[];
}

export function measureCues(docs: readonly LintedDoc[], options: { top?: number } = {}): CueResult {
  const top = options.top ?? 20;
  let goldAttributions = 0;
  let goldWithoutCue = 0;
  let found = 0;
  let speechGold = 0;
  let speechFound = 0;
  let engineAttributions = 0;
  let engineMatched = 0;
  const byKind: CueResult['precisionByCueKind'] = {};
  const byType: CueResult['recallByGoldType'] = {};
  const falsePositives: { key: string; example: CueExample }[] = [];
  const misses: { key: string; example: CueExample }[] = [];
  const speechMisses: { key: string; example: CueExample }[] = [];
  for (const { name, gold, result } of docs) {
    const { text, attributions } = result.analysis;
    const goldCues: Span[] = gold.flatMap((attribution) => attribution.cue ?? []);
    for (const attribution of attributions) {
      engineAttributions++;
      const kind = (byKind[attribution.cueKind] ??= { attributions: 0, matched: 0, precision: null });
      kind.attributions++;
      if (goldCues.some((cue) => overlaps(cue, attribution.cue))) {
        engineMatched++;
        kind.matched++;
      } else {
        const cue = text.slice(attribution.cue.start, attribution.cue.end);
        falsePositives.push({ key: groupKey(cue), example: { doc: name, cue, sentence: sentenceAt(result, attribution.cue.start) } });
      }
    }
    for (const attribution of gold) {
      goldAttributions++;
      if (!attribution.cue) {
        goldWithoutCue++;
        continue;
      }
      const type = (byType[attribution.type] ??= { gold: 0, found: 0, recall: null });
      type.gold++;
      const speech = isSpeechCue(attribution.cueText);
      if (speech) speechGold++;
      const isFound = attribution.cue.some((fragment) => attributions.some((engine) => overlaps(fragment, engine.cue)));
      if (isFound) {
        found++;
        type.found++;
        if (speech) speechFound++;
        continue;
      }
      const miss = { key: groupKey(attribution.cueText), example: { doc: name, cue: attribution.cueText, sentence: sentenceAt(result, attribution.cue[0].start) } };
      misses.push(miss);
      if (speech) speechMisses.push(miss);
    }
  }
  for (const kind of Object.values(byKind)) kind.precision = percent(kind.matched, kind.attributions);
  for (const type of Object.values(byType)) type.recall = percent(type.found, type.gold);
  const goldWithCue = goldAttributions - goldWithoutCue;
  return {
    goldAttributions,
    goldWithoutCue,
    goldWithCue,
    found,
    recall: percent(found, goldWithCue),
    speechGold,
    speechFound,
    speechRecall: percent(speechFound, speechGold),
    engineAttributions,
    engineMatched,
    precision: percent(engineMatched, engineAttributions),
    precisionByCueKind: byKind,
    recallByGoldType: byType,
    falsePositives: topGroups(falsePositives, top, 2),
    misses: topGroups(misses, top, 2),
    speechMisses: topGroups(speechMisses, top, 2),
  };
}
