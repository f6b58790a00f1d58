// Poll respondents inside a poll's finding: "In a CNN poll, 38 percent of voters said…", "A
// Quinnipiac poll found that 74 percent of likely voters said…". The poll is the source an editor
// checks; a share of respondents "saying" something is what the poll found, not a second
// attribution. Outside a poll's finding ("42% say they are liberal") the share stays the source.
import type { Attribution, Token } from './types';
import { lastStartingAtOrBefore } from './search';

/** Words that make a phrase a share of those polled: "38 percent of voters", "42%", "half", "a majority". */
const SHARE_WORDS = new Set(['percent', '%', 'half', 'majority', 'minority', 'third', 'thirds', 'quarter', 'quarters', 'fifth', 'fifths']);
const NUMBER = /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten)$/;

/** Kinds of attribution whose content can be a poll's finding: "according to", "in a poll", "found that". */
const FINDING_KINDS = new Set(['according', 'evidence']);

/** Drops the attributions whose source is a share of respondents and whose cue lies in a poll's finding. */
export function dropRespondentsOfReportedPolls(tokens: readonly Token[], attributions: Attribution[]): void {
  const findings = attributions.filter((attribution) => FINDING_KINDS.has(attribution.cueKind) && attribution.content);
  if (findings.length === 0) return;
  // A finding holds cues of its own sentence only: the other sentences' attributions are passed over by one lookup.
  const findingSentences = new Set(findings.map((finding) => finding.sentence));
  let kept = 0;
  for (const attribution of attributions) {
    // Whether a finding holds the cue is the cheaper test, and seldom true: it goes first.
    const dropped = attribution.source !== null && findingSentences.has(attribution.sentence) && findings.some((finding) => isInsideFinding(finding, attribution)) && isShare(tokens, attribution.source.span.start, attribution.source.span.end);
    if (!dropped) attributions[kept++] = attribution;
  }
  attributions.length = kept;
}

function isInsideFinding(finding: Attribution, attribution: Attribution): boolean {
  const content = finding.content;
  return finding !== attribution && finding.sentence === attribution.sentence && content !== null && content.start <= attribution.cue.start && attribution.cue.end <= content.end;
}

/** "38 percent of likely voters", "42%", "about four in 10", "half of Republicans", "a majority". */
function isShare(tokens: readonly Token[], start: number, end: number): boolean {
  const first = lastStartingAtOrBefore(tokens.length, start, (index) => tokens[index].start);
  for (let k = first; k < tokens.length && tokens[k].start < end; k++) {
    if (SHARE_WORDS.has(tokens[k].lower)) return true;
    const isOutOf = tokens[k].lower === 'in' && k > first && NUMBER.test(tokens[k - 1].lower) && NUMBER.test(tokens[k + 1]?.lower ?? '');
    if (isOutOf) return true;
  }
  return false;
}
