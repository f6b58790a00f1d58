// Bundles the client, the language server and the CLI into dist/ with esbuild.
import { build } from 'esbuild';
import { BUNDLE_OPTIONS } from './bundleOptions.mjs';

await Promise.all([
  build({ ...BUNDLE_OPTIONS, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...BUNDLE_OPTIONS, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...BUNDLE_OPTIONS, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The engine alone, as shipped inside the server and CLI bundles: what the benchmark and evaluation measure.
  build({ ...BUNDLE_OPTIONS, entryPoints: ['server/src/lint/index.ts'], outfile: 'dist/engine.js' }),
]);
