// scare-quote: quotation marks around a word or two, with nobody named as using them, read as the
// paper's own sneer. Guidance: say who called it that, or drop the marks.
import { test } from 'node:test';
import { expectClean, expectFlagged, show } from './helpers';

const RULE = 'scare-quote';

// [draft text, exact text the finding covers: the quoted phrase, marks included]
const flagged: [string, string][] = [
  // politics
  ['The minister\'s "reform" cost millions.', '"reform"'],
  ['The regime held a “referendum” on the new constitution in March.', '“referendum”'],
  ['The senator\'s "common sense" gun bill died in committee.', '"common sense"'],
  ['Police broke up the "peaceful protest" with tear gas.', '"peaceful protest"'],
  // local news
  ['Residents were moved to “temporary” housing that they have now lived in for six years.', '“temporary”'],
  ['The council\'s "temporary" car park on Mill Lane has been there since 2009.', '"temporary"'],
  // business
  ['The bank\'s "independent review" was carried out by its own auditors.', '"independent review"'],
  ['Investors poured money into the "can\'t-miss" fund before it collapsed.', '"can\'t-miss"'],
  ['The factory\'s “green” credentials rest on a single solar panel.', '“green”'],
  ['The app\'s “personal touch” turns out to be a set of automated replies.', '“personal touch”'],
  ['The “voluntary” overtime was in fact compulsory for everyone on the night shift.', '“voluntary”'],
  // sport
  ['The club\'s "world-class" training ground has no working showers.', '"world-class"'],
  ['The “interim” coach has now been in charge for three seasons.', '“interim”'],
  ['The team\'s "rebuilding year" ended with a last-place finish.', '"rebuilding year"'],
  // health
  ['The clinic offered “miracle cures” for arthritis at $400 a session.', '“miracle cures”'],
];

// Words someone is named as using, titles of works, mentions of a word, and full-sentence quotes.
const clean: string[] = [
  // the phrase is inside the content of an attribution
  'Smith called the plan "a disaster."',
  'She said the deal was "dead on arrival."',
  'The coach described the performance as "unacceptable."',
  'Prosecutors described the scheme as "a textbook fraud."',
  'The ministry called the reports “baseless.”',
  'The minister insisted the cuts were "temporary."',
  '“Unacceptable,” the coach said.',
  '“Fake news,” the president wrote on Twitter.',
  // titles of works in Title Case
  'The film "Star Wars" opened in 1977.',
  'The play “Death of a Salesman” returns to Broadway in the autumn.',
  'The company\'s new slogan, "Think Different," appeared on billboards across the city.',
  // the word itself is the subject
  'The word "literally" has all but lost its meaning.',
  'The term “stagflation” was coined in the 1960s.',
  'The practice, known as "quiet quitting", spread quickly online.',
  'The council published a report titled "the cost of waiting" on Monday.',
  // a short full sentence is a quotation, not a scare quote
  'The verdict was read at noon. "We will appeal."',
];

for (const [text, expected] of flagged) {
  test(`flags ${expected} in: ${show(text)}`, () => {
    expectFlagged(text, RULE, expected, 'info');
  });
}

for (const text of clean) {
  test(`leaves alone: ${show(text)}`, () => {
    expectClean(text, RULE);
  });
}
