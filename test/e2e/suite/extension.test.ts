// The extension inside VS Code's extension host, driven through the `vscode` API the way a reporter
// drives it: open drafts, read the squiggles, apply quick fixes, run the palette commands, change
// settings. The workspace is a scratch copy of seeds/ made by the runner.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'attribution-lint.attribution-lint';
const SEED = '000_3bec0c1ae2dd0ebf.txt';
const DRAFT = /\.(md|markdown|txt|draft|news)$/;

function folder(): vscode.Uri {
  const folders = vscode.workspace.workspaceFolders;
  assert.ok(folders && folders.length > 0, 'the runner opens a workspace folder');
  return folders[0].uri;
}

function fileUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(folder(), name);
}

function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === 'attribution-lint');
}

function ruleOf(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

function keyOf(ruleId: string, range: { start: { line: number; character: number }; end: { line: number; character: number } }): string {
  return `${ruleId}@${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Polls until `probe` returns something truthy; fails with `what` after the timeout. */
async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

function extensionPath(): string {
  const extension = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.extensionPath;
}

/** The command line's findings for the same file, as "rule@range" keys. */
function cliKeys(file: string): string[] {
  const cli = path.join(extensionPath(), 'dist', 'cli.js');
  let output: string;
  try {
    output = execFileSync(process.execPath, [cli, '--format', 'json', file], { encoding: 'utf8', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
  } catch (error) {
    output = (error as { stdout?: string }).stdout ?? '[]'; // exit code 1 when a finding is an error
  }
  const [result] = JSON.parse(output) as { findings: { ruleId: string; range: vscode.Range }[] }[];
  return result.findings.map((finding) => keyOf(finding.ruleId, finding.range)).sort();
}

function editorKeys(uri: vscode.Uri): string[] {
  return ours(uri).map((diagnostic) => keyOf(ruleOf(diagnostic), diagnostic.range)).sort();
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(document);
}

async function diagnosticOf(uri: vscode.Uri, ruleId: string, text: string): Promise<vscode.Diagnostic> {
  const document = await vscode.workspace.openTextDocument(uri);
  return until(`${ruleId} on "${text}"`, () => ours(uri).find((diagnostic) => ruleOf(diagnostic) === ruleId && document.getText(diagnostic.range) === text));
}

async function codeActionsAt(uri: vscode.Uri, range: vscode.Range): Promise<vscode.CodeAction[]> {
  return (await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range)) ?? [];
}

async function applyAction(actions: vscode.CodeAction[], title: string): Promise<void> {
  const action = actions.find((candidate) => candidate.title === title);
  assert.ok(action, `a code action titled ${JSON.stringify(title)} among ${JSON.stringify(actions.map((candidate) => candidate.title))}`);
  if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `"${title}" applied`);
  if (action.command) await vscode.commands.executeCommand(action.command.command, ...(action.command.arguments ?? []));
}

/** The language server this extension host started (dist/server.js, a child process of this one). */
function languageServerPidOrNull(): number | null {
  const listing = execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' });
  const line = listing.split('\n').find((entry) => entry.includes(path.join('dist', 'server.js')));
  return line ? Number(line.trim().split(/\s+/)[0]) : null;
}

function languageServerPid(): number {
  const pid = languageServerPidOrNull();
  assert.ok(pid, 'the language server runs as a child of the extension host');
  return pid;
}

suite('Attribution Lint in VS Code', () => {
  suiteSetup(async () => {
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
  });

  teardown(async () => {
    await vscode.commands.executeCommand('workbench.action.files.saveAll');
  });

  test('the seed and every sample draft get the same findings as the command line', async () => {
    const names = fs.readdirSync(folder().fsPath).filter((name) => DRAFT.test(name)).sort();
    assert.ok(names.length >= 7, `the seed and six samples are in the workspace (found ${names.join(', ')})`);
    for (const name of names) {
      const uri = fileUri(name);
      const expected = cliKeys(uri.fsPath);
      assert.ok(expected.length > 0, `${name} has findings`);
      await open(name);
      await until(`${name}'s diagnostics to equal the CLI's`, () => editorKeys(uri).join('\n') === expected.join('\n'), 30_000).catch(() => undefined);
      assert.deepEqual(editorKeys(uri), expected, name);
    }
  });

  test('quick fix "Replace with \'said\'" rewrites a loaded attribution verb', async () => {
    const { document } = await open(SEED);
    const stressed = await diagnosticOf(document.uri, 'loaded-attribution-verb', 'stressed');
    const actions = await codeActionsAt(document.uri, stressed.range);
    assert.ok(actions.find((action) => action.title === "Replace with 'said'")?.isPreferred, 'the rule fix is the preferred action');
    await applyAction(actions, "Replace with 'said'");
    assert.match(document.getText(), /Putin said that Damascus destroyed its stockpile/);
  });

  test('quick fix "Disable hedged-wording for this line" silences that line only', async () => {
    const { document } = await open(SEED);
    const hedge = await diagnosticOf(document.uri, 'hedged-wording', 'alleged');
    const line = hedge.range.start.line;
    await applyAction(await codeActionsAt(document.uri, hedge.range), 'Disable hedged-wording for this line');
    assert.equal(document.lineAt(line).text, '<!-- attribution-lint-disable-next-line hedged-wording -->');
    await until('the silenced line to lose its hedged-wording finding', () =>
      ours(document.uri).every((diagnostic) => !(ruleOf(diagnostic) === 'hedged-wording' && diagnostic.range.start.line === line + 1)));
    assert.ok(ours(document.uri).some((diagnostic) => ruleOf(diagnostic) === 'hedged-wording'), 'the other "alleged" is still flagged');
  });

  test('quick fix "Accept … in this workspace" writes the phrase to .attributionlintrc.json', async () => {
    const { document } = await open(SEED);
    const scare = await diagnosticOf(document.uri, 'scare-quote', '“at times combative”');
    await applyAction(await codeActionsAt(document.uri, scare.range), "Accept 'at times combative' in this workspace");
    const configFile = fileUri('.attributionlintrc.json').fsPath;
    await until('the configuration file', () => fs.existsSync(configFile));
    assert.deepEqual(JSON.parse(fs.readFileSync(configFile, 'utf8')).acceptedPhrases, ['at times combative']);
    await until('the accepted phrase to lose its finding', () => !ours(document.uri).some((diagnostic) => ruleOf(diagnostic) === 'scare-quote'));
    fs.unlinkSync(configFile);
  });

  test('Lint All Drafts in Workspace gives diagnostics for drafts that are not open', async () => {
    const name = 'never-opened.md';
    fs.writeFileSync(fileUri(name).fsPath, 'The alleged meeting took place in March.\n');
    const result = await vscode.commands.executeCommand<{ files: number; findings: number; cancelled: boolean }>('attributionLint.lintWorkspace');
    assert.ok(result && result.files >= 8 && result.findings > 0 && !result.cancelled, JSON.stringify(result));
    const diagnostics = await until('diagnostics for the draft that was never opened', () => {
      const found = ours(fileUri(name));
      return found.length > 0 ? found : undefined;
    });
    assert.deepEqual(diagnostics.map(ruleOf), ['hedged-wording']);
  });

  test('Fix All Auto-fixable Problems rewrites "stressed" to "said"', async () => {
    const name = 'fix-me.md';
    fs.writeFileSync(fileUri(name).fsPath, 'Putin stressed that the talks failed.\n');
    const { document } = await open(name);
    await diagnosticOf(document.uri, 'loaded-attribution-verb', 'stressed');
    const result = await vscode.commands.executeCommand<{ applied: number }>('attributionLint.fixAll');
    assert.equal(result?.applied, 1);
    assert.equal(document.getText(), 'Putin said that the talks failed.\n');
  });

  test('Lint Current Draft reports the active draft\'s findings', async () => {
    await open('leak-investigation.md');
    const result = await vscode.commands.executeCommand<{ findings: number; byRule: Record<string, number> }>('attributionLint.lintCurrentDraft');
    assert.ok(result && result.findings > 0, JSON.stringify(result));
    assert.ok((result.byRule['anonymous-source'] ?? 0) > 0, JSON.stringify(result.byRule));
  });

  test('Show Source Report opens the report of the active draft, and the Sources view lists its sources', async () => {
    const { document } = await open('city-budget.md');
    await diagnosticOf(document.uri, 'undeclared-source', 'Mayor Linda Hsu');
    interface Shown { uri: string; totals: { sentences: number; attributedSentences: number }; report: { sources: { name: string; kind: string; count: number }[] }; findingsByRule: Record<string, number> }
    const shown = await vscode.commands.executeCommand<Shown>('attributionLint.showSourceReport');
    assert.ok(shown, 'the command returns the report it shows');
    assert.equal(shown.uri, document.uri.toString());
    assert.ok(shown.totals.sentences > 0 && shown.totals.attributedSentences > 0, JSON.stringify(shown.totals));
    assert.ok(shown.report.sources.some((source) => source.name.includes('Okafor')), JSON.stringify(shown.report.sources));
    assert.equal(shown.findingsByRule['undeclared-source'], 1);
    await until('a Source Report tab', () => vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tab.input instanceof vscode.TabInputWebview && tab.label.startsWith('Source Report'))));

    const extension = vscode.extensions.getExtension<{ sourcesProvider: vscode.TreeDataProvider<unknown> }>(EXTENSION_ID);
    const provider = extension?.exports.sourcesProvider;
    assert.ok(provider, 'the extension exports the Sources view provider');
    const kinds = await until('the Sources view to list kinds', () => {
      const found = provider.getChildren() as unknown[] | undefined;
      return found && found.length > 0 ? found : undefined;
    });
    const kindLabels = await Promise.all(kinds.map(async (kind) => String((await provider.getTreeItem(kind)).label)));
    assert.ok(kindLabels.includes('Named'), JSON.stringify(kindLabels));
    const named = kinds[kindLabels.indexOf('Named')];
    const sources = (provider.getChildren(named) as unknown[]) ?? [];
    const names = await Promise.all(sources.map(async (source) => String((await provider.getTreeItem(source)).label)));
    for (const source of shown.report.sources.filter((s) => s.kind === 'named')) assert.ok(names.includes(source.name), `${source.name} in ${JSON.stringify(names)}`);
    const okafor = sources[names.findIndex((name) => name.includes('Okafor'))];
    const item = await provider.getTreeItem(okafor);
    assert.equal(item.command?.command, 'attributionLint.revealSourceMention', 'a source reveals its first mention');
    const mentions = (provider.getChildren(okafor) as unknown[]) ?? [];
    assert.ok(mentions.length >= 1);
    const mention = await provider.getTreeItem(mentions[0]);
    await vscode.commands.executeCommand(mention.command!.command, ...(mention.command!.arguments ?? []));
    const editor = vscode.window.activeTextEditor;
    assert.equal(editor?.document.uri.toString(), document.uri.toString());
    assert.match(editor!.document.getText(editor!.selection), /Okafor/);
  });

  test('Show Output and Restart Server work, and linting goes on after the restart', async () => {
    await vscode.commands.executeCommand('attributionLint.showOutput');
    await vscode.commands.executeCommand('attributionLint.restartServer');
    const name = 'after-restart.md';
    fs.writeFileSync(fileUri(name).fsPath, 'The alleged meeting took place in March.\n');
    const { document } = await open(name);
    await diagnosticOf(document.uri, 'hedged-wording', 'alleged');
  });

  test('turning a rule off in the settings removes its diagnostics', async () => {
    const { document } = await open(SEED);
    await diagnosticOf(document.uri, 'loaded-attribution-verb', 'noted');
    const settings = vscode.workspace.getConfiguration('attributionLint');
    await settings.update('rules', { 'loaded-attribution-verb': 'off' }, vscode.ConfigurationTarget.Workspace);
    try {
      await until('loaded-attribution-verb to go', () => !ours(document.uri).some((diagnostic) => ruleOf(diagnostic) === 'loaded-attribution-verb'));
      assert.ok(ours(document.uri).some((diagnostic) => ruleOf(diagnostic) === 'hedged-wording'), 'the other rules stay on');
    } finally {
      await settings.update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  test('a language server killed mid-session is restarted and the diagnostics come back', async () => {
    const name = 'after-crash.md';
    fs.writeFileSync(fileUri(name).fsPath, 'The alleged meeting took place in March.\n');
    const { document } = await open(name);
    await diagnosticOf(document.uri, 'hedged-wording', 'alleged');
    const serverPid = languageServerPid();
    process.kill(serverPid, 'SIGKILL');
    await until('a new language server process', () => {
      const pid = languageServerPidOrNull();
      return pid !== null && pid !== serverPid;
    });
    const editor = await vscode.window.showTextDocument(document);
    await editor.edit((edit) => edit.insert(new vscode.Position(1, 0), 'The so-called deal was signed.\n'));
    await diagnosticOf(document.uri, 'hedged-wording', 'so-called');
  });

  test('an invalid .attributionlintrc.json is reported on the file and the defaults still apply', async () => {
    const { document } = await open(SEED);
    const configUri = fileUri('.attributionlintrc.json');
    fs.writeFileSync(configUri.fsPath, '{ "rules": { "hedged-wordin": "off" } }\n');
    try {
      const problems = await until('a diagnostic on the configuration file', () => {
        const found = vscode.languages.getDiagnostics(configUri).filter((diagnostic) => diagnostic.message.includes('hedged-wordin'));
        return found.length > 0 ? found : undefined;
      });
      assert.match(problems[0].message, /names no rule/);
      await until('the draft to be linted with the defaults', () => ours(document.uri).some((diagnostic) => ruleOf(diagnostic) === 'loaded-attribution-verb'));
    } finally {
      fs.unlinkSync(configUri.fsPath);
    }
  });
});
