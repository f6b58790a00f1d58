// Quotations: which marks open and close a quotation, and the multi-paragraph convention.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyzeText } from '../../server/src/lint';

function quotesOf(text: string): string[] {
  const analysis = analyzeText(text, { format: 'plaintext' });
  return analysis.quotations.map((quote) => text.slice(quote.span.start, quote.span.end));
}

test('curly double quotes make a quotation', () => {
  assert.deepEqual(quotesOf('“We are ready,” she said.'), ['“We are ready,”']);
});

test('straight double quotes make a quotation', () => {
  assert.deepEqual(quotesOf('"We are ready," she said.'), ['"We are ready,"']);
});

test('a quotation closes with a mark of the other kind where no quotation could open', () => {
  assert.deepEqual(quotesOf('“I heard his speech," Trump said. "He wants to give it away.” Then he left.'), ['“I heard his speech,"', '"He wants to give it away.”']);
});

test('a straight mark opening inside a curly quotation is still a nested quote', () => {
  assert.deepEqual(quotesOf('“He told me "never again" and left,” she said.'), ['“He told me "never again" and left,”']);
});

test('single quotes nested inside double quotes belong to the outer quotation', () => {
  assert.deepEqual(quotesOf('“He told me ‘never again’ and left,” she said.'), ['“He told me ‘never again’ and left,”']);
});

test('a single-quoted phrase standing alone is a quotation', () => {
  assert.deepEqual(quotesOf("The minister's 'reform' cost millions."), ["'reform'"]);
});

test('apostrophes are not quotation marks', () => {
  assert.deepEqual(quotesOf("The terrorists' interests and the '90s rock 'n roll scene don't matter."), []);
});

test('an inch mark after a number is not a quotation mark', () => {
  assert.deepEqual(quotesOf('The 12" pipe burst.'), []);
});

test('a quote mark that never closes is not a quotation', () => {
  assert.deepEqual(quotesOf('He said “we will see and walked away.\n\nThe meeting ended.'), []);
});

test('a quotation runs over paragraphs that each open with a quote mark, until one closes', () => {
  const text = '“The first paragraph of the quote, said Smith.\n\n“The second paragraph goes on.\n\n“The third one ends it.”\n\nThen the story resumes.';
  const analysis = analyzeText(text, { format: 'plaintext' });
  assert.equal(analysis.quotations.length, 1);
  assert.deepEqual(analysis.quotations[0].paragraphs, [0, 1, 2]);
  assert.equal(text.slice(analysis.quotations[0].span.start, analysis.quotations[0].span.end), text.slice(0, text.indexOf('”') + 1));
});

test('a short quoted phrase is a phrase; a quoted sentence is not', () => {
  const analysis = analyzeText('He called it “a disgrace.” She said: “This is not over yet.”', { format: 'plaintext' });
  assert.deepEqual(analysis.quotations.map((quote) => quote.isPhrase), [true, false]);
});

test("two apostrophes stand for a double quote mark: ''like this''", () => {
  const text = "''I think the city should act,'' Ms. Gao said. The ''Kim's'' sign came down.";
  assert.deepEqual(quotesOf(text), ["''I think the city should act,''", "''Kim's''"]);
});
