// The source report webview's page: a strict Content Security Policy, no external resources, the
// theme's colours, and a script that draws with DOM calls only.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contentSecurityPolicy, newNonce, sourceReportHtml } from '../../client/src/sourceReportHtml';

const CSP_SOURCE = 'https://abc.vscode-resource.vscode-cdn.net';

test('the Content Security Policy allows only the nonce\'d style and script', () => {
  assert.equal(contentSecurityPolicy(CSP_SOURCE, 'n0nce'), `default-src 'none'; style-src ${CSP_SOURCE} 'nonce-n0nce'; script-src 'nonce-n0nce'`);
});

test('the page carries the policy, and every style and script element the nonce', () => {
  const nonce = newNonce();
  assert.match(nonce, /^[A-Za-z0-9]{32}$/);
  assert.notEqual(nonce, newNonce());
  const html = sourceReportHtml(CSP_SOURCE, nonce);
  assert.ok(html.includes(`<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(CSP_SOURCE, nonce)}">`));
  assert.equal(html.match(/<script\b/g)?.length, 1);
  assert.equal(html.match(/<style\b/g)?.length, 1);
  assert.ok(html.includes(`<script nonce="${nonce}">`) && html.includes(`<style nonce="${nonce}">`));
});

test('no external resources, no inline handlers, no HTML strings built from data', () => {
  const html = sourceReportHtml('CSP-SOURCE', 'x');
  assert.doesNotMatch(html, /\b(src|href)=/);
  assert.doesNotMatch(html, /https?:\/\//);
  assert.doesNotMatch(html, /\bon(click|load|error)=/);
  assert.doesNotMatch(html, /innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
});

test('colours come from the VS Code theme', () => {
  const html = sourceReportHtml(CSP_SOURCE, 'x');
  for (const variable of ['--vscode-foreground', '--vscode-editor-background', '--vscode-textLink-foreground', '--vscode-charts-green', '--vscode-charts-red']) {
    assert.ok(html.includes(`var(${variable}`), variable);
  }
});

test('the page has a place for each part: totals, findings by rule, the picture, sources, open problems', () => {
  const html = sourceReportHtml(CSP_SOURCE, 'x');
  for (const id of ['totals', 'by-rule', 'picture', 'sources', 'problems']) assert.ok(html.includes(`id="${id}"`), id);
});
