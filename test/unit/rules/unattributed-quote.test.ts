// unattributed-quote: every direct quotation needs a speaker the reader can see, in its own
// sentence, a neighbouring sentence of the same paragraph, or a lead-in paragraph ending "X said:".
// A name further away, or a speaker only inside the quote ("I am telling you"), is not enough.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyFix, expectClean, expectFlagged, fixOf, insertedText, paragraphs, show } from './helpers';

const RULE = 'unattributed-quote';

// [draft text, exact text the finding covers: the whole quotation, marks included]
const flagged: [string, string][] = [
  // a quote standing alone
  ['"We will not raise taxes on working families."', '"We will not raise taxes on working families."'],
  // politics: the neighbouring sentence names nobody
  [
    'The council voted 5-2 to approve the budget. "This is a dark day for the city and everyone who lives in it."',
    '"This is a dark day for the city and everyone who lives in it."',
  ],
  // courts, curly quotes
  [
    'The jury returned its verdict after four hours. “We are disappointed, and we will appeal.”',
    '“We are disappointed, and we will appeal.”',
  ],
  [
    'The judge adjourned the case until March. "Justice delayed is justice denied, and this family has waited long enough."',
    '"Justice delayed is justice denied, and this family has waited long enough."',
  ],
  // the speaker is named only in a different paragraph, which does not end with a colon
  [
    paragraphs(
      'Mayor Karen Ortiz said the city would hire 500 new officers.',
      '"The streets will be safer by the end of the year."',
    ),
    '"The streets will be safer by the end of the year."',
  ],
  [
    paragraphs(
      'The prime minister spoke to reporters outside Downing Street on Tuesday.',
      '“We will get this done, whatever it takes.”',
    ),
    '“We will get this done, whatever it takes.”',
  ],
  // a cue inside the quotation does not say who is talking
  ['“I am telling you this now: the plant will not close.”', '“I am telling you this now: the plant will not close.”'],
  [
    'Factory workers gathered at the gate at dawn. “They told us the plant would stay open, and they lied to us.”',
    '“They told us the plant would stay open, and they lied to us.”',
  ],
  // sport, a quote between two sentences that name nobody
  [
    'United lost 3-0 at home on Saturday. "We were second best all over the pitch, and we know it." The club sits 14th in the table.',
    '"We were second best all over the pitch, and we know it."',
  ],
  // science
  [
    '"This is the first time anyone has watched a black hole swallow a star in real time." The findings appear in the journal Nature this week.',
    '"This is the first time anyone has watched a black hole swallow a star in real time."',
  ],
  // business
  [
    '“We expect to return to profit in the second half of next year.” Shares closed up 4 percent.',
    '“We expect to return to profit in the second half of next year.”',
  ],
  // local news: a question, and a quotation that is not a full sentence but is five words or more
  [
    '"Why did nobody warn us about the flood?" Water was still standing in the streets on Sunday.',
    '"Why did nobody warn us about the flood?"',
  ],
  [
    'The library on Elm Street will close for renovations in June. “It is the heart of this neighbourhood, and it deserves better.”',
    '“It is the heart of this neighbourhood, and it deserves better.”',
  ],
  [
    'The smell, “like rotten eggs mixed with burning tyres,” hung over the estate for weeks.',
    '“like rotten eggs mixed with burning tyres,”',
  ],
  // a multi-paragraph quote (only the last paragraph closes) with no speaker in any paragraph
  [
    paragraphs('“We have been waiting for this bridge for twenty years.', '“Now that it is here, nobody can afford the toll.”'),
    paragraphs('“We have been waiting for this bridge for twenty years.', '“Now that it is here, nobody can afford the toll.”'),
  ],
];

// Quotations with a speaker in reach, and quoted words too short to be a quotation.
const clean: string[] = [
  // a title of a work, in Title Case or after "titled", is named, not said
  'The plan comes from a paper titled "How to Foster Long-Term Innovation Investment" by two economists.',
  "The band closed with ''A Change Is Gonna Come for All of Us Tonight'' to a standing ovation.",
  // two apostrophes stand for a double quote mark, and the speaker after it is found
  "''I think the city should act before the winter,'' Ms. Gao said by telephone.",
  // speaker in the same sentence
  '"We will win," Smith said.',
  '“We will win on Saturday,” said coach Maria Lopez.',
  '“We will fight this in every court in the land,” she said.',
  '"I never took a penny from anyone," the former councillor told reporters outside the courthouse.',
  'The governor told lawmakers: "We cannot afford another year like this one."',
  'Asked whether he would resign, the chairman said: "Absolutely not. I have nothing to be ashamed of."',
  'According to Chief Constable Sarah Ives, “the investigation is far from over and more arrests are likely.”',
  // a question or exclamation and its tag, whatever the tag's verb: one sentence
  'The rally was loud. “Who is going to pay for the wall?” Sanders shouted at the crowd.',
  '"Send them all home!" Rep. Glenn Thompson shouted.',
  // speaker in the neighbouring sentence of the same paragraph
  'Coach Maria Lopez said the team had let the fans down. "We will be back stronger next season, and everyone in this room knows it."',
  'Defence lawyer Carla Mendes told the jury her client was innocent. “He never took a penny from anyone.”',
  '"The ruling is a victory for every tenant in this city." Housing advocate Lena Ortiz said the group would now push for rent caps.',
  // the quote paragraph follows a paragraph ending "X said:"
  paragraphs(
    'In a statement on Tuesday, Health Secretary Amanda Pritchard said:',
    '"The hospital will reopen in the spring, and no services will be lost."',
  ),
  paragraphs('Trainer Bill Mott said:', '“He came out of the race in great shape.', '“We will point him to the Belmont.”'),
  // a multi-paragraph quote with its speaker in one of its paragraphs
  paragraphs(
    'Ruth Adams, who runs a bakery near the crossing, said: “We have been waiting for this bridge for twenty years.',
    '“Now that it is here, nobody can afford the toll.”',
  ),
  paragraphs(
    '“The plant employed three generations of my family.',
    '“When it closed, the town closed with it,” said former shift supervisor Tom Brennan.',
  ),
  // short quoted words and titles are not quotations of anyone
  'The minister\'s "reform" cost millions.',
  'The film "Star Wars" opened in 1977.',
];

for (const [text, expected] of flagged) {
  test(`flags ${expected.length > 60 ? 'the quotation' : expected} in: ${show(text)}`, () => {
    expectFlagged(text, RULE, expected, 'warning');
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}

// The fix asks for the speaker.
const fixes: [string, string][] = [
  ['"We will not raise taxes on working families."', '"We will not raise taxes on working families."'],
  [
    'The jury returned its verdict after four hours. “We are disappointed, and we will appeal.”',
    '“We are disappointed, and we will appeal.”',
  ],
];

for (const [text, expected] of fixes) {
  test(`fix asks for the speaker: ${show(text)}`, () => {
    const fix = fixOf(expectFlagged(text, RULE, expected));
    assert.match(insertedText(fix), /\[speaker\] said/);
  });
}

test('the fix keeps a word glued to the closing mark apart from "said": "…"and → "…", [speaker] said and', () => {
  const text = 'The crowd chanted "We will not be moved by threats or money"and the council adjourned.';
  const fix = fixOf(expectFlagged(text, RULE, '"We will not be moved by threats or money"'));
  assert.equal(applyFix(text, fix), 'The crowd chanted "We will not be moved by threats or money", [speaker] said and the council adjourned.');
});
