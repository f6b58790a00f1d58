// --format sarif: a SARIF 2.1.0 log with one run, for code-scanning dashboards in CI. Regions are
// 1-based with UTF-16 columns (the SARIF default column kind, and the engine's offsets).
import { LineIndex, type Range } from '../../lint/positions';
import type { Finding, Severity } from '../../lint/types';
import type { RuleInfo } from '../ruleCatalog';
import { artifactUri } from '../collectFiles';
import type { FileResult } from './fileResult';

export const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

type SarifLevel = 'error' | 'warning' | 'note';

const LEVEL: Record<Severity, SarifLevel> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export interface SarifOptions {
  version: string;
  /** The tool's documentation page. */
  informationUri: string;
  rules: readonly RuleInfo[];
  cwd: string;
  /** Problems met while running (bad configuration, unreadable files), reported as notifications. */
  notifications: readonly string[];
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

export function buildSarif(results: readonly FileResult[], options: SarifOptions) {
  const ruleIndex = new Map(options.rules.map((rule, index) => [rule.id, index]));
  return {
    $schema: SARIF_SCHEMA,
    version: '2.1.0' as const,
    runs: [
      {
        tool: {
          driver: {
            name: 'attribution-lint',
            version: options.version,
            semanticVersion: options.version,
            informationUri: options.informationUri,
            rules: options.rules.map((rule) => ({
              id: rule.id,
              shortDescription: { text: rule.description },
              ...(isAbsoluteUrl(rule.docsUrl) ? { helpUri: rule.docsUrl } : {}),
              defaultConfiguration: { level: LEVEL[rule.defaultSeverity] },
              properties: { fixable: rule.fixable },
            })),
          },
        },
        invocations: [
          {
            executionSuccessful: options.notifications.length === 0,
            toolExecutionNotifications: options.notifications.map((text) => ({ level: 'error' as const, message: { text } })),
          },
        ],
        columnKind: 'utf16CodeUnits' as const,
        results: results.flatMap((result) => {
          const lines = new LineIndex(result.text);
          const uri = artifactUri(result.path, options.cwd);
          return result.findings.map((finding) => sarifResult(finding, lines, uri, ruleIndex));
        }),
      },
    ],
  };
}

export function formatSarif(results: readonly FileResult[], options: SarifOptions): string {
  return `${JSON.stringify(buildSarif(results, options), null, 2)}\n`;
}

function sarifResult(finding: Finding, lines: LineIndex, uri: string, ruleIndex: Map<string, number>) {
  const index = ruleIndex.get(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === undefined ? {} : { ruleIndex: index }),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [{ physicalLocation: { artifactLocation: { uri }, region: region(lines.rangeOf(finding.span)) } }],
    ...(finding.fix
      ? {
          fixes: [
            {
              description: { text: finding.fix.title },
              artifactChanges: [
                {
                  artifactLocation: { uri },
                  replacements: finding.fix.edits.map((edit) => ({
                    deletedRegion: region(lines.rangeOf(edit.span)),
                    insertedContent: { text: edit.newText },
                  })),
                },
              ],
            },
          ],
        }
      : {}),
  };
}

/** SARIF columns are 1-based and the end column is one past the last character, like LSP's end. */
function region(range: Range): SarifRegion {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function isAbsoluteUrl(text: string): boolean {
  try {
    new URL(text);
    return true;
  } catch {
    return false;
  }
}
