// How every bundle is built: dist/ (build.mjs), and the stage runner of test/bench/lintStages.ts.
export const BUNDLE_OPTIONS = {
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
