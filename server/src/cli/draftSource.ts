// Getting one draft's text for linting, from a file or from stdin, with the warnings the user must
// see (bad UTF-8, binary skipped) and errors (unreadable) reported on stderr. Shared by lint and report.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { decodeDraft, encodeDraft, readDraft, type DecodedDraft } from './readDraft';
import { displayPath } from './collectFiles';
import { describeFsError } from '../configFile';
import { say, type CliIO } from './io';

export interface LoadedDraft {
  /** Absolute path (for stdin: where --stdin-filename would be, used for the format and config). */
  path: string;
  displayPath: string;
  text: string;
  hadBom: boolean;
  invalidUtf8: boolean;
  fromStdin: boolean;
}

/** No draft when it is skipped (binary: a warning was printed) or unreadable (`error` says why; not printed yet). */
export type LoadOutcome = { draft: LoadedDraft } | { draft: undefined; error: string | null };

export function loadDraftFile(file: string, io: CliIO): LoadOutcome {
  const shown = displayPath(file, io.cwd);
  const read = readDraft(file);
  if (read.kind === 'error') {
    return { draft: undefined, error: `${shown}: cannot be read (${read.message}).` };
  }
  return accept(read, { path: file, displayPath: shown, fromStdin: false }, io);
}

export async function loadDraftFromStdin(stdinFilename: string | null, io: CliIO): Promise<LoadOutcome> {
  let bytes: Buffer;
  try {
    bytes = await io.readStdin();
  } catch (error) {
    return { draft: undefined, error: `standard input cannot be read (${describeFsError(error)}).` };
  }
  const name = stdinFilename ?? '<stdin>';
  return accept(decodeDraft(bytes), { path: path.resolve(io.cwd, name), displayPath: name, fromStdin: true }, io);
}

function accept(decoded: DecodedDraft, where: Pick<LoadedDraft, 'path' | 'displayPath' | 'fromStdin'>, io: CliIO): LoadOutcome {
  if (decoded.kind === 'binary') {
    say(io, 'warning', `${where.displayPath}: looks like a binary file (it contains NUL bytes); skipped.`);
    return { draft: undefined, error: null };
  }
  if (decoded.invalidUtf8) {
    say(io, 'warning', `${where.displayPath}: is not valid UTF-8; bad bytes were read as \uFFFD (replacement characters).`);
  }
  return { draft: { ...where, text: decoded.text, hadBom: decoded.hadBom, invalidUtf8: decoded.invalidUtf8 } };
}

/** Writes fixed text back; returns why not when that fails, else null. */
export function writeDraft(draft: LoadedDraft, text: string): string | null {
  try {
    fs.writeFileSync(draft.path, encodeDraft(text, draft.hadBom));
    return null;
  } catch (error) {
    return `${draft.displayPath}: fixes cannot be written (${describeFsError(error)}).`;
  }
}
