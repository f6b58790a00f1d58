// The Explorer's "Sources" view: the active draft's sources grouped by kind, with counts. A source
// reveals its first mention; its children are each mention.
import * as vscode from 'vscode';
import type { SourceReportResult } from '../../server/src/protocolNames';
import type { ActiveDraftReport } from './activeDraftReport';

type Range = SourceReportResult['sources'][number]['mentions'][number]['range'];
type SourceKind = SourceReportResult['sources'][number]['kind'];

export type SourcesNode =
  | { type: 'kind'; kind: SourceKind; count: number; sources: SourceReportResult['sources'] }
  | { type: 'source'; source: SourceReportResult['sources'][number] }
  | { type: 'mention'; source: string; text: string; range: Range };

const KIND_ORDER: SourceKind[] = ['named', 'pronoun', 'vague', 'anonymous', 'outlet'];
const KIND_LABELS: Record<SourceKind, string> = { named: 'Named', pronoun: 'Pronoun', vague: 'Vague', anonymous: 'Anonymous', outlet: 'Outlet' };
const KIND_ICONS: Record<SourceKind, string> = { named: 'person', pronoun: 'mention', vague: 'question', anonymous: 'eye-closed', outlet: 'radio-tower' };
export const REVEAL_COMMAND = 'attributionLint.revealSourceMention';

export class SourcesTreeProvider implements vscode.TreeDataProvider<SourcesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(private readonly reports: ActiveDraftReport) {
    this.subscription = reports.onDidChange(() => this.changed.fire());
  }

  getChildren(node?: SourcesNode): SourcesNode[] {
    const report = this.reports.current;
    if (!report) return [];
    if (!node) {
      return KIND_ORDER.map((kind) => {
        const sources = report.sources.filter((source) => source.kind === kind);
        return { type: 'kind' as const, kind, sources, count: sources.reduce((sum, source) => sum + source.count, 0) };
      }).filter((group) => group.sources.length > 0);
    }
    if (node.type === 'kind') return node.sources.map((source) => ({ type: 'source' as const, source }));
    if (node.type === 'source') return node.source.mentions.map((mention) => ({ type: 'mention' as const, source: node.source.name, ...mention }));
    return [];
  }

  getTreeItem(node: SourcesNode): vscode.TreeItem {
    const uri = this.reports.document?.uri;
    if (node.type === 'kind') {
      const item = new vscode.TreeItem(KIND_LABELS[node.kind], vscode.TreeItemCollapsibleState.Expanded);
      item.description = `${node.sources.length} ${node.sources.length === 1 ? 'source' : 'sources'}, ${node.count} ${node.count === 1 ? 'citation' : 'citations'}`;
      item.iconPath = new vscode.ThemeIcon(KIND_ICONS[node.kind]);
      item.contextValue = 'sourceKind';
      return item;
    }
    if (node.type === 'source') {
      const item = new vscode.TreeItem(node.source.name, node.source.mentions.length > 0 ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
      item.description = `×${node.source.count}`;
      const first = node.source.mentions[0];
      item.tooltip = `${node.source.name} (${node.source.kind}), cited ${node.source.count} ${node.source.count === 1 ? 'time' : 'times'}${first ? `; first on line ${first.range.start.line + 1}` : ''}`;
      if (first && uri) item.command = { command: REVEAL_COMMAND, title: 'Reveal first mention', arguments: [uri, first.range] };
      item.contextValue = 'source';
      return item;
    }
    const item = new vscode.TreeItem(`line ${node.range.start.line + 1}`, vscode.TreeItemCollapsibleState.None);
    item.description = node.text.replace(/\s+/g, ' ');
    if (uri) item.command = { command: REVEAL_COMMAND, title: 'Reveal mention', arguments: [uri, node.range] };
    item.contextValue = 'sourceMention';
    return item;
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
