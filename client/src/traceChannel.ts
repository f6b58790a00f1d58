// vscode-languageclient 10+ traces only while its trace channel's log level is Trace, and writes
// through `channel.trace()`. This channel's level follows `attributionLint.trace.server` instead, so
// the setting works as documented: off → no trace, messages/verbose → the trace shows here.
import * as vscode from 'vscode';

export class SettingTraceChannel implements vscode.LogOutputChannel {
  private channel: vscode.OutputChannel | undefined;
  private level: vscode.LogLevel;
  private readonly levelChanged = new vscode.EventEmitter<vscode.LogLevel>();
  private readonly listener: vscode.Disposable;
  readonly onDidChangeLogLevel = this.levelChanged.event;

  /** `setting` is the full key, e.g. "attributionLint.trace.server". */
  constructor(readonly name: string, private readonly setting: string) {
    this.level = this.levelFromSetting();
    this.listener = vscode.workspace.onDidChangeConfiguration((event) => {
      if (!event.affectsConfiguration(setting)) return;
      const level = this.levelFromSetting();
      if (level === this.level) return;
      this.level = level;
      this.levelChanged.fire(level);
    });
  }

  get logLevel(): vscode.LogLevel {
    return this.level;
  }

  trace(message: string): void {
    this.appendLine(message);
  }
  debug(message: string): void {
    this.appendLine(message);
  }
  info(message: string): void {
    this.appendLine(message);
  }
  warn(message: string): void {
    this.appendLine(message);
  }
  error(error: string | Error): void {
    this.appendLine(typeof error === 'string' ? error : (error.stack ?? error.message));
  }

  append(value: string): void {
    if (this.level === vscode.LogLevel.Trace) this.output().append(value);
  }
  appendLine(value: string): void {
    if (this.level === vscode.LogLevel.Trace) this.output().appendLine(`[${new Date().toISOString()}] ${value}`);
  }
  replace(value: string): void {
    this.output().replace(value);
  }
  clear(): void {
    this.channel?.clear();
  }
  show(columnOrPreserveFocus?: vscode.ViewColumn | boolean, preserveFocus?: boolean): void {
    this.output().show(typeof columnOrPreserveFocus === 'boolean' ? columnOrPreserveFocus : preserveFocus);
  }
  hide(): void {
    this.channel?.hide();
  }
  dispose(): void {
    this.listener.dispose();
    this.levelChanged.dispose();
    this.channel?.dispose();
  }

  private levelFromSetting(): vscode.LogLevel {
    const value = vscode.workspace.getConfiguration().get<string>(this.setting, 'off');
    return value === 'messages' || value === 'verbose' ? vscode.LogLevel.Trace : vscode.LogLevel.Off;
  }

  /** Created on first use, so the output list gains no empty channel while tracing is off. */
  private output(): vscode.OutputChannel {
    return (this.channel ??= vscode.window.createOutputChannel(this.name));
  }
}
