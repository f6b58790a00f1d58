// PolNeAR in brat standoff: `T` lines are typed character spans (`T12\tCue 100 106\tsaid`, a
// discontinuous one as `100 106;110 115`), `E` lines link them into attributions
// (`E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1`, roles may be missing). Offsets count
// characters of the .txt file; brat counts code points, JavaScript UTF-16 units, so they are
// converted when a text has characters outside the Basic Multilingual Plane, and every span is
// checked against the text the annotators saw.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Span } from '../../server/src/lint';
import { fragmentText } from './spans';

export interface BratSpan {
  id: string;
  type: string;
  fragments: Span[];
  /** The annotated text as written in the .ann file (fragments joined by a space). */
  text: string;
}

export interface BratRelation {
  id: string;
  type: string;
  /** Role name → span id, e.g. { Cue: 'T2', Content: 'T3', Content2: 'T9' }. */
  roles: Record<string, string>;
}

export interface BratDocument {
  spans: Map<string, BratSpan>;
  relations: BratRelation[];
  /** Lines that are neither spans nor relations (notes, attributes), ignored. */
  ignoredLines: number;
}

/** Reads a .ann file. A span's text may run over several lines when the annotated text has line breaks. */
export function parseBrat(ann: string): BratDocument {
  const spans = new Map<string, BratSpan>();
  const relations: BratRelation[] = [];
  let ignoredLines = 0;
  let last: BratSpan | null = null;
  for (const raw of ann.split('\n')) {
    const line = raw.replace(/\r$/, '');
    const span = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$/.exec(line);
    if (span) {
      const fragments = span[3].split(';').map((pair) => {
        const [start, end] = pair.split(' ').map(Number);
        return { start, end };
      });
      last = { id: span[1], type: span[2], fragments, text: span[4] };
      spans.set(last.id, last);
      continue;
    }
    const relation = /^(E\d+)\t(\S+?):(T\d+)((?: \S*)*)\s*$/.exec(line);
    if (relation) {
      const roles: Record<string, string> = {};
      for (const part of relation[4].trim().split(/\s+/)) {
        const role = /^([^:]+):(T\d+)$/.exec(part);
        if (role) roles[role[1]] = role[2];
      }
      relations.push({ id: relation[1], type: relation[2], roles: { [relation[2]]: relation[3], ...roles } });
      last = null;
      continue;
    }
    if (/^[A-Z#*]\w*\t/.test(line)) {
      ignoredLines++;
      last = null;
    } else if (last) {
      // A line break inside the annotated text.
      last.text += `\n${line}`;
    } else if (line.trim() !== '') {
      ignoredLines++;
    }
  }
  // A span's text never ends in the file's final newline.
  for (const span of spans.values()) span.text = span.text.replace(/\n+$/, '');
  return { spans, relations, ignoredLines };
}

/** The relation types that are attributions. "Attribution-no-source" is an attribution whose source the text leaves out. */
export const ATTRIBUTION_TYPES = new Set(['Attribution', 'Attribution-no-source']);

export interface GoldAttribution {
  id: string;
  type: string;
  cue: Span[] | null;
  /** Every content span of the relation (brat numbers a second one `Content2`). */
  contents: Span[][];
  source: Span[] | null;
  cueText: string;
  sourceText: string;
}

/** The attributions of one annotated article, exact duplicates (same cue, content and source) dropped. */
export function goldAttributionsOf(document: BratDocument, text: string): { gold: GoldAttribution[]; duplicates: number; danglingRoles: number } {
  const gold: GoldAttribution[] = [];
  const seen = new Set<string>();
  let duplicates = 0;
  let danglingRoles = 0;
  for (const relation of document.relations) {
    if (!ATTRIBUTION_TYPES.has(relation.type)) continue;
    let cue: Span[] | null = null;
    let source: Span[] | null = null;
    const contents: Span[][] = [];
    for (const [role, id] of Object.entries(relation.roles)) {
      const span = document.spans.get(id);
      if (!span) {
        danglingRoles++;
        continue;
      }
      if (role === 'Cue') cue = span.fragments;
      else if (role === 'Source') source = span.fragments;
      else if (/^Content\d*$/.test(role)) contents.push(span.fragments);
    }
    const key = JSON.stringify([cue, contents, source]);
    if (seen.has(key)) {
      duplicates++;
      continue;
    }
    seen.add(key);
    gold.push({
      id: relation.id,
      type: relation.type,
      cue,
      contents,
      source,
      cueText: cue ? fragmentText(text, cue) : '',
      sourceText: source ? fragmentText(text, source) : '',
    });
  }
  return { gold, duplicates, danglingRoles };
}

/** Code-point offset → UTF-16 offset, or null when the text has no astral characters (they agree). */
export function codePointOffsets(text: string): number[] | null {
  if (!/[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(text)) return null;
  const map: number[] = [];
  let unit = 0;
  for (const char of text) {
    map.push(unit);
    unit += char.length;
  }
  map.push(unit);
  return map;
}

const normalize = (text: string) => text.replace(/\s+/g, ' ').trim();

/** Whether a span's fragments, sliced from the text, give the text the annotators saw (whitespace aside). */
export function spanMatches(text: string, span: BratSpan): boolean {
  return normalize(fragmentText(text, span.fragments)) === normalize(span.text);
}

/**
 * Brings a document's offsets to UTF-16 when the text has astral characters and the code-point
 * reading matches the annotated text better. Returns whether offsets were converted.
 */
export function convertOffsetsIfNeeded(document: BratDocument, text: string): boolean {
  const map = codePointOffsets(text);
  if (!map) return false;
  const converted = (span: BratSpan): BratSpan => ({
    ...span,
    fragments: span.fragments.map(({ start, end }) => ({ start: map[Math.min(start, map.length - 1)], end: map[Math.min(end, map.length - 1)] })),
  });
  let asUnits = 0;
  let asCodePoints = 0;
  for (const span of document.spans.values()) {
    if (spanMatches(text, span)) asUnits++;
    if (spanMatches(text, converted(span))) asCodePoints++;
  }
  if (asCodePoints <= asUnits) return false;
  for (const [id, span] of document.spans) document.spans.set(id, converted(span));
  return true;
}

export interface PolnearDoc {
  name: string;
  annFile: string;
  text: string;
  gold: GoldAttribution[];
  /** The attributions of every further .ann of an article annotated several times (none for most). */
  otherAnnotations: GoldAttribution[][];
}

export interface MismatchExample {
  annFile: string;
  span: string;
  annotated: string;
  sliced: string;
}

export interface PolnearStats {
  articles: number;
  annFiles: number;
  /** Articles annotated more than once; the first .ann in sorted order is the gold, the others only
      measure how far annotators agree with each other. */
  articlesWithSeveralAnnFiles: number;
  articlesWithoutAnnotation: string[];
  annFilesWithoutText: string[];
  spans: number;
  discontinuousSpans: number;
  /** Spans whose slice of the text differs from the annotated text (whitespace aside). */
  mismatchedSpans: number;
  mismatchExamples: MismatchExample[];
  textsWithCarriageReturns: number;
  textsWithAstralCharacters: number;
  textsConvertedFromCodePoints: number;
  spanTypes: Record<string, number>;
  relationTypes: Record<string, number>;
  goldAttributions: number;
  goldWithoutCue: number;
  goldWithoutContent: number;
  exactDuplicateRelationsDropped: number;
  /** Gold attributions whose cue span is shared with another one in the same article (one "said", two contents). */
  sharedCueAttributions: number;
  danglingRoles: number;
  ignoredLines: number;
}

export interface PolnearSplit {
  dir: string;
  docs: PolnearDoc[];
  stats: PolnearStats;
}

/** Loads `DIR/text/*.txt` with `DIR/attributions/*.ann`, or returns why it cannot. */
export function loadPolnearSplit(dir: string): PolnearSplit | { missing: string } {
  const textDir = join(dir, 'text');
  const annDir = join(dir, 'attributions');
  if (!existsSync(textDir)) return { missing: `${textDir} (article texts)` };
  if (!existsSync(annDir)) return { missing: `${annDir} (brat .ann files)` };
  const annByArticle = new Map<string, string[]>();
  const annFiles = readdirSync(annDir)
    .filter((file) => file.endsWith('.ann'))
    .sort();
  for (const file of annFiles) {
    const article = file.replace(/_[^_]+\.ann$/, '');
    const list = annByArticle.get(article) ?? [];
    list.push(file);
    annByArticle.set(article, list);
  }
  const textFiles = readdirSync(textDir)
    .filter((file) => file.endsWith('.txt'))
    .sort();
  if (textFiles.length === 0) return { missing: `${textDir}/*.txt (the folder is empty)` };
  const stats: PolnearStats = {
    articles: 0,
    annFiles: annFiles.length,
    articlesWithSeveralAnnFiles: 0,
    articlesWithoutAnnotation: [],
    annFilesWithoutText: [],
    spans: 0,
    discontinuousSpans: 0,
    mismatchedSpans: 0,
    mismatchExamples: [],
    textsWithCarriageReturns: 0,
    textsWithAstralCharacters: 0,
    textsConvertedFromCodePoints: 0,
    spanTypes: {},
    relationTypes: {},
    goldAttributions: 0,
    goldWithoutCue: 0,
    goldWithoutContent: 0,
    exactDuplicateRelationsDropped: 0,
    sharedCueAttributions: 0,
    danglingRoles: 0,
    ignoredLines: 0,
  };
  const articleNames = new Set(textFiles.map((file) => file.slice(0, -'.txt'.length)));
  for (const [article, files] of annByArticle) if (!articleNames.has(article)) stats.annFilesWithoutText.push(...files);
  const docs: PolnearDoc[] = [];
  for (const file of textFiles) {
    const name = file.slice(0, -'.txt'.length);
    const anns = annByArticle.get(name);
    if (!anns) {
      stats.articlesWithoutAnnotation.push(name);
      continue;
    }
    if (anns.length > 1) stats.articlesWithSeveralAnnFiles++;
    const text = readFileSync(join(textDir, file), 'utf8');
    if (text.includes('\r')) stats.textsWithCarriageReturns++;
    if (codePointOffsets(text)) stats.textsWithAstralCharacters++;
    const document = parseBrat(readFileSync(join(annDir, anns[0]), 'utf8'));
    if (convertOffsetsIfNeeded(document, text)) stats.textsConvertedFromCodePoints++;
    stats.ignoredLines += document.ignoredLines;
    for (const span of document.spans.values()) {
      stats.spans++;
      stats.spanTypes[span.type] = (stats.spanTypes[span.type] ?? 0) + 1;
      if (span.fragments.length > 1) stats.discontinuousSpans++;
      if (!spanMatches(text, span)) {
        stats.mismatchedSpans++;
        if (stats.mismatchExamples.length < 10) {
          stats.mismatchExamples.push({
            annFile: anns[0],
            span: `${span.id} ${span.type} ${span.fragments.map((f) => `${f.start} ${f.end}`).join(';')}`,
            annotated: span.text.slice(0, 160),
            sliced: fragmentText(text, span.fragments).slice(0, 160),
          });
        }
      }
    }
    for (const relation of document.relations) stats.relationTypes[relation.type] = (stats.relationTypes[relation.type] ?? 0) + 1;
    const { gold, duplicates, danglingRoles } = goldAttributionsOf(document, text);
    stats.exactDuplicateRelationsDropped += duplicates;
    stats.danglingRoles += danglingRoles;
    stats.goldAttributions += gold.length;
    const cueCounts = new Map<string, number>();
    for (const attribution of gold) {
      if (!attribution.cue) stats.goldWithoutCue++;
      else cueCounts.set(JSON.stringify(attribution.cue), (cueCounts.get(JSON.stringify(attribution.cue)) ?? 0) + 1);
      if (attribution.contents.length === 0) stats.goldWithoutContent++;
    }
    for (const count of cueCounts.values()) if (count > 1) stats.sharedCueAttributions += count;
    const otherAnnotations = anns.slice(1).map((file) => {
      const other = parseBrat(readFileSync(join(annDir, file), 'utf8'));
      convertOffsetsIfNeeded(other, text);
      return goldAttributionsOf(other, text).gold;
    });
    docs.push({ name, annFile: anns[0], text, gold, otherAnnotations });
    stats.articles++;
  }
  return { dir, docs, stats };
}
