// Cuts a sentence into tokens: words (letters and digits, with inner apostrophes, hyphens and
// periods: "don't", "so-called", "U.S") and single punctuation marks. One linear regex pass.
import type { Span, Token } from './types';

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.\-][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*|[^\s\p{L}\p{M}\p{N}]/gu;
const WORD_START = /[\p{L}\p{N}]/u;

export function tokenizeSentence(prose: string, sentence: Span, sentenceIndex: number, into: Token[]): void {
  TOKEN.lastIndex = sentence.start;
  let match: RegExpExecArray | null;
  while ((match = TOKEN.exec(prose)) !== null && match.index < sentence.end) {
    const text = match[0];
    const code = text.charCodeAt(0);
    const lower = text.toLowerCase();
    into.push({
      start: match.index,
      end: Math.min(match.index + text.length, sentence.end),
      lower: lower.includes('’') ? lower.replace(/’/g, "'") : lower,
      isWord: isAsciiLetterOrDigit(code) || (code > 127 && WORD_START.test(text)),
      isCapitalized: (code >= 65 && code <= 90) || (code > 127 && text[0] !== lower[0]),
      sentence: sentenceIndex,
      quote: -1,
    });
  }
}

function isAsciiLetterOrDigit(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
}
