// `.attributionlintrc.json` files as the server sees them: found by walking up from each draft,
// read once and cached until a watched-file event says one changed.
import * as path from 'node:path';
import { findConfigFile, loadConfigFile } from '../configFile';
import { emptyConfig, type ParsedConfig } from '../lint';

export interface ConfigFileEntry {
  /** Absolute path of the file, or null when no file applies. */
  file: string | null;
  parsed: ParsedConfig;
}

export class ConfigFileCache {
  private readonly byDirectory = new Map<string, ConfigFileEntry>();
  private readonly byFile = new Map<string, ParsedConfig>();
  private loadedSinceLastAsked = false;

  /** The configuration file that applies to drafts in `directory`. */
  forDirectory(directory: string): ConfigFileEntry {
    const key = path.resolve(directory);
    let entry = this.byDirectory.get(key);
    if (!entry) {
      const file = findConfigFile(key);
      entry = { file, parsed: file ? this.load(file) : { config: emptyConfig(), problems: [] } };
      this.byDirectory.set(key, entry);
    }
    return entry;
  }

  /** Every configuration file read so far, with its problems. */
  loadedFiles(): [string, ParsedConfig][] {
    return [...this.byFile.entries()];
  }

  /** True once after files were (re)read: time to report their problems again. */
  takeNewlyLoaded(): boolean {
    const loaded = this.loadedSinceLastAsked;
    this.loadedSinceLastAsked = false;
    return loaded;
  }

  clear(): void {
    this.byDirectory.clear();
    this.byFile.clear();
    this.loadedSinceLastAsked = true; // files that vanished must have their diagnostics cleared
  }

  private load(file: string): ParsedConfig {
    let parsed = this.byFile.get(file);
    if (!parsed) {
      parsed = loadConfigFile(file);
      this.byFile.set(file, parsed);
      this.loadedSinceLastAsked = true;
    }
    return parsed;
  }
}
