// Scratch folders for editor tests: a copy of seeds/ as the workspace, and state folders, all under
// test-results/ (ignored) so a failed run can be looked at.
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');
export const RESULTS_DIR = path.join(ROOT, 'test-results');

/** A fresh folder under test-results/<name>, with a `ws/` copy of the sample drafts. */
export function scratchWorkspace(name: string): { dir: string; workspace: string } {
  const dir = path.join(RESULTS_DIR, name);
  fs.rmSync(dir, { recursive: true, force: true });
  const workspace = path.join(dir, 'ws');
  fs.mkdirSync(workspace, { recursive: true });
  for (const file of fs.readdirSync(path.join(ROOT, 'seeds'))) fs.copyFileSync(path.join(ROOT, 'seeds', file), path.join(workspace, file));
  return { dir, workspace };
}
