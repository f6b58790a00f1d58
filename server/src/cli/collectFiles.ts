// Turns the command line's paths into the list of drafts to lint: files as given, directories
// searched for draft extensions, quoted globs expanded. Problems are collected, never thrown, so
// one missing path does not stop the others from being linted.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
// Loaded with require(): the bundle is CommonJS, and tinyglobby's ES build (which an import would
// pick) pulls in fdir's ES build, whose import.meta.url is empty in a CommonJS bundle.
import tinyglobby = require('tinyglobby');
import { describeFsError } from '../configFile';
import { DRAFT_EXTENSIONS } from '../protocolNames';

export { DRAFT_EXTENSIONS };

export interface CollectedFiles {
  /** Absolute paths, each once, in the order they were named (directory contents sorted by name). */
  files: string[];
  /** One-line messages for paths that are missing or unreadable, or globs that match nothing. */
  errors: string[];
  /** One-line notes that are not errors, e.g. a directory that holds no drafts. */
  notes: string[];
}

export function collectFiles(args: readonly string[], cwd: string): CollectedFiles {
  const result: CollectedFiles = { files: [], errors: [], notes: [] };
  const seen = new Set<string>();
  const add = (file: string) => {
    if (!seen.has(file)) {
      seen.add(file);
      result.files.push(file);
    }
  };

  for (const arg of args) {
    const absolute = path.resolve(cwd, arg);
    let stat: fs.Stats | null = null;
    try {
      stat = fs.statSync(absolute);
    } catch (error) {
      if (tinyglobby.isDynamicPattern(arg)) {
        const matches = expandGlob(arg, cwd);
        if (matches.length === 0) result.errors.push(`no files match the pattern "${arg}".`);
        matches.forEach(add);
      } else {
        result.errors.push(`${arg}: ${describeFsError(error)}.`);
      }
      continue;
    }
    if (stat.isDirectory()) {
      const before = result.files.length;
      walkDirectory(absolute, add, result.errors, new Set());
      if (result.files.length === before) result.notes.push(`${arg}: no drafts found (${DRAFT_EXTENSIONS.join(', ')}).`);
    } else {
      add(absolute);
    }
  }
  return result;
}

export function isDraftFile(name: string): boolean {
  return DRAFT_EXTENSIONS.includes(path.extname(name).toLowerCase());
}

function walkDirectory(dir: string, add: (file: string) => void, errors: string[], visited: Set<string>): void {
  let real: string;
  let entries: fs.Dirent[];
  try {
    real = fs.realpathSync(dir);
    if (visited.has(real)) return; // a symbolic link back up the tree
    visited.add(real);
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    errors.push(`${dir}: ${describeFsError(error)}.`);
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    let isDirectory = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const target = fs.statSync(full);
        isDirectory = target.isDirectory();
        isFile = target.isFile();
      } catch (error) {
        // A draft whose link points nowhere went missing: say so; any other dangling link is ignored.
        if (isDraftFile(entry.name)) errors.push(`${full}: ${describeFsError(error)} (a link to a missing file).`);
        continue;
      }
    }
    if (isDirectory) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      walkDirectory(full, add, errors, visited);
    } else if (isFile && isDraftFile(entry.name)) {
      add(full);
    }
  }
}

/** Matches files only; dot-files, dot-directories and node_modules are left out as in directory search. */
function expandGlob(pattern: string, cwd: string): string[] {
  try {
    return tinyglobby.globSync(pattern, {
      cwd,
      absolute: true,
      onlyFiles: true,
      dot: false,
      expandDirectories: false,
      ignore: ['**/node_modules/**'],
    })
      .map((file) => path.resolve(file))
      .sort();
  } catch {
    return [];
  }
}

/** The path shown to the user: relative to the working directory when inside it, else absolute. */
export function displayPath(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** A SARIF artifact URI: a relative reference with forward slashes inside `cwd`, a file: URL outside. */
export function artifactUri(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return pathToFileURL(file).href;
  return relative.split(path.sep).map(encodeURIComponent).join('/');
}
