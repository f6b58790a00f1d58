// A one-line "linting 12/40 file.md" indicator on stderr, rewritten in place with \r. Shown only
// when stderr is a terminal and there are enough files for it to matter; cleared when done.
export const PROGRESS_THRESHOLD = 20;

export interface Progress {
  update(done: number, file: string): void;
  clear(): void;
}

export function createProgress(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || total <= PROGRESS_THRESHOLD) return { update() {}, clear() {} };
  const width = Math.max(20, (stream.columns || 80) - 1);
  let shown = false;
  return {
    update(done, file) {
      const line = `linting ${done}/${total} ${file}`;
      stream.write(`\r\x1b[K${line.length > width ? `${line.slice(0, width - 1)}…` : line}`);
      shown = true;
    },
    clear() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}
