// Closing, shutting down, and input no newsroom should send but some editor will: empty files,
// noise, and drafts too large to lint.
import { test, describe } from 'node:test';
import assert from 'node:assert/strict';
import { useServer, LspClient, SEED, seededRandom, sleep } from './lspClient';
import { HEDGE } from './expectations';
import { SERVER_COMMANDS, type LintDocumentResult } from '../../server/src/protocolNames';

const T = { timeout: 10_000 };
const ALLEGED = 'The alleged bribe was paid in cash.\n';

describe('shutdown', () => {
  let client: LspClient;
  useServer((started) => (client = started));

  test('didClose clears the document\'s diagnostics (an empty publish)', T, async () => {
    const uri = client.uriFor('closing.txt');
    await client.open(uri, ALLEGED, 'plaintext');
    await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === HEDGE));
    const seq = client.lastSeq;
    await client.close(uri);
    await client.waitForDiagnostics(uri, (d) => d.length === 0, undefined, seq);
  });

  test('shutdown then exit: the process ends with code 0 within 2 s', T, async () => {
    const ended = await client.shutdown(2_000);
    assert.deepEqual(ended, { code: 0, signal: null }, client.context());
  });
});

/** Punctuation, quotation marks and emoji (surrogate pairs, ZWJ sequences), with the odd line break. */
function noise(bytes: number): string {
  const random = seededRandom(20240611);
  const pieces = [...'.,;:!?()[]{}<>-–—…/\\|@#$%^&*_+=~`\'"“”‘’«»„‹›•·¶§'.split(''), '😀', '🗞️', '👩‍💻', '🇺🇸', '🔥', '‼️', '\u200d', '\n', '\n\n', ' ', '\r\n'];
  const chosen: string[] = [];
  for (let size = 0; size < bytes; ) {
    const piece = pieces[Math.floor(random() * pieces.length)];
    chosen.push(piece);
    size += Buffer.byteLength(piece);
  }
  return chosen.join('');
}

describe('bad input never kills the server', () => {
  let client: LspClient;
  useServer((started) => (client = started));

  test('an empty document', T, async () => {
    const uri = client.uriFor('empty.txt');
    await client.open(uri, '', 'plaintext');
    const result = await client.executeCommand<LintDocumentResult>(SERVER_COMMANDS.lintDocument, [uri]);
    assert.equal(result.findings, 0);
    assert.equal(client.exited, undefined);
  });

  test('100 KB of punctuation and emoji', T, async () => {
    const uri = client.uriFor('noise.txt');
    const text = noise(100 * 1024);
    await client.open(uri, text, 'plaintext');
    await client.change(uri, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, text: '“' }]);
    const hover = await client.hover(uri, { line: 3, character: 2 });
    assert.ok(hover === null || typeof hover === 'object');
    const result = await client.executeCommand<LintDocumentResult>(SERVER_COMMANDS.lintDocument, [uri]);
    assert.equal(typeof result.findings, 'number', JSON.stringify(result));
    assert.equal(client.exited, undefined, client.context());
  });

  test('a 3 MB draft (over maxFileSize): one message that it was skipped, no diagnostics', T, async () => {
    const uri = client.uriFor('huge.txt');
    let big = '';
    while (big.length < 3_000_000) big += `${SEED}\n\n`;
    const seq = client.lastSeq;
    await client.open(uri, big, 'plaintext');
    const message = await client.waitForMessage((m) => m.message.includes('huge.txt'));
    assert.match(message.message, /skip|large|size|big/i, `the message says why: ${message.message}`);

    // Typing in it must not bring the message back, nor diagnostics.
    await client.insert(uri, { line: 0, character: 0 }, 'The alleged ');
    await sleep(1_500);
    const aboutIt = client.messages.filter((m) => m.message.includes('huge.txt'));
    assert.equal(aboutIt.length, 1, `said once: ${JSON.stringify(aboutIt)}`);
    const published = client.publishedFor(uri).filter((p) => p.seq > seq && p.diagnostics.length > 0);
    assert.deepEqual(published.map((p) => p.diagnostics.length), [], 'no diagnostics for a skipped file');
  });

  test('the server still answers afterwards', T, async () => {
    const uri = client.uriFor('after.txt');
    await client.open(uri, ALLEGED, 'plaintext');
    const diagnostics = await client.waitForDiagnostics(uri, (d) => d.some((x) => x.code === HEDGE));
    const hover = await client.hover(uri, diagnostics.find((d) => d.code === HEDGE)!.range.start);
    assert.ok(hover, 'a hover on the new finding');
    assert.equal(client.exited, undefined, client.context());
  });
});

// protocolNames.ts: "Files larger than this (in bytes) are skipped". Measured with a small limit so
// the check is cheap: one draft over it in characters, one over it only in UTF-8 bytes.
describe('maxFileSize counts bytes', () => {
  let client: LspClient;
  useServer((started) => (client = started), { settings: { maxFileSize: 1_000 } });

  async function assertSkipped(name: string, text: string): Promise<void> {
    const uri = client.uriFor(name);
    const seq = client.lastSeq;
    await client.open(uri, text, 'plaintext');
    const message = await client.waitForMessage((m) => m.message.includes(name), 3_000).catch(() => undefined);
    await sleep(500);
    const published = client.publishedFor(uri).filter((p) => p.seq > seq && p.diagnostics.length > 0);
    assert.deepEqual(
      { message: message !== undefined, diagnostics: published.map((p) => p.diagnostics.map((d) => d.code)) },
      { message: true, diagnostics: [] },
      `${text.length} characters, ${Buffer.byteLength(text)} bytes, maxFileSize 1000: skipped with a message, no diagnostics`,
    );
  }

  test('over the limit in characters (1,236 ASCII characters)', T, async () => {
    await assertSkipped('ascii.txt', ALLEGED + 'x'.repeat(1_200));
  });

  test('over the limit only in bytes (636 characters, 1,236 UTF-8 bytes)', T, async () => {
    await assertSkipped('cyrillic.txt', ALLEGED + 'ж'.repeat(600));
  });
});
