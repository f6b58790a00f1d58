// The rules' public facts (id, default severity, description, fixable, docs link), as the CLI needs
// them for --rule checking, --fix and the SARIF rule table.
import { RULES, DOCS_BASE_URL, type RuleMeta } from '../lint/rules';

export type RuleInfo = Pick<RuleMeta, 'id' | 'defaultSeverity' | 'description' | 'fixable' | 'docsUrl'>;

export const RULE_INFOS: readonly RuleInfo[] = RULES.map((rule) => rule.meta);
export const RULE_IDS_KNOWN: readonly string[] = RULE_INFOS.map((rule) => rule.id);
export const FIXABLE_RULE_IDS: ReadonlySet<string> = new Set(RULE_INFOS.filter((rule) => rule.fixable).map((rule) => rule.id));

/** Where the documentation lives: SARIF's tool.driver.informationUri. */
export const DOCS_URL: string = DOCS_BASE_URL;
