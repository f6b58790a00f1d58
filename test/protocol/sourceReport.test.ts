// The custom request behind the editor's source report: `attributionLint/sourceReport` answers
// with the same report the command line prints, plus paragraph statuses, findings by rule, each
// source's mentions and the open problems.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyWorkspaceEditTo, useServer, isCodeAction, LspClient, rangeOf } from './lspClient';
import { SOURCE_REPORT_REQUEST, type SourceReportResult } from '../../server/src/protocolNames';
import { lintText } from '../../server/src/lint';
import { buildReport } from '../../server/src/lint/report';
import { parse } from 'yaml';

const T = { timeout: 15_000 };
const CITY_BUDGET = fs.readFileSync(path.join(__dirname, '..', '..', 'seeds', 'city-budget.md'), 'utf8');

describe('attributionLint/sourceReport', () => {
  let client: LspClient;
  useServer((started) => (client = started), { pull: false });

  const request = (uri: string) => client.connection.sendRequest(SOURCE_REPORT_REQUEST, { uri }) as Promise<SourceReportResult | null>;

  test('an open draft: the report is the engine report, with totals, paragraphs, findings by rule and sources', T, async () => {
    const uri = client.uriFor('city-budget.md');
    await client.open(uri, CITY_BUDGET, 'markdown');
    const result = await request(uri);
    assert.ok(result, 'a report for an open Markdown draft');
    const lint = lintText(CITY_BUDGET, { format: 'markdown' });
    const expected = buildReport(lint.analysis, 'city-budget.md');
    assert.deepEqual(result.report, expected);
    assert.equal(result.uri, uri);
    assert.equal(result.version, client.document(uri).version);
    assert.equal(result.totals.sentences, expected.sentences.length);
    assert.equal(result.totals.attributedSentences, expected.sentences.filter((s) => s.attributed).length);
    assert.equal(result.totals.attributedQuotations + result.totals.unattributedQuotations, expected.quotations.length);
    assert.equal(result.totals.findings, lint.findings.length);
    assert.equal(Object.values(result.findingsByRule).reduce((a, b) => a + b, 0), lint.findings.length);
    assert.equal(result.findingsByRule['vague-source'], 1);
    assert.equal(result.findingsByRule['undeclared-source'], 1);
    assert.equal(result.paragraphs.length, lint.analysis.paragraphs.length);
    assert.ok(result.paragraphs.some((p) => p.status === 'attributed'), 'some paragraph is attributed');
    assert.ok(result.paragraphs.some((p) => p.status === 'unattributed'), 'some paragraph holds an unattributed claim');
    const okafor = result.sources.find((s) => s.name.includes('Okafor'));
    assert.ok(okafor, JSON.stringify(result.sources.map((s) => s.name)));
    assert.equal(okafor.kind, 'named');
    assert.equal(okafor.mentions.length, okafor.count);
    assert.ok(result.openProblems.some((p) => p.kind === 'claim'), 'the unattributed claims are open problems');
  });

  test('the report follows edits: a new unattributed quotation shows up', T, async () => {
    const uri = client.uriFor('city-budget.md');
    const before = await request(uri);
    assert.ok(before);
    await client.insert(uri, { line: client.document(uri).text.split('\n').length - 1, character: 0 }, '\n"This is a disgrace and everyone knows it."\n');
    const after = await request(uri);
    assert.ok(after);
    assert.equal(after.totals.unattributedQuotations, before.totals.unattributedQuotations + 1);
    assert.ok(after.openProblems.some((p) => p.kind === 'quotation' && p.text.includes('disgrace')));
    assert.ok(after.version > before.version);
  });

  test('Ctrl+. on an undeclared source adds it to the front matter; the finding goes and the YAML stays valid', T, async () => {
    const uri = client.uriFor('ledger.md');
    const text = '---\nsources:\n  - name: Marcus Reyes\n---\n\nLinda Hsu said the numbers were sound. Reyes agreed.\n';
    await client.open(uri, text, 'markdown');
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === 'undeclared-source'));
    const actions = await client.codeActions(uri, rangeOf(text, 'Linda Hsu said', 0, 'Linda Hsu'));
    const add = actions.find((a) => a.title === "Add 'Linda Hsu' to the sources in front matter");
    assert.ok(add && isCodeAction(add) && add.edit, JSON.stringify(actions.map((a) => a.title)));
    const fixed = applyWorkspaceEditTo(text, add.edit, uri);
    assert.deepEqual(parse(fixed.split('---')[1]).sources, [{ name: 'Marcus Reyes' }, { name: 'Linda Hsu' }]);
    assert.ok(!lintText(fixed, { format: 'markdown' }).findings.some((f) => f.ruleId === 'undeclared-source'));
  });

  test('a closed draft on disk is read from disk; an unknown URI gives null', T, async () => {
    const file = path.join(client.workspaceDir, 'closed.txt');
    fs.writeFileSync(file, 'Mayor Linda Hsu said the budget was sound. "It is balanced," she said.\n');
    const result = await request(client.uriFor('closed.txt'));
    assert.ok(result);
    assert.equal(result.version, 0);
    assert.equal(result.report.sources[0].name, 'Mayor Linda Hsu');
    assert.equal(result.report.sources[0].count, 2);
    assert.equal(await request(client.uriFor('does-not-exist.txt')), null);
  });
});
