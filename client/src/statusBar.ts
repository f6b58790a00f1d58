// The status bar item: the active draft's finding count, with counts by rule in the tooltip.
import * as vscode from 'vscode';
import { DIAGNOSTIC_SOURCE, SETTINGS_SECTION } from '../../server/src/protocolNames';
import { activeDraft } from './languages';
import { statusSummary } from './messages';

export class FindingsStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('attributionLint.findings', vscode.StatusBarAlignment.Right, 100);
  private readonly listeners: vscode.Disposable[];

  constructor() {
    this.item.name = 'Attribution Lint';
    this.item.command = 'workbench.actions.view.problems';
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active !== undefined && event.uris.some((uri) => uri.toString() === active)) this.update();
      }),
      // A language change reopens the document; a settings change may (un)list its language.
      vscode.workspace.onDidOpenTextDocument(() => this.update()),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS_SECTION)) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const document = activeDraft();
    if (!document || !vscode.workspace.getConfiguration(SETTINGS_SECTION, document.uri).get<boolean>('enable', true)) {
      this.item.hide();
      return;
    }
    const ruleIds = vscode.languages
      .getDiagnostics(document.uri)
      .filter((diagnostic) => diagnostic.source === DIAGNOSTIC_SOURCE)
      .map((diagnostic) => ruleIdOf(diagnostic.code));
    const { text, tooltip } = statusSummary(ruleIds);
    this.item.text = text;
    this.item.tooltip = tooltip;
    this.item.show();
  }

  dispose(): void {
    for (const listener of this.listeners) listener.dispose();
    this.item.dispose();
  }
}

/** The rule id is the diagnostic's code, which carries a docs link as `{ value, target }`. */
function ruleIdOf(code: vscode.Diagnostic['code']): string {
  if (code === undefined) return 'unknown';
  return typeof code === 'object' ? String(code.value) : String(code);
}
