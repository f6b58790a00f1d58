// What the server should publish, worked out on the test side: the seed expectations of
// test/unit/seed.test.ts in words, and the engine's own findings for any text turned into the
// (rule, range, severity) triples an LSP diagnostic carries. The server only translates, so for the
// same text and configuration its diagnostics and the engine's findings must be the same.
import assert from 'node:assert/strict';
import { isDeepStrictEqual } from 'node:util';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { LineIndex, lintText, type DraftFormat, type LintConfig, type Severity } from '../../server/src/lint';
import { DIAGNOSTIC_SOURCE } from '../../server/src/protocolNames';
import { messageOf, textIn, type LspClient } from './lspClient';

export const VERB = 'loaded-attribution-verb';
export const HEDGE = 'hedged-wording';

const LSP_SEVERITY: Record<Severity, number> = { error: 1, warning: 2, info: 3, hint: 4 };

/** The words each rule flags in the seed, in document order (from test/unit/seed.test.ts). */
export const SEED_FLAGGED: Record<string, string[]> = {
  'hedged-wording': ['alleged', 'alleged'],
  'vague-source': ['the West'],
  'unattributed-quote': [
    '“Russia is for a full-scale investigation. If you do not know this, I am telling you this now. It is not true that we are against an objective investigation. That is a lie.”',
  ],
  'scare-quote': ['“at times combative”'],
  'secondhand-source': ['RT', 'SANA news agency'],
  'loaded-attribution-verb': ['pointed out', 'stressed', 'noted', 'stressed', 'claimed'],
};

/** The flagged words per rule, in document order, as the client's copy of the text reads them. */
export function flaggedWords(text: string, diagnostics: readonly Diagnostic[]): Record<string, string[]> {
  const byRule: Record<string, string[]> = {};
  const sorted = [...diagnostics].sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
  for (const diagnostic of sorted) (byRule[String(diagnostic.code)] ??= []).push(textIn(text, diagnostic.range));
  return byRule;
}

/** Every rule of `expected` flags exactly these words (other rules may flag more). */
export function assertFlags(text: string, diagnostics: readonly Diagnostic[], expected: Record<string, string[]>, context = ''): void {
  const actual = flaggedWords(text, diagnostics);
  for (const [rule, words] of Object.entries(expected)) {
    assert.deepEqual(actual[rule] ?? [], words, `${rule}: the diagnostics' ranges should cover exactly these words${context}`);
  }
}

/** Source, code, docs link and message on every diagnostic, and no copy of the finding (quick fixes look it up in the server). */
export function assertDiagnosticShape(diagnostics: readonly Diagnostic[]): void {
  assert.ok(diagnostics.length > 0, 'expected some diagnostics');
  for (const diagnostic of diagnostics) {
    const label = `${diagnostic.code} at ${diagnostic.range.start.line}:${diagnostic.range.start.character}`;
    assert.equal(diagnostic.source, DIAGNOSTIC_SOURCE, `${label}: source`);
    assert.equal(typeof diagnostic.code, 'string', `${label}: code is the rule id`);
    assert.match(String(diagnostic.code), /^[a-z]+(-[a-z]+)*$/, `${label}: code is a kebab-case rule id`);
    assert.ok(diagnostic.codeDescription?.href.endsWith(`#${diagnostic.code}`), `${label}: codeDescription.href ends with #${diagnostic.code} (got ${diagnostic.codeDescription?.href})`);
    assert.ok(messageOf(diagnostic).length > 0, `${label}: message`);
    assert.equal(diagnostic.data, undefined, `${label}: data`);
  }
}

export interface DiagnosticKey {
  code: string;
  range: string;
  severity: number | undefined;
  text: string;
}

function key(text: string, d: { code: string; range: Diagnostic['range']; severity?: number }): DiagnosticKey {
  return {
    code: d.code,
    range: `${d.range.start.line}:${d.range.start.character}-${d.range.end.line}:${d.range.end.character}`,
    severity: d.severity,
    text: textIn(text, d.range).slice(0, 60),
  };
}

function sortKeys(keys: DiagnosticKey[]): DiagnosticKey[] {
  return keys.sort((a, b) => a.range.localeCompare(b.range, 'en', { numeric: true }) || a.code.localeCompare(b.code));
}

/** The engine's findings for `text` as the diagnostic keys the server should publish. */
export function engineKeys(text: string, format: DraftFormat, config?: LintConfig): DiagnosticKey[] {
  const lines = new LineIndex(text);
  return sortKeys(
    lintText(text, { format, config }).findings.map((finding) =>
      key(text, { code: finding.ruleId, range: lines.rangeOf(finding.span), severity: LSP_SEVERITY[finding.severity] }),
    ),
  );
}

export function diagnosticKeys(text: string, diagnostics: readonly Diagnostic[]): DiagnosticKey[] {
  return sortKeys(diagnostics.map((d) => key(text, { code: String(d.code), range: d.range, severity: d.severity })));
}

/**
 * Waits until the diagnostics published for an open document are the engine's findings for the
 * client's current copy of its text; on timeout fails with the difference.
 */
export async function waitForEngineMatch(client: LspClient, uri: string, format: DraftFormat, sinceSeq = 0): Promise<Diagnostic[]> {
  const expected = () => engineKeys(client.document(uri).text, format);
  try {
    return await client.waitForDiagnostics(uri, (diagnostics) => isDeepStrictEqual(diagnosticKeys(client.document(uri).text, diagnostics), expected()), undefined, sinceSeq);
  } catch (error) {
    const latest = client.latestDiagnostics(uri);
    if (!latest) throw error;
    assert.deepEqual(
      diagnosticKeys(client.document(uri).text, latest),
      expected(),
      `the latest diagnostics for ${uri} (version ${client.document(uri).version}) are not the engine's findings for the client's text${client.context()}`,
    );
    throw error;
  }
}
