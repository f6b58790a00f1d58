// Inline suppression comments, in Markdown and in plain text drafts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lintText, type DraftFormat } from '../../server/src/lint';

const HEDGE = 'The alleged meeting took place in March.';

function rulesFlagged(text: string, format: DraftFormat): string[] {
  return lintText(text, { format }).findings.map((finding) => `${finding.ruleId}@${text.slice(0, finding.span.start).split('\n').length}`);
}

for (const format of ['markdown', 'plaintext'] as const) {
  test(`${format}: disable-next-line silences the named rule on the next line only`, () => {
    const text = `<!-- attribution-lint-disable-next-line hedged-wording -->\n${HEDGE}\n\n${HEDGE}\n`;
    assert.deepEqual(rulesFlagged(text, format), ['hedged-wording@4']);
  });

  test(`${format}: disable … enable silences the rules in between`, () => {
    const text = `${HEDGE}\n\n<!-- attribution-lint-disable hedged-wording, scare-quote -->\n\n${HEDGE}\n\n<!-- attribution-lint-enable -->\n\n${HEDGE}\n`;
    assert.deepEqual(rulesFlagged(text, format), ['hedged-wording@1', 'hedged-wording@9']);
  });

  test(`${format}: disable with no rule ids silences every rule`, () => {
    const text = `<!-- attribution-lint-disable -->\n\n${HEDGE}\n\nThe minister's "reform" cost millions.\n`;
    assert.deepEqual(rulesFlagged(text, format), []);
  });

  test(`${format}: disabling another rule leaves this one on`, () => {
    const text = `<!-- attribution-lint-disable-next-line scare-quote -->\n${HEDGE}\n`;
    assert.deepEqual(rulesFlagged(text, format), ['hedged-wording@2']);
  });

  test(`${format}: enable for one rule re-enables only that rule`, () => {
    const text = `<!-- attribution-lint-disable hedged-wording scare-quote -->\n\n<!-- attribution-lint-enable hedged-wording -->\n\n${HEDGE}\n\nThe minister's "reform" cost millions.\n`;
    assert.deepEqual(rulesFlagged(text, format), ['hedged-wording@5']);
  });
}

test('a suppression comment inside a Markdown code block is not a directive', () => {
  const text = '```\n<!-- attribution-lint-disable -->\n```\n\n' + HEDGE + '\n';
  assert.deepEqual(rulesFlagged(text, 'markdown'), ['hedged-wording@5']);
});
