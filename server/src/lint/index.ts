// The engine's public face: text in, findings and the shared attribution analysis out.
// Pure and synchronous; no editor or LSP imports anywhere under lint/.
export * from './types';
export type { LintConfig, ConfigProblem, ParsedConfig, WordListChange } from './config';
export { parseConfigText, validateConfig, mergeConfigs, emptyConfig, SEVERITY_SETTINGS } from './config';
export { RULES, RULE_IDS, DOCS_BASE_URL } from './rules';
export type { Rule, RuleMeta, RuleDocs } from './rules';
export { LineIndex } from './positions';
export type { Position, Range } from './positions';
export { WORD_LIST_NAMES } from './wordLists';

export { IncrementalLinter } from './incremental';

import type { Analysis, DraftFormat, Finding } from './types';
import type { LintConfig } from './config';
import { analyze, analyzeBlocks, wholeProseView } from './analyze';
import { extractProse } from './extractProse';
import { findingsBySection } from './sections';
import { wordListsFor } from './wordLists';
import { keepReported, runRules } from './runRules';

export interface LintOptions {
  format: DraftFormat;
  config?: LintConfig;
}

export interface LintResult {
  findings: Finding[];
  analysis: Analysis;
}

/**
 * Lints one draft. Findings are sorted by position; suppressed and accepted ones are left out. A long
 * draft is linted section by section (sections.ts) and its analysis made only when asked for.
 */
export function lintText(text: string, options: LintOptions): LintResult {
  const lists = wordListsFor(options.config);
  const document = extractProse(text, options.format);
  const analyzeWhole = () => analyzeBlocks(text, options.format, wholeProseView(document), document.blocks, lists);
  const bySection = findingsBySection(text, options.format, document, lists, options.config);
  if (bySection === null) {
    const analysis = analyzeWhole();
    return { findings: keepReported(text, document.directives, lists, runRules(analysis, lists, options.config)), analysis };
  }
  let analysis: Analysis | null = null;
  return {
    findings: keepReported(text, document.directives, lists, bySection),
    get analysis() {
      return (analysis ??= analyzeWhole());
    },
  };
}

/** Analysis only (for the source report): no rules run. */
export function analyzeText(text: string, options: LintOptions): Analysis {
  return analyze(text, options.format, wordListsFor(options.config));
}

/** Markdown for .md/.markdown (and the markdown language id), plain text for everything else. */
export function formatForPath(path: string): DraftFormat {
  return /\.(md|markdown|mdx)$/i.test(path) ? 'markdown' : 'plaintext';
}
