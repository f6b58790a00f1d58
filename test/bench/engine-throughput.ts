// Engine throughput on a 10,000-word draft made of the sample drafts (seeds/), repeated.
// Prints words per second (median of several runs after a warm-up). The full benchmark against
// other linters and the language server comes with the speed issue.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type * as Engine from '../../server/src/lint';

// The bundled engine (npm run build): the code users run, not the test-time TypeScript loader.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintText, formatForPath } = require('../../dist/engine.js') as typeof Engine;

const seedsDir = join(__dirname, '..', '..', 'seeds');
const texts = readdirSync(seedsDir)
  .filter((name) => formatForPath(name) === 'plaintext' || name.endsWith('.md'))
  .map((name) => readFileSync(join(seedsDir, name), 'utf8').replace(/^---[\s\S]*?\n---\n/, ''));
const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function draftOf(words: number): string {
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < words; i++) {
    const text = texts[i % texts.length];
    parts.push(text);
    total += countWords(text);
  }
  return parts.join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

const runs = 9;
for (const size of [10_000, 100_000]) {
  const draft = draftOf(size);
  const words = countWords(draft);
  for (let i = 0; i < 10; i++) lintText(draft, { format: 'markdown' });
  const times: number[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    findings = lintText(draft, { format: 'markdown' }).findings.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const ms = median(times);
  console.log(`${words.toLocaleString('en-US')} words: median ${ms.toFixed(2)} ms over ${runs} runs → ${Math.round((words / ms) * 1000).toLocaleString('en-US')} words/s (${findings} findings)`);
}
