// "Accept '<phrase>' in this workspace": adds the phrase to `acceptedPhrases` in the nearest
// `.attributionlintrc.json`, creating one in the workspace folder when there is none. The edit keeps
// the file's comments and layout (jsonc-parser), and never rewrites a file it cannot parse.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { applyEdits, modify, parse, type ParseError } from 'jsonc-parser';
import { findConfigFile } from '../configFile';
import { CONFIG_FILE_NAME } from '../protocolNames';

export type AcceptPlan =
  | { kind: 'unchanged'; file: string }
  | { kind: 'write'; file: string; newText: string }
  | { kind: 'invalid'; file: string; reason: string };

/** Works out the new text of the configuration file; writes nothing. */
export function planAcceptPhrase(draftDirectory: string, workspaceRoot: string | null, phrase: string): AcceptPlan {
  const existing = findConfigFile(draftDirectory);
  const file = existing ?? path.join(workspaceRoot ?? draftDirectory, CONFIG_FILE_NAME);
  if (!existing) {
    return { kind: 'write', file, newText: `${JSON.stringify({ acceptedPhrases: [phrase] }, null, 2)}\n` };
  }
  let oldText: string;
  try {
    oldText = fs.readFileSync(file, 'utf8');
  } catch (error) {
    return { kind: 'invalid', file, reason: `cannot be read (${(error as Error).message})` };
  }
  const errors: ParseError[] = [];
  const value = parse(oldText, errors, { allowTrailingComma: true }) as unknown;
  if (errors.length > 0 || (value !== undefined && (typeof value !== 'object' || value === null || Array.isArray(value)))) {
    return { kind: 'invalid', file, reason: 'is not a valid JSON object; fix it first' };
  }
  const current = (value as { acceptedPhrases?: unknown } | undefined)?.acceptedPhrases;
  const list = Array.isArray(current) ? current : [];
  if (list.some((entry) => typeof entry === 'string' && entry.toLowerCase() === phrase.toLowerCase())) return { kind: 'unchanged', file };
  const source = oldText.trim() === '' ? '{}' : oldText;
  const path_ = Array.isArray(current) ? ['acceptedPhrases', list.length] : ['acceptedPhrases'];
  const insertion = Array.isArray(current) ? phrase : [phrase];
  const edits = modify(source, path_, insertion, { formattingOptions: { insertSpaces: true, tabSize: 2, eol: source.includes('\r\n') ? '\r\n' : '\n' } });
  return { kind: 'write', file, newText: applyEdits(source, edits) };
}
