// The language server as an editor meets it: `node dist/server.js --stdio`, driven by the protocol
// tests' client (test/protocol/lspClient.ts) with the debounce set to 0 through the
// `attributionLint` settings it answers to `workspace/configuration`. Times edits to a 10,000-word
// draft in two ways: in the server, from the change's arrival to its diagnostics computed (what the
// server reports in `$/logTrace` when the client asks for verbose tracing), and at the client, from
// sending didChange to receiving the diagnostics of that version (the JSON round trip between two
// processes included). Checks every result against a cold lint of the same text, and measures
// resident memory with 50 drafts open.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DidChangeTextDocumentNotification, DocumentDiagnosticRequest, type Diagnostic } from 'vscode-languageserver-protocol/node';
import type * as Engine from '../../server/src/lint';
import { LspClient, messageOf, rangeAt, seededRandom } from '../protocol/lspClient';
import { ROOT, type TextStream } from './corpus';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const engine = require(join(ROOT, 'dist', 'engine.js')) as typeof Engine;

const LSP_SEVERITY: Record<Engine.Severity, number> = { error: 1, warning: 2, info: 3, hint: 4 };

export type DiagnosticsMode = 'pull (textDocument/diagnostic)' | 'push (publishDiagnostics)';

export interface Mismatch {
  change: string;
  version: number;
  /** In a cold lint but not in the server's diagnostics (first few). */
  missing: string[];
  /** In the server's diagnostics but not in a cold lint (first few). */
  extra: string[];
}

export interface IncrementalResult {
  mode: DiagnosticsMode;
  draftWords: number;
  /** Opening the draft: didOpen sent → first diagnostics received at the client, and change arrived → computed in the server. */
  openMs: number;
  openServerMs: number;
  /** Milliseconds per measured change, in the order made, at the client: didChange sent → diagnostics received. */
  wordChangeMs: number[];
  pasteMs: number[];
  closeQuoteMs: number[];
  /** The same changes in the server: change arrived → diagnostics computed (from its `$/logTrace`). */
  wordChangeServerMs: number[];
  /** Of those, the lint itself (the engine and the diagnostics' conversion), as the same trace reports it. */
  wordChangeLintMs: number[];
  pasteServerMs: number[];
  closeQuoteServerMs: number[];
  /** Changes whose diagnostics were compared with a cold lint (measured ones and the undo edits between them). */
  checked: number;
  mismatches: Mismatch[];
  /** True when no paragraphs free of quote marks were found to plant the unclosed quotation in. */
  quoteParagraphsHadQuotes: boolean;
}

export interface MemoryResult {
  mode: DiagnosticsMode;
  drafts: number;
  wordsEach: number;
  diagnostics: number;
  startRssMb: number | null;
  rssMb: number | null;
  hwmMb: number | null;
}

/** One diagnostic as text: what must be the same between the server and a cold lint. */
function describe(d: { code: string; range: Diagnostic['range']; severity: number | undefined; message: string }): string {
  const { start, end } = d.range;
  return `${start.line}:${start.character}-${end.line}:${end.character} ${d.code} (${d.severity}) ${d.message}`;
}

/** A cold lint of `text` by the bundled engine, as the diagnostics the server should send (positions as the server computes them). */
function coldDiagnostics(text: string): string[] {
  const document = TextDocument.create('file:///cold.md', 'markdown', 1, text);
  return engine
    .lintText(text, { format: 'markdown' })
    .findings.map((f) =>
      describe({ code: f.ruleId, range: { start: document.positionAt(f.span.start), end: document.positionAt(f.span.end) }, severity: LSP_SEVERITY[f.severity], message: f.message }),
    )
    .sort();
}

function compare(change: string, version: number, text: string, diagnostics: Diagnostic[]): Mismatch | null {
  const actual = diagnostics.map((d) => describe({ code: String(d.code), range: d.range, severity: d.severity, message: messageOf(d) })).sort();
  const expected = coldDiagnostics(text);
  const missing = [...expected];
  const extra: string[] = [];
  for (const item of actual) {
    const at = missing.indexOf(item);
    if (at >= 0) missing.splice(at, 1);
    else extra.push(item);
  }
  return missing.length === 0 && extra.length === 0 ? null : { change, version, missing: missing.slice(0, 5), extra: extra.slice(0, 5) };
}

async function startServer(pull: boolean): Promise<{ client: LspClient; mode: DiagnosticsMode }> {
  // Advertise pull diagnostics (as VS Code does) unless told not to; a server that does not offer them pushes.
  const client = await LspClient.start({ pull, settings: { debounceMs: 0 }, trace: 'verbose' });
  const pulling = pull && client.initializeResult?.capabilities.diagnosticProvider !== undefined;
  return { client, mode: pulling ? 'pull (textDocument/diagnostic)' : 'push (publishDiagnostics)' };
}

/** The diagnostics of the document's current version: pulled right away, or the first push for that version. */
async function diagnosticsNow(client: LspClient, mode: DiagnosticsMode, uri: string): Promise<Diagnostic[]> {
  const version = client.document(uri).version;
  if (mode.startsWith('pull')) {
    const report = await client.connection.sendRequest(DocumentDiagnosticRequest.type, { textDocument: { uri } });
    if (report.kind !== 'full') throw new Error(`expected a full diagnostic report for ${uri}, got ${report.kind}`);
    return report.items;
  }
  return client.waitFor(
    () => client.publishedFor(uri).find((p) => p.version === version)?.diagnostics,
    30_000,
    () => `publishDiagnostics for ${uri} version ${version}`,
  );
}

interface Timing {
  roundTripMs: number;
  serverMs: number;
  lintMs: number;
}

/** The server's own time for a version: change arrived → diagnostics computed, and the lint's part of it, from its `$/logTrace` (sent before the diagnostics). */
function serverTiming(client: LspClient, uri: string, version: number): { serverMs: number; lintMs: number } {
  const pattern = new RegExp(`^Diagnostics of ${uri.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} version ${version}: \\d+ computed ([\\d.]+) ms after the change arrived \\(lint ([\\d.]+) ms\\)`);
  for (const message of client.traces) {
    const match = pattern.exec(message);
    if (match) return { serverMs: Number(match[1]), lintMs: Number(match[2]) };
  }
  throw new Error(`the server sent no timing trace for ${uri} version ${version}; traces: ${client.traces.slice(-3).join(' | ')}`);
}

interface Paragraph {
  start: number;
  end: number;
}

function paragraphsOf(text: string): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  const pattern = /[^\n]+(?:\n(?!\n)[^\n]*)*/g;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) paragraphs.push({ start: match.index, end: match.index + match[0].length });
  return paragraphs;
}

const QUOTE_MARKS = /["“”]/;

/**
 * Plants an opening quote mark with no closing mark at the start of a paragraph in the middle of
 * the draft, chosen so that it and the three after it hold no other double quote mark. Returns the
 * draft and the paragraph index.
 */
function plantUnclosedQuote(draft: string): { text: string; paragraph: number; clean: boolean } {
  const paragraphs = paragraphsOf(draft);
  const middle = Math.floor(paragraphs.length / 2);
  const clean = (i: number) => paragraphs.slice(i, i + 4).every((p) => !QUOTE_MARKS.test(draft.slice(p.start, p.end)));
  let index = -1;
  for (let offset = 0; offset < middle && index < 0; offset++) {
    if (clean(middle + offset)) index = middle + offset;
    else if (clean(middle - offset)) index = middle - offset;
  }
  const found = index >= 0;
  if (!found) index = middle;
  const at = paragraphs[index].start;
  return { text: `${draft.slice(0, at)}“${draft.slice(at)}`, paragraph: index, clean: found };
}

export async function benchIncremental(draft: string, stream: TextStream, seed: number, pull: boolean): Promise<IncrementalResult> {
  const planted = plantUnclosedQuote(draft);
  const { client, mode } = await startServer(pull);
  const random = seededRandom(seed);
  const vocabulary = [...new Set(draft.match(/\b[A-Za-z]{3,}\b/g) ?? [])];
  const result: IncrementalResult = {
    mode,
    draftWords: planted.text.split(/\s+/).filter(Boolean).length,
    openMs: 0,
    openServerMs: 0,
    wordChangeMs: [],
    pasteMs: [],
    closeQuoteMs: [],
    wordChangeServerMs: [],
    wordChangeLintMs: [],
    pasteServerMs: [],
    closeQuoteServerMs: [],
    checked: 0,
    mismatches: [],
    quoteParagraphsHadQuotes: !planted.clean,
  };
  try {
    const opened = performance.now();
    const { uri } = await client.open('draft.md', planted.text, 'markdown');
    // Each result is compared with a cold lint after the timing is over: linting in this process
    // between changes would leave garbage for the collector to clear during the next timed change.
    const toCheck: { label: string; version: number; text: string; diagnostics: Diagnostic[] }[] = [];
    const check = (label: string, diagnostics: Diagnostic[]) => {
      const document = client.document(uri);
      toCheck.push({ label, version: document.version, text: document.text, diagnostics });
    };
    /** Sends one change and times it until its diagnostics are there, at the client and in the server (then checks them). */
    const timeChange = async (label: string, start: number, end: number, newText: string): Promise<Timing> => {
      // The client's copy is updated first, so that the clock covers only the protocol and the server.
      const document = client.document(uri);
      const range = rangeAt(document.text, start, end);
      document.text = document.text.slice(0, start) + newText + document.text.slice(end);
      document.version++;
      const began = performance.now();
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri, version: document.version },
        contentChanges: [{ range, text: newText }],
      });
      const diagnostics = await diagnosticsNow(client, mode, uri);
      const roundTripMs = performance.now() - began;
      check(label, diagnostics);
      return { roundTripMs, ...serverTiming(client, uri, document.version) };
    };
    const record = (timing: Timing, roundTrip: number[], server: number[]) => {
      roundTrip.push(timing.roundTripMs);
      server.push(timing.serverMs);
    };
    check('open', await diagnosticsNow(client, mode, uri));
    result.openMs = performance.now() - opened;
    result.openServerMs = serverTiming(client, uri, 1).serverMs;

    // One word in one paragraph, at seeded-random places: 10 unmeasured to warm up, then 100.
    const changeOneWord = async (label: string): Promise<Timing> => {
      const text = client.document(uri).text;
      const paragraphs = paragraphsOf(text);
      for (;;) {
        const paragraph = paragraphs[Math.floor(random() * paragraphs.length)];
        const words = [...text.slice(paragraph.start, paragraph.end).matchAll(/\b[A-Za-z]{3,}\b/g)];
        if (words.length === 0) continue;
        const word = words[Math.floor(random() * words.length)];
        const start = paragraph.start + word.index;
        const replacement = vocabulary[Math.floor(random() * vocabulary.length)];
        return timeChange(label, start, start + word[0].length, replacement);
      }
    };
    for (let i = 0; i < 10; i++) await changeOneWord(`warm-up word change ${i + 1}`);
    for (let i = 0; i < 100; i++) {
      const timing = await changeOneWord(`word change ${i + 1}`);
      record(timing, result.wordChangeMs, result.wordChangeServerMs);
      result.wordChangeLintMs.push(timing.lintMs);
    }

    // Close the quotation opened three paragraphs earlier, then open it again (undo, checked not timed).
    for (let i = 0; i < 5; i++) {
      const end = paragraphsOf(client.document(uri).text)[planted.paragraph + 3].end;
      record(await timeChange(`close quote ${i + 1}`, end, end, '”'), result.closeQuoteMs, result.closeQuoteServerMs);
      await timeChange(`reopen quote ${i + 1}`, end, end + 1, '');
    }

    // Paste a ~100-word paragraph after a seeded-random paragraph (after the quotation test, which counts paragraphs).
    for (let i = 0; i < 5; i++) {
      const paragraphs = paragraphsOf(client.document(uri).text);
      const after = paragraphs[Math.floor(random() * paragraphs.length)].end;
      const pasted = stream.next(100).replace(/\s*\n\s*/g, ' ');
      record(await timeChange(`paste paragraph ${i + 1}`, after, after, `\n\n${pasted}`), result.pasteMs, result.pasteServerMs);
    }
    for (const { label, version, text, diagnostics } of toCheck) {
      result.checked++;
      const mismatch = compare(label, version, text, diagnostics);
      if (mismatch) result.mismatches.push(mismatch);
    }
  } finally {
    await client.dispose();
  }
  return result;
}

/** VmRSS and VmHWM of a process in MB (null where /proc is not there). */
function memoryOf(pid: number): { rssMb: number | null; hwmMb: number | null } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (field: string) => {
      const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
      return match ? Math.round(Number(match[1]) / 102.4) / 10 : null;
    };
    return { rssMb: kb('VmRSS'), hwmMb: kb('VmHWM') };
  } catch {
    return { rssMb: null, hwmMb: null };
  }
}

export async function benchMemory(stream: TextStream, drafts: number, wordsEach: number, pull: boolean): Promise<MemoryResult> {
  const { client, mode } = await startServer(pull);
  try {
    const pid = client.child.pid!;
    const startRssMb = memoryOf(pid).rssMb;
    const uris: string[] = [];
    for (let i = 0; i < drafts; i++) uris.push((await client.open(`draft-${i + 1}.md`, stream.next(wordsEach), 'markdown')).uri);
    let diagnostics = 0;
    for (const uri of uris) diagnostics += (await diagnosticsNow(client, mode, uri)).length;
    return { mode, drafts, wordsEach, diagnostics, startRssMb, ...memoryOf(pid) };
  } finally {
    await client.dispose();
  }
}
