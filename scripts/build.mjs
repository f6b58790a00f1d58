// Bundles the client, the language server and the CLI into dist/ with esbuild.
import { build } from 'esbuild';

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  // jsonc-parser's default (UMD) build hides its modules from the bundler; its ESM build does not.
  mainFields: ['module', 'main'],
  // esbuild rewrites a pattern literal with \p{…} as `new RegExp(…)` for every target, which builds
  // a new pattern on each call of the function holding it (the sentence splitter's was made once
  // per character). Node 20 has had Unicode property escapes since Node 10, and the engine uses only
  // general categories (\p{L}, \p{Lu}, \p{N}…), so the literals stay literals.
  supported: { 'regexp-unicode-property-escapes': true },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' }),
  // The engine alone, as shipped inside the server and CLI bundles: what the benchmark and evaluation measure.
  build({ ...common, entryPoints: ['server/src/lint/index.ts'], outfile: 'dist/engine.js' }),
]);
