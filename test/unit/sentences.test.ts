// Sentence splitting: where a news sentence ends, and where it only seems to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitSentences } from '../../server/src/lint/sentences';

function sentencesOf(text: string): string[] {
  return splitSentences(text, { start: 0, end: text.length }).map((span) => text.slice(span.start, span.end));
}

test('a period, a space and a capital end a sentence', () => {
  assert.deepEqual(sentencesOf('The council met. It voted to close the pool.'), ['The council met.', 'It voted to close the pool.']);
});

test('"U.S." inside a sentence does not end it', () => {
  assert.deepEqual(sentencesOf('The U.S. Embassy issued a warning. Staff left.'), ['The U.S. Embassy issued a warning.', 'Staff left.']);
});

test('"U.S." at the end of a sentence ends it when a new sentence plainly starts', () => {
  assert.deepEqual(sentencesOf('He moved to the U.S. The move was hard.'), ['He moved to the U.S.', 'The move was hard.']);
});

test('titles before names do not end a sentence: Dr., Sen., Gen., Mr.', () => {
  assert.deepEqual(sentencesOf('Dr. Ann Lee met Sen. John Roe and Gen. Mark Hale. Mr. Roe left.'), ['Dr. Ann Lee met Sen. John Roe and Gen. Mark Hale.', 'Mr. Roe left.']);
});

test('abbreviated months do not end a sentence', () => {
  assert.deepEqual(sentencesOf('The vote is on Jan. 5 at noon. Polls open early.'), ['The vote is on Jan. 5 at noon.', 'Polls open early.']);
});

test('initials do not end a sentence', () => {
  assert.deepEqual(sentencesOf('The novel by J. K. Rowling sold well. Critics agreed.'), ['The novel by J. K. Rowling sold well.', 'Critics agreed.']);
});

test('decimals do not end a sentence', () => {
  assert.deepEqual(sentencesOf('Prices rose 3.5 percent in May. Wages did not.'), ['Prices rose 3.5 percent in May.', 'Wages did not.']);
});

test('an ellipsis inside a sentence does not end it', () => {
  assert.deepEqual(sentencesOf('He said the plan was … Unworkable in parts. She agreed.'), ['He said the plan was … Unworkable in parts.', 'She agreed.']);
});

test('an ellipsis before a plain sentence opener ends the sentence', () => {
  assert.deepEqual(sentencesOf('He paused... Then he left.'), ['He paused...', 'Then he left.']);
});

test('a quotation that ends with a comma runs on into its attribution', () => {
  assert.deepEqual(sentencesOf('“We will rebuild the bridge,” the mayor said. Work starts soon.'), ['“We will rebuild the bridge,” the mayor said.', 'Work starts soon.']);
});

test('a question or exclamation inside a quote followed by the attribution does not end the sentence', () => {
  assert.deepEqual(sentencesOf('“Who pays for this?” she asked. Nobody answered.'), ['“Who pays for this?” she asked.', 'Nobody answered.']);
});

test('a quoted question or exclamation followed by a named speaker and a verb runs on into that tag', () => {
  assert.deepEqual(sentencesOf('“Who pays for this?” Smith asked. Nobody answered.'), ['“Who pays for this?” Smith asked.', 'Nobody answered.']);
  assert.deepEqual(sentencesOf('"Lock her up!" Rep. Glenn Thompson shouted to the crowd. He left.'), ['"Lock her up!" Rep. Glenn Thompson shouted to the crowd.', 'He left.']);
  assert.deepEqual(sentencesOf('"Why not?" He then answered with a shrug.'), ['"Why not?" He then answered with a shrug.']);
});

test('a quoted question followed by a sentence that is no tag ends the sentence', () => {
  assert.deepEqual(sentencesOf('"Why?" The answer was simple.'), ['"Why?"', 'The answer was simple.']);
  assert.deepEqual(sentencesOf('"Why?" Turnout makes a difference.'), ['"Why?"', 'Turnout makes a difference.']);
  assert.deepEqual(sentencesOf('Who pays? Smith asked nobody.'), ['Who pays?', 'Smith asked nobody.']);
});

test('a sentence ending inside quotation marks ends after the closing mark', () => {
  assert.deepEqual(sentencesOf('He called it “a disgrace.” The board resigned.'), ['He called it “a disgrace.”', 'The board resigned.']);
});

test('a headline without a final period is one sentence', () => {
  assert.deepEqual(sentencesOf('Putin Calls for Investigation into Strikes'), ['Putin Calls for Investigation into Strikes']);
});
