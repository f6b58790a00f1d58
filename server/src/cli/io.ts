// The CLI's connection to the outside world, passed in so commands can be run in-process by tests.
export interface CliIO {
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WriteStream;
  readStdin(): Promise<Buffer>;
}

export function processIO(): CliIO {
  return {
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    async readStdin() {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
      return Buffer.concat(chunks);
    },
  };
}

/** Messages on stderr are one line each and name the tool, like other Unix commands. */
export function say(io: CliIO, kind: 'error' | 'warning' | 'note', message: string): void {
  const prefix = kind === 'error' ? 'attribution-lint: ' : `attribution-lint: ${kind}: `;
  io.stderr.write(`${prefix}${message.replace(/\s*\n\s*/g, ' ')}\n`);
}

/** Colours only on a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColor(io: CliIO): boolean {
  return Boolean(io.stdout.isTTY) && !('NO_COLOR' in io.env && io.env.NO_COLOR !== '');
}
