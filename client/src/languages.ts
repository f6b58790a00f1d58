// Which documents are drafts: the `attributionLint.languages` setting, on disk or untitled.
import * as vscode from 'vscode';
import type { DocumentFilter } from 'vscode-languageclient/node';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../../server/src/protocolNames';

const DRAFT_SCHEMES = ['file', 'untitled'];

export function lintedLanguages(): string[] {
  const languages = vscode.workspace.getConfiguration(SETTINGS_SECTION).get<unknown>('languages');
  return Array.isArray(languages) ? languages.filter((id): id is string => typeof id === 'string') : DEFAULT_SETTINGS.languages;
}

export function documentSelector(languages: readonly string[]): DocumentFilter[] {
  return languages.flatMap((language) => DRAFT_SCHEMES.map((scheme) => ({ scheme, language })));
}

export function isDraft(document: vscode.TextDocument): boolean {
  return DRAFT_SCHEMES.includes(document.uri.scheme) && lintedLanguages().includes(document.languageId);
}

/** The active editor's document when it is a draft. */
export function activeDraft(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isDraft(document) ? document : undefined;
}
