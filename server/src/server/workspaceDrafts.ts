// The drafts of the workspace folders, as the CLI finds them in directories.
import { collectFiles } from '../cli/collectFiles';

export function draftsIn(folders: readonly string[]): string[] {
  if (folders.length === 0) return [];
  return collectFiles(folders, folders[0]).files;
}
