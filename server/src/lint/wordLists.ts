// Word lists are data (words/*.json); this module compiles them, with the configuration's
// additions and removals, into the lookups the analysis uses. Compiled lists are cached by config.
import type { CueKind } from './types';
import type { LintConfig } from './config';
import { PhraseMatcher, splitPhrase } from './phraseMatcher';
import { inflect, type CueForm } from './inflect';
import hedgesData from './words/hedges.json';
import speculativeData from './words/speculative.json';
import cueVerbsData from './words/cueVerbs.json';
import loadedVerbsData from './words/loadedVerbs.json';
import pronounsData from './words/pronouns.json';
import vagueSourcesData from './words/vagueSources.json';
import anonymousData from './words/anonymousSources.json';
import outletsData from './words/outlets.json';

/** Lists a configuration may extend or trim under `wordLists`. */
export const WORD_LIST_NAMES = ['hedges', 'speculative', 'speechVerbs', 'loadedVerbs', 'vagueSources', 'anonymousSources', 'outlets'] as const;
export type WordListName = (typeof WORD_LIST_NAMES)[number];

export interface CueEntry {
  lemma: string;
  kind: CueKind;
  form: CueForm;
}

/** What a speculative-wording phrase does: guesses, stands in for a count, or claims a shared opinion. */
export type SpeculativeKind = 'speculation' | 'quantifier' | 'consensus';

export interface WordLists {
  hedges: PhraseMatcher<string>;
  speculative: PhraseMatcher<SpeculativeKind>;
  cues: PhraseMatcher<CueEntry>;
  loadedVerbs: Set<string>;
  pronouns: Set<string>;
  vagueSources: Set<string>;
  anonymousHeads: Set<string>;
  anonymousMarkers: string[];
  anonymityPhrases: PhraseMatcher<string>;
  anonymityReasons: string[];
  /** Outlet names as written (case matters: "RT", "Time"), longest first. */
  outlets: string[][];
  outletSuffixes: string[][];
  /** Every word of every outlet name and suffix, lower-cased: a quick test before the full match. */
  outletWords: Set<string>;
  acceptedPhrases: string[];
}

const cache = new Map<string, WordLists>();

export function wordListsFor(config: LintConfig | undefined): WordLists {
  const key = config ? JSON.stringify([config.wordLists, config.extraHedges, config.knownOutlets, config.acceptedPhrases]) : '';
  let lists = cache.get(key);
  if (!lists) {
    if (cache.size > 50) cache.clear();
    lists = compileWordLists(config);
    cache.set(key, lists);
  }
  return lists;
}

function compileWordLists(config: LintConfig | undefined): WordLists {
  const change = (name: WordListName) => config?.wordLists[name] ?? { add: [], remove: [] };
  const edited = (base: string[], name: WordListName, extra: string[] = []): string[] => {
    const removed = new Set(change(name).remove.map((word) => word.toLowerCase()));
    return [...base, ...change(name).add, ...extra].filter((word) => !removed.has(word.toLowerCase()));
  };

  const hedges = new PhraseMatcher<string>();
  for (const phrase of edited(hedgesData.words, 'hedges', config?.extraHedges)) {
    for (const variant of withInsertedAdverbs(phrase)) hedges.add(variant, phrase.toLowerCase());
  }

  // Configured additions count as speculation; removals apply to every group.
  const speculative = new PhraseMatcher<SpeculativeKind>();
  const speculativeGroups: [SpeculativeKind, string[]][] = [
    ['quantifier', speculativeData.quantifiers],
    ['consensus', consensusPhrases()],
    ['speculation', speculativeData.words],
  ];
  const removedSpeculative = new Set(change('speculative').remove.map((word) => word.toLowerCase()));
  for (const [kind, phrases] of speculativeGroups) {
    for (const phrase of phrases) if (!removedSpeculative.has(phrase.toLowerCase())) speculative.add(phrase, kind);
  }
  for (const phrase of edited([], 'speculative')) speculative.add(phrase, 'speculation');

  const cues = new PhraseMatcher<CueEntry>();
  const cueGroups: [CueKind, string[]][] = [
    ['speech', edited(cueVerbsData.speech, 'speechVerbs')],
    ['question', cueVerbsData.question],
    ['accusation', cueVerbsData.accusation],
    ['characterization', cueVerbsData.characterization],
    ['evidence', cueVerbsData.evidence],
    ['stance', cueVerbsData.stance],
  ];
  for (const [kind, verbs] of cueGroups) {
    for (const spec of verbs) {
      const forms = inflect(spec);
      for (const [form, phrase] of forms) cues.add(phrase, { lemma: forms[0][1], kind, form });
    }
  }
  cues.add('according to', { lemma: 'according to', kind: 'according', form: 'base' });

  const outletName = (name: string) => name.replace(/^the\s+/i, '').split(/\s+/);
  const outlets = edited(outletsData.names, 'outlets', config?.knownOutlets).map(outletName).sort((a, b) => b.length - a.length);
  const outletSuffixes = outletsData.suffixes.map((suffix) => splitPhrase(suffix));
  return {
    hedges,
    speculative,
    cues,
    loadedVerbs: new Set(edited(loadedVerbsData.words, 'loadedVerbs').map((verb) => splitPhrase(verb).join(' '))),
    pronouns: new Set(pronounsData.words),
    vagueSources: new Set(edited(vagueSourcesData.words, 'vagueSources').map((word) => splitPhrase(word).join(' '))),
    anonymousHeads: new Set(edited(anonymousData.heads, 'anonymousSources').map((word) => word.toLowerCase())),
    anonymousMarkers: anonymousData.markers,
    anonymityPhrases: phraseMatcherOf(anonymousData.anonymityPhrases),
    anonymityReasons: anonymousData.reasons,
    outlets,
    outletSuffixes,
    outletWords: new Set([...outlets, ...outletSuffixes].flat().map((word) => word.toLowerCase())),
    acceptedPhrases: (config?.acceptedPhrases ?? []).map((phrase) => normalizePhrase(phrase)).filter((phrase) => phrase !== ''),
  };
}

const AUXILIARIES = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);

/** "is said to", and "is also said to", "is widely said to"…: an adverb after the first auxiliary leaves the hedge whole. */
function withInsertedAdverbs(phrase: string): string[] {
  const words = phrase.split(/\s+/);
  const at = words.findIndex((word) => AUXILIARIES.has(word.toLowerCase()));
  if (at < 0) return [phrase];
  return [phrase, ...hedgesData.insertableAdverbs.map((adverb) => [...words.slice(0, at + 1), adverb, ...words.slice(at + 1)].join(' '))];
}

/** "considered", "widely believed", "was criticized", "most famous": the listed phrases, adverb + opinion participle, be + evaluative participle, most + evaluative adjective. */
function consensusPhrases(): string[] {
  const { consensus, consensusAdverbs, opinionParticiples, evaluativePassives, evaluativeSuperlatives } = speculativeData;
  const be = ['is', 'are', 'was', 'were', 'be', 'been', 'being'];
  return [
    ...consensus,
    ...consensusAdverbs.flatMap((adverb) => opinionParticiples.map((participle) => `${adverb} ${participle}`)),
    ...be.flatMap((form) => evaluativePassives.map((participle) => `${form} ${participle}`)),
    ...evaluativeSuperlatives.map((adjective) => `most ${adjective}`),
  ];
}

function phraseMatcherOf(phrases: string[]): PhraseMatcher<string> {
  const matcher = new PhraseMatcher<string>();
  for (const phrase of phrases) matcher.add(phrase, phrase);
  return matcher;
}

/** Lower case, curly quotes straightened, surrounding quote marks and spaces dropped, inner spaces collapsed. */
export function normalizePhrase(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/^[\s"']+|[\s"'.,;:!?]+$/g, '')
    .replace(/\s+/g, ' ');
}
