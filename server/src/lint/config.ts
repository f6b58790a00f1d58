// The configuration schema shared by `.attributionlintrc.json` and the editor settings, and its
// validation. Pure: callers read files; this only parses text and merges objects.
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { SeveritySetting } from './types';
import { RULE_IDS } from './rules';
import { WORD_LIST_NAMES, type WordListName } from './wordLists';

export interface WordListChange {
  add: string[];
  remove: string[];
}

export interface LintConfig {
  /** Rule id to severity, or "off". Rules not named keep their default severity. */
  rules: Record<string, SeveritySetting>;
  /** Phrases never flagged (matched case-insensitively against the flagged text). */
  acceptedPhrases: string[];
  /** Hedge words and phrases added to the built-in list. */
  extraHedges: string[];
  /** News outlets and agencies recognised as second-hand sources, added to the built-in list. */
  knownOutlets: string[];
  /** Additions and removals for any built-in word list. */
  wordLists: Partial<Record<WordListName, WordListChange>>;
}

export interface ConfigProblem {
  /** The file (or settings section) the problem is in. */
  file: string;
  /** The key path, e.g. "rules.hedged-wording"; "" for the whole file. */
  key: string;
  message: string;
  /** Offset of the offending value in the file text, when known. */
  offset?: number;
  length?: number;
}

export interface ParsedConfig {
  config: LintConfig;
  problems: ConfigProblem[];
}

export const SEVERITY_SETTINGS: readonly SeveritySetting[] = ['off', 'hint', 'info', 'warning', 'error'];

export function emptyConfig(): LintConfig {
  return { rules: {}, acceptedPhrases: [], extraHedges: [], knownOutlets: [], wordLists: {} };
}

/** Parses `.attributionlintrc.json` text (JSON with comments allowed). Bad parts are reported and left out. */
export function parseConfigText(text: string, file: string): ParsedConfig {
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0) {
    const first = errors[0];
    const { line, column } = lineAndColumn(text, first.offset);
    // The whole file falls back to the defaults, but what could be read is still checked, so a
    // misspelt key is named even in a file with a missing brace.
    const partial = validateConfig(value, file, (key) => locateKey(text, key));
    return {
      config: emptyConfig(),
      problems: [{
        file,
        key: '',
        message: `${file}:${line}:${column}: invalid JSON (${printParseErrorCode(first.error)}); using the default configuration.`,
        offset: first.offset,
        length: first.length,
      }, ...partial.problems],
    };
  }
  return validateConfig(value, file, (key) => locateKey(text, key));
}

/**
 * Checks an already-parsed object (a config file's JSON, or the editor settings) against the schema.
 * Every bad key gives one problem naming the file and the key; the rest of the object is kept.
 */
export function validateConfig(value: unknown, file: string, locate: (key: string) => number | undefined = () => undefined): ParsedConfig {
  const config = emptyConfig();
  const problems: ConfigProblem[] = [];
  const problem = (key: string, message: string) => problems.push({ file, key, message: `${file}: "${key}" ${message}`, offset: locate(key) });

  if (value === null || value === undefined) return { config, problems };
  if (!isPlainObject(value)) {
    problems.push({ file, key: '', message: `${file}: the configuration must be a JSON object; using the default configuration.`, offset: 0 });
    return { config, problems };
  }
  for (const [key, entry] of Object.entries(value)) {
    switch (key) {
      case 'rules':
        readRules(entry, config, problem);
        break;
      case 'acceptedPhrases':
      case 'extraHedges':
      case 'knownOutlets': {
        const list = readStringList(entry, key, problem);
        if (list) config[key] = list;
        break;
      }
      case 'wordLists':
        readWordLists(entry, config, problem);
        break;
      case '$schema':
        break;
      default:
        problem(key, `is not a known setting (expected one of: rules, acceptedPhrases, extraHedges, knownOutlets, wordLists); it is ignored.`);
    }
  }
  return { config, problems };
}

/** Later configurations win: rule severities override key by key, lists are concatenated. */
export function mergeConfigs(...configs: LintConfig[]): LintConfig {
  const merged = emptyConfig();
  for (const config of configs) {
    Object.assign(merged.rules, config.rules);
    merged.acceptedPhrases.push(...config.acceptedPhrases);
    merged.extraHedges.push(...config.extraHedges);
    merged.knownOutlets.push(...config.knownOutlets);
    for (const [name, change] of Object.entries(config.wordLists) as [WordListName, WordListChange][]) {
      const target = (merged.wordLists[name] ??= { add: [], remove: [] });
      target.add.push(...change.add);
      target.remove.push(...change.remove);
    }
  }
  return merged;
}

type Report = (key: string, message: string) => void;

function readRules(entry: unknown, config: LintConfig, problem: Report): void {
  if (!isPlainObject(entry)) {
    problem('rules', 'must be an object mapping rule ids to "off", "hint", "info", "warning" or "error"; using the default severities.');
    return;
  }
  for (const [ruleId, severity] of Object.entries(entry)) {
    const key = `rules.${ruleId}`;
    if (!RULE_IDS.includes(ruleId)) {
      problem(key, `names no rule (known rules: ${RULE_IDS.join(', ')}); it is ignored.`);
    } else if (typeof severity !== 'string' || !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      problem(key, `must be one of "off", "hint", "info", "warning", "error" (got ${JSON.stringify(severity)}); using the rule's default.`);
    } else {
      config.rules[ruleId] = severity as SeveritySetting;
    }
  }
}

function readStringList(entry: unknown, key: string, problem: Report): string[] | undefined {
  if (!Array.isArray(entry)) {
    problem(key, 'must be an array of strings; it is ignored.');
    return undefined;
  }
  const strings = entry.filter((item): item is string => typeof item === 'string' && item.trim() !== '');
  if (strings.length !== entry.length) problem(key, 'must contain only non-empty strings; the other entries are ignored.');
  return strings.map((item) => item.trim());
}

function readWordLists(entry: unknown, config: LintConfig, problem: Report): void {
  if (!isPlainObject(entry)) {
    problem('wordLists', `must be an object keyed by list name (${WORD_LIST_NAMES.join(', ')}); it is ignored.`);
    return;
  }
  for (const [name, change] of Object.entries(entry)) {
    const key = `wordLists.${name}`;
    if (!(WORD_LIST_NAMES as readonly string[]).includes(name)) {
      problem(key, `names no word list (known lists: ${WORD_LIST_NAMES.join(', ')}); it is ignored.`);
      continue;
    }
    if (!isPlainObject(change)) {
      problem(key, 'must be an object like {"add": [...], "remove": [...]}; it is ignored.');
      continue;
    }
    const result: WordListChange = { add: [], remove: [] };
    for (const [field, list] of Object.entries(change)) {
      if (field !== 'add' && field !== 'remove') {
        problem(`${key}.${field}`, 'is not "add" or "remove"; it is ignored.');
        continue;
      }
      result[field] = readStringList(list, `${key}.${field}`, problem) ?? [];
    }
    config.wordLists[name as WordListName] = result;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Finds where a dotted key's last segment is written in the file text, for pointing at it. */
function locateKey(text: string, key: string): number | undefined {
  const last = key.split('.').pop() ?? key;
  const at = text.indexOf(JSON.stringify(last));
  return at >= 0 ? at : undefined;
}
