// Whether two builds of the engine give the same findings, for work that must not change them
// (speed work, refactors): every PolNeAR article, the sample drafts, 3,000 random Markdown drafts
// and the articles joined into drafts of 100,000 words (which the engine lints section by section,
// sections.ts), each linted as Markdown and as plain text by both.
//
//   node --import tsx test/bench/compareEngines.ts OLD_ENGINE.js NEW_ENGINE.js [--data DIR]
//
// Build the old one first, e.g. `git stash; npm run build; cp dist/engine.js /tmp/old.js; git stash pop; npm run build`.
// Exits 1 when any lint differs, printing the first few texts that do.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as Engine from '../../server/src/lint';
import { countWords, ROOT } from './corpus';

const RANDOM_DRAFTS = 3_000;
const LONG_DRAFT_WORDS = 100_000;
const PIECES = [
  '# Head\n\n',
  '- item "quoted words here," he said\n',
  '> block "quote" said Smith\n\n',
  '```\ncode\n```\n\n',
  '| a | b |\n|---|---|\n| c | d |\n\n',
  '*em* and **strong** and [link](http://x.com "t") ',
  '<div>html</div>\n\n',
  'Critics allegedly said the "new plan fails badly," officials said.\n\n',
  '1. one\n2. two\n\n',
  '    indented code\n\n',
  'Setext\n===\n\n',
  '[ref]: http://example.com\n\n',
  '<!-- comment -->\n',
];

/** Reproducible drafts made of PIECES, so that Markdown edge cases meet each other. */
function randomDrafts(count: number): string[] {
  let seed = 7;
  const random = (n: number) => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed % n;
  };
  return Array.from({ length: count }, () => Array.from({ length: random(40) }, () => PIECES[random(PIECES.length)]).join(''));
}

/** The texts joined, in order, into drafts of at least `words` words (a shorter rest is left out). */
function longDrafts(texts: readonly string[], words: number): string[] {
  const drafts: string[] = [];
  let parts: string[] = [];
  let count = 0;
  for (const text of texts) {
    parts.push(text);
    count += countWords(text);
    if (count < words) continue;
    drafts.push(parts.join('\n\n'));
    parts = [];
    count = 0;
  }
  return drafts;
}

function textsIn(dir: string): string[] {
  try {
    return readdirSync(dir).map((file) => readFileSync(join(dir, file), 'utf8'));
  } catch {
    console.log(`(not found, skipped: ${dir})`);
    return [];
  }
}

function main(): void {
  const args = process.argv.slice(2);
  const dataAt = args.indexOf('--data');
  const dataDir = resolve(dataAt >= 0 ? args[dataAt + 1] : process.env.ATTRIBUTION_LINT_EVAL_DIR || join(ROOT, '..', 'shared', 'eval'));
  const [oldFile, newFile] = args.filter((arg, i) => arg !== '--data' && args[i - 1] !== '--data');
  if (!oldFile || !newFile) {
    console.error('Usage: node --import tsx test/bench/compareEngines.ts OLD_ENGINE.js NEW_ENGINE.js [--data DIR]');
    process.exit(2);
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const [before, after] = [oldFile, newFile].map((file) => require(resolve(file)) as typeof Engine);
  const articles = [...textsIn(join(dataDir, 'polnear', 'dev', 'text')), ...textsIn(join(dataDir, 'polnear', 'train', 'text'))];
  const texts = [...articles, ...textsIn(join(ROOT, 'seeds')), ...randomDrafts(RANDOM_DRAFTS), ...longDrafts(articles, LONG_DRAFT_WORDS)];
  let lints = 0;
  let differ = 0;
  for (const text of texts) {
    for (const format of ['markdown', 'plaintext'] as const) {
      lints++;
      const a = JSON.stringify(before.lintText(text, { format }).findings);
      const b = JSON.stringify(after.lintText(text, { format }).findings);
      if (a === b) continue;
      differ++;
      if (differ <= 3) console.log(`differs (${format}): ${JSON.stringify(text.slice(0, 160))}`);
    }
  }
  console.log(`${lints} lints, ${differ} differ`);
  process.exit(differ === 0 ? 0 : 1);
}

main();
