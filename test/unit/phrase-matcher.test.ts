// The phrase matcher behind the cue, hedge and speculation lists: the longest listed phrase at a
// token, found word by word; words that only look like a listed one (same length, same first
// and last letter) are still not it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PhraseMatcher } from '../../server/src/lint/phraseMatcher';
import { wordShape } from '../../server/src/lint/tokenize';
import type { Token } from '../../server/src/lint/types';

function tokensOf(text: string): Token[] {
  let start = 0;
  return text.split(' ').map((word) => {
    const lower = word.toLowerCase();
    const token = { start, end: start + word.length, lower, isWord: true, isCapitalized: /^[A-Z]/.test(word), sentence: 0, quote: -1, shape: wordShape(lower) };
    start += word.length + 1;
    return token;
  });
}

function matcherOf(...phrases: string[]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const phrase of phrases) matcher.add(phrase, phrase);
  return matcher;
}

test('the longest listed phrase starting at the token wins', () => {
  const matcher = matcherOf('point', 'point out');
  assert.deepEqual(matcher.matchAt(tokensOf('she will point out that'), 2), { value: 'point out', length: 2 });
  assert.deepEqual(matcher.matchAt(tokensOf('the point is'), 1), { value: 'point', length: 1 });
});

test('a phrase does not run past the end index', () => {
  const matcher = matcherOf('point', 'point out');
  assert.deepEqual(matcher.matchAt(tokensOf('point out'), 0, 1), { value: 'point', length: 1 });
});

test('a word shaped like a listed first word is not matched: "sand" is not "said", "Slid" not "slid"', () => {
  const matcher = matcherOf('said', 'slid');
  assert.equal(matcher.matchAt(tokensOf('the sand'), 1), null);
  assert.equal(matcher.matchAt(tokensOf('it sold'), 1), null);
  assert.deepEqual(matcher.matchAt(tokensOf('he said'), 1), { value: 'said', length: 1 });
  assert.deepEqual(matcher.matchAt(tokensOf('it Slid'), 1), { value: 'slid', length: 1 });
});

test('one- and two-letter first words are found, and words that share only their outer letters are not: "the" is not "tie"', () => {
  const matcher = matcherOf('a few', 'as if', 'tie');
  assert.deepEqual(matcher.matchAt(tokensOf('only a few'), 1), { value: 'a few', length: 2 });
  assert.deepEqual(matcher.matchAt(tokensOf('as if'), 0), { value: 'as if', length: 2 });
  assert.equal(matcher.matchAt(tokensOf('at if'), 0), null);
  assert.equal(matcher.matchAt(tokensOf('the tie'), 0), null);
  assert.deepEqual(matcher.matchAt(tokensOf('the tie'), 1), { value: 'tie', length: 1 });
});

test('long and non-ASCII first words are found too', () => {
  const matcher = matcherOf('characterized as', 'déclaré');
  assert.deepEqual(matcher.matchAt(tokensOf('was characterized as'), 1), { value: 'characterized as', length: 2 });
  assert.equal(matcher.matchAt(tokensOf('was characterised as'), 1), null);
  assert.deepEqual(matcher.matchAt(tokensOf('a déclaré'), 1), { value: 'déclaré', length: 1 });
});

test('a deleted phrase is no longer matched; the others with its first word still are', () => {
  const matcher = matcherOf('point', 'point out');
  matcher.delete('point out');
  assert.deepEqual(matcher.matchAt(tokensOf('point out'), 0), { value: 'point', length: 1 });
  matcher.delete('point');
  assert.equal(matcher.matchAt(tokensOf('point out'), 0), null);
});

test('a longer phrase that breaks off part-way leaves the shorter one under it: "it is said" in "it is said so"', () => {
  const matcher = matcherOf('it is', 'it is said to', 'it is said to be');
  assert.deepEqual(matcher.matchAt(tokensOf('it is said so'), 0), { value: 'it is', length: 2 });
  assert.deepEqual(matcher.matchAt(tokensOf('it is said to be'), 0), { value: 'it is said to be', length: 5 });
  assert.deepEqual(matcher.matchAt(tokensOf('it is said to be'), 0, 4), { value: 'it is said to', length: 4 });
  assert.equal(matcher.matchAt(tokensOf('it rained'), 0), null);
});

test('a phrase listed twice keeps the value it was first added with', () => {
  const matcher = new PhraseMatcher<string>();
  matcher.add('point out', 'first');
  matcher.add('Point  out', 'second');
  assert.deepEqual(matcher.matchAt(tokensOf('point out'), 0), { value: 'first', length: 2 });
});

test('deleting a phrase leaves the longer phrases that run through it', () => {
  const matcher = matcherOf('point', 'point out');
  matcher.delete('point');
  assert.deepEqual(matcher.matchAt(tokensOf('point out'), 0), { value: 'point out', length: 2 });
  assert.equal(matcher.matchAt(tokensOf('point at'), 0), null);
  matcher.delete('point out of');
  assert.deepEqual(matcher.matchAt(tokensOf('point out'), 0), { value: 'point out', length: 2 });
});
