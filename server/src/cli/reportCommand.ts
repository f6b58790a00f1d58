// `attribution-lint report <file>`: who is quoted and how often, which quotations stand alone.
import * as path from 'node:path';
import { buildReport, formatReportMarkdown } from '../lint/report';
import type { CliCommand } from './args';
import { loadDraftFile, loadDraftFromStdin } from './draftSource';
import { createRunContext, lintDraft, EXIT_OK, EXIT_TROUBLE } from './lintCommand';
import type { CliIO } from './io';

type ReportCommand = Extract<CliCommand, { command: 'report' }>;

export async function runReportCommand(command: ReportCommand, io: CliIO): Promise<number> {
  const troubles: string[] = [];
  const run = createRunContext(command, io, troubles);
  const outcome = command.stdin || command.file === null
    ? await loadDraftFromStdin(command.stdinFilename, io)
    : loadDraftFile(path.resolve(io.cwd, command.file), io);
  if (!outcome.draft) {
    run.trouble(outcome.error ?? `${command.file ?? '<stdin>'}: nothing to report on.`);
    return EXIT_TROUBLE;
  }
  const draft = outcome.draft;
  const linted = lintDraft(draft, run.resolver.configFor(draft.path), run);
  if (!linted) return EXIT_TROUBLE;
  const report = buildReport(linted.analysis, draft.displayPath);
  io.stdout.write(command.format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : formatReportMarkdown(report));
  return troubles.length > 0 ? EXIT_TROUBLE : EXIT_OK;
}
