// Quick fixes for a diagnostic (the rule's own fix, disable for this line, disable in this file,
// accept the phrase in this workspace) and the fix-all source action.
import { CodeAction, CodeActionKind, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { RULES, type Finding } from '../lint';
import { FIX_ALL_KIND, SERVER_COMMANDS } from '../protocolNames';
import { findingOf, isOurs } from './diagnostics';
import type { DocumentLint } from './documentLint';

const FIXABLE = new Set(RULES.filter((rule) => rule.meta.fixable).map((rule) => rule.meta.id));
/** Longer flagged texts (whole sentences and quotations) are not phrases to accept. */
const MAX_ACCEPTED_PHRASE = 60;

/** Quick fixes for the client's diagnostics, from `lint`, the lint of the document's current version. */
export function quickFixes(document: TextDocument, diagnostics: Diagnostic[], lint: Pick<DocumentLint, 'findings' | 'diagnostics' | 'frontMatter'>): CodeAction[] {
  const actions: CodeAction[] = [];
  const eol = document.getText().includes('\r\n') ? '\r\n' : '\n';
  const frontMatter = lint.frontMatter;
  for (const diagnostic of diagnostics) {
    if (!isOurs(diagnostic)) continue;
    const ruleId = diagnostic.code;
    const fix = findingOf(lint, diagnostic)?.fix;
    if (fix) {
      const edits = fix.edits.map((edit) => ({ range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) }, newText: edit.newText }));
      actions.push({ title: fix.title, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic], isPreferred: true, edit: editOf(document, edits) });
    }
    const line = diagnostic.range.start.line;
    const lineText = document.getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } });
    const indent = /^[ \t]*/.exec(lineText)?.[0] ?? '';
    actions.push({
      title: `Disable ${ruleId} for this line`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: editOf(document, [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- attribution-lint-disable-next-line ${ruleId} -->${eol}` }]),
    });
    const top = frontMatter ? document.positionAt(frontMatter.span.end) : { line: 0, character: 0 };
    const afterFrontMatter = frontMatter ? { line: top.line + 1, character: 0 } : top;
    actions.push({
      title: `Disable ${ruleId} in this file`,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      edit: editOf(document, [{ range: { start: afterFrontMatter, end: afterFrontMatter }, newText: `<!-- attribution-lint-disable ${ruleId} -->${eol}` }]),
    });
    const phrase = phraseOf(document.getText(diagnostic.range));
    if (phrase && phrase.length <= MAX_ACCEPTED_PHRASE) {
      actions.push({
        title: `Accept '${phrase}' in this workspace`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        command: { title: `Accept '${phrase}' in this workspace`, command: SERVER_COMMANDS.acceptPhrase, arguments: [document.uri, phrase] },
      });
    }
  }
  return actions;
}

/** Every auto-fixable edit of the document, overlapping ones dropped (the first wins). */
export function fixAllEdits(document: TextDocument, findings: readonly Finding[]): TextEdit[] {
  const edits: TextEdit[] = [];
  let lastEnd = -1;
  for (const finding of findings) {
    if (!finding.fix || !FIXABLE.has(finding.ruleId)) continue;
    const spans = finding.fix.edits.map((edit) => edit.span);
    if (spans.some((span) => span.start < lastEnd)) continue;
    for (const edit of finding.fix.edits) edits.push({ range: { start: document.positionAt(edit.span.start), end: document.positionAt(edit.span.end) }, newText: edit.newText });
    lastEnd = Math.max(...spans.map((span) => span.end));
  }
  return edits;
}

export function fixAllAction(document: TextDocument, findings: readonly Finding[]): CodeAction | null {
  const edits = fixAllEdits(document, findings);
  if (edits.length === 0) return null;
  return { title: 'Fix all auto-fixable attribution problems', kind: FIX_ALL_KIND, edit: editOf(document, edits) };
}

/** True when the client asked for kinds that include ours (`source`, `source.fixAll`, …). */
export function wantsFixAll(only: string[] | undefined): boolean {
  return only !== undefined && only.some((kind) => FIX_ALL_KIND === kind || FIX_ALL_KIND.startsWith(`${kind}.`));
}

export function wantsQuickFixes(only: string[] | undefined): boolean {
  return only === undefined || only.some((kind) => kind === CodeActionKind.QuickFix || kind === '' || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

function editOf(document: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  return { changes: { [document.uri]: edits } };
}

/** The flagged words without surrounding quotation marks and trailing punctuation. */
function phraseOf(text: string): string {
  return text.replace(/^[\s"“”‘’']+|[\s"“”‘’'.,;:!?]+$/g, '').replace(/\s+/g, ' ');
}
