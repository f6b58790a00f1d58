// How much all-cue recall a longer word list could buy: for every word of the PolNeAR articles
// (lower-cased) that the engine does not already read as a cue, how often it lies inside a gold cue,
// and how many of the engine's missed gold attributions it lies in. Then, for a precision floor,
// what adding every word at or above it as a cue would give at most. Read it as a ceiling for any
// list of single words, however it is built; it says nothing about the context a parser would add.
//
//   npm run build && node --import tsx test/eval/cueWordCeiling.ts [train|dev] [--data DIR]
import { join, resolve } from 'node:path';
import type * as Engine from '../../server/src/lint';
import { loadPolnearSplit } from './loadPolnear';
import { overlaps } from './spans';

interface WordCount {
  /** Occurrences not already inside one of the engine's cues. */
  free: number;
  /** Of those, occurrences inside a gold cue. */
  inGoldCue: number;
  /** Missed gold attributions whose cue holds an occurrence of the word (counted once per word). */
  missesHeld: number;
}

const FLOORS = [90, 80, 70, 60, 50];
const MIN_OCCURRENCES = 5;

function main(): void {
  const args = process.argv.slice(2);
  const dataFlag = args.indexOf('--data');
  const dataDir = resolve(dataFlag >= 0 ? args[dataFlag + 1] : process.env.ATTRIBUTION_LINT_EVAL_DIR || join(__dirname, '..', '..', '..', 'shared', 'eval'));
  const splitName = args.find((arg) => arg === 'train' || arg === 'dev') ?? 'train';
  const split = loadPolnearSplit(join(dataDir, 'polnear', splitName));
  if ('missing' in split) {
    console.error(`Not found: ${split.missing}`);
    process.exit(1);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const engine = require(join(__dirname, '..', '..', 'dist', 'engine.js')) as typeof Engine;
  const counts = new Map<string, WordCount>();
  let goldWithCue = 0;
  let found = 0;
  for (const doc of split.docs) {
    const cues = doc.gold.flatMap((attribution) => attribution.cue ?? []);
    const engineCues = engine.lintText(doc.text, { format: 'plaintext' }).analysis.attributions.map((attribution) => attribution.cue);
    const withCue = doc.gold.filter((attribution) => attribution.cue);
    const missed = withCue.filter((attribution) => !attribution.cue!.some((fragment) => engineCues.some((cue) => overlaps(fragment, cue))));
    goldWithCue += withCue.length;
    found += withCue.length - missed.length;
    const missesHeldBy = new Map<string, Set<number>>();
    for (const match of doc.text.matchAll(/[A-Za-z’']+/g)) {
      const word = match[0].toLowerCase();
      const span = { start: match.index, end: match.index + match[0].length };
      if (engineCues.some((cue) => overlaps(span, cue))) continue;
      let count = counts.get(word);
      if (!count) counts.set(word, (count = { free: 0, inGoldCue: 0, missesHeld: 0 }));
      count.free++;
      if (cues.some((cue) => overlaps(cue, span))) count.inGoldCue++;
      missed.forEach((attribution, index) => {
        if (!attribution.cue!.some((fragment) => overlaps(fragment, span))) return;
        const held = missesHeldBy.get(word) ?? new Set<number>();
        missesHeldBy.set(word, held.add(index));
      });
    }
    for (const [word, held] of missesHeldBy) counts.get(word)!.missesHeld += held.size;
  }
  const missedTotal = goldWithCue - found;
  console.log(`PolNeAR ${splitName}: ${goldWithCue} gold attributions with a cue, ${found} found by the engine (${((100 * found) / goldWithCue).toFixed(1)}%), ${missedTotal} missed.`);
  console.log(`Adding as cues every word seen ${MIN_OCCURRENCES}+ times outside the engine's cues whose occurrences lie inside a gold cue at least this often:`);
  for (const floor of FLOORS) {
    const chosen = [...counts.values()].filter((count) => count.free >= MIN_OCCURRENCES && count.inGoldCue * 100 >= floor * count.free);
    const recovered = Math.min(missedTotal, chosen.reduce((sum, count) => sum + count.missesHeld, 0));
    const added = chosen.reduce((sum, count) => sum + count.free, 0);
    const right = chosen.reduce((sum, count) => sum + count.inGoldCue, 0);
    console.log(
      `  ${floor}%+: ${chosen.length} words, at most ${recovered} misses recovered ` +
        `(all-cue recall at most ${((100 * (found + recovered)) / goldWithCue).toFixed(1)}%), ${added} new cues of which ${right} inside a gold cue`,
    );
  }
}

main();
