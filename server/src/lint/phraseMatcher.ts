// Finds the longest listed phrase starting at a token by walking a tree of the phrases' words: one map
// lookup per word that continues some phrase, and for most tokens not even one (a table of the first
// words' shapes turns them away first).
import type { Token } from './types';
import { wordShape } from './tokenize';

export interface PhraseMatch<T> {
  value: T;
  /** Number of tokens the phrase covers. */
  length: number;
}

/**
 * One word of a listed phrase, reached by the words before it. `hasValue` marks the end of a listed
 * phrase (its value is the first one added for those words); `next` holds the words that continue one.
 */
interface PhraseNode<T> {
  hasValue: boolean;
  value: T | undefined;
  next: Map<string, PhraseNode<T>> | null;
}

export class PhraseMatcher<T> {
  /**
   * The phrases as a tree of words, entered by the first word. A token walks down only as far as the
   * words after it go on some phrase: "it" followed by "rained" stops after one lookup, where a list
   * by first word alone had it compare the next word with every one of the ~1,100 hedges opening with "it".
   */
  private readonly byFirstWord = new Map<string, PhraseNode<T>>();
  /**
   * One bit per shape (tokenize.ts, wordShape) of a listed first word. Listed first words have few
   * shapes; a token of another shape is none of them, and is turned away before any map lookup.
   */
  private readonly firstWordShapes = new Uint32Array((1 << 14) / 32);

  add(phrase: string, value: T): void {
    const words = splitPhrase(phrase);
    if (words.length === 0) return;
    let node = childOf(this.byFirstWord, words[0]);
    for (let k = 1; k < words.length; k++) node = childOf((node.next ??= new Map()), words[k]);
    // The first value added for a phrase wins, as it always has: later duplicates are ignored.
    if (!node.hasValue) {
      node.hasValue = true;
      node.value = value;
    }
    const shape = wordShape(words[0]);
    this.firstWordShapes[shape >> 5] |= 1 << (shape & 31);
  }

  delete(phrase: string): void {
    const words = splitPhrase(phrase);
    let nodes = this.byFirstWord as Map<string, PhraseNode<T>> | null;
    let node: PhraseNode<T> | undefined;
    for (const word of words) {
      node = nodes?.get(word);
      if (!node) return;
      nodes = node.next;
    }
    if (!node) return;
    // The node stays, since longer phrases may run through it; it just no longer ends one.
    node.hasValue = false;
    node.value = undefined;
  }

  /** The longest phrase whose words are the word tokens from `index` on, or null. */
  matchAt(tokens: readonly Token[], index: number, endIndex = tokens.length): PhraseMatch<T> | null {
    const token = tokens[index];
    const shape = token.shape;
    if ((this.firstWordShapes[shape >> 5] & (1 << (shape & 31))) === 0) return null;
    let node = this.byFirstWord.get(token.lower);
    // The deepest node passed that ends a phrase is the longest match.
    let found: PhraseNode<T> | null = null;
    let length = 0;
    for (let k = 1; node; k++) {
      if (node.hasValue) {
        found = node;
        length = k;
      }
      if (!node.next || index + k >= endIndex) break;
      node = node.next.get(tokens[index + k].lower);
    }
    return found ? { value: found.value as T, length } : null;
  }
}

function childOf<T>(nodes: Map<string, PhraseNode<T>>, word: string): PhraseNode<T> {
  let node = nodes.get(word);
  if (!node) {
    node = { hasValue: false, value: undefined, next: null };
    nodes.set(word, node);
  }
  return node;
}

/** Lower-cased words of a phrase as the tokenizer would cut them. */
export function splitPhrase(phrase: string): string[] {
  return phrase.toLowerCase().replace(/’/g, "'").split(/\s+/).filter((word) => word !== '');
}
