// Command-line arguments to a checked options object. Every mistake becomes a UsageError with a
// one-line message; nothing here reads files.
import { parseArgs } from 'node:util';
import type { SeveritySetting } from '../lint/types';
import { SEVERITY_SETTINGS } from '../lint/config';

export type LintFormat = 'stylish' | 'json' | 'sarif';
export type ReportFormat = 'markdown' | 'json';

export interface CommonOptions {
  config: string | null;
  rules: Record<string, SeveritySetting>;
  stdin: boolean;
  stdinFilename: string | null;
}

export type CliCommand =
  | { command: 'help' }
  | { command: 'version' }
  | ({ command: 'lint'; format: LintFormat; paths: string[]; fix: boolean; maxWarnings: number | null } & CommonOptions)
  | ({ command: 'report'; format: ReportFormat; file: string | null } & CommonOptions);

export class UsageError extends Error {}

const LINT_FORMATS: readonly LintFormat[] = ['stylish', 'json', 'sarif'];
const REPORT_FORMATS: readonly ReportFormat[] = ['markdown', 'json'];

/** `ruleIds` are the known rule ids, for checking --rule. */
export function parseCliArgs(argv: string[], ruleIds: readonly string[]): CliCommand {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        config: { type: 'string', short: 'c' },
        rule: { type: 'string', multiple: true },
        fix: { type: 'boolean' },
        'max-warnings': { type: 'string' },
        stdin: { type: 'boolean' },
        'stdin-filename': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    // parseArgs explains itself well enough; keep its first sentence, drop the code.
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, '.'));
  }
  const { values, positionals } = parsed;
  if (values.help) return { command: 'help' };
  if (values.version) return { command: 'version' };

  const common: CommonOptions = {
    config: nonEmpty(values.config, '--config'),
    rules: parseRuleOverrides(values.rule ?? [], ruleIds),
    stdin: values.stdin ?? false,
    stdinFilename: nonEmpty(values['stdin-filename'], '--stdin-filename'),
  };
  if (common.stdinFilename !== null && !common.stdin) throw new UsageError('--stdin-filename only makes sense with --stdin.');

  if (positionals[0] === 'report') {
    const files = positionals.slice(1);
    if (values.fix) throw new UsageError('--fix cannot be used with "report".');
    if (values['max-warnings'] !== undefined) throw new UsageError('--max-warnings cannot be used with "report".');
    if (common.stdin ? files.length > 0 : files.length !== 1) {
      throw new UsageError(common.stdin ? '"report --stdin" takes no file.' : '"report" takes exactly one file: attribution-lint report <file>.');
    }
    const format = oneOf(values.format ?? 'markdown', REPORT_FORMATS, 'report format');
    return { command: 'report', format, file: files[0] ?? null, ...common };
  }

  const format = oneOf(values.format ?? 'stylish', LINT_FORMATS, 'format');
  if (common.stdin && positionals.length > 0) throw new UsageError('--stdin cannot be combined with file paths.');
  if (common.stdin && values.fix) throw new UsageError('--fix cannot be used with --stdin: there is no file to rewrite.');
  return {
    command: 'lint',
    format,
    paths: positionals,
    fix: values.fix ?? false,
    maxWarnings: parseMaxWarnings(values['max-warnings']),
    ...common,
  };
}

function parseRuleOverrides(entries: string[], ruleIds: readonly string[]): Record<string, SeveritySetting> {
  const rules: Record<string, SeveritySetting> = {};
  for (const entry of entries) {
    const match = /^\s*([^=\s]+)\s*[=:]\s*(\S+)\s*$/.exec(entry);
    if (!match) throw new UsageError(`--rule expects ID=SEVERITY, e.g. --rule hedged-wording=error (got "${entry}").`);
    const [, id, severity] = match;
    if (!ruleIds.includes(id)) throw new UsageError(`--rule: unknown rule "${id}" (known rules: ${ruleIds.join(', ')}).`);
    if (!(SEVERITY_SETTINGS as readonly string[]).includes(severity)) {
      throw new UsageError(`--rule: "${severity}" is not a severity (use ${SEVERITY_SETTINGS.join(', ')}).`);
    }
    rules[id] = severity as SeveritySetting;
  }
  return rules;
}

function parseMaxWarnings(value: string | undefined): number | null {
  if (value === undefined) return null;
  if (!/^\s*\d+\s*$/.test(value)) throw new UsageError(`--max-warnings expects a whole number of 0 or more (got "${value}").`);
  return Number(value);
}

function oneOf<T extends string>(value: string, allowed: readonly T[], what: string): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`unknown ${what} "${value}" (use ${allowed.join(', ')}).`);
}

function nonEmpty(value: string | undefined, option: string): string | null {
  if (value === undefined) return null;
  if (value.trim() === '') throw new UsageError(`${option} needs a value.`);
  return value;
}
