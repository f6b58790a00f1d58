// Hover on a flagged range: what the rule checks, why it matters, how to fix and how to silence it.
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import { RULES } from '../lint';

const META = new Map(RULES.map((rule) => [rule.meta.id, rule.meta]));

export function hoverFor(diagnostics: readonly Diagnostic[], position: Position): Hover | null {
  const here = diagnostics.filter((diagnostic) => contains(diagnostic, position));
  if (here.length === 0) return null;
  const sections = here.map((diagnostic) => {
    const meta = META.get(String(diagnostic.code));
    if (!meta) return diagnostic.message;
    return [
      `**Attribution Lint · \`${meta.id}\`** — ${diagnostic.message}`,
      `**What it checks:** ${meta.docs.checks}`,
      `**Why it matters:** ${meta.docs.why}`,
      `**How to fix:** ${meta.docs.fix}`,
      `**To silence:** put \`<!-- attribution-lint-disable-next-line ${meta.id} -->\` on the line above, or set \`"${meta.id}": "off"\` under \`rules\` in \`.attributionlintrc.json\` or the \`attributionLint.rules\` setting.`,
      `[Rule documentation](${meta.docsUrl})`,
    ].join('\n\n');
  });
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: here[0].range };
}

function contains(diagnostic: Diagnostic, position: Position): boolean {
  const { start, end } = diagnostic.range;
  const afterStart = position.line > start.line || (position.line === start.line && position.character >= start.character);
  const beforeEnd = position.line < end.line || (position.line === end.line && position.character <= end.character);
  return afterStart && beforeEnd;
}
