// Finding and reading `.attributionlintrc.json` on disk. The engine under lint/ stays pure: this is
// the one place (shared by the CLI and the server) that touches the file system for configuration.
// Nothing is cached here; callers that lint many drafts keep their own cache.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyConfig, parseConfigText, type ParsedConfig } from './lint/config';
import { CONFIG_FILE_NAME } from './protocolNames';

export { CONFIG_FILE_NAME };

/** Larger files are refused: a real configuration is a few kilobytes, a megabyte is a mistake. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/** Walks up from `startDir` to the file-system root; returns the first `.attributionlintrc.json` found. */
export function findConfigFile(startDir: string): string | null {
  let dir = path.resolve(startDir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_FILE_NAME);
    if (isFile(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/**
 * Reads and validates a configuration file. Never throws: a file that cannot be read, is too large
 * or is not valid gives problems naming `displayName` (default: the path) and the default configuration.
 */
export function loadConfigFile(filePath: string, displayName: string = filePath): ParsedConfig {
  let text: string;
  try {
    const stat = fs.statSync(filePath);
    if (stat.isDirectory()) return refused(displayName, 'is a directory, not a configuration file');
    if (stat.size > MAX_CONFIG_BYTES) {
      return refused(displayName, `is too large (${stat.size} bytes; the limit is ${MAX_CONFIG_BYTES} bytes)`);
    }
    text = fs.readFileSync(filePath, 'utf8');
  } catch (error) {
    return refused(displayName, `cannot be read (${describeFsError(error)})`);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return parseConfigText(text, displayName);
}

function refused(file: string, why: string): ParsedConfig {
  return { config: emptyConfig(), problems: [{ file, key: '', message: `${file}: ${why}; using the default configuration.` }] };
}

function isFile(candidate: string): boolean {
  try {
    return fs.statSync(candidate).isFile();
  } catch {
    return false;
  }
}

/** "no such file or directory" rather than a Node error dump. */
export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    default:
      return code ?? (error instanceof Error ? error.message.split('\n')[0] : String(error));
  }
}
