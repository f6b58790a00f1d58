// CoNLL-2010 Shared Task 1, Wikipedia weasel sentences: a TSV with a header, `label` (1 = the
// annotators found uncertain or weasel wording, 0 = certain) and `sentence`.
import { existsSync, readFileSync } from 'node:fs';

export interface ConllSentence {
  /** 1-based line in the file, for finding it again. */
  line: number;
  uncertain: boolean;
  sentence: string;
}

export interface ConllData {
  file: string;
  sentences: ConllSentence[];
  /** Lines that are not `0|1<TAB>sentence`. */
  malformedLines: number;
  /** Sentences that occur more than once (each extra occurrence counted). */
  duplicateSentences: number;
  /** Repeated sentences whose labels disagree. */
  conflictingDuplicates: number;
}

export function parseConll(tsv: string, file = '<memory>'): ConllData {
  const sentences: ConllSentence[] = [];
  let malformedLines = 0;
  const lines = tsv.split('\n');
  lines.forEach((raw, index) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || (index === 0 && /^label\t/i.test(line))) return;
    const match = /^([01])\t(.*)$/.exec(line);
    if (!match || match[2].trim() === '') {
      malformedLines++;
      return;
    }
    sentences.push({ line: index + 1, uncertain: match[1] === '1', sentence: match[2] });
  });
  const labels = new Map<string, Set<boolean>>();
  let duplicateSentences = 0;
  for (const { sentence, uncertain } of sentences) {
    const seen = labels.get(sentence);
    if (seen) duplicateSentences++;
    labels.set(sentence, (seen ?? new Set()).add(uncertain));
  }
  const conflictingDuplicates = [...labels.values()].filter((set) => set.size > 1).length;
  return { file, sentences, malformedLines, duplicateSentences, conflictingDuplicates };
}

export function loadConll(file: string): ConllData | { missing: string } {
  if (!existsSync(file)) return { missing: file };
  return parseConll(readFileSync(file, 'utf8'), file);
}
