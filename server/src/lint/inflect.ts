// Regular English verb inflection for the cue lists, so the data lists only irregular forms.

export type CueForm = 'base' | 'past' | 'participle' | 'present' | 'gerund';

/**
 * "say|said|said" or "stress" or "point out" → every form as a phrase, base first.
 * Spec fields: base|past|participle|third-person|gerund; missing fields follow the regular rules.
 * Multi-word cues ("point out") inflect the first word only.
 */
export function inflect(spec: string): [CueForm, string][] {
  const [base, past, participle, present, gerund] = spec.split('|').map((part) => part.trim());
  const [verb, ...rest] = base.split(/\s+/);
  const tail = rest.length > 0 ? ' ' + rest.join(' ') : '';
  const firstWord = (phrase: string | undefined) => phrase?.split(/\s+/)[0];
  const forms: [CueForm, string][] = [
    ['base', verb + tail],
    ['past', (firstWord(past) ?? regularPast(verb)) + tail],
    ['participle', (firstWord(participle) ?? firstWord(past) ?? regularPast(verb)) + tail],
    ['present', (firstWord(present) ?? regularPresent(verb)) + tail],
    ['gerund', (firstWord(gerund) ?? regularGerund(verb)) + tail],
  ];
  // "said" is both past and participle: keep one entry per distinct phrase, the first form wins.
  const seen = new Set<string>();
  return forms.filter(([, phrase]) => (seen.has(phrase) ? false : (seen.add(phrase), true)));
}

function endsWithConsonantY(word: string): boolean {
  return /[^aeiou]y$/.test(word);
}

function regularPast(verb: string): string {
  if (verb.endsWith('e')) return verb + 'd';
  if (endsWithConsonantY(verb)) return verb.slice(0, -1) + 'ied';
  return verb + 'ed';
}

function regularPresent(verb: string): string {
  if (/(s|x|z|ch|sh)$/.test(verb)) return verb + 'es';
  if (endsWithConsonantY(verb)) return verb.slice(0, -1) + 'ies';
  return verb + 's';
}

function regularGerund(verb: string): string {
  if (verb.endsWith('ie')) return verb.slice(0, -2) + 'ying';
  if (verb.endsWith('e') && !verb.endsWith('ee')) return verb.slice(0, -1) + 'ing';
  return verb + 'ing';
}
