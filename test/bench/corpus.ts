// The real news text the benchmark lints: the sample drafts in seeds/ (front matter dropped), then
// the PolNeAR dev articles, then the PolNeAR train articles, as one list of paragraphs. The dev
// split alone (about 67,000 words) is too short for a 100,000-word draft or for 50 different
// drafts of 5,000 words without repeating itself, and a repeated paragraph could be served from a
// cache, so the train articles continue it. The data is read where it lies, never copied here.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');

export interface Corpus {
  /** Paragraphs in reading order, no blank lines inside. */
  paragraphs: string[];
  /** One line for the output: where the text comes from, and whether it had to be repeated. */
  description: string;
  /** False when the data folder is missing and the seeds stand in for it. */
  realData: boolean;
}

export const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

function paragraphsOf(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

function readFolder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8'));
}

function seedTexts(): string[] {
  const dir = join(ROOT, 'seeds');
  return readdirSync(dir)
    .sort()
    .map((name) => readFileSync(join(dir, name), 'utf8').replace(/^---\r?\n[\s\S]*?\r?\n---\r?\n/, ''));
}

export function loadCorpus(dataDir: string): Corpus {
  const seeds = seedTexts().flatMap(paragraphsOf);
  const dev = readFolder(join(dataDir, 'polnear', 'dev', 'text'));
  const train = readFolder(join(dataDir, 'polnear', 'train', 'text'));
  if (dev.length === 0) {
    return {
      paragraphs: seeds,
      description: `NO PolNeAR DATA at ${join(dataDir, 'polnear', 'dev', 'text')}: the ${countWords(seeds.join(' ')).toLocaleString('en-US')} words of seeds/ are repeated to make every draft`,
      realData: false,
    };
  }
  const devParagraphs = dev.flatMap(paragraphsOf);
  const trainParagraphs = train.flatMap(paragraphsOf);
  const words = (paragraphs: string[]) => countWords(paragraphs.join(' ')).toLocaleString('en-US');
  return {
    paragraphs: [...seeds, ...devParagraphs, ...trainParagraphs],
    description: `seeds/ (${words(seeds)} words), then ${dev.length} PolNeAR dev articles (${words(devParagraphs)} words), then ${train.length} train articles (${words(trainParagraphs)} words)`,
    realData: true,
  };
}

/**
 * Walks the corpus paragraph by paragraph, handing out drafts of an exact number of words (the last
 * paragraph is cut at the word count). Starts again from the top when it runs out, and counts that.
 */
export class TextStream {
  private index = 0;
  /** How many times the stream went past the end of the corpus. */
  wraps = 0;

  constructor(private readonly corpus: Corpus) {}

  /** The next `words` words as a draft: paragraphs separated by blank lines. */
  next(words: number): string {
    const paragraphs: string[] = [];
    let total = 0;
    while (total < words) {
      if (this.index >= this.corpus.paragraphs.length) {
        this.index = 0;
        this.wraps++;
      }
      const paragraph = this.corpus.paragraphs[this.index++];
      const count = countWords(paragraph);
      if (total + count <= words) {
        paragraphs.push(paragraph);
        total += count;
      } else {
        paragraphs.push(cutAfterWords(paragraph, words - total));
        total = words;
      }
    }
    return paragraphs.join('\n\n');
  }
}

function cutAfterWords(text: string, words: number): string {
  const match = new RegExp(`^\\s*(?:\\S+\\s+){${Math.max(0, words - 1)}}\\S+`).exec(text);
  return match ? match[0] : text;
}

/**
 * `runs` sets of drafts, one of each size per set, taken one after the other from the stream: all
 * different text while the corpus lasts, so a cache of an earlier lint cannot serve a later one.
 */
export function draftSets(stream: TextStream, sizes: readonly number[], runs: number): string[][] {
  return Array.from({ length: runs }, () => sizes.map((size) => stream.next(size)));
}

/**
 * Text to warm the just-in-time compiler on before timed cold lints: all of the corpus the timed
 * drafts (`draftWords` long in all) do not use, taken from its end, so none of its paragraphs is in
 * a timed draft (a content-keyed cache cannot help). The more varied the text, the more of the
 * engine's branches V8 has seen before it optimises: warming up on 60,000 words five times over
 * left functions to be deoptimised and recompiled during the timed lints. Null when fewer than
 * `minimumWords` are left (the seeds-only fallback).
 */
export function warmUpText(corpus: Corpus, draftWords: number, minimumWords = 20_000): string | null {
  const words = countWords(corpus.paragraphs.join(' ')) - draftWords;
  if (words < minimumWords) return null;
  const paragraphs: string[] = [];
  let count = 0;
  for (let i = corpus.paragraphs.length - 1; i >= 0; i--) {
    const paragraphWords = countWords(corpus.paragraphs[i]);
    if (count + paragraphWords > words) break;
    paragraphs.unshift(corpus.paragraphs[i]);
    count += paragraphWords;
  }
  return paragraphs.join('\n\n');
}
