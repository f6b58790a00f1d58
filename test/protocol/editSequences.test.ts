// Random sequences of incremental edits through the server (fast-check): after any sequence, the
// published diagnostics equal a cold lint of the final text, and the server is still answering.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LspClient, SEED, rangeAt } from './lspClient';
import { waitForEngineMatch } from './expectations';

const SEQUENCES = Number(process.env.PROPERTY_RUNS_LSP ?? 25);
const INSERTS = ['The alleged bribe was paid. ', '“We will win,” ', 'she said.', '"', '“', '”', '\n\n', '\r\n', '😀', 'e\u0301', ' according to RT', 'Putin stressed that ', '<!-- attribution-lint-disable -->\n', ''];

interface Edit {
  /** Relative positions in the current text, 0..1. */
  from: number;
  length: number;
  insert: string;
}

const edit = fc.record({ from: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.nat({ max: 40 }), insert: fc.oneof(fc.constantFrom(...INSERTS), fc.string({ unit: 'grapheme', maxLength: 8 })) });
const sequence = fc.array(edit, { minLength: 1, maxLength: 12 });

let client: LspClient | undefined;
after(async () => {
  await client?.dispose();
});

function splitsCrlf(text: string, offset: number): boolean {
  return text[offset - 1] === '\r' && text[offset] === '\n';
}

test('after random edit sequences the diagnostics equal a cold lint of the final text', async (t) => {
  client = await LspClient.start({ settings: { debounceMs: 0 } });
  let runs = 0;
  let edits = 0;
  await fc.assert(
    fc.asyncProperty(sequence, async (steps: Edit[]) => {
      runs++;
      const document = await client!.open(`draft-${runs}.txt`, SEED);
      for (const step of steps) {
        const text = client!.document(document.uri).text;
        let start = Math.floor(step.from * text.length);
        // Edits land on UTF-16 boundaries and never inside a CRLF, as an editor's do: LSP positions
        // cannot name the point between \r and \n (the server reads it as the line's end, before both).
        if (start > 0 && (/[\udc00-\udfff]/.test(text[start] ?? '') || splitsCrlf(text, start))) start--;
        let end = Math.min(text.length, start + step.length);
        if (end < text.length && (/[\udc00-\udfff]/.test(text[end] ?? '') || splitsCrlf(text, end))) end++;
        await client!.change(document.uri, [{ range: rangeAt(text, start, end), text: step.insert }]);
        edits++;
      }
      await waitForEngineMatch(client!, document.uri, 'plaintext');
      await client!.close(document.uri);
    }),
    { numRuns: SEQUENCES },
  );
  assert.ok(client.child.exitCode === null, 'the server is still running');
  t.diagnostic(`${runs} edit sequences (${edits} incremental edits) checked against a cold lint`);
});
