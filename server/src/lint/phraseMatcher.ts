// Finds the longest listed phrase starting at a token, by its first word: one map lookup per token.
import type { Token } from './types';

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens the phrase covers. */
  length: number;
}

export class PhraseMatcher<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; value: T }[]>();

  add(phrase: string, value: T): void {
    const words = splitPhrase(phrase);
    if (words.length === 0) return;
    const entries = this.byFirstWord.get(words[0]) ?? [];
    entries.push({ words, value });
    entries.sort((a, b) => b.words.length - a.words.length);
    this.byFirstWord.set(words[0], entries);
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
    const entries = this.byFirstWord.get(tokens[index].lower);
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
