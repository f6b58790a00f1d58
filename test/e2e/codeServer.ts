// code-server (VS Code's server and web workbench, from npm) for editor tests on a machine with no
// VS Code download: installed by scripts/install-code-server.sh into .cache/, started isolated on
// loopback, and opened in Debian's Chromium through playwright-core (never a downloaded browser).
import { execFileSync, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { ROOT } from './workspace';

export const CODE_SERVER_DIR = process.env.ATTRIBUTION_LINT_CODE_SERVER_DIR ?? path.join(ROOT, '.cache', 'code-server');
const CODE_SERVER = path.join(CODE_SERVER_DIR, 'node_modules', '.bin', 'code-server');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Installs code-server when missing (a no-op once installed). */
export function ensureCodeServer(): void {
  execFileSync('sh', [path.join(ROOT, 'test', 'e2e', 'scripts', 'install-code-server.sh'), CODE_SERVER_DIR], { stdio: 'inherit' });
}

export interface RunningCodeServer {
  base: string;
  authority: string;
  stop(): Promise<void>;
}

export interface CodeServerOptions {
  /** Folder for code-server's home, user data, extensions and log. */
  stateDir: string;
  workspace: string;
  /** .vsix files to install before starting. */
  extensions?: string[];
  /** Extra environment for the server (the extension host inherits it). */
  env?: NodeJS.ProcessEnv;
}

export async function startCodeServer(options: CodeServerOptions): Promise<RunningCodeServer> {
  const { stateDir } = options;
  const port = await freePort();
  for (const sub of ['home', 'user/User', 'ext']) fs.mkdirSync(path.join(stateDir, sub), { recursive: true });
  // Sockets live in TMPDIR, and a Unix socket path must stay under 108 characters: keep it short.
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'al-cs-'));
  fs.writeFileSync(path.join(stateDir, 'config.yaml'), `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  fs.writeFileSync(path.join(stateDir, 'user', 'User', 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.enableExperiments': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'files.hotExit': 'off',
    'window.restoreWindows': 'none',
    'git.enabled': false,
    'editor.wordWrap': 'on',
    'git.openRepositoryInParentFolders': 'never',
  }, null, 2));
  const env = { ...process.env, HOME: path.join(stateDir, 'home'), TMPDIR: tmp, ...options.env };
  const common = ['--config', path.join(stateDir, 'config.yaml'), '--user-data-dir', path.join(stateDir, 'user'), '--extensions-dir', path.join(stateDir, 'ext')];
  for (const vsix of options.extensions ?? []) {
    const installed = spawnSync(CODE_SERVER, [...common, '--install-extension', vsix], { env, encoding: 'utf8' });
    if (installed.status !== 0) throw new Error(`installing ${vsix} into code-server failed:\n${installed.stdout}\n${installed.stderr}`);
  }
  const log = fs.openSync(path.join(stateDir, 'server.log'), 'w');
  const child: ChildProcess = spawn(CODE_SERVER, [...common, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--bind-addr', `127.0.0.1:${port}`, options.workspace], {
    env,
    stdio: ['ignore', log, log],
    detached: true,
  });
  const base = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode !== null) return;
    try {
      process.kill(-child.pid!, 'SIGTERM'); // the whole group: extension host and language server too
    } catch {
      // already gone
    }
    for (let i = 0; i < 50 && child.exitCode === null; i++) await sleep(100);
    if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    fs.rmSync(tmp, { recursive: true, force: true });
  };
  for (let i = 0; i < 300; i++) {
    if (child.exitCode !== null) break;
    if (await isHealthy(base)) return { base, authority: `127.0.0.1:${port}`, stop };
    await sleep(200);
  }
  await stop();
  throw new Error(`code-server did not come up; its log:\n${fs.readFileSync(path.join(stateDir, 'server.log'), 'utf8')}`);
}

/** Debian's Chromium, headless, with the flags that keep it off the (closed) network. */
export function launchChromium(stateDir: string): Promise<Browser> {
  const home = path.join(stateDir, 'browser-home');
  fs.mkdirSync(path.join(home, 'tmp'), { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    env: { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_CACHE_HOME: path.join(home, '.cache'), TMPDIR: path.join(home, 'tmp') },
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

async function isHealthy(base: string): Promise<boolean> {
  try {
    return (await fetch(`${base}/healthz`)).ok;
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
