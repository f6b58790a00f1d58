// The command line on the same engine as the editor: `attribution-lint drafts/ --format sarif`.
// Bundled to dist/cli.js. It never ends with a stack trace: every failure is a one-line message
// and an exit code (0 clean, 1 problems found, 2 usage, configuration or file trouble).
import { parseCliArgs, UsageError } from './cli/args';
import { USAGE } from './cli/usage';
import { VERSION } from './cli/version';
import { RULE_IDS_KNOWN } from './cli/ruleCatalog';
import { runLintCommand, EXIT_TROUBLE } from './cli/lintCommand';
import { runReportCommand } from './cli/reportCommand';
import { processIO, say, type CliIO } from './cli/io';
import { tuneHeapForLinting } from './heapTuning';

export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  try {
    const command = parseCliArgs(argv, RULE_IDS_KNOWN);
    switch (command.command) {
      case 'help':
        io.stdout.write(USAGE);
        return 0;
      case 'version':
        io.stdout.write(`${VERSION}\n`);
        return 0;
      case 'report':
        return await runReportCommand(command, io);
      case 'lint':
        if (!command.stdin && command.paths.length === 0) {
          io.stderr.write(USAGE);
          return EXIT_TROUBLE;
        }
        return await runLintCommand(command, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      say(io, 'error', `${error.message.replace(/\.$/, '')}. Run "attribution-lint --help" for the options.`);
    } else {
      const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
      say(io, 'error', `unexpected failure: ${message}`);
      if (process.env.ATTRIBUTION_LINT_DEBUG) io.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    }
    return EXIT_TROUBLE;
  }
}

if (require.main === module) {
  tuneHeapForLinting();
  // A closed pipe (`attribution-lint … | head`) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') process.stderr.write(`attribution-lint: cannot write the output (${error.code ?? error.message}).\n`);
    process.exit(error.code === 'EPIPE' ? (process.exitCode ?? 0) : EXIT_TROUBLE);
  });
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    () => {
      process.exitCode = EXIT_TROUBLE;
    },
  );
}
