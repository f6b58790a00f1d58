// Adversarial and large drafts: how long one cold lint takes, so that lint time can be seen to stay
// linear (each input is also linted at a tenth of its size). Prints a table and writes
// .bench-results/adversarial.json. Figures, not pass/fail: robustness tests assert behaviour.
import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as Engine from '../../server/src/lint';

// The bundled engine (npm run build), as users run it.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lintText } = require('../../dist/engine.js') as typeof Engine;

const MB = 1_000_000;
const repeat = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const inputs: { name: string; make: (size: number) => string; size: number }[] = [
  { name: '100,000 unclosed quote marks', make: (size) => '"'.repeat(size), size: 100_000 },
  { name: '100,000 nested quotes', make: (size) => '“‘'.repeat(size / 4) + '’”'.repeat(size / 4), size: 200_000 },
  { name: '1 MB line with no sentence end', make: (size) => repeat('word ', size), size: MB },
  { name: '1 MB of one quotation', make: (size) => `“${repeat('word ', size - 2)}”`, size: MB },
  { name: '1 MB of "he said"', make: (size) => repeat('he said ', size), size: MB },
  { name: '1 MB binary-looking text', make: (size) => Array.from({ length: size }, (_, i) => String.fromCharCode((i * 7919) % 256)).join(''), size: MB },
  { name: '1 MB CRLF line ends', make: (size) => repeat('The alleged bribe was paid.\r\n', size), size: MB },
  { name: '1 MB lone CR line ends', make: (size) => repeat('The alleged bribe was paid.\r', size), size: MB },
  { name: '1 MB of tabs and hedges', make: (size) => repeat('\tThe alleged\tbribe.\t', size), size: MB },
  { name: '20 MB draft', make: (size) => repeat('The alleged bribe was paid, police said. “We will win,” she said. Critics say it failed.\n\n', size), size: 20 * MB },
];

function timeLint(text: string, format: 'plaintext' | 'markdown'): { ms: number; findings: number } {
  const start = process.hrtime.bigint();
  const findings = lintText(text, { format }).findings.length;
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, findings };
}

const rows: Record<string, unknown>[] = [];
console.log(`${'input'.padEnd(32)} ${'format'.padEnd(9)} ${'size'.padStart(10)} ${'lint ms'.padStart(9)} ${'tenth ms'.padStart(9)} ${'ratio'.padStart(6)} findings`);
for (const input of inputs) {
  for (const format of ['plaintext', 'markdown'] as const) {
    const full = input.make(input.size);
    const tenth = input.make(Math.floor(input.size / 10));
    timeLint(tenth, format); // warm-up
    const small = timeLint(tenth, format);
    const large = timeLint(full, format);
    const ratio = large.ms / Math.max(small.ms, 0.01);
    rows.push({ input: input.name, format, chars: full.length, ms: Math.round(large.ms), tenthMs: Math.round(small.ms), ratio: Number(ratio.toFixed(1)), findings: large.findings });
    console.log(`${input.name.padEnd(32)} ${format.padEnd(9)} ${full.length.toLocaleString('en-US').padStart(10)} ${large.ms.toFixed(0).padStart(9)} ${small.ms.toFixed(0).padStart(9)} ${ratio.toFixed(1).padStart(6)} ${large.findings}`);
  }
}
const out = path.join(__dirname, '..', '..', '.bench-results');
fs.mkdirSync(out, { recursive: true });
fs.writeFileSync(path.join(out, 'adversarial.json'), JSON.stringify({ node: process.version, rows }, null, 2));
console.log('ratio = time for the full input / time for a tenth of it: about 10 means linear.');
