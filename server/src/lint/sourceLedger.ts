// The source ledger: the `sources:` list in a draft's YAML front matter, and which of its entries
// the text cites. Read with a real YAML parser; YAML that does not parse, or a `sources:` that is
// not a list, means no ledger (never an error: the draft is linted as if it had none).
import { isMap, isScalar, isSeq, parseDocument, stringify, type Node, type Pair } from 'yaml';
import type { Analysis, SourceKind, Span, TextEdit } from './types';
import { nameWords, wordsEnd } from './report';

export interface LedgerEntry {
  name: string;
  /** Where the name value is in the draft (the scalar after `name:`, or the list item itself). */
  nameSpan: Span;
  url: string | null;
  kind: string | null;
  contact: string | null;
}

export interface SourceLedger {
  entries: LedgerEntry[];
  /** The edit that appends `- name: <name>` to the list, for the undeclared-source fix. */
  appendEdit(name: string): TextEdit;
}

/** A source cited in the text, as the ledger rules see it. */
export interface CitedSource {
  name: string;
  span: Span;
  kind: SourceKind;
}

const cache = new WeakMap<Analysis, SourceLedger | null>();

/** The draft's ledger, or null when it has no front matter, no `sources:` list, or bad YAML. */
export function ledgerFor(analysis: Analysis): SourceLedger | null {
  if (!cache.has(analysis)) cache.set(analysis, readLedger(analysis.text, analysis.frontMatter?.body ?? null));
  return cache.get(analysis) ?? null;
}

export function readLedger(text: string, body: Span | null): SourceLedger | null {
  if (!body) return null;
  const yamlText = text.slice(body.start, body.end);
  try {
    const document = parseDocument(yamlText, { prettyErrors: false });
    if (document.errors.length > 0 || !isMap(document.contents)) return null;
    const pair = document.contents.items.find((item) => isScalar(item.key) && item.key.value === 'sources') as Pair<Node, Node | null> | undefined;
    if (!pair) return null;
    const value = pair.value;
    const empty = value === null || (isScalar(value) && (value.value === null || value.value === ''));
    if (!empty && !isSeq(value)) return null;
    const entries: LedgerEntry[] = [];
    if (isSeq(value)) {
      for (const item of value.items) {
        const entry = entryOf(item as Node, body.start);
        if (entry) entries.push(entry);
      }
    }
    return { entries, appendEdit: (name) => appendEdit(text, body, pair, name) };
  } catch {
    return null;
  }
}

function entryOf(item: Node, base: number): LedgerEntry | null {
  if (isScalar(item) && typeof item.value === 'string' && item.value.trim() !== '' && item.range) {
    return { name: item.value.trim(), nameSpan: spanOf(item.range, base), url: null, kind: null, contact: null };
  }
  if (!isMap(item)) return null;
  const field = (key: string): Node | null => {
    const pair = item.items.find((p) => isScalar(p.key) && p.key.value === key);
    return (pair?.value as Node | null | undefined) ?? null;
  };
  const text = (key: string): string | null => {
    const node = field(key);
    return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value).trim() : null;
  };
  const nameNode = field('name');
  const name = text('name');
  if (!name || !nameNode?.range) return null;
  return { name, nameSpan: spanOf(nameNode.range, base), url: text('url'), kind: text('kind'), contact: text('contact') };
}

function spanOf(range: [number, number, number], base: number): Span {
  return { start: base + range[0], end: base + range[1] };
}

/**
 * Appends an entry after the last one, in the list's own style: a block list gets a new
 * `- name: …` line at the items' indentation; a flow list (`[a, b]`) gets `, { name: … }`;
 * an empty `sources:` gets its first item on the next line.
 */
function appendEdit(text: string, body: Span, pair: Pair<Node, Node | null>, name: string): TextEdit {
  const scalar = stringify(name).trim();
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const value = pair.value;
  if (isSeq(value) && value.flow && value.range) {
    const close = body.start + value.range[1] - 1; // the `]`
    let before = close;
    while (before > 0 && /\s/.test(text[before - 1])) before--;
    const first = value.items.length === 0;
    return { span: { start: before, end: before }, newText: `${first ? '' : ', '}{ name: ${scalar} }` };
  }
  if (isSeq(value) && value.items.length > 0 && value.range) {
    const firstItem = value.items[0] as Node;
    const itemStart = body.start + (firstItem.range?.[0] ?? value.range[0]);
    const lineStart = text.lastIndexOf('\n', itemStart - 1) + 1;
    const dash = text.lastIndexOf('-', itemStart - 1);
    const indent = text.slice(lineStart, Math.max(lineStart, dash)).replace(/[^ \t]/g, ' ');
    const at = lineEndAt(text, body.start + lastContentEnd(value.range, text, body.start));
    return { span: { start: at, end: at }, newText: `${eol}${indent}- name: ${scalar}` };
  }
  // `sources:` with nothing after it.
  const keyEnd = body.start + (pair.key?.range?.[1] ?? 0);
  const at = lineEndAt(text, keyEnd);
  const keyLineStart = text.lastIndexOf('\n', keyEnd - 1) + 1;
  const keyIndent = /^[ \t]*/.exec(text.slice(keyLineStart))?.[0] ?? '';
  return { span: { start: at, end: at }, newText: `${eol}${keyIndent}  - name: ${scalar}` };
}

/** The end of a node's value, before any trailing blank lines or comments it swallowed. */
function lastContentEnd(range: [number, number, number], text: string, base: number): number {
  let end = range[1];
  while (end > range[0] && /\s/.test(text[base + end - 1])) end--;
  return end;
}

/** The offset of the line break ending the line that holds `offset` (or the end of the text). */
function lineEndAt(text: string, offset: number): number {
  let i = Math.max(offset - 1, 0);
  while (i < text.length && text[i] !== '\n' && text[i] !== '\r') i++;
  return i;
}

// ---- matching ----

/**
 * A name in the text and a ledger name match when, case aside, one's words end the other's:
 * "Reyes" and "Marcus Reyes", "Mayor Linda Hsu" and "Linda Hsu", "the Finance Department" and
 * "Millbrook Finance Department". A ledger name with a description after a comma
 * ("City of Millbrook, proposed 2025 budget") is matched by the part before the comma too.
 */
export function namesMatch(cited: string, ledgerName: string): boolean {
  const citedWords = nameWords(cited);
  if (citedWords.length === 0) return false;
  const candidates = [ledgerName];
  const comma = ledgerName.indexOf(',');
  if (comma > 0) candidates.push(ledgerName.slice(0, comma));
  return candidates.some((candidate) => {
    const words = nameWords(candidate);
    const same = words.length === citedWords.length && words.every((word, i) => word === citedWords[i]);
    return same || wordsEnd(citedWords, words) || wordsEnd(words, citedWords);
  });
}

/** Sources the attributions cite, in order; a pronoun that refers back to a name counts for that name. */
export function citedSources(analysis: Analysis): CitedSource[] {
  const cited: CitedSource[] = [];
  for (const attribution of analysis.attributions) {
    const source = attribution.source;
    if (!source) continue;
    if (source.kind === 'pronoun') {
      if (source.refersTo) cited.push({ name: source.refersTo, span: source.span, kind: 'pronoun' });
      continue;
    }
    // The prose, not the text: Markdown link brackets and emphasis are blanked there.
    cited.push({ name: cleanName(analysis.prose.slice(source.span.start, source.span.end)), span: source.span, kind: source.kind });
  }
  return cited;
}

/** Made once at module load: a pattern literal inside a function is a new object on every call. */
const WORD_STARTING_CAPITALISED = /(^|\s)\p{Lu}/u;

/** A proper name: some word after a leading "the" starts with a capital ("Finance Department", not "city's auditor"). */
export function isProperName(name: string): boolean {
  return WORD_STARTING_CAPITALISED.test(name.replace(/^the\s+/i, ''));
}

/** Leading "the" and surrounding punctuation off; the spelling otherwise kept. */
export function cleanName(name: string): string {
  return name
    .replace(/\s+/g, ' ')
    .replace(/^[\s"'“”‘’([{,;:.]+|[\s"“”‘([{,;:.!?)\]}]+$/g, '')
    .replace(/['’]s$/, '')
    .replace(/^the\s+/i, '')
    .trim();
}

/** True when the prose names the entry outright (its whole name, or the part before a comma). */
export function proseMentions(analysis: Analysis, entry: LedgerEntry): boolean {
  const prose = analysis.prose.replace(/\s+/g, ' ').toLowerCase();
  const names = [entry.name];
  const comma = entry.name.indexOf(',');
  if (comma > 0) names.push(entry.name.slice(0, comma));
  return names.some((name) => {
    const needle = name.replace(/\s+/g, ' ').trim().toLowerCase();
    if (needle === '') return false;
    const pattern = new RegExp(`(^|[^\\p{L}\\p{N}])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}\\p{N}])`, 'u');
    return pattern.test(prose);
  });
}
