// Finds the longest listed phrase starting at a token, by its first word: one map lookup per token,
// and for most tokens not even that (a table of the first words' shapes turns them away first).
import type { Token } from './types';

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens the phrase covers. */
  length: number;
}

/**
 * A word's shape: its length (up to 15), and its first and last characters (five bits of each code).
 * Listed first words have few shapes; a word of another shape is none of them, whatever it is.
 */
function shapeOf(word: string): number {
  return (Math.min(word.length, 15) << 10) | ((word.charCodeAt(0) & 31) << 5) | (word.charCodeAt(word.length - 1) & 31);
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();
  /** One bit per shape of a listed first word: a test of a few character codes, cheaper than the map lookup it spares. */
  private readonly firstWordShapes = new Uint32Array((1 << 14) / 32);

  add(phrase: string, value: T): void {
    const words = splitPhrase(phrase);
    if (words.length === 0) return;
    const entries = this.byFirstWord.get(words[0]) ?? [];
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(words[0], entries);
    const shape = shapeOf(words[0]);
    this.firstWordShapes[shape >> 5] |= 1 << (shape & 31);
  }

  delete(phrase: string): void {
    const words = splitPhrase(phrase);
    const entries = this.byFirstWord.get(words[0] ?? '');
    if (!entries) return;
    const kept = entries.filter((entry) => entry.words.join(' ') !== words.join(' '));
    this.byFirstWord.set(words[0], kept);
  }

  /** The longest phrase whose words are the word tokens from `index` on, or null. */
  matchAt(tokens: readonly Token[], index: number, endIndex = tokens.length): PhraseMatch<T> | null {
    const first = tokens[index].lower;
    const shape = shapeOf(first);
    if ((this.firstWordShapes[shape >> 5] & (1 << (shape & 31))) === 0) return null;
    const entries = this.byFirstWord.get(first);
    if (!entries) return null;
    for (const entry of entries) {
      if (index + entry.words.length > endIndex) continue;
      let matches = true;
      for (let k = 1; k < entry.words.length; k++) {
        if (tokens[index + k].lower !== entry.words[k]) {
          matches = false;
          break;
        }
      }
      if (matches) return { value: entry.value, length: entry.words.length };
    }
    return null;
  }
}

/** Lower-cased words of a phrase as the tokenizer would cut them. */
export function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter((word) => word !== '');
}
