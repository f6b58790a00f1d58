// Every rule, in the order of the README's table. Adding a rule: one file here and one README row.
import type { Rule } from './rule';
import { hedgedWording } from './hedgedWording';
import { vagueSource } from './vagueSource';
import { anonymousSource } from './anonymousSource';
import { unattributedQuote } from './unattributedQuote';
import { scareQuote } from './scareQuote';
import { unattributedClaim } from './unattributedClaim';
import { secondhandSource } from './secondhandSource';
import { loadedAttributionVerb } from './loadedAttributionVerb';
import { speculativeWording } from './speculativeWording';
import { undeclaredSource } from './undeclaredSource';
import { uncitedSource } from './uncitedSource';

export type { Rule, RuleMeta, RuleContext, RuleDocs } from './rule';
export { DOCS_BASE_URL } from './rule';

export const RULES: readonly Rule[] = [
  hedgedWording,
  vagueSource,
  anonymousSource,
  unattributedQuote,
  scareQuote,
  unattributedClaim,
  secondhandSource,
  loadedAttributionVerb,
  speculativeWording,
  undeclaredSource,
  uncitedSource,
];

export const RULE_IDS: readonly string[] = RULES.map((rule) => rule.meta.id);
