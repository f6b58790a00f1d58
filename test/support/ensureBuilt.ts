// Builds dist/ (scripts/build.mjs) when a bundle is missing or older than the sources, so a single
// test file can be run on its own. A lock directory keeps test files running in parallel from
// building at once.
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export const ROOT = path.resolve(__dirname, '..', '..');

export function ensureBuilt(bundle: string): void {
  const lock = path.join(ROOT, 'dist', '.build-lock');
  fs.mkdirSync(path.dirname(lock), { recursive: true });
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      fs.mkdirSync(lock);
      break;
    } catch {
      if (Date.now() > deadline) break;
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
  try {
    if (isStale(bundle)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: ROOT, stdio: 'inherit' });
  } finally {
    fs.rmSync(lock, { recursive: true, force: true });
  }
  if (!fs.existsSync(bundle)) throw new Error(`${bundle} is missing after the build (scripts/build.mjs).`);
}

function isStale(bundle: string): boolean {
  if (!fs.existsSync(bundle)) return true;
  const built = fs.statSync(bundle).mtimeMs;
  const sources = [path.join(ROOT, 'package.json'), path.join(ROOT, 'scripts', 'build.mjs'), path.join(ROOT, 'scripts', 'bundleOptions.mjs')];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else sources.push(full);
    }
  };
  walk(path.join(ROOT, 'server', 'src'));
  return sources.some((file) => fs.statSync(file).mtimeMs > built);
}
