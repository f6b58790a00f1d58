// Which configuration each draft is linted with: the --config file when given, else the nearest
// .attributionlintrc.json above the draft, with --rule overrides on top. Each configuration file
// is read once per run and its problems are reported once.
import * as path from 'node:path';
import { emptyConfig, mergeConfigs, type ConfigProblem, type LintConfig } from '../lint/config';
import type { SeveritySetting } from '../lint/types';
import { findConfigFile, loadConfigFile } from '../configFile';
import { displayPath } from './collectFiles';

export class ConfigResolver {
  private readonly configFileByDir = new Map<string, string | null>();
  private readonly configByFile = new Map<string, LintConfig>();
  private readonly overrides: LintConfig;
  /** True once any configuration file had a problem (the run then exits with 2). */
  hadProblems = false;

  constructor(
    private readonly explicitConfig: string | null,
    ruleOverrides: Record<string, SeveritySetting>,
    private readonly cwd: string,
    private readonly reportProblem: (problem: ConfigProblem) => void,
  ) {
    this.overrides = { ...emptyConfig(), rules: { ...ruleOverrides } };
  }

  /** The configuration for a draft at `draftPath` (which need not exist, e.g. --stdin-filename). */
  configFor(draftPath: string): LintConfig {
    const configFile = this.explicitConfig !== null ? path.resolve(this.cwd, this.explicitConfig) : this.findFor(path.dirname(path.resolve(this.cwd, draftPath)));
    const fileConfig = configFile === null ? emptyConfig() : this.load(configFile);
    return mergeConfigs(fileConfig, this.overrides);
  }

  private findFor(dir: string): string | null {
    let found = this.configFileByDir.get(dir);
    if (found === undefined) {
      found = findConfigFile(dir);
      this.configFileByDir.set(dir, found);
    }
    return found;
  }

  private load(configFile: string): LintConfig {
    let config = this.configByFile.get(configFile);
    if (config === undefined) {
      const parsed = loadConfigFile(configFile, displayPath(configFile, this.cwd));
      for (const problem of parsed.problems) this.reportProblem(problem);
      if (parsed.problems.length > 0) this.hadProblems = true;
      config = parsed.config;
      this.configByFile.set(configFile, config);
    }
    return config;
  }
}
