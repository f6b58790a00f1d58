// Reading a draft as bytes and deciding how to treat them: UTF-8 text (a BOM is dropped and
// remembered), text with bad UTF-8 (decoded with replacement characters, flagged), or binary (NUL
// bytes: skipped). Read errors come back as values, not exceptions.
import * as fs from 'node:fs';
import { describeFsError } from '../configFile';

export type DecodedDraft =
  | { kind: 'text'; text: string; hadBom: boolean; invalidUtf8: boolean }
  | { kind: 'binary' };

export type ReadDraft = DecodedDraft | { kind: 'error'; message: string };

export function readDraft(file: string): ReadDraft {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (error) {
    return { kind: 'error', message: describeFsError(error) };
  }
  return decodeDraft(bytes);
}

export function decodeDraft(bytes: Uint8Array): DecodedDraft {
  if (bytes.includes(0)) return { kind: 'binary' };
  const hadBom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  try {
    // TextDecoder drops a leading BOM; offsets are then counted from the first real character.
    return { kind: 'text', text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), hadBom, invalidUtf8: false };
  } catch {
    return { kind: 'text', text: new TextDecoder('utf-8').decode(bytes), hadBom, invalidUtf8: true };
  }
}

/** Encodes fixed text for writing back, restoring a BOM the file had. */
export function encodeDraft(text: string, hadBom: boolean): Buffer {
  return Buffer.from(hadBom ? `\ufeff${text}` : text, 'utf8');
}
