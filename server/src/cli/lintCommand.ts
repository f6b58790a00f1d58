// `attribution-lint [paths…]`: collect the drafts, lint each with its configuration, apply fixes
// when asked, print the results in the chosen format and work out the exit code.
import { formatForPath, lintText, type LintResult } from '../lint/index';
import type { LintConfig } from '../lint/config';
import type { Finding } from '../lint/types';
import type { CliCommand } from './args';
import { collectFiles, displayPath } from './collectFiles';
import { ConfigResolver } from './configResolver';
import { loadDraftFile, loadDraftFromStdin, writeDraft, type LoadedDraft, type LoadOutcome } from './draftSource';
import { applyFixes } from './applyFixes';
import { createProgress } from './progress';
import { DOCS_URL, FIXABLE_RULE_IDS, RULE_INFOS } from './ruleCatalog';
import { VERSION } from './version';
import { countSeverities, type FileResult } from './formatters/fileResult';
import { formatStylish } from './formatters/stylish';
import { formatJson } from './formatters/json';
import { formatSarif } from './formatters/sarif';
import { say, wantsColor, type CliIO } from './io';

export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_TROUBLE = 2;

/** Fixes can unblock other fixes (overlapping ones wait a pass); ESLint also stops at 10 passes. */
const MAX_FIX_PASSES = 10;

type LintCommand = Extract<CliCommand, { command: 'lint' }>;

/** What every step of a run shares: where to write, and where to record trouble (exit code 2). */
export interface RunContext {
  io: CliIO;
  resolver: ConfigResolver;
  /** Says the message on stderr and makes the exit code 2. */
  trouble(message: string): void;
}

export function createRunContext(command: Pick<LintCommand, 'config' | 'rules'>, io: CliIO, troubles: string[]): RunContext {
  const trouble = (message: string) => {
    troubles.push(message);
    say(io, 'error', message);
  };
  const resolver = new ConfigResolver(command.config, command.rules, io.cwd, (problem) => trouble(problem.message));
  return { io, resolver, trouble };
}

export async function runLintCommand(command: LintCommand, io: CliIO): Promise<number> {
  const troubles: string[] = [];
  const run = createRunContext(command, io, troubles);
  const results: FileResult[] = [];
  const take = (outcome: LoadOutcome) => {
    if (!outcome.draft) {
      if (outcome.error) run.trouble(outcome.error);
      return;
    }
    const result = lintOrFix(outcome.draft, command.fix, run);
    if (result) results.push(result);
  };

  if (command.stdin) {
    take(await loadDraftFromStdin(command.stdinFilename, io));
  } else {
    const collected = collectFiles(command.paths, io.cwd);
    collected.errors.forEach(run.trouble);
    for (const note of collected.notes) say(io, 'note', note);
    const progress = createProgress(collected.files.length, io.stderr);
    collected.files.forEach((file, index) => {
      progress.update(index + 1, displayPath(file, io.cwd));
      take(loadDraftFile(file, io));
    });
    progress.clear();
  }

  io.stdout.write(render(command, results, troubles, io));

  if (troubles.length > 0) return EXIT_TROUBLE;
  const counts = countSeverities(results);
  if (counts.error > 0) return EXIT_PROBLEMS;
  if (command.maxWarnings !== null && counts.warning > command.maxWarnings) {
    say(io, 'error', `too many warnings (${counts.warning}; --max-warnings allows ${command.maxWarnings}).`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/** Lints one draft; an engine failure is trouble with that draft, not a crash of the run. */
export function lintDraft(draft: LoadedDraft, config: LintConfig, run: RunContext, text = draft.text): LintResult | null {
  try {
    return lintText(text, { format: formatForPath(draft.path), config });
  } catch (error) {
    run.trouble(`${draft.displayPath}: internal error while linting (${error instanceof Error ? error.message.split('\n')[0] : String(error)}).`);
    return null;
  }
}

function lintOrFix(draft: LoadedDraft, fix: boolean, run: RunContext): FileResult | null {
  const config = run.resolver.configFor(draft.path);
  const linted = lintDraft(draft, config, run);
  if (!linted) return null;
  const { text, findings } = fix ? fixDraft(draft, config, linted.findings, run) : { text: draft.text, findings: linted.findings };
  return { path: draft.path, displayPath: draft.displayPath, text, findings };
}

/** Applies fixes pass by pass, re-linting after each, then writes the file once. */
function fixDraft(draft: LoadedDraft, config: LintConfig, findings: Finding[], run: RunContext): { text: string; findings: Finding[] } {
  const original = { text: draft.text, findings };
  if (draft.invalidUtf8) {
    if (findings.some((f) => f.fix && FIXABLE_RULE_IDS.has(f.ruleId))) {
      say(run.io, 'warning', `${draft.displayPath}: not fixed, because writing it back would replace its invalid UTF-8 bytes.`);
    }
    return original;
  }
  let text = draft.text;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = applyFixes(text, findings, FIXABLE_RULE_IDS);
    if (fixed.applied === 0 || fixed.text === text) break;
    const relinted = lintDraft(draft, config, run, fixed.text);
    if (!relinted) return original;
    text = fixed.text;
    findings = relinted.findings;
  }
  if (text === draft.text) return original;
  const writeError = writeDraft(draft, text);
  if (writeError) {
    run.trouble(writeError);
    return original;
  }
  return { text, findings };
}

function render(command: LintCommand, results: FileResult[], troubles: string[], io: CliIO): string {
  switch (command.format) {
    case 'json':
      return formatJson(results);
    case 'sarif':
      return formatSarif(results, { version: VERSION, informationUri: DOCS_URL, rules: RULE_INFOS, cwd: io.cwd, notifications: troubles });
    case 'stylish':
      return formatStylish(results, { color: wantsColor(io), fixableRuleIds: FIXABLE_RULE_IDS });
  }
}
