// What the measures read from one linted text: the findings and the parts of the analysis they
// need. Narrow on purpose, so the harness's unit tests can hand-make engine output.
import type { Analysis, Finding } from '../../server/src/lint';
import type { GoldAttribution } from './loadPolnear';

export interface EngineResult {
  findings: Finding[];
  analysis: Pick<Analysis, 'text' | 'sentences' | 'attributions' | 'quotations'>;
}

export type LintFunction = (text: string) => EngineResult;

/** One PolNeAR article with its gold attributions and what the engine made of it. */
export interface LintedDoc {
  name: string;
  gold: GoldAttribution[];
  result: EngineResult;
}
