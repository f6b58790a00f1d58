// "Attribution: Show Source Report": a webview beside the draft, redrawn whenever the active
// draft's report changes. The page is built in sourceReportHtml.ts; the data comes from the server.
import * as vscode from 'vscode';
import type { SourceReportResult } from '../../server/src/protocolNames';
import type { ActiveDraftReport } from './activeDraftReport';
import { revealRange } from './activeDraftReport';
import { newNonce, sourceReportHtml } from './sourceReportHtml';

const VIEW_TYPE = 'attributionLint.sourceReport';

export class SourceReportPanel implements vscode.Disposable {
  private panel: vscode.WebviewPanel | undefined;
  private ready = false;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly reports: ActiveDraftReport) {
    this.subscription = reports.onDidChange((report) => this.post(report));
  }

  get isOpen(): boolean {
    return this.panel !== undefined;
  }

  /** Opens (or shows) the panel beside the draft and returns the report it shows. */
  async show(document: vscode.TextDocument): Promise<SourceReportResult | undefined> {
    if (!this.panel) {
      this.panel = vscode.window.createWebviewPanel(VIEW_TYPE, 'Source Report', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: true,
        localResourceRoots: [],
        retainContextWhenHidden: true,
      });
      this.ready = false;
      this.panel.webview.html = sourceReportHtml(this.panel.webview.cspSource, newNonce());
      this.panel.onDidDispose(() => {
        this.panel = undefined;
      });
      this.panel.webview.onDidReceiveMessage((message: { type?: string; range?: Parameters<typeof revealRange>[1] }) => {
        if (message.type === 'ready') {
          this.ready = true;
          this.post(this.reports.current);
        } else if (message.type === 'reveal' && message.range && this.reports.document) {
          void revealRange(this.reports.document.uri, message.range);
        }
      });
    } else {
      this.panel.reveal(vscode.ViewColumn.Beside, true);
    }
    return this.reports.refresh(document);
  }

  private post(report: SourceReportResult | undefined): void {
    if (!this.panel || !this.ready) return;
    const name = this.reports.document ? this.reports.document.uri.path.split('/').pop() : undefined;
    this.panel.title = name ? `Source Report: ${name}` : 'Source Report';
    void this.panel.webview.postMessage(report ? { type: 'report', data: report } : { type: 'empty', reason: 'Open a draft to see its source report.' });
  }

  dispose(): void {
    this.subscription.dispose();
    this.panel?.dispose();
  }
}
