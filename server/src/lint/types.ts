// Shared shapes of the engine. Offsets are UTF-16 code-unit offsets into the original text,
// end exclusive; positions (line/character) are made only at the edges (CLI, server).

export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';
export const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info', 'hint'];

/** How a draft is read: Markdown skips code, front matter, URLs and HTML; plain text is all prose. */
export type DraftFormat = 'markdown' | 'plaintext';

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  span: Span;
  fix?: Fix;
}

export type SourceKind = 'named' | 'pronoun' | 'vague' | 'anonymous' | 'outlet';

export interface Paragraph {
  span: Span;
  /** Index of the first sentence of this paragraph in `Analysis.sentences`. */
  firstSentence: number;
  /** One past the index of its last sentence. */
  endSentence: number;
  /** A double quotation is still open at the paragraph's end (it runs on if the next paragraph opens with a quotation mark). */
  quoteOpenAtEnd: boolean;
}

export interface Sentence {
  span: Span;
  paragraph: number;
}

export interface Token {
  start: number;
  end: number;
  /** The token's text, lower-cased. */
  lower: string;
  isWord: boolean;
  /** First character is an upper-case letter. */
  isCapitalized: boolean;
  sentence: number;
  /** Index of the quotation the token lies in (marks included), or -1. */
  quote: number;
  /** `wordShape(lower)` (tokenize.ts): lets a phrase list turn most tokens away without a lookup. */
  shape: number;
}

export interface Quotation {
  /** From the opening mark to the closing mark, both included; may run over several paragraphs. */
  span: Span;
  /** The quoted words, marks excluded. */
  inner: Span;
  /** The paragraphs the quotation runs through (one, or several for a multi-paragraph quote). */
  paragraphs: number[];
  firstSentence: number;
  lastSentence: number;
  wordCount: number;
  /** Index into `Analysis.attributions` of the attribution that claims it (in its sentence, a
   *  neighbouring sentence, a lead-in "X said:" or another paragraph of the same quote), or null. */
  attribution: number | null;
  /** Index of the attribution whose content span holds the quotation, or null. Stricter than `attribution`. */
  inContentOf: number | null;
  /**
   * When no cue claims it, how the draft still says whose words these are: a lead-in ending in a
   * colon ("Caddell continued:"), a transcript speaker label inside ("WALLACE: …"), or, for a
   * fragment woven into a sentence, that sentence's named subject ("Trump vowed to punish “those…”").
   */
  impliedBy: 'lead-in' | 'speaker-label' | 'sentence-subject' | null;
  /** A short phrase (at most four words, not a whole sentence) rather than a quoted statement. */
  isPhrase: boolean;
}

/** What a cue verb does: assert ("said"), ask ("asked"), accuse ("blames"), cite ("according to"). */
export type CueKind = 'speech' | 'question' | 'accusation' | 'according' | 'evidence' | 'characterization' | 'stance';

export interface Source {
  span: Span;
  kind: SourceKind;
  /** For a pronoun: the text of the named source it refers back to, when one came before. */
  refersTo: string | null;
}

export interface Attribution {
  cue: Span;
  cueKind: CueKind;
  /** The cue's dictionary form, e.g. "say" for "said", "point out" for "pointed out". */
  cueLemma: string;
  /** Tense of the cue word, used to keep tense in fixes. */
  cueForm: 'past' | 'present' | 'participle' | 'gerund' | 'base';
  source: Source | null;
  content: Span | null;
  sentence: number;
}

export interface FrontMatter {
  span: Span;
  /** The YAML between the fences. */
  body: Span;
}

/** A `<!-- attribution-lint-... -->` comment. */
export interface Directive {
  kind: 'disable' | 'enable' | 'disable-next-line';
  /** Rule ids named; empty means every rule. */
  rules: string[];
  span: Span;
}

/** A word checked against the surnames of the draft's named sources (a speaker label, a sentence's subject). */
export interface SurnameQuery {
  word: string;
  sentence: number;
}

export interface Analysis {
  text: string;
  /** Same length as `text`: prose kept, everything else (code, markup, URLs) blanked to spaces. */
  prose: string;
  format: DraftFormat;
  frontMatter: FrontMatter | null;
  directives: Directive[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** Index of the first token of each sentence, plus one final entry (token count). */
  sentenceTokenStart: number[];
  quotations: Quotation[];
  attributions: Attribution[];
  /** Every word checked against the surnames of the named sources, with its sentence. */
  surnameQueries: SurnameQuery[];
}
