import { readFileSync, readdirSync } from 'node:fs';
import { lintText } from '../server/src/lint';
const dir = '/work/shared/eval/polnear/dev/text/';
const rule = process.argv[2];
const limit = Number(process.argv[3] ?? 15);
let shown = 0;
for (const name of readdirSync(dir).sort()) {
  const text = readFileSync(dir + name, 'utf8');
  const { findings, analysis } = lintText(text, { format: 'plaintext' });
  for (const f of findings) {
    if (f.ruleId !== rule) continue;
    const p = analysis.paragraphs.find((p) => p.span.start <= f.span.start && p.span.end >= f.span.start)!;
    const prev = analysis.paragraphs[analysis.paragraphs.indexOf(p) - 1];
    console.log(`--- ${name}\n  PREV: ${prev ? text.slice(prev.span.start, prev.span.end).slice(-160) : ''}\n  PARA: ${text.slice(p.span.start, p.span.end).slice(0, 400)}\n  FLAG: ${text.slice(f.span.start, f.span.end).slice(0, 100)}`);
    if (++shown >= limit) process.exit(0);
  }
}
