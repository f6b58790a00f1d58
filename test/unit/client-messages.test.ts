// What the VS Code client tells the user after each command, and its status bar summary.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixAllMessage, lintDocumentMessage, lintWorkspaceMessage, statusSummary } from '../../client/src/messages';

test('linting one draft reports its findings, or none', () => {
  assert.equal(lintDocumentMessage({ uri: 'file:///a.md', findings: 3, byRule: {} }, 'drafts/a.md'), 'Attribution Lint: 3 findings in drafts/a.md');
  assert.equal(lintDocumentMessage({ uri: 'file:///a.md', findings: 1, byRule: {} }, 'a.md'), 'Attribution Lint: 1 finding in a.md');
  assert.equal(lintDocumentMessage({ uri: 'file:///a.md', findings: 0, byRule: {} }, 'a.md'), 'Attribution Lint: no findings in a.md');
});

test('linting the workspace counts drafts and findings, and says which files count as drafts', () => {
  assert.equal(lintWorkspaceMessage({ files: 4, findings: 12, cancelled: false }), 'Attribution Lint: Linted 4 drafts: 12 findings');
  assert.equal(lintWorkspaceMessage({ files: 1, findings: 1, cancelled: false }), 'Attribution Lint: Linted 1 draft: 1 finding');
  assert.equal(lintWorkspaceMessage({ files: 0, findings: 0, cancelled: false }), 'Attribution Lint: No drafts found in this workspace (.md, .markdown, .txt, .draft, .news)');
  assert.equal(lintWorkspaceMessage({ files: 2, findings: 5, cancelled: true }), 'Attribution Lint: Cancelled after linting 2 drafts: 5 findings');
});

test('fix-all says how many fixes it applied, or that there were none', () => {
  assert.equal(fixAllMessage({ uri: 'file:///a.md', applied: 2 }), 'Attribution Lint: Applied 2 fixes');
  assert.equal(fixAllMessage({ uri: 'file:///a.md', applied: 1 }), 'Attribution Lint: Applied 1 fix');
  assert.equal(fixAllMessage({ uri: 'file:///a.md', applied: 0 }), 'Attribution Lint: No auto-fixable problems in this draft');
});

test('the status bar shows the count and lists findings by rule, most frequent first', () => {
  const summary = statusSummary(['vague-source', 'hedged-wording', 'vague-source']);
  assert.equal(summary.text, '$(quote) 3');
  assert.equal(summary.tooltip.split('\n').slice(0, 3).join('\n'), 'Attribution Lint: 3 findings in this draft\nvague-source: 2\nhedged-wording: 1');
  assert.deepEqual(statusSummary([]), { text: '$(check) 0', tooltip: 'Attribution Lint: no findings in this draft' });
});
