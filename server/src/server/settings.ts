// The `attributionLint.*` settings of one document: fetched through `workspace/configuration`,
// filled with defaults, and turned into the engine's configuration. Bad values are reported, never fatal.
import { validateConfig, type ConfigProblem, type LintConfig } from '../lint';
import { DEFAULT_SETTINGS, MAX_FILE_SIZE_LIMIT, type Settings } from '../protocolNames';

export interface ResolvedSettings {
  settings: Settings;
  /** The rule and word-list part, in the same schema as `.attributionlintrc.json`. */
  config: LintConfig;
  problems: ConfigProblem[];
}

const SETTINGS_LABEL = 'settings (attributionLint.*)';

/** Defaults for missing or wrongly typed keys; rule severities and lists validated like the config file. */
export function resolveSettings(raw: unknown): ResolvedSettings {
  const value = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>;
  const settings: Settings = {
    enable: typeof value.enable === 'boolean' ? value.enable : DEFAULT_SETTINGS.enable,
    run: value.run === 'onSave' || value.run === 'onType' ? value.run : DEFAULT_SETTINGS.run,
    debounceMs: typeof value.debounceMs === 'number' && value.debounceMs >= 0 ? value.debounceMs : DEFAULT_SETTINGS.debounceMs,
    languages: Array.isArray(value.languages) ? value.languages.filter((id): id is string => typeof id === 'string') : DEFAULT_SETTINGS.languages,
    rules: {},
    acceptedPhrases: [],
    extraHedges: [],
    knownOutlets: [],
    maxFileSize: typeof value.maxFileSize === 'number' && value.maxFileSize > 0 ? Math.min(value.maxFileSize, MAX_FILE_SIZE_LIMIT) : DEFAULT_SETTINGS.maxFileSize,
  };
  const engineKeys = {
    rules: value.rules ?? {},
    acceptedPhrases: value.acceptedPhrases ?? [],
    extraHedges: value.extraHedges ?? [],
    knownOutlets: value.knownOutlets ?? [],
  };
  const { config, problems } = validateConfig(engineKeys, SETTINGS_LABEL);
  if (typeof value.maxFileSize === 'number' && value.maxFileSize > MAX_FILE_SIZE_LIMIT) {
    const limit = MAX_FILE_SIZE_LIMIT.toLocaleString('en-US');
    problems.push({ file: SETTINGS_LABEL, key: 'maxFileSize', message: `maxFileSize is at most ${limit} bytes (a larger draft needs more memory than the server has); using ${limit}.` });
  }
  settings.rules = config.rules;
  settings.acceptedPhrases = config.acceptedPhrases;
  settings.extraHedges = config.extraHedges;
  settings.knownOutlets = config.knownOutlets;
  return { settings, config, problems };
}
