// Prose extraction: which characters of a draft the linter reads as prose.
//
// Why masking instead of copying the prose out: every later stage (sentences, tokens, quotations,
// findings, fixes) speaks in offsets of the original text. Replacing each non-prose character by a
// space, and keeping every line break, gives a string of the same length in which every offset is
// an original offset — an identity offset map. Nothing has to be translated back, and line/column
// positions computed on `prose` are the editor's positions.
//
// Markdown: markdown-it gives the block structure (paragraphs, headings, lists, quotes, tables,
// code, HTML blocks) by line. Its inline tokens carry no offsets, so inline markup (code spans,
// links, emphasis, HTML tags, URLs) is masked by a small scanner of our own that does.
// Everything here runs on every keystroke: each step is a single forward pass, and searches that
// could be repeated (closing `-->`, backtick runs) remember their answers so the total stays linear.

import MarkdownIt from 'markdown-it';
import type { Directive, DraftFormat, FrontMatter, Span } from './types';
import { lastStartingAtOrBefore } from './search';

export interface ProseDocument {
  /** Same length as the input text: prose characters kept as they are; every non-prose character
      replaced by a space, except line breaks (\n and \r), which are always kept. So offsets into
      `prose` are offsets into the original text (no offset map needed). Built on its first read:
      a long draft is analysed a section at a time, from `proseSlice`. */
  readonly prose: string;
  /** `prose.slice(start, end)`, made without building the whole prose when it has not been read.
      A draft's whole prose is a fresh string as long as the draft; for a long draft V8 puts it in
      memory of its own, whose first touch costs a page fault every 4 KB (docs/speed-history.md). */
  proseSlice(start: number, end: number): string;
  /** Prose blocks in document order (paragraphs, headings, list-item and block-quote paragraphs,
      table cells), each trimmed to run from its first prose character to just after its last.
      A block with no prose left after masking (say, a paragraph that is only an image) is left out. */
  blocks: Span[];
  frontMatter: FrontMatter | null;
  /** `<!-- attribution-lint-... -->` comments, in document order. */
  directives: Directive[];
  /** What a Markdown extraction keeps so that, after an edit inside one line of a paragraph, only
      that paragraph is extracted again (see `extractProse`'s `previous`). */
  markdown?: MarkdownStructure;
}

/**
 * Reads a draft's prose. Given the extraction of the draft before an edit (`previous`), a Markdown
 * draft whose edit stays inside one line of a paragraph, cannot change the block structure (the line
 * starts with a letter before and after, and has no table pipe) and leaves reference definitions
 * alone re-reads only that paragraph; the result is the same as reading the whole draft.
 */
export function extractProse(text: string, format: DraftFormat, previous?: ProseDocument): ProseDocument {
  if (format !== 'markdown') return extractPlainTextProse(text);
  return (previous?.markdown && reextractParagraph(previous, previous.markdown, text)) || extractMarkdownProse(text);
}

// ---------------------------------------------------------------------------------------------
// Characters

const TAB = 9;
const LF = 10;
const CR = 13;
const SPACE = 32;
const BOM = 0xfeff;

/** Unicode white space (CommonMark's notion, plus the BOM), as char codes: no regex per character. */
function isWhitespace(code: number): boolean {
  return (
    code === SPACE ||
    (code >= TAB && code <= CR) ||
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === BOM
  );
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isAsciiAlphanumeric(code: number): boolean {
  return isAsciiLetter(code) || isAsciiDigit(code);
}

/** The characters a backslash can escape in Markdown. */
function isAsciiPunctuation(code: number): boolean {
  return (code >= 33 && code <= 47) || (code >= 58 && code <= 64) || (code >= 91 && code <= 96) || (code >= 123 && code <= 126);
}

const UNICODE_PUNCTUATION = /[\p{P}\p{S}]/u;

function isPunctuation(codePoint: number): boolean {
  if (codePoint < 128) return isAsciiPunctuation(codePoint);
  return UNICODE_PUNCTUATION.test(String.fromCodePoint(codePoint));
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** The code point that ends just before `p`, or -1 at the start (which Markdown treats as white space). */
function codePointBefore(s: string, p: number): number {
  if (p <= 0) return -1;
  const low = s.charCodeAt(p - 1);
  if (isLowSurrogate(low) && p >= 2 && isHighSurrogate(s.charCodeAt(p - 2))) return s.codePointAt(p - 2)!;
  return low;
}

/** The code point that starts at `p`, or -1 at the end. */
function codePointAt(s: string, p: number): number {
  return p < s.length ? s.codePointAt(p)! : -1;
}

// ---------------------------------------------------------------------------------------------
// Lines, the keep mask, and the masked string

/** Where each line starts and where its content ends (at its line break); \n, \r\n and lone \r all
    end a line, as in markdown-it, so markdown-it's line numbers index these arrays directly. */
interface Lines {
  starts: number[];
  ends: number[];
}

function indexLines(text: string): Lines {
  // Read before the loops: V8 compiles this function while its first long loop runs, before any
  // read after the loop has run, and the compiled code then left to the interpreter at that read on
  // every later call (--trace-deopt: once per lint).
  const length = text.length;
  const starts = [0];
  const ends: number[] = [];
  if (!text.includes('\r')) {
    // The usual case, \n alone: found by indexOf, with no match object per line.
    for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
      ends.push(at);
      starts.push(at + 1);
    }
  } else {
    const lineBreak = /\r\n?|\n/g; // native search: much faster than a loop over every character
    for (let match = lineBreak.exec(text); match; match = lineBreak.exec(text)) {
      ends.push(match.index);
      starts.push(match.index + match[0].length);
    }
  }
  ends.push(length);
  return { starts, ends };
}

/**
 * Completes a keep mask: every line break kept, and no surrogate pair half kept and half masked (a
 * safety net: masking is already done by code point). A pair split so is masked whole, so a masked
 * astral character becomes two spaces.
 */
function completeMask(text: string, keep: Uint8Array, lines: Lines): void {
  for (const lineEnd of lines.ends) {
    if (lineEnd >= text.length) continue;
    keep[lineEnd] = 1;
    if (text.charCodeAt(lineEnd) === CR && text.charCodeAt(lineEnd + 1) === LF) keep[lineEnd + 1] = 1;
  }
  const n = keep.length;
  for (let j = runEnd(keep, keep[0], 1, n); j < n; j = runEnd(keep, keep[j], j + 1, n)) {
    if (isHighSurrogate(text.charCodeAt(j - 1)) && isLowSurrogate(text.charCodeAt(j))) {
      keep[j - 1] = 0;
      keep[j] = 0;
    }
  }
}

/** The masked prose of [from, to) of the text (a completed mask): kept characters as they are, the rest blanked. */
function maskedText(text: string, keep: Uint8Array, from: number, to: number): string {
  const mask = keep.subarray(from, to);
  // Nothing masked (plain prose): the text itself, no copy (V8 slices without copying).
  if (mask.indexOf(0) < 0) return text.slice(from, to);
  const parts: string[] = [];
  for (let i = 0; i < mask.length; ) {
    const kept = mask[i];
    const j = runEnd(mask, kept, i + 1, mask.length);
    parts.push(kept ? text.slice(from + i, from + j) : ' '.repeat(j - i));
    i = j;
  }
  return parts.join('');
}

/**
 * A document whose prose is read from a completed keep mask: whole on the first read of `prose`,
 * or a stretch at a time before that. The mask is let go once the whole prose is built.
 */
function maskedDocument(text: string, keep: Uint8Array, fields: Omit<ProseDocument, 'prose' | 'proseSlice'>): ProseDocument {
  let mask: Uint8Array | null = keep;
  let whole: string | null = null;
  return {
    get prose(): string {
      if (whole === null) {
        whole = maskedText(text, mask!, 0, text.length);
        mask = null;
      }
      return whole;
    },
    proseSlice: (start, end) => (whole === null ? maskedText(text, mask!, start, end) : whole.slice(start, end)),
    ...fields,
  };
}

/** Where the run of `kept` values from `from` ends: the next other value (a native search), or `n`. */
function runEnd(keep: Uint8Array, kept: number, from: number, n: number): number {
  const end = keep.indexOf(kept === 1 ? 0 : 1, from);
  return end < 0 || end > n ? n : end;
}

// ---------------------------------------------------------------------------------------------
// Directives

const DIRECTIVE_PREFIX = 'attribution-lint-';
// Longest first, so that "disable-next-line" is not read as "disable".
const DIRECTIVE_KINDS: readonly Directive['kind'][] = ['disable-next-line', 'disable', 'enable'];

/** Reads the text between `<!--` and `-->`; null when it is not one of our directives.
    As in ESLint, a ` -- ` ends the rule list and starts a free-text reason. */
function parseDirective(commentBody: string, span: Span): Directive | null {
  const body = commentBody.trim();
  if (!body.startsWith(DIRECTIVE_PREFIX)) return null;
  const rest = body.slice(DIRECTIVE_PREFIX.length);
  for (const kind of DIRECTIVE_KINDS) {
    if (!rest.startsWith(kind)) continue;
    const ruleList = rest.slice(kind.length);
    // "disable-nextline" or "disabled" are not directives: the kind must end the word.
    if (ruleList.length > 0 && !/^[\s,]/.test(ruleList)) return null;
    const rules: string[] = [];
    for (const word of ruleList.split(/[\s,]+/)) {
      if (word === '--') break;
      if (word.length > 0) rules.push(word);
    }
    return { kind, rules, span };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Plain text

/** Everything is prose except lines holding only an `<!-- attribution-lint-... -->` comment;
    blocks are runs of lines between blank lines (a directive line also ends a block, as it does
    in Markdown, where it is an HTML block). */
function extractPlainTextProse(text: string): ProseDocument {
  const keep = new Uint8Array(text.length).fill(1);
  const lines = indexLines(text);
  const blocks: Span[] = [];
  const directives: Directive[] = [];
  let block: Span | null = null;
  const closeBlock = (): void => {
    if (block) blocks.push(block);
    block = null;
  };
  // A plain-text draft may open with YAML front matter too (`---` on line 1): masked, not prose.
  const frontMatter = findFrontMatter(text, lines);
  if (frontMatter) keep.fill(0, frontMatter.span.start, frontMatter.span.end);
  const firstProseLine = frontMatter ? lineAfter(lines, frontMatter.span.end) : 0;

  for (let line = firstProseLine; line < lines.starts.length; line++) {
    const [start, end] = trimWhitespace(text, lines.starts[line], lines.ends[line]);
    if (start === end) {
      closeBlock();
      continue;
    }
    if (isToolCommentLine(text, start, end)) {
      keep.fill(0, start, end);
      const directive = parseDirective(text.slice(start + 4, end - 3), { start, end });
      if (directive) directives.push(directive);
      closeBlock();
      continue;
    }
    if (block) block.end = end;
    else block = { start, end };
  }
  closeBlock();

  if (text.charCodeAt(0) === BOM) keep[0] = 0;
  completeMask(text, keep, lines);
  return maskedDocument(text, keep, { blocks, frontMatter, directives });
}

/** Index of the first line starting after `offset`. */
function lineAfter(lines: Lines, offset: number): number {
  let line = 0;
  while (line < lines.starts.length && lines.starts[line] <= offset) line++;
  return line;
}

/** A line that is exactly one `<!-- attribution-lint-... -->` comment (already trimmed). */
function isToolCommentLine(text: string, start: number, end: number): boolean {
  if (end - start < 7 || !text.startsWith('<!--', start) || !text.startsWith('-->', end - 3)) return false;
  const body = text.slice(start + 4, end - 3);
  return !body.includes('-->') && body.trim().startsWith(DIRECTIVE_PREFIX);
}

function trimWhitespace(text: string, start: number, end: number): [number, number] {
  while (start < end && isWhitespace(text.charCodeAt(start))) start++;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return [start, end];
}

// ---------------------------------------------------------------------------------------------
// Markdown: block structure

let sharedParser: InstanceType<typeof MarkdownIt> | null = null;

function markdownParser(): InstanceType<typeof MarkdownIt> {
  if (!sharedParser) {
    sharedParser = new MarkdownIt({ html: true });
    // Only the block structure is used (inline tokens have no offsets, so inline markup is masked by
    // InlineMarkupScanner): parseBlocks runs the block parser alone, with a leaner state.
    sharedParser.block.State = LeanBlockState;
  }
  return sharedParser;
}

type Token = InstanceType<typeof MarkdownIt.Token>;

/**
 * The block tokens of a normalised Markdown source (see markdownSource); markdown-it fills
 * env.references with the reference definitions it finds. markdown-it's `parse` would also run its
 * core chain around the block parser: normalising line breaks and NULs (markdownSource has done
 * that, only when the text has any), the inline pass (not wanted), and dropping
 * `reference_definition` tokens (which the walk ignores anyway). Calling the block parser directly
 * saves about 1 M instructions per 10,000-word draft, mostly two regex passes over the whole text.
 */
function parseBlocks(source: string, env: Record<string, unknown>): Token[] {
  const md = markdownParser();
  const tokens: Token[] = [];
  md.block.parse(source, md, env, tokens);
  return tokens;
}

/**
 * markdown-it's block state, with the same line table and the same tokens, made more cheaply.
 * - Tokens: markdown-it's Token constructor defines each of its 13 fields through one helper shared
 *   by all its classes (`_defineProperty`), whose `in` test and keyed store V8 can only run in their
 *   slow, megamorphic form. Tokens made by plain assignments here cost about 5 M instructions less
 *   per 10,000-word draft. Block rules only assign token fields (none calls a Token method), and the
 *   walk reads `type`, `map` and `markup`.
 * - Line table: markdown-it's constructor reads the whole source a character at a time to find line
 *   ends; here indexOf finds them and only indentation is read by character (about 2 M less).
 * The table is exactly markdown-it's (bMarks, eMarks, tShift, sCount, bsCount, lineMax), including
 * its sentinel line and its leaving out a last line of only spaces and tabs. Exported for its test,
 * which holds it to markdown-it's own state on the installed version.
 */
export class LeanBlockState extends MarkdownIt.StateBlock {
  constructor(src: string, md: InstanceType<typeof MarkdownIt>, env: Record<string, unknown>, tokens: Token[]) {
    super('', md, env, tokens); // an empty source: the line table is built below instead
    this.src = src;
    const table: LineTable = { bMarks: [], eMarks: [], tShift: [], sCount: [], bsCount: [] };
    addLines(src, table);
    // The sentinel line markdown-it adds after the last.
    table.bMarks.push(src.length);
    table.eMarks.push(src.length);
    table.tShift.push(0);
    table.sCount.push(0);
    table.bsCount.push(0);
    this.bMarks = table.bMarks;
    this.eMarks = table.eMarks;
    this.tShift = table.tShift;
    this.sCount = table.sCount;
    this.bsCount = table.bsCount;
    this.lineMax = table.bMarks.length - 1;
  }

  override push(type: string, tag: string, nesting: -1 | 0 | 1): Token {
    if (nesting < 0) this.level--;
    const token = new BlockToken(type, tag, nesting, this.level) as unknown as Token;
    if (nesting > 0) this.level++;
    this.tokens.push(token);
    return token;
  }
}

/** markdown-it's line table: where each line begins and ends, and its indentation in characters and columns. */
interface LineTable {
  bMarks: number[];
  eMarks: number[];
  tShift: number[];
  sCount: number[];
  bsCount: number[];
}

/**
 * Adds the source's lines to the table. A function of its own: V8 compiles a function while its
 * first long loop runs, and code after the loop that had never run then sent later calls back to
 * the interpreter (--trace-deopt: LeanBlockState's sentinel pushes, as in indexLines).
 */
function addLines(src: string, table: LineTable): void {
  const { bMarks, eMarks, tShift, sCount, bsCount } = table;
  const length = src.length;
  let start = 0;
  while (start < length) {
    // The line's indentation: tShift counts space and tab characters, sCount columns (tab stops of 4).
    let pos = start;
    let offset = 0;
    for (; pos < length; pos++) {
      const code = src.charCodeAt(pos);
      if (code === SPACE) offset++;
      else if (code === TAB) offset += 4 - (offset % 4);
      else break;
    }
    // As in markdown-it, a last line of only spaces and tabs with no line break is no line.
    if (pos >= length) break;
    let end = src.indexOf('\n', pos);
    if (end < 0) end = length;
    bMarks.push(start);
    eMarks.push(end);
    tShift.push(pos - start);
    sCount.push(offset);
    bsCount.push(0);
    start = end + 1;
  }
}

/** A block token with markdown-it Token's fields, made by plain assignments (see LeanBlockState). */
class BlockToken {
  type: string;
  tag: string;
  attrs: [string, string][] | null = null;
  map: [number, number] | null = null;
  nesting: number;
  level: number;
  children: Token[] | null = null;
  content = '';
  markup = '';
  info = '';
  meta: unknown = null;
  block = true;
  hidden = false;

  constructor(type: string, tag: string, nesting: number, level: number) {
    this.type = type;
    this.tag = tag;
    this.nesting = nesting;
    this.level = level;
  }
}

/** A stretch of the original text that belongs to one block, usually one line minus its container prefix. */
interface Segment {
  start: number;
  end: number;
}

/** A block's text as markdown-it sees it: container prefixes (quote markers, list markers,
    indentation) removed, one segment per line, joined by '\n'. `viewStarts[k]` is where segment k
    begins in `text`; that is all it takes to map a view offset back to the original. */
interface BlockView {
  text: string;
  segments: Segment[];
  viewStarts: number[];
}

function buildView(text: string, segments: Segment[]): BlockView {
  const viewStarts: number[] = [];
  let v = 0;
  for (const segment of segments) {
    viewStarts.push(v);
    v += segment.end - segment.start + 1; // + the joining '\n'
  }
  const viewText = segments.map((segment) => text.slice(segment.start, segment.end)).join('\n');
  return { text: viewText, segments, viewStarts };
}

/** Index of the segment holding view offset `i` (the '\n' after a segment belongs to it). */
function segmentAt(view: BlockView, i: number): number {
  return lastStartingAtOrBefore(view.viewStarts.length, i, (index) => view.viewStarts[index]);
}

/** The original offset of view offset `i`; a joining '\n' maps to its line break. */
function originalOffset(view: BlockView, i: number): number {
  const k = segmentAt(view, i);
  const segment = view.segments[k];
  return Math.min(segment.start + (i - view.viewStarts[k]), segment.end);
}

/** YAML front matter: `---` on the first line to the next `---` or `...` line. */
function findFrontMatter(text: string, lines: Lines): FrontMatter | null {
  const start = text.charCodeAt(0) === BOM ? 1 : 0;
  if (!isFenceLine(text, start, lines.ends[0], '---')) return null;
  for (let line = 1; line < lines.starts.length; line++) {
    const lineStart = lines.starts[line];
    const lineEnd = lines.ends[line];
    if (isFenceLine(text, lineStart, lineEnd, '---') || isFenceLine(text, lineStart, lineEnd, '...')) {
      return { span: { start, end: lineEnd }, body: { start: lines.starts[1], end: lineStart } };
    }
  }
  return null; // an unclosed `---` is a thematic break, not front matter
}

function isFenceLine(text: string, start: number, end: number, fence: string): boolean {
  if (!text.startsWith(fence, start)) return false;
  for (let i = start + fence.length; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code !== SPACE && code !== TAB) return false;
  }
  return true;
}

/** What markdown-it parses: the text with front matter and BOM blanked, line structure unchanged
    (its line numbers are ours), normalised as markdown-it's core chain would: every line break a
    \n, and NUL characters replaced (they are not white space in its HTML block patterns). */
function markdownSource(text: string, frontMatter: FrontMatter | null): string {
  let source = text;
  if (frontMatter) {
    const { start, end } = frontMatter.span;
    source = text.slice(0, start) + text.slice(start, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
  }
  if (source.charCodeAt(0) === BOM) source = ' ' + source.slice(1);
  if (source.includes('\r')) source = source.replace(/\r\n?/g, '\n');
  if (source.includes('\0')) source = source.replace(/\0/g, '\ufffd');
  return source;
}

function extractMarkdownProse(text: string): ProseDocument {
  const lines = indexLines(text);
  const frontMatter = findFrontMatter(text, lines);
  const env: { references?: Record<string, unknown> } = {};
  const tokens = parseBlocks(markdownSource(text, frontMatter), env);
  const walk = new MarkdownWalk(text, lines, env.references ?? {});
  const paragraphs = walkBlockTokens(tokens, walk);
  if (text.charCodeAt(0) === BOM) walk.keep[0] = 0;
  completeMask(text, walk.keep, lines);
  const markdown = { text, lines, references: env.references ?? {}, paragraphs };
  return maskedDocument(text, walk.keep, { blocks: walk.blocks, frontMatter, directives: walk.directives, markdown });
}

/**
 * Feeds the walk the line ranges of the prose blocks among markdown-it's block tokens; returns the
 * paragraphs and ATX headings. Everything starts masked; the walk opts in the text of prose blocks
 * and then masks their inline markup. So code, HTML blocks, reference definitions and thematic
 * breaks need no code. A function of its own: V8 compiles a function while its first long loop
 * runs, and code after the loop that had never run then sent every later call back to the
 * interpreter (--trace-deopt, as in indexLines).
 */
function walkBlockTokens(tokens: readonly Token[], walk: MarkdownWalk): ParagraphLines[] {
  const listItemLines: number[] = []; // first line of each open list item, where its marker is
  const paragraphs: ParagraphLines[] = [];
  for (const token of tokens) {
    const map = token.map;
    switch (token.type) {
      case 'list_item_open':
        listItemLines.push(map ? map[0] : -1);
        break;
      case 'list_item_close':
        listItemLines.pop();
        break;
      case 'paragraph_open':
        if (map) {
          paragraphs.push({ firstLine: map[0], endLine: map[1], listMarkers: countAt(listItemLines, map[0]), isAtxHeading: false });
          walk.addParagraph(map[0], map[1], countAt(listItemLines, map[0]));
        }
        break;
      case 'heading_open':
        if (map) {
          const isAtx = token.markup.startsWith('#');
          if (isAtx) paragraphs.push({ firstLine: map[0], endLine: map[1], listMarkers: countAt(listItemLines, map[0]), isAtxHeading: true });
          walk.addHeading(map[0], map[1], isAtx, countAt(listItemLines, map[0]));
        }
        break;
      case 'tr_open':
        if (map) walk.addTableRow(map[0], countAt(listItemLines, map[0]));
        break;
      case 'html_block':
        if (map) walk.collectBlockComments(map[0], map[1], countAt(listItemLines, map[0]));
        break;
    }
  }
  return paragraphs;
}

/** The line ranges of a Markdown draft's paragraphs, and what else re-reading one of them needs. */
export interface MarkdownStructure {
  text: string;
  lines: Lines;
  references: Record<string, unknown>;
  /** The paragraphs and ATX headings (the blocks an edit inside one of their lines can re-read alone), in document order. */
  paragraphs: ParagraphLines[];
}

interface ParagraphLines {
  firstLine: number;
  endLine: number;
  /** List markers on the first line (a paragraph opening a list item). */
  listMarkers: number;
  isAtxHeading: boolean;
}

/** The extraction after an edit inside one paragraph line that keeps the block structure; null otherwise. */
function reextractParagraph(previous: ProseDocument, structure: MarkdownStructure, text: string): ProseDocument | null {
  const old = structure.text;
  const from = commonPrefixLength(old, text);
  const fromEnd = commonSuffixLength(old, text, Math.min(old.length, text.length) - from);
  if (from === old.length && from === text.length) return previous;
  if (/[\r\n]/.test(old.slice(from, old.length - fromEnd)) || /[\r\n]/.test(text.slice(from, text.length - fromEnd))) return null;

  const { lines } = structure;
  const line = lastStartingAtOrBefore(lines.starts.length, from, (index) => lines.starts[index]);
  const paragraph = structure.paragraphs.find((candidate) => candidate.firstLine <= line && line < candidate.endLine);
  if (!paragraph) return null;
  const delta = text.length - old.length;
  if (!keepsBlockStructure(old, text, lines, line, paragraph, from, delta)) return null;
  // A reference definition opens a paragraph block with `[`; its title may run on into later lines.
  if (opensWithBracket(old, lines, paragraph.firstLine) || (paragraph.firstLine > 0 && opensWithBracket(old, lines, paragraph.firstLine - 1))) return null;

  const newLines: Lines = { starts: lines.starts.slice(), ends: lines.ends.slice() };
  newLines.ends[line] += delta;
  for (let k = line + 1; k < newLines.starts.length; k++) {
    newLines.starts[k] += delta;
    newLines.ends[k] += delta;
  }
  const start = lines.starts[paragraph.firstLine];
  const end = lines.ends[paragraph.endLine - 1];
  const walk = new MarkdownWalk(text, newLines, structure.references, start, end + delta);
  if (paragraph.isAtxHeading) walk.addHeading(paragraph.firstLine, paragraph.endLine, true, paragraph.listMarkers);
  else walk.addParagraph(paragraph.firstLine, paragraph.endLine, paragraph.listMarkers);
  if (start === 0 && text.charCodeAt(0) === BOM) walk.keep[0] = 0;
  const paragraphText = text.slice(start, end + delta);
  completeMask(paragraphText, walk.keep, indexLines(paragraphText));
  const paragraphProse = maskedText(paragraphText, walk.keep, 0, paragraphText.length);
  const prose = previous.prose.slice(0, start) + paragraphProse + previous.prose.slice(end);

  const moved = (span: Span): Span => ({ start: span.start + delta, end: span.end + delta });
  return {
    prose,
    proseSlice: (sliceStart, sliceEnd) => prose.slice(sliceStart, sliceEnd),
    blocks: [
      ...previous.blocks.filter((block) => block.end <= start),
      ...walk.blocks,
      ...previous.blocks.filter((block) => block.start >= end).map(moved),
    ],
    frontMatter: previous.frontMatter,
    directives: [
      ...previous.directives.filter((directive) => directive.span.end <= start),
      ...walk.directives,
      ...previous.directives.filter((directive) => directive.span.start >= end).map((directive) => ({ ...directive, span: moved(directive.span) })),
    ],
    markdown: { ...structure, text, lines: newLines },
  };
}

// Each chunk compared cuts a string out of both texts. Chunks of 2,048 characters, then of 256, 32 and
// 4 near the difference, keep that to a few dozen small objects per comparison of a 10,000-word draft
// (the incremental linter compares four times per edit), and the loop over single characters short.
const CHUNKS = [2048, 256, 32, 4];

/** How many characters two strings share at the start: compared a chunk at a time, natively. */
export function commonPrefixLength(a: string, b: string): number {
  const shortest = Math.min(a.length, b.length);
  let length = 0;
  for (const chunk of CHUNKS) {
    while (length + chunk <= shortest && a.slice(length, length + chunk) === b.slice(length, length + chunk)) length += chunk;
  }
  while (length < shortest && a.charCodeAt(length) === b.charCodeAt(length)) length++;
  return length;
}

/** How many characters two strings share at the end, at most `limit`. */
export function commonSuffixLength(a: string, b: string, limit: number): number {
  let length = 0;
  for (const chunk of CHUNKS) {
    while (length + chunk <= limit && a.slice(a.length - length - chunk, a.length - length) === b.slice(b.length - length - chunk, b.length - length)) length += chunk;
  }
  while (length < limit && a.charCodeAt(a.length - 1 - length) === b.charCodeAt(b.length - 1 - length)) length++;
  return length;
}

/**
 * The edit, starting at `from` on `line`, leaves the line's container prefix (indentation, `>`, list
 * markers) as it was, and the line's table pipes too (none before or after). In a paragraph, the line's
 * text starts, before and after the edit, with a letter or an opening quotation mark or parenthesis,
 * none of which can open a Markdown block. In an ATX heading, the edit starts after the `#`s and the
 * space that make the line a heading.
 */
function keepsBlockStructure(old: string, text: string, lines: Lines, line: number, block: ParagraphLines, from: number, delta: number): boolean {
  const lineStart = lines.starts[line];
  const lineEnd = lines.ends[line];
  if (old.slice(lineStart, lineEnd).includes('|') || text.slice(lineStart, lineEnd + delta).includes('|')) return false;
  const contentStart = containerContentStart(old, lines, line, line === block.firstLine ? block.listMarkers : 0);
  if (block.isAtxHeading) {
    let hashesEnd = contentStart;
    while (old.charCodeAt(hashesEnd) === 35 /* # */) hashesEnd++;
    const textStart = hashesEnd + 1; // after the space or tab the heading needs
    return hashesEnd < lineEnd && (old.charCodeAt(hashesEnd) === SPACE || old.charCodeAt(hashesEnd) === TAB) && from >= textStart;
  }
  return from >= contentStart && STARTS_AS_PROSE.test(old.charAt(contentStart)) && STARTS_AS_PROSE.test(text.charAt(contentStart));
}

const STARTS_AS_PROSE = /^[\p{L}"“‘'«„(]/u;

function opensWithBracket(text: string, lines: Lines, line: number): boolean {
  return /^[ \t]*\[/.test(text.slice(lines.starts[line], lines.ends[line]));
}

/** How many list items open on `line`: that many list markers precede the first block there. */
function countAt(listItemLines: number[], line: number): number {
  let count = 0;
  for (const itemLine of listItemLines) if (itemLine === line) count++;
  return count;
}

/** Collects blocks, directives and the keep mask while the token walk feeds it block line ranges. */
class MarkdownWalk {
  readonly keep: Uint8Array;
  readonly blocks: Span[] = [];
  readonly directives: Directive[] = [];

  /** `keep` covers [keepFrom, keepTo) of the text: the whole draft, or the one block re-read after an edit. */
  constructor(
    private readonly text: string,
    private readonly lines: Lines,
    private readonly references: Record<string, unknown>,
    private readonly keepFrom = 0,
    keepTo = text.length,
  ) {
    this.keep = new Uint8Array(keepTo - keepFrom);
  }

  addParagraph(firstLine: number, endLine: number, listMarkers: number): void {
    this.addProseBlock(this.lineSegments(firstLine, endLine, listMarkers));
  }

  addHeading(firstLine: number, endLine: number, isAtx: boolean, listMarkers: number): void {
    if (!isAtx) {
      // Setext heading: the text lines, then the `===` / `---` underline, which stays masked.
      this.addProseBlock(this.lineSegments(firstLine, endLine - 1, listMarkers));
      return;
    }
    const lineStart = this.stripContainerPrefix(firstLine, listMarkers);
    const end = this.lines.ends[firstLine];
    let start = lineStart;
    while (start < end && this.text.charCodeAt(start) === 35 /* # */) start++;
    this.addProseBlock([{ start, end: atxContentEnd(this.text, start, end) }]);
  }

  /** Each cell of a table row is a block of its own; pipes and the delimiter row stay masked. */
  addTableRow(line: number, listMarkers: number): void {
    const text = this.text;
    let start = this.stripContainerPrefix(line, listMarkers);
    let end = this.lines.ends[line];
    while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
    if (text.charCodeAt(start) === 124 /* | */) start++;
    if (end > start && text.charCodeAt(end - 1) === 124 && text.charCodeAt(end - 2) !== 92 /* \ */) end--;
    let cellStart = start;
    for (let i = start; i <= end; i++) {
      // A pipe after a backslash is text, as in markdown-it's escapedSplit.
      if (i === end || (text.charCodeAt(i) === 124 && text.charCodeAt(i - 1) !== 92)) {
        const [cellTextStart, cellTextEnd] = trimWhitespace(text, cellStart, i);
        if (cellTextEnd > cellTextStart) this.addProseBlock([{ start: cellTextStart, end: cellTextEnd }]);
        cellStart = i + 1;
      }
    }
  }

  /** HTML blocks stay masked, but the comments in them may be directives. */
  collectBlockComments(firstLine: number, endLine: number, listMarkers: number): void {
    const view = buildView(this.text, this.lineSegments(firstLine, endLine, listMarkers));
    const s = view.text;
    let from = 0;
    for (;;) {
      const open = s.indexOf('<!--', from);
      if (open < 0) return;
      const end = commentEnd(s, open);
      if (end < 0) return; // unclosed: not a comment we can read a directive from
      this.recordComment(view, open, end);
      from = end;
    }
  }

  recordComment(view: BlockView, start: number, end: number): void {
    const span = { start: originalOffset(view, start), end: originalOffset(view, end - 1) + 1 };
    // Between `<!--` and `-->`; empty for the short forms `<!-->` and `<!--->`.
    const body = view.text.slice(start + 4, Math.max(start + 4, end - 3));
    const directive = parseDirective(body, span);
    if (directive) this.directives.push(directive);
  }

  /** Opts a block's text in, masks its inline markup, and records its trimmed span. */
  private addProseBlock(segments: Segment[]): void {
    if (segments.length === 0) return;
    for (const segment of segments) this.keep.fill(1, segment.start - this.keepFrom, segment.end - this.keepFrom);
    if (this.mayHaveInlineMarkup(segments)) new InlineMarkupScanner(buildView(this.text, segments), this).run();
    const span = this.proseSpan(segments[0].start, segments[segments.length - 1].end);
    if (span) this.blocks.push(span);
  }

  /**
   * False when nothing in the block's stretch of the original text can start inline markup: then
   * neither can its view, which has the same characters minus container prefixes (which start none),
   * and the scanner would only read it. Most blocks are plain prose.
   */
  private mayHaveInlineMarkup(segments: readonly Segment[]): boolean {
    const start = segments[0].start;
    const end = segments[segments.length - 1].end;
    return skipOrdinaryText(this.text.slice(start, end), 0) < end - start;
  }

  /** Masks view[from, to) in the original, widened so that no surrogate pair is split. */
  maskView(view: BlockView, from: number, to: number): void {
    const s = view.text;
    if (from > 0 && isLowSurrogate(s.charCodeAt(from)) && isHighSurrogate(s.charCodeAt(from - 1))) from--;
    if (to < s.length && isLowSurrogate(s.charCodeAt(to)) && isHighSurrogate(s.charCodeAt(to - 1))) to++;
    for (let k = segmentAt(view, from); k < view.segments.length && view.viewStarts[k] < to; k++) {
      const segment = view.segments[k];
      const offset = segment.start - view.viewStarts[k];
      const start = Math.max(from + offset, segment.start);
      const end = Math.min(to + offset, segment.end);
      if (end > start) this.keep.fill(0, start - this.keepFrom, end - this.keepFrom);
    }
  }

  isDefinedReference(label: string): boolean {
    const key = normalizeReference(label);
    return key.length > 0 && Object.prototype.hasOwnProperty.call(this.references, key);
  }

  /** From the first kept non-space character in [start, end) to just after the last one, or null
      if none. Container prefixes between the lines are still masked, so the original text can be
      scanned directly. */
  private proseSpan(start: number, end: number): Span | null {
    while (start < end && !this.isProseAt(start)) start++;
    while (end > start && !this.isProseAt(end - 1)) end--;
    return end > start ? { start, end } : null;
  }

  private isProseAt(offset: number): boolean {
    return this.keep[offset - this.keepFrom] === 1 && !isWhitespace(this.text.charCodeAt(offset));
  }

  /** One segment per line in [firstLine, endLine), each without its container prefix. */
  private lineSegments(firstLine: number, endLine: number, listMarkers: number): Segment[] {
    const segments: Segment[] = [];
    for (let line = firstLine; line < endLine && line < this.lines.starts.length; line++) {
      const start = this.stripContainerPrefix(line, line === firstLine ? listMarkers : 0);
      segments.push({ start, end: this.lines.ends[line] });
    }
    return segments;
  }

  /** Skips indentation and block-quote markers, and on a list item's first line its marker(s).
      Safe for paragraph text: a line whose text started with `>` would be a block quote, and a
      paragraph that started with a list marker would be a list. */
  private stripContainerPrefix(line: number, listMarkers: number): number {
    return containerContentStart(this.text, this.lines, line, listMarkers);
  }
}

/** Where the line's text starts after its container prefix: indentation, `>` and `listMarkers` list markers. */
function containerContentStart(text: string, lines: Lines, line: number, listMarkers: number): number {
  const end = lines.ends[line];
  let pos = lines.starts[line];
  let markersLeft = listMarkers;
  while (pos < end) {
    const code = text.charCodeAt(pos);
    if (code === SPACE || code === TAB || code === BOM || code === 62 /* > */) {
      pos++;
      continue;
    }
    if (markersLeft > 0) {
      const afterMarker = listMarkerEnd(text, pos, end);
      if (afterMarker >= 0) {
        pos = afterMarker;
        markersLeft--;
        continue;
      }
    }
    break;
  }
  return pos;
}

/** After a list marker (`-`, `*`, `+`, `1.`, `1)`) at `pos`, or -1. A marker is followed by white space or the line end. */
function listMarkerEnd(text: string, pos: number, end: number): number {
  const code = text.charCodeAt(pos);
  let after = -1;
  if (code === 45 || code === 42 || code === 43) {
    after = pos + 1;
  } else if (isAsciiDigit(code)) {
    let i = pos;
    while (i < end && i - pos < 9 && isAsciiDigit(text.charCodeAt(i))) i++;
    const delimiter = text.charCodeAt(i);
    if (delimiter === 46 || delimiter === 41) after = i + 1;
  }
  if (after < 0) return -1;
  if (after === end) return after;
  const next = text.charCodeAt(after);
  return next === SPACE || next === TAB ? after : -1;
}

/** End of an ATX heading's text: trailing white space and a closing `#` sequence dropped. */
function atxContentEnd(text: string, start: number, end: number): number {
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  let hashes = end;
  while (hashes > start && text.charCodeAt(hashes - 1) === 35) hashes--;
  if (hashes === end) return end;
  if (hashes === start) return start; // the heading is only hashes
  const before = text.charCodeAt(hashes - 1);
  if (before !== SPACE && before !== TAB) return end; // `# C#` keeps its hash
  end = hashes;
  while (end > start && isWhitespace(text.charCodeAt(end - 1))) end--;
  return end;
}

/** markdown-it's label normalisation, so `[Text][ID]` finds `[id]: …`. */
function normalizeReference(label: string): string {
  return markdownParser().utils.normalizeReference(label);
}

/** End of the HTML comment opening at `open` (just after `-->`), or -1 when it never closes.
    `<!-->` and `<!--->` are complete (empty) comments, as in CommonMark. */
function commentEnd(s: string, open: number): number {
  if (s.startsWith('<!-->', open)) return open + 5;
  if (s.startsWith('<!--->', open)) return open + 6;
  const close = s.indexOf('-->', open + 4);
  return close < 0 ? -1 : close + 3;
}

// ---------------------------------------------------------------------------------------------
// Markdown: inline markup

/** Longest HTML tag we try to read: bounds the work a stray `<` can cause. */
const MAX_TAG_LENGTH = 1000;
/** Longest reference label (CommonMark allows 999 characters). */
const MAX_LABEL_LENGTH = 999;
/** Longest link title we look for (bounds the work an unclosed quote after `](url` can cause). */
const MAX_TITLE_LENGTH = 1000;

/** How a bare URL starts (matched without regard to case). */
const BARE_URL_PREFIXES = ['https://', 'http://', 'ftp://', 'www.'];

interface BracketOpener {
  at: number;
  image: boolean;
}

interface DelimiterRun {
  at: number;
  length: number;
}

type EmphasisMarker = '*' | '_' | '~';

/** `indexOf` that remembers its last answer per needle, so repeated searches from increasing
    positions cost linear time in total even when the needle never comes. */
class ForwardFinder {
  private readonly memo = new Map<string, { from: number; at: number }>();

  constructor(private readonly s: string) {}

  find(needle: string, from: number): number {
    const known = this.memo.get(needle);
    if (known && from >= known.from && (known.at < 0 || from <= known.at)) return known.at;
    const at = this.s.indexOf(needle, from);
    this.memo.set(needle, { from, at });
    return at;
  }
}

/** Where inline markup may start: one of \ ` < ! [ ] * _ ~, or a bare URL's `https://`, `http://`,
    `ftp://` or `www.` at the start of a word (any case; ASCII letters only fold, so this is exactly
    what scanBareUrl accepts). Searched natively: most of a block is ordinary text. */
const INLINE_MARKUP_START = /[\\`<!\[\]*_~]|(?<![A-Za-z0-9])(?:https?:\/\/|ftp:\/\/|www\.)/gi;

/** Skips text that cannot start inline markup: the common case. */
function skipOrdinaryText(s: string, pos: number): number {
  INLINE_MARKUP_START.lastIndex = pos;
  const match = INLINE_MARKUP_START.exec(s);
  return match ? match.index : s.length;
}

/** One left-to-right pass over a block's view that masks inline markup and keeps the text it marks up. */
class InlineMarkupScanner {
  private readonly s: string;
  private pos = 0;
  private readonly brackets: BracketOpener[] = [];
  private readonly emphasisOpeners: Record<EmphasisMarker, DelimiterRun[]> = { '*': [], _: [], '~': [] };
  private finder: ForwardFinder | null = null;
  /** Start offsets of backtick runs by run length, and how far each list has been consumed. */
  private backtickRuns: Map<number, { starts: number[]; next: number }> | null = null;

  constructor(
    private readonly view: BlockView,
    private readonly walk: MarkdownWalk,
  ) {
    this.s = view.text;
  }

  run(): void {
    const s = this.s;
    for (;;) {
      this.pos = skipOrdinaryText(s, this.pos);
      if (this.pos >= s.length) return;
      const code = s.charCodeAt(this.pos);
      switch (code) {
        case 92 /* \ */:
          this.scanBackslash();
          break;
        case 96 /* ` */:
          this.scanCodeSpan();
          break;
        case 60 /* < */:
          this.scanAngleBracket();
          break;
        case 33 /* ! */:
          if (s.charCodeAt(this.pos + 1) === 91) {
            this.brackets.push({ at: this.pos, image: true });
            this.pos += 2;
          } else {
            this.pos++;
          }
          break;
        case 91 /* [ */:
          this.brackets.push({ at: this.pos, image: false });
          this.pos++;
          break;
        case 93 /* ] */:
          this.scanClosingBracket();
          break;
        case 42 /* * */:
        case 95 /* _ */:
        case 126 /* ~ */:
          this.scanDelimiterRun(s[this.pos] as EmphasisMarker);
          break;
        default:
          if (!this.scanBareUrl()) this.pos++;
      }
    }
  }

  private mask(from: number, to: number): void {
    this.walk.maskView(this.view, from, to);
  }

  /** `\*` is a literal star: the backslash goes, the star stays as text. A backslash before a line
      break is a hard line break. */
  private scanBackslash(): void {
    const next = this.s.charCodeAt(this.pos + 1);
    if (isAsciiPunctuation(next) || next === LF) {
      this.mask(this.pos, this.pos + 1);
      this.pos += isAsciiPunctuation(next) ? 2 : 1;
    } else {
      this.pos++;
    }
  }

  /** A code span runs from a run of n backticks to the next run of exactly n; unmatched backticks are text. */
  private scanCodeSpan(): void {
    const s = this.s;
    const start = this.pos;
    let end = start;
    while (s.charCodeAt(end) === 96) end++;
    const closer = this.nextBacktickRun(end - start, end);
    if (closer < 0) {
      this.pos = end;
      return;
    }
    this.mask(start, closer + (end - start));
    this.pos = closer + (end - start);
  }

  private nextBacktickRun(length: number, after: number): number {
    if (!this.backtickRuns) this.backtickRuns = indexBacktickRuns(this.s);
    const runs = this.backtickRuns.get(length);
    if (!runs) return -1;
    while (runs.next < runs.starts.length && runs.starts[runs.next] < after) runs.next++;
    return runs.next < runs.starts.length ? runs.starts[runs.next] : -1;
  }

  /** `<` starts an HTML comment, an autolink, an HTML tag, or is just a less-than sign. */
  private scanAngleBracket(): void {
    const s = this.s;
    const start = this.pos;
    if (s.startsWith('<!--', start)) {
      const end = s.startsWith('<!-->', start) || s.startsWith('<!--->', start) ? commentEnd(s, start) : this.closeAfter('-->', start + 4);
      if (end < 0) {
        // An unclosed comment hides the rest of its block, as it would in a browser.
        this.mask(start, s.length);
        this.pos = s.length;
        return;
      }
      this.mask(start, end);
      this.walk.recordComment(this.view, start, end);
      this.pos = end;
      return;
    }
    const end = scanAutolink(s, start) ?? this.scanHtmlTag(start);
    if (end < 0) {
      this.pos++;
      return;
    }
    this.mask(start, end);
    this.pos = end;
  }

  private closeAfter(terminator: string, from: number): number {
    if (!this.finder) this.finder = new ForwardFinder(this.s);
    const at = this.finder.find(terminator, from);
    return at < 0 ? -1 : at + terminator.length;
  }

  /** Tags are masked; the text between `<em>` and `</em>` is not touched. */
  private scanHtmlTag(start: number): number {
    const s = this.s;
    const next = s.charCodeAt(start + 1);
    if (isAsciiLetter(next)) return scanOpenTag(s, start);
    if (next === 47 /* / */) return scanClosingTag(s, start);
    if (next === 63 /* ? */) return this.closeAfter('?>', start + 2);
    if (s.startsWith('<![CDATA[', start)) return this.closeAfter(']]>', start + 9);
    if (next === 33 /* ! */ && isAsciiLetter(s.charCodeAt(start + 2))) return this.closeAfter('>', start + 2);
    return -1;
  }

  /** `]` closes the latest `[`: an inline link `[text](url "title")`, a reference link
      `[text][id]` / `[text][]` / `[text]` (when `id` is defined), or literal brackets.
      Links keep their text; images are masked whole, since alt text is not prose. */
  private scanClosingBracket(): void {
    const s = this.s;
    const close = this.pos;
    const opener = this.brackets.pop();
    if (!opener) {
      this.pos++;
      return;
    }
    const textStart = opener.at + (opener.image ? 2 : 1);
    let end = -1;
    if (s.charCodeAt(close + 1) === 40 /* ( */) end = scanInlineLinkTail(s, close + 2);
    if (end < 0 && s.charCodeAt(close + 1) === 91 /* [ */) {
      const labelEnd = findLabelEnd(s, close + 2);
      if (labelEnd >= 0) {
        const label = labelEnd === close + 2 ? s.slice(textStart, close) : s.slice(close + 2, labelEnd);
        if (this.walk.isDefinedReference(label)) end = labelEnd + 1;
      }
    }
    if (end < 0 && close - textStart <= MAX_LABEL_LENGTH && this.walk.isDefinedReference(s.slice(textStart, close))) {
      end = close + 1;
    }
    if (end < 0) {
      this.pos++;
      return;
    }
    if (opener.image) {
      this.mask(opener.at, end);
    } else {
      this.mask(opener.at, textStart);
      this.mask(close, end);
    }
    this.pos = end;
  }

  /** A run of `*`, `_` or `~~` is emphasis markup when it pairs with an earlier run of the same
      character that could open (CommonMark's flanking rules; its finer "rule of 3" is left out).
      Unpaired runs stay as text, and `_` inside a word (snake_case) never opens or closes. */
  private scanDelimiterRun(marker: EmphasisMarker): void {
    const s = this.s;
    const start = this.pos;
    let end = start;
    while (s[end] === marker) end++;
    this.pos = end;
    if (marker === '~' && end - start < 2) return; // a single tilde is "approximately"

    const before = codePointBefore(s, start);
    const after = codePointAt(s, end);
    const whiteBefore = before < 0 || isWhitespace(before);
    const whiteAfter = after < 0 || isWhitespace(after);
    const punctBefore = !whiteBefore && isPunctuation(before);
    const punctAfter = !whiteAfter && isPunctuation(after);
    const leftFlanking = !whiteAfter && (!punctAfter || whiteBefore || punctBefore);
    const rightFlanking = !whiteBefore && (!punctBefore || whiteAfter || punctAfter);
    const canOpen = marker === '_' ? leftFlanking && (!rightFlanking || punctBefore) : leftFlanking;
    const canClose = marker === '_' ? rightFlanking && (!leftFlanking || punctAfter) : rightFlanking;

    // Pair as many characters as both runs have, the ones nearest the emphasised text first, so
    // that in `***a** b*` the `**` closes two of the three stars and the last `*` closes the third.
    const openers = this.emphasisOpeners[marker];
    let rest = start;
    while (canClose && rest < end && openers.length > 0) {
      const opener = openers[openers.length - 1];
      const used = Math.min(opener.length, end - rest);
      opener.length -= used;
      this.mask(opener.at + opener.length, opener.at + opener.length + used);
      this.mask(rest, rest + used);
      rest += used;
      if (opener.length === 0) openers.pop();
    }
    if (canOpen && rest < end) openers.push({ at: rest, length: end - rest });
  }

  /** Bare `https://…`, `http://…`, `ftp://…` and `www.…` addresses, as GitHub autolinks them:
      up to white space or `<`, without trailing punctuation or an unbalanced `)`. */
  private scanBareUrl(): boolean {
    const s = this.s;
    const start = this.pos;
    const code = s.charCodeAt(start);
    if (code !== 104 && code !== 72 && code !== 119 && code !== 87 && code !== 102 && code !== 70) return false;
    if (start > 0 && isAsciiAlphanumeric(s.charCodeAt(start - 1))) return false;
    const prefix = BARE_URL_PREFIXES.find((candidate) => startsWithIgnoringCase(s, start, candidate));
    if (!prefix) return false;
    let end = start + prefix.length;
    while (end < s.length && !endsBareUrl(s.charCodeAt(end))) end++;
    end = trimUrlEnd(s, start + prefix.length, end);
    if (end === start + prefix.length) return false;
    this.mask(start, end);
    this.pos = end;
    return true;
  }
}

function indexBacktickRuns(s: string): Map<number, { starts: number[]; next: number }> {
  const runs = new Map<number, { starts: number[]; next: number }>();
  for (let i = 0; i < s.length; i++) {
    if (s.charCodeAt(i) !== 96) continue;
    let end = i;
    while (s.charCodeAt(end) === 96) end++;
    const length = end - i;
    let list = runs.get(length);
    if (!list) runs.set(length, (list = { starts: [], next: 0 }));
    list.starts.push(i);
    i = end - 1;
  }
  return runs;
}

function startsWithIgnoringCase(s: string, at: number, prefix: string): boolean {
  if (at + prefix.length > s.length) return false;
  for (let i = 0; i < prefix.length; i++) {
    let code = s.charCodeAt(at + i);
    if (code >= 65 && code <= 90) code += 32;
    if (code !== prefix.charCodeAt(i)) return false;
  }
  return true;
}

/** URLs stop at white space, angle brackets, quotation marks (straight or typographic) and `]`
    (so that `[https://example.com](…)` is still read as a link). */
function endsBareUrl(code: number): boolean {
  return (
    isWhitespace(code) ||
    code === 60 ||
    code === 62 ||
    code === 93 ||
    code === 34 ||
    code === 0x201c ||
    code === 0x201d ||
    code === 0x2018 ||
    code === 0x2019 ||
    code === 0xab ||
    code === 0xbb
  );
}

/** Drops sentence punctuation after a URL ("see example.com.") and a `)` or `]` it did not open. */
function trimUrlEnd(s: string, bodyStart: number, end: number): number {
  let opened = 0;
  let closed = 0;
  for (let i = bodyStart; i < end; i++) {
    const code = s.charCodeAt(i);
    if (code === 40 || code === 91) opened++;
    else if (code === 41 || code === 93) closed++;
  }
  while (end > bodyStart) {
    const code = s.charCodeAt(end - 1);
    if ('.,:;!?\'*_~'.includes(s[end - 1])) {
      end--;
    } else if ((code === 41 || code === 93) && closed > opened) {
      closed--;
      end--;
    } else {
      break;
    }
  }
  return end;
}

/** `<https://…>` or `<name@example.com>`: returns the end, or undefined when it is not an autolink. */
function scanAutolink(s: string, start: number): number | undefined {
  let i = start + 1;
  if (isAsciiLetter(s.charCodeAt(i))) {
    let j = i + 1;
    while (j < s.length && j - i < 32 && isSchemeChar(s.charCodeAt(j))) j++;
    if (s.charCodeAt(j) === 58 /* : */ && j - i >= 2) {
      let k = j + 1;
      while (k < s.length) {
        const code = s.charCodeAt(k);
        if (code <= SPACE || code === 60 || code === 62) break;
        k++;
      }
      if (s.charCodeAt(k) === 62) return k + 1;
    }
  }
  i = start + 1;
  while (i < s.length && isEmailLocalChar(s.charCodeAt(i))) i++;
  if (i === start + 1 || s.charCodeAt(i) !== 64 /* @ */) return undefined;
  let j = i + 1;
  while (j < s.length && (isAsciiAlphanumeric(s.charCodeAt(j)) || s[j] === '-' || s[j] === '.')) j++;
  return j > i + 1 && s.charCodeAt(j) === 62 ? j + 1 : undefined;
}

function isSchemeChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 43 || code === 45 || code === 46;
}

function isEmailLocalChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || (code < 128 && ".!#$%&'*+/=?^_`{|}~-".includes(String.fromCharCode(code)));
}

/** `<name attr="value" …>` or `<name/>`; -1 when it is not a well-formed open tag (then `<` is text). */
function scanOpenTag(s: string, start: number): number {
  const limit = Math.min(s.length, start + MAX_TAG_LENGTH);
  let i = start + 1;
  while (i < limit && (isAsciiAlphanumeric(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i++;
  for (;;) {
    const attrStart = skipTagSpace(s, i, limit);
    if (attrStart >= limit) return -1;
    const code = s.charCodeAt(attrStart);
    if (code === 62 /* > */) return attrStart + 1;
    if (code === 47 /* / */) return s.charCodeAt(attrStart + 1) === 62 ? attrStart + 2 : -1;
    if (attrStart === i || !isAttributeNameStart(code)) return -1; // attributes need space before them
    i = attrStart + 1;
    while (i < limit && isAttributeNameChar(s.charCodeAt(i))) i++;
    const equals = skipTagSpace(s, i, limit);
    if (s.charCodeAt(equals) !== 61 /* = */) continue;
    const valueStart = skipTagSpace(s, equals + 1, limit);
    const quote = s.charCodeAt(valueStart);
    if (quote === 34 || quote === 39) {
      let close = valueStart + 1;
      while (close < limit && s.charCodeAt(close) !== quote) close++;
      if (close >= limit) return -1;
      i = close + 1;
    } else {
      i = valueStart;
      while (i < limit && isUnquotedValueChar(s.charCodeAt(i))) i++;
      if (i === valueStart) return -1;
    }
  }
}

/** `</name>`; -1 otherwise. */
function scanClosingTag(s: string, start: number): number {
  let i = start + 2;
  if (!isAsciiLetter(s.charCodeAt(i))) return -1;
  while (i < s.length && (isAsciiAlphanumeric(s.charCodeAt(i)) || s.charCodeAt(i) === 45)) i++;
  i = skipTagSpace(s, i, Math.min(s.length, start + MAX_TAG_LENGTH));
  return s.charCodeAt(i) === 62 ? i + 1 : -1;
}

function skipTagSpace(s: string, i: number, limit: number): number {
  while (i < limit) {
    const code = s.charCodeAt(i);
    if (code !== SPACE && code !== TAB && code !== LF) break;
    i++;
  }
  return i;
}

function isAttributeNameStart(code: number): boolean {
  return isAsciiLetter(code) || code === 95 || code === 58;
}

function isAttributeNameChar(code: number): boolean {
  return isAsciiAlphanumeric(code) || code === 95 || code === 58 || code === 46 || code === 45;
}

function isUnquotedValueChar(code: number): boolean {
  return !(code <= SPACE || code === 34 || code === 39 || code === 61 || code === 60 || code === 62 || code === 96);
}

/** `url "title")` after `](`: returns the offset after `)`, or -1 when this is not an inline link. */
function scanInlineLinkTail(s: string, start: number): number {
  let i = skipTagSpace(s, start, s.length);
  if (s.charCodeAt(i) === 60 /* < */) {
    // <destination with spaces>
    i++;
    while (i < s.length) {
      const code = s.charCodeAt(i);
      if (code === 62 || code === LF || code === 60) break;
      i += code === 92 ? 2 : 1;
    }
    if (s.charCodeAt(i) !== 62) return -1;
    i++;
  } else {
    // A bare destination: no spaces, parentheses balanced.
    let depth = 0;
    while (i < s.length) {
      const code = s.charCodeAt(i);
      if (code <= SPACE) break;
      if (code === 92 && i + 1 < s.length) {
        i += 2;
        continue;
      }
      if (code === 40) depth++;
      if (code === 41) {
        if (depth === 0) break;
        depth--;
      }
      i++;
    }
    if (depth > 0) return -1;
  }
  const titleStart = skipTagSpace(s, i, s.length);
  if (titleStart > i) {
    const open = s.charCodeAt(titleStart);
    const close = open === 40 ? 41 : open;
    if (open === 34 || open === 39 || open === 40) {
      const limit = Math.min(s.length, titleStart + MAX_TITLE_LENGTH);
      let j = titleStart + 1;
      while (j < limit && s.charCodeAt(j) !== close) j += s.charCodeAt(j) === 92 ? 2 : 1;
      if (j >= limit) return -1;
      i = skipTagSpace(s, j + 1, s.length);
    } else {
      i = titleStart;
    }
  }
  return s.charCodeAt(i) === 41 /* ) */ ? i + 1 : -1;
}

/** The `]` ending a reference label that starts at `start`, or -1 (labels hold no unescaped brackets). */
function findLabelEnd(s: string, start: number): number {
  const limit = Math.min(s.length, start + MAX_LABEL_LENGTH + 1);
  for (let i = start; i < limit; i++) {
    const code = s.charCodeAt(i);
    if (code === 92) i++;
    else if (code === 91) return -1;
    else if (code === 93) return i;
  }
  return -1;
}
