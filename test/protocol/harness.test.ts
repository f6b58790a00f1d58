// The test client's own text arithmetic, checked without a server: every protocol test relies on it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { applyTextEdits, applyWorkspaceEditTo, globToRegExp, offsetAt, positionAt, rangeOf, textIn } from './lspClient';

const TEXT = 'Putin stressed that.\r\nHe said it.\nAnd the “West” blames.';

test('positions and offsets round-trip over \\n and \\r\\n lines', () => {
  for (let offset = 0; offset <= TEXT.length; offset++) {
    if (TEXT[offset - 1] === '\r' && TEXT[offset] === '\n') continue; // between \r and \n is not a position
    assert.equal(offsetAt(TEXT, positionAt(TEXT, offset)), offset);
  }
  assert.deepEqual(positionAt(TEXT, TEXT.indexOf('He')), { line: 1, character: 0 });
  assert.equal(textIn(TEXT, rangeOf(TEXT, 'the “West” blames', 0, '“West”')), '“West”');
});

test('text edits apply against the original text, in order at the same position', () => {
  const edits = [
    { range: rangeOf(TEXT, 'stressed'), newText: 'said' },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'A' },
    { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: 'B\n' },
    { range: rangeOf(TEXT, 'blames'), newText: 'says' },
  ];
  assert.equal(applyTextEdits(TEXT, edits), 'AB\nPutin said that.\r\nHe said it.\nAnd the “West” says.');
  assert.throws(() => applyTextEdits(TEXT, [{ range: rangeOf(TEXT, 'Putin stressed'), newText: '' }, { range: rangeOf(TEXT, 'stressed'), newText: '' }]));
});

test('workspace edits: changes and documentChanges for the URI asked for', () => {
  const uri = 'file:///tmp/a.txt';
  const edit = {
    changes: { [uri]: [{ range: rangeOf(TEXT, 'stressed'), newText: 'said' }], 'file:///tmp/b.txt': [{ range: rangeOf(TEXT, 'He'), newText: 'She' }] },
    documentChanges: [{ textDocument: { uri, version: 1 }, edits: [{ range: rangeOf(TEXT, 'blames'), newText: 'says' }] }],
  };
  assert.equal(applyWorkspaceEditTo(TEXT, edit, uri), 'Putin said that.\r\nHe said it.\nAnd the “West” says.');
});

test('watcher globs', () => {
  assert.ok(globToRegExp('**/.attributionlintrc.json').test('.attributionlintrc.json'));
  assert.ok(globToRegExp('**/.attributionlintrc.json').test('a/b/.attributionlintrc.json'));
  assert.ok(!globToRegExp('**/.attributionlintrc.json').test('a/xattributionlintrc.json'));
  assert.ok(globToRegExp('**/*.{md,txt}').test('drafts/x.md'));
});
