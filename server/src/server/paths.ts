// Document URIs to file-system paths, and where a draft's configuration is looked for.
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The file path of a `file:` URI; '' for untitled and other schemes. */
export function uriPath(uri: string): string {
  try {
    return uri.startsWith('file:') ? fileURLToPath(uri) : '';
  } catch {
    return '';
  }
}

/** Where to look for `.attributionlintrc.json`: the draft's folder, or the first workspace root for untitled drafts. */
export function directoryOf(uri: string, workspaceRoots: readonly string[]): string {
  const file = uriPath(uri);
  if (file) return path.dirname(file);
  return workspaceRoots[0] ?? process.cwd();
}

/** The workspace folder holding the draft, else the first one. */
export function workspaceRootOf(uri: string, workspaceRoots: readonly string[]): string | null {
  const file = uriPath(uri);
  return workspaceRoots.find((root) => file.startsWith(root + path.sep)) ?? workspaceRoots[0] ?? null;
}
