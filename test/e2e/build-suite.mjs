// Bundles the extension-host suite (test/e2e/suite) into out/e2e/suite/, where VS Code loads it as
// `extensionTestsPath`. `vscode` comes from the extension host; mocha from node_modules.
import { build } from 'esbuild';

await build({
  entryPoints: ['test/e2e/suite/index.ts', 'test/e2e/suite/extension.test.ts'],
  outdir: 'out/e2e/suite',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode', 'mocha'],
  logLevel: 'warning',
});
