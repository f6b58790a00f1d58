// The source report of the draft the user is working on, fetched from the server
// (`attributionLint/sourceReport`) and refreshed, debounced, when the draft changes or its
// diagnostics do. The report panel and the Sources view both draw from it.
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SOURCE_REPORT_REQUEST, type SourceReportResult } from '../../server/src/protocolNames';
import { activeDraft, isDraft } from './languages';

const DEBOUNCE_MS = 300;

export class ActiveDraftReport implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<SourceReportResult | undefined>();
  readonly onDidChange = this.changed.event;
  /** The draft followed: the active one, or the last active one while a panel or view has focus. */
  document: vscode.TextDocument | undefined;
  current: SourceReportResult | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners: vscode.Disposable[];
  private generation = 0;

  constructor(private readonly client: () => LanguageClient) {
    this.document = activeDraft();
    this.listeners = [
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isDraft(editor.document) && editor.document !== this.document) {
          this.document = editor.document;
          this.schedule(0);
        }
      }),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document === this.document && event.contentChanges.length > 0) this.schedule(DEBOUNCE_MS);
      }),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const uri = this.document?.uri.toString();
        if (uri && event.uris.some((changed) => changed.toString() === uri)) this.schedule(DEBOUNCE_MS);
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        if (document === this.document) {
          this.document = activeDraft();
          this.schedule(0);
        }
      }),
    ];
  }

  /** Follows `document` (or the active draft) and fetches its report now. */
  async refresh(document: vscode.TextDocument | undefined = this.document ?? activeDraft()): Promise<SourceReportResult | undefined> {
    clearTimeout(this.timer);
    this.document = document;
    const generation = ++this.generation;
    let result: SourceReportResult | undefined;
    if (document) {
      const answer = await this.client().sendRequest<SourceReportResult | null>(SOURCE_REPORT_REQUEST, { uri: document.uri.toString() });
      result = answer ?? undefined;
    }
    if (generation !== this.generation) return result; // a newer request is on its way
    this.current = result;
    this.changed.fire(result);
    return result;
  }

  /** Set by the owner: whether anything shows the report now (an open panel, a visible view). */
  isWanted: () => boolean = () => true;

  private schedule(delay: number): void {
    clearTimeout(this.timer);
    if (!this.isWanted()) return; // fetched again when the panel opens or the view is shown
    this.timer = setTimeout(() => {
      this.refresh().catch(() => undefined); // the server may be restarting; the next change retries
    }, delay);
  }

  dispose(): void {
    clearTimeout(this.timer);
    for (const listener of this.listeners) listener.dispose();
    this.changed.dispose();
  }
}

/** Opens `uri` with `range` selected and in view, in the column it is shown in (or the first one). */
export async function revealRange(uri: vscode.Uri, range: { start: { line: number; character: number }; end: { line: number; character: number } }): Promise<void> {
  const target = new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character);
  const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
  const editor = await vscode.window.showTextDocument(uri, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, selection: target, preserveFocus: false });
  editor.revealRange(target, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
