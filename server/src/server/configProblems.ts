// Configuration problems, as the user sees them: a warning diagnostic on each `.attributionlintrc.json`
// at the bad key, cleared once the file is fixed, and each distinct problem shown once as a message.
import * as fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { DiagnosticSeverity, type Connection, type Diagnostic } from 'vscode-languageserver/node';
import { LineIndex, type ConfigProblem, type ParsedConfig } from '../lint';
import { DIAGNOSTIC_SOURCE } from '../protocolNames';

export class ConfigProblemReporter {
  private readonly announced = new Set<string>();
  private readonly filesWithDiagnostics = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Publishes the problems of every configuration file read so far, and clears fixed ones. */
  report(files: [string, ParsedConfig][]): void {
    const withProblems = new Set<string>();
    for (const [file, parsed] of files) {
      if (parsed.problems.length === 0) continue;
      withProblems.add(file);
      void this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: diagnosticsFor(file, parsed.problems) });
      this.announce(file, parsed.problems);
    }
    for (const file of this.filesWithDiagnostics) {
      if (!withProblems.has(file)) void this.connection.sendDiagnostics({ uri: pathToFileURL(file).toString(), diagnostics: [] });
    }
    this.filesWithDiagnostics.clear();
    withProblems.forEach((file) => this.filesWithDiagnostics.add(file));
  }

  /** One message per distinct set of problems in a file (or in the settings). */
  announce(where: string, problems: ConfigProblem[]): void {
    const key = `${where}\n${problems.map((problem) => problem.message).join('\n')}`;
    if (this.announced.has(key)) return;
    this.announced.add(key);
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? 's' : ''})` : '';
    void this.connection.window.showWarningMessage(`Attribution Lint: ${problems[0].message}${more} Linting goes on with the defaults for that part.`);
  }
}

function diagnosticsFor(file: string, problems: ConfigProblem[]): Diagnostic[] {
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    // Unreadable: the problem says so; point at the start.
  }
  const lines = new LineIndex(text);
  return problems.map((problem) => {
    const start = problem.offset ?? 0;
    const end = start + Math.max(problem.length ?? 0, problem.offset === undefined ? 0 : 1);
    return { range: lines.rangeOf({ start, end }), severity: DiagnosticSeverity.Warning, source: DIAGNOSTIC_SOURCE, message: problem.message };
  });
}
